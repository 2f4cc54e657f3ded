# ruff: noqa: E501
"""Hand-typed pools and templates for bench/sanitizer_dev24.py (see its docstring)."""

from __future__ import annotations

import base64
import random
import string

# ---------------------------------------------------------------- IBAN formats
IBAN_BBAN = {
    "DE": "##################",
    "AT": "################",
    "CH": "#################",
    "FR": "#######################",
    "BE": "############",
    "NL": "AAAA##########",
    "ES": "####################",
    "PT": "#####################",
    "IT": "A######################",
    "GR": "#######################",
    "PL": "########################",
    "CZ": "####################",
    "HU": "########################",
    "RO": "AAAA################",
    "UA": "#########################",
    "SE": "####################",
    "NO": "###########",
    "FI": "##############",
    "IS": "######################",
    "LT": "################",
    "GE": "AA################",
    "GB": "AAAA##############",
    "IE": "AAAA##############",
    "TR": "######################",
    "SA": "####################",
    "AE": "###################",
    "JO": "AAAA######################",
    "LB": "########################",
    "IL": "###################",
    "EG": "#########################",
    "IQ": "AAAA###############",
    "PK": "AAAA################",
    "KZ": "################",
    "BR": "#######################AA",
    "TN": "####################",
    "MA": "########################",
    "DZ": "######################",
    "SN": "A#######################",
    "CI": "A#######################",
    "CM": "#######################",
    "QA": "AAAA#####################",
    "MU": "AAAA###################AAA",
    "IR": "######################",
}
IBAN_LEN = {
    "DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "NL": 18, "ES": 24, "PT": 25, "IT": 27,
    "GR": 27, "PL": 28, "CZ": 24, "HU": 28, "RO": 24, "UA": 29, "SE": 24, "NO": 15, "FI": 18,
    "IS": 26, "LT": 20, "GE": 22, "GB": 22, "IE": 22, "TR": 26, "SA": 24, "AE": 23, "JO": 30,
    "LB": 28, "IL": 23, "EG": 29, "IQ": 23, "PK": 24, "KZ": 20, "BR": 29, "TN": 24, "MA": 28,
    "DZ": 26, "SN": 28, "CI": 28, "CM": 27, "QA": 29, "MU": 30, "IR": 26,
}  # fmt: skip


# ---------------------------------------------------------------- value makers
def make_card(r: random.Random, luhn_complete) -> str:  # noqa: ANN001
    brand = r.choice(
        ["visa", "visa", "visa", "mc", "mc", "amex", "disc", "jcb", "up", "rupay", "mc2"]
    )
    if brand == "amex":
        n = luhn_complete(r, r.choice(["34", "37"]), 15)
        sep = r.choice([" ", "-", ""])
        return sep.join([n[:4], n[4:10], n[10:]])
    prefix = {
        "visa": "4",
        "mc": str(r.randrange(51, 56)),
        "mc2": str(r.randrange(2221, 2721)),
        "disc": "6011",
        "jcb": str(r.randrange(3528, 3590)),
        "up": "62" + str(r.randrange(10, 99)),
        "rupay": "6521",
    }[brand]
    n = luhn_complete(r, prefix, 16)
    sep = r.choice([" ", " ", "-", ""])
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def make_ipv4(r: random.Random) -> str:
    x = r.random()
    if x < 0.25:
        return f"192.168.{r.choice([0, 1, 1, 8, 100])}.{r.randrange(2, 254)}"
    if x < 0.35:
        return f"10.{r.randrange(0, 255)}.{r.randrange(0, 255)}.{r.randrange(1, 254)}"
    while True:
        a = r.randrange(11, 223)
        if a in (100, 127, 169, 172, 192):
            continue
        return f"{a}.{r.randrange(0, 256)}.{r.randrange(0, 256)}.{r.randrange(1, 255)}"


def make_ipv6(r: random.Random) -> str:
    pre = r.choice(
        ["2a02", "2a01", "2401", "2405", "2600", "2804", "2c0f", "2409", "2001", "2a00", "fe80"]
    )
    if pre == "fe80":
        return "fe80::" + ":".join(f"{r.randrange(65536):x}" for _ in range(4))
    groups = [pre] + [f"{r.randrange(65536):x}" for _ in range(7)]
    x = r.random()
    if x < 0.4:
        return ":".join(groups[:4]) + "::" + groups[7]
    if x < 0.6:
        return ":".join(groups[:3]) + "::" + ":".join(groups[5:])
    return ":".join(groups)


_PW_WORDS = [
    "Sunflower",
    "Mombasa",
    "Blessing",
    "Kopi",
    "Jollof",
    "Simba",
    "Bismillah",
    "Mariposa",
    "Girassol",
    "Sakura",
    "Tulpe",
    "Baraka",
    "Nyota",
    "Koala",
    "Kiwi",
    "Tamarind",
    "Jasmin",
    "Amani",
    "Chai",
    "Dolphin",
    "Lotus",
    "Mango",
    "Pohutukawa",
    "Duende",
    "Zaytoun",
    "Bambus",
]
_SYM = "!@#$%&*?"
_SEED_WORDS = "abandon ladder orbit velvet canyon thumb ripple garden wisdom echo lunar frost pilot cabin hazard noble ozone spirit timber wagon zebra aisle brave clutch dizzy eager fabric glance humble ivory jungle kettle lemon mango napkin"
_SEED_WORDS = _SEED_WORDS.split()


def make_secret(r: random.Random, kind: str) -> str:
    al = string.ascii_letters + string.digits

    def rnd(n: int, chars: str = al) -> str:
        return "".join(r.choice(chars) for _ in range(n))

    if kind == "pin":
        return rnd(r.choice([4, 4, 4, 6]), string.digits)
    if kind == "otp":
        v = rnd(6, string.digits)
        return v if r.random() < 0.85 else v[:3] + "-" + v[3:]
    if kind == "seed":
        return " ".join(r.choice(_SEED_WORDS) for _ in range(12))
    if kind == "recov":
        low = string.ascii_lowercase + string.digits
        return "-".join(rnd(4, low) for _ in range(r.choice([3, 4])))
    if kind == "pw":
        f = r.randrange(5)
        w = r.choice(_PW_WORDS)
        if f == 0:
            return f"{w}{r.randrange(1960, 2026)}{r.choice(_SYM)}"
        if f == 1:
            return f"{w.lower()}_{r.choice(_PW_WORDS).lower()}{r.randrange(10, 99)}"
        if f == 2:
            return rnd(r.randrange(10, 16), al + _SYM)
        if f == 3:
            return f"{w[0].lower()}{w[1:].upper()}{r.choice(_SYM)}{r.randrange(100, 9999)}"
        return f"{r.choice(_PW_WORDS)}{r.choice(_SYM)}{r.choice(_PW_WORDS)}{r.randrange(1, 99)}"
    if kind == "token":
        f = r.randrange(3)
        if f == 0:
            body = base64.urlsafe_b64encode(r.randbytes(r.randrange(40, 70))).decode().rstrip("=")
            sig = base64.urlsafe_b64encode(r.randbytes(32)).decode().rstrip("=")
            return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + body + "." + sig
        if f == 1:
            return "ya29." + rnd(70, al + "-_")
        return rnd(40, string.ascii_lowercase + string.digits)
    # apikey
    f = r.randrange(9)
    if f == 0:
        return "sk-proj-" + rnd(48, al + "-_")
    if f == 1:
        return "sk-ant-api03-" + rnd(86, al + "-_") + "AA"
    if f == 2:
        return "AKIA" + rnd(16, string.ascii_uppercase + "234567")
    if f == 3:
        return "ghp_" + rnd(36)
    if f == 4:
        return "sk_live_" + rnd(24)
    if f == 5:
        return "FLWSECK-" + rnd(32, "0123456789abcdef") + "-X"
    if f == 6:
        return "AIza" + rnd(35, al + "-_")
    if f == 7:
        return "xoxb-" + rnd(12, string.digits) + "-" + rnd(13, string.digits) + "-" + rnd(24)
    return "rk_live_" + rnd(32)


_ICD = [
    "E11.9",
    "I10",
    "J45.909",
    "F32.1",
    "M54.5",
    "O24.4",
    "K21.0",
    "N18.3",
    "B20",
    "C50.9",
    "Z34.00",
    "F41.1",
    "G43.909",
    "E03.9",
    "D50.9",
    "A15.0",
    "B54",
    "F43.1",
    "I25.10",
    "L40.0",
    "R51",
    "E66.9",
    "M17.11",
    "H40.1",
    "K58.9",
    "F90.0",
    "Z23",
    "O80",
]
_DRUGS = [
    "metformin 500 mg twice daily", "amlodipine 5 mg once daily", "atorvastatin 20 mg nocte",
    "salbutamol 100 mcg inhaler PRN", "levothyroxine 75 mcg", "sertraline 50 mg", "tenofovir/lamivudine/dolutegravir 1 tab OD",
    "artemether-lumefantrine 80/480", "ferrous sulfate 200 mg", "insulin glargine 18 units",
    "omeprazole 20 mg", "losartan 50 mg", "paracetamol 1 g QDS", "amoxicillin 500 mg TDS x 7 days",
    "methotrexate 15 mg weekly", "folic acid 5 mg", "rifampicin/isoniazid", "escitalopram 10 mg",
    "warfarin 3 mg (INR target 2-3)", "prednisolone 30 mg tapering", "enoxaparin 40 mg SC",
    "ibuprofen 400 mg", "methylphenidate 18 mg", "quetiapine 25 mg",
]  # fmt: skip
_LABS = [
    "HbA1c 7.9 %", "eGFR 54 mL/min/1.73m2", "Hb 10.2 g/dL", "TSH 5.6 mIU/L", "LDL 3.9 mmol/L",
    "CRP 14 mg/L", "viral load < 50 copies/mL", "CD4 412 cells/uL", "ferritin 9 ug/L",
    "creatinine 118 umol/L", "ALT 62 U/L", "INR 2.4", "fasting glucose 7.1 mmol/L",
    "platelets 138 x10^9/L", "vitamin D 31 nmol/L", "PSA 4.8 ng/mL", "BP 148/92 mmHg",
]  # fmt: skip


def make_misc(r: random.Random, kind: str, pattern) -> str:  # noqa: ANN001
    pats = {
        "mrn": "MRN ########|UHID-########|HN ##-######|Pat.-Nr. #######|IP/####/##|No. dossier ######|NHS ### ### ####",
        "case": "CV-20##-#####|FAM/###/20##|####/20##|##-CR-####|HCCC ###/20##|DR-20##-####",
        "claim": "CLM-########|CL########|###-####-###|CLAIM/20##/######",
        "policy": "POL-#######|@@@-########|########-##|PN ### ### ###",
        "acct": "####-######-##|##########|#### #### ####|###-#######-#",
        "masked": "**** ####|XXXX-XXXX-XXXX-####|ending ####|•••• ####|************####",
        "ref": "REF-@@##@#|TRX########|@@@######|#@#@#@#@#@|RQ-######",
        "sort": "##-##-##",
        "taxref": "##### #####|TIN ##########|KRA PIN @#########@|NTN #######-#|Steuer-Nr. ##/###/#####",
        "hash": "%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%",
        "ver": "v#.##.#|#.#.##|build ####",
    }
    if kind == "icd":
        return r.choice(_ICD)
    if kind == "drug":
        return r.choice(_DRUGS)
    if kind == "lab":
        return r.choice(_LABS)
    return pattern(r, r.choice(pats[kind].split("|")))


# ---------------------------------------------------------------- dates and amounts
_MONTHS = {
    "en": (
        "{d} {M} {y}",
        "January February March April May June July August September October November December",
    ),
    "de": (
        "{d}. {M} {y}",
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    ),
    "fr": (
        "{d} {M} {y}",
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    ),
    "es": (
        "{d} de {M} de {y}",
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    ),
    "pt": (
        "{d} de {M} de {y}",
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    ),
    "it": (
        "{d} {M} {y}",
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    ),
    "nl": (
        "{d} {M} {y}",
        "januari februari maart april mei juni juli augustus september oktober november december",
    ),
    "id": (
        "{d} {M} {y}",
        "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    ),
    "ms": (
        "{d} {M} {y}",
        "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    ),
    "tr": (
        "{d} {M} {y}",
        "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    ),
    "pl": (
        "{d} {M} {y} r.",
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    ),
    "sw": (
        "{d} {M} {y}",
        "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    ),
    "ru": (
        "{d} {M} {y} г.",
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    ),
    "uk": (
        "{d} {M} {y} р.",
        "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    ),
    "sv": (
        "{d} {M} {y}",
        "januari februari mars april maj juni juli augusti september oktober november december",
    ),
    "no": (
        "{d}. {M} {y}",
        "januar februar mars april mai juni juli august september oktober november desember",
    ),
    "cs": (
        "{d}. {M} {y}",
        "ledna února března dubna května června července srpna září října listopadu prosince",
    ),
    "hu": (
        "{y}. {M} {d}.",
        "január február március április május június július augusztus szeptember október november december",
    ),
    "ro": (
        "{d} {M} {y}",
        "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    ),
    "el": (
        "{d} {M} {y}",
        "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    ),
    "tl": (
        "{M} {d}, {y}",
        "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    ),
    "he": (
        "{d} ב{M} {y}",
        "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    ),
    "ar": (
        "{d} {M} {y}",
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    ),
    "hi": ("{d} {M} {y}", "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर"),
    "ka": (
        "{d} {M}, {y}",
        "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    ),
    "fi": (
        "{d}. {M}ta {y}",
        "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu",
    ),
    "is": (
        "{d}. {M} {y}",
        "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    ),
    "th": (
        "{d} {M} {y}",
        "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    ),
}
_DIGITS = {
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "bn": "০১২৩৪৫৬৭৮৯",
    "ne": "०१२३४५६७८९",
    "hi": "०१२३४५६७८९",
    "my": "၀၁၂၃၄၅၆၇၈၉",
}
_ETH_MONTHS = [
    "መስከረም",
    "ጥቅምት",
    "ኅዳር",
    "ታኅሣሥ",
    "ጥር",
    "የካቲት",
    "መጋቢት",
    "ሚያዝያ",
    "ግንቦት",
    "ሰኔ",
    "ሐምሌ",
    "ነሐሴ",
]


def _digits(s: str, lang: str) -> str:
    d = _DIGITS[lang]
    return "".join(d[int(c)] if c.isdigit() else c for c in s)


def fmt_date(r: random.Random, lang: str, spec: dict, birth: bool) -> str:
    y = r.randrange(1938, 2023) if birth else r.randrange(2019, 2027)
    m = r.randrange(1, 13)
    d = r.randrange(1, 29)
    order = spec.get("d", "dmy")
    sep = r.choice(spec.get("sep", "/").split("|"))
    x = r.random()
    if lang == "ja" and x < 0.6:
        if x < 0.2 and y < 2019:
            era, ey = ("昭和", y - 1925) if y < 1989 else ("平成", y - 1988)
            return f"{era}{ey}年{m}月{d}日"
        return f"{y}年{m}月{d}日"
    if lang in ("zh", "zht") and x < 0.6:
        if lang == "zht" and spec["c"] == "TW" and x < 0.3:
            return f"民國{y - 1911}年{m}月{d}日"
        return f"{y}年{m}月{d}日"
    if lang == "ko" and x < 0.6:
        return f"{y}년 {m}월 {d}일"
    if lang == "vi" and x < 0.5:
        return f"ngày {d} tháng {m} năm {y}"
    if lang == "th" and x < 0.6:
        months = _MONTHS["th"][1].split()
        return f"{d} {months[m - 1]} {y + 543}" if x < 0.4 else f"{d}/{m:02d}/{y + 543}"
    if lang == "fa" and x < 0.7:
        jy = y - 621
        v = f"{jy}/{m:02d}/{d:02d}"
        return _digits(v, "fa") if x < 0.4 else v
    if lang == "ne" and x < 0.5:
        v = f"{y + 57}-{m:02d}-{d:02d}"
        return _digits(v, "ne") if x < 0.3 else v
    if lang == "am" and x < 0.5:
        return f"{_ETH_MONTHS[m - 1]} {d} ቀን {y - 8} ዓ.ም"
    if lang == "ar" and x < 0.2:
        return _digits(f"{d:02d}/{m:02d}/{y}", "ar")
    if lang == "bn" and x < 0.3:
        return _digits(f"{d:02d}/{m:02d}/{y}", "bn")
    if lang == "lt" and x < 0.5:
        return f"{y}-{m:02d}-{d:02d}"
    if lang == "mn" and x < 0.5:
        return f"{y} оны {m} сарын {d}"
    if lang in _MONTHS and x < 0.45:
        fmt, names = _MONTHS[lang]
        mn = names.split()[m - 1]
        if lang == "en" and order == "mdy":
            return f"{mn} {d}, {y}"
        if lang == "en" and x < 0.15:
            return f"{d} {mn[:3]} {y}"
        return fmt.format(d=d, M=mn, y=y)
    if x < 0.55 and lang == "en":
        mn = _MONTHS["en"][1].split()[m - 1][:3]
        return f"{d:02d}-{mn.upper()}-{y}"
    if x < 0.62:
        return f"{y}-{m:02d}-{d:02d}"
    if order == "mdy":
        return f"{m:02d}{sep}{d:02d}{sep}{y}" if x < 0.9 else f"{m}/{d}/{y % 100:02d}"
    if order == "ymd":
        return f"{y}{sep}{m:02d}{sep}{d:02d}"
    return f"{d:02d}{sep}{m:02d}{sep}{y}" if x < 0.93 else f"{d}.{m}.{y}"


def fmt_amount(r: random.Random, spec: dict) -> str:
    v = r.choice([r.randrange(5, 300), r.randrange(100, 9000), r.randrange(1000, 250000)])
    cents = r.random() < 0.6
    s = f"{v:,}" + (f".{r.randrange(100):02d}" if cents else "")
    if spec.get("dc"):
        s = (
            s.replace(",", " ").replace(".", ",")
            if spec.get("dc") == "sp"
            else s.replace(",", "#").replace(".", ",").replace("#", ".")
        )
    return spec.get("cur", "{} USD").format(s)


# ---------------------------------------------------------------- locales
# c code, n country, L languages:weight, s name style, m/f given names, fam family names
# (native/roman pairs, "_" = space), pm/pf patronymics or middle names, st streets, tw towns,
# pc postcode pattern (# digit, @ letter), a address format (an: native script), cc calling
# code, pn national phone formats (pi: international), pp passport, dl driver licence,
# ib IBAN country, cur currency, dc decimal comma, d date order, sep date separators,
# dom e-mail domains, nick nicknames, nl non-Latin script, nsp native name without space.
LOCALES = [
    # ------------------------------------------------------------ Africa
    dict(
        c="KE",
        n="Kenya",
        L="en:5 sw:3",
        s="w2",
        mid2=0.45,
        m="Brian Kevin Dennis Collins Joseph Samuel Emmanuel Kiprono Omondi Stephen",
        f="Faith Mercy Wanjiru Akinyi Grace Esther Nafula Cherono Njeri Beatrice",
        fam="Mwangi Otieno Ochieng Kamau Njoroge Wanjiku Kiprotich Chebet Achieng Mutiso Wafula Onyango Kariuki Barasa",
        st="Ngong Road|Jogoo Road|Kimathi Street|Lenana Road|Ole Sangale Road|Mumias Road|Nyali Road",
        tw="Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika|Machakos",
        pc="00###",
        a="House {no}, {st}, {town} {pc}|Apt B{flat}, Greenview Court, {st}, {town}|{no} {st}, {town}",
        cc="254",
        pn="07## ### ###|07########|01## ######",
        pp="@K#######|@#######",
        dl="@@@######",
        cur="KSh {}",
        dom="gmail.com yahoo.com",
        nick="Kevo Shiro Njesh Maich",
    ),
    dict(
        c="NG",
        n="Nigeria",
        L="en:1",
        wt=2,
        s="w2",
        mid2=0.4,
        m="Chinedu Oluwaseun Emeka Abubakar Tunde Ifeanyi Segun Musa Obinna Babatunde",
        f="Ngozi Funmilayo Aisha Chiamaka Yetunde Zainab Adaeze Folake Hauwa Temitope",
        fam="Okafor Adeyemi Okonkwo Bello Eze Ogunleye Nwosu Abdullahi Olawale Uchenna Adebayo Ibrahim Chukwu",
        st="Adeola Odeku Street|Allen Avenue|Awolowo Road|Ogui Road|Ahmadu Bello Way|Aminu Kano Crescent|Opebi Road",
        tw="Lagos|Ikeja|Abuja|Enugu|Ibadan|Port Harcourt|Kano",
        pc="######",
        a="{no} {st}, {town}|Flat {flat}, {no} {st}, {town}|{no}, {st}, off Admiralty Way, {town}",
        cc="234",
        pn="080# ### ####|081########|070# ### ####|090########",
        pp="@########",
        dl="@@@#####@@##",
        cur="₦{}",
        dom="gmail.com yahoo.com",
        nick="Seun Chi-chi Emmy Tee",
    ),
    dict(
        c="GH",
        n="Ghana",
        L="en:1",
        s="w2",
        mid2=0.4,
        m="Kwame Kofi Kwabena Yaw Kojo Kwaku Nii Samuel Ebenezer Isaac",
        f="Ama Akosua Abena Efua Adwoa Yaa Esi Afia Naa Comfort",
        fam="Mensah Owusu Boateng Asante Osei Appiah Addo Darko Ofori Quaye Agyeman Tetteh",
        st="Oxford Street|Liberation Road|Spintex Road|Ring Road East|Palace Street|Kanda Highway",
        tw="Accra|Kumasi|Tema|Takoradi|Cape Coast|Tamale",
        pc="@@-###-####",
        a="House No. {no}, {st}, {town}|{pc}, {no} {st}, {town}",
        cc="233",
        pn="024 ### ####|020#######|055 ### ####",
        pp="G#######",
        cur="GH₵{}",
    ),
    dict(
        c="ZA",
        n="South Africa",
        L="en:1",
        s="w",
        mid2=0.3,
        m="Thabo Sipho Johan Pieter Mandla Lwazi Themba Riaan Kagiso Bongani",
        f="Nomvula Lerato Thandiwe Annelie Zanele Palesa Busisiwe Marike Nandi Refilwe",
        fam="Nkosi Dlamini van_der_Merwe Botha Mokoena Khumalo Naidoo Pretorius Ndlovu Mahlangu Smit Molefe",
        st="Jan Smuts Avenue|Main Road|Oxford Road|Voortrekker Road|Beyers Naudé Drive|Church Street",
        tw="Johannesburg|Cape Town|Durban|Pretoria|Soweto|Gqeberha|Bloemfontein",
        pc="####",
        a="{no} {st}, {town}, {pc}|Unit {flat}, {no} {st}, {town} {pc}",
        cc="27",
        pn="082 ### ####|071 ### ####|083#######|011 ### ####",
        pp="@########",
        cur="R{}",
        dc="sp",
    ),
    dict(
        c="ET",
        n="Ethiopia",
        L="en:2 am:3",
        s="w",
        nl=1,
        m="አበበ/Abebe ዳዊት/Dawit ተስፋዬ/Tesfaye ሰለሞን/Solomon ብርሃኑ/Berhanu ዮናስ/Yonas ግርማ/Girma",
        f="ሄለን/Helen ትዕግስት/Tigist መሰረት/Meseret ሰላማዊት/Selamawit ብርቱካን/Birtukan ፍሬሕይወት/Frehiwot",
        fam="ከበደ/Kebede ታደሰ/Tadesse ገብረ_ሚካኤል/Gebremichael ወልደ_ማርያም/Woldemariam ሀይሌ/Haile ደስታ/Desta በቀለ/Bekele አለሙ/Alemu",
        st="ቦሌ_መንገድ/Bole Road|ቸርችል_ጎዳና/Churchill Avenue|አፍሪካ_ጎዳና/Africa Avenue",
        tw="አዲስ_አበባ/Addis Ababa|ባህር_ዳር/Bahir Dar|መቀሌ/Mekelle|ሀዋሳ/Hawassa",
        a="{st}, Kebele {blk}, House No. {no}, {town}|Woreda {blk}, House {no}, {st}, {town}",
        an="{town} {st} ቀበሌ {blk} የቤት ቁጥር {no}",
        cc="251",
        pn="091 ### ####|092#######|0911 ## ## ##",
        pp="EP#######",
        cur="ETB {}",
    ),
    dict(
        c="EG",
        n="Egypt",
        L="en:2 ar:3",
        s="ar",
        nl=1,
        m="محمد/Mohamed أحمد/Ahmed محمود/Mahmoud مصطفى/Mostafa كريم/Karim عمرو/Amr خالد/Khaled",
        f="فاطمة/Fatma منى/Mona نورهان/Nourhan ياسمين/Yasmin هبة/Heba دينا/Dina سلمى/Salma",
        fam="عبد_الرحمن/Abdelrahman السيد/El-Sayed حسن/Hassan إبراهيم/Ibrahim الشناوي/El-Shenawy فهمي/Fahmy منصور/Mansour",
        st="شارع_التحرير/Tahrir Street|شارع_جامعة_الدول/Gameat El Dewal Street|شارع_الهرم/El Haram Street|شارع_فيصل/Faisal Street",
        tw="القاهرة/Cairo|الجيزة/Giza|الإسكندرية/Alexandria|المنصورة/Mansoura",
        a="{no} {st}, Apt {flat}, {town}|Building {no}, {st}, Floor {fl}, {town}",
        an="{no} {st}، شقة {flat}، {town}",
        cc="20",
        pn="010 #### ####|012########|011 #### ####",
        pp="@#######",
        ib="EG",
        cur="EGP {}",
    ),
    dict(
        c="MA",
        n="Morocco",
        L="fr:3 ar:2 en:1",
        s="w",
        m="Youssef Mehdi Hamza Omar Rachid Anas Karim Ayoub",
        f="Salma Imane Khadija Fatima-Zahra Nadia Houda Sanae Meryem",
        fam="El_Amrani Benali Alaoui Bennani Tazi El_Idrissi Chraibi Ouazzani Berrada Lahlou",
        st="Boulevard Zerktouni|Rue Ibn Batouta|Avenue Hassan II|Rue Moulay Ismail|Avenue Mohammed V",
        tw="Casablanca|Rabat|Marrakech|Fès|Tanger|Agadir",
        pc="#####",
        a="{no}, {st}, Appt {flat}, {pc} {town}|Résidence Al Amal, Imm {blk}, {st}, {town}",
        cc="212",
        pn="06 ## ## ## ##|07########|05 22 ## ## ##",
        pp="@@#######",
        cur="{} MAD",
        dc="sp",
    ),
    dict(
        c="TZ",
        n="Tanzania",
        L="sw:3 en:2",
        s="w2",
        mid2=0.4,
        m="Juma Baraka Hamisi Rajabu Emmanuel Godfrey Salum Abdallah",
        f="Neema Rehema Zawadi Mwanaidi Upendo Halima Tumaini Amina",
        fam="Mushi Kimaro Mrema Lyimo Massawe Mwakyusa Shirima Msuya Kombo Mfinanga",
        st="Mtaa wa Samora|Barabara ya Morogoro|Mtaa wa Jamhuri|Barabara ya Bagamoyo|Mtaa wa Uhuru",
        tw="Dar es Salaam|Arusha|Mwanza|Dodoma|Moshi|Zanzibar",
        pc="#####",
        a="Nyumba Na. {no}, {st}, {town}|Plot {no}, {st}, {town} {pc}",
        cc="255",
        pn="07## ### ###|06########|0754 ### ###",
        pp="@#######",
        cur="TSh {}",
    ),
    dict(
        c="UG",
        n="Uganda",
        L="en:1",
        s="w2",
        mid2=0.35,
        m="Moses Ronald Isaac Brian Godfrey Ssempala Okello Musoke",
        f="Patience Brenda Nakato Babirye Sarah Joan Nalubega Harriet",
        fam="Mukasa Ssekandi Nankya Okello Byaruhanga Tumusiime Kato Namutebi Wasswa Atuhaire",
        st="Kampala Road|Bombo Road|Entebbe Road|Gayaza Road|Jinja Road|Ntinda Road",
        tw="Kampala|Entebbe|Jinja|Mbarara|Gulu|Wakiso",
        a="Plot {no}, {st}, {town}|Plot {no} {st}, Block {blk}, {town}",
        cc="256",
        pn="07## ######|077 ### ####|0414 ######",
        pp="@#######",
        cur="UGX {}",
    ),
    dict(
        c="SN",
        n="Senegal",
        L="fr:3 en:1",
        s="w",
        m="Mamadou Ousmane Cheikh Ibrahima Moussa Abdoulaye Modou Pape",
        f="Awa Fatou Aminata Mariama Ndeye Khady Aissatou Coumba",
        fam="Diop Ndiaye Fall Sow Ba Sy Diallo Mbaye Gueye Faye Sarr Cissé",
        st="Rue Carnot|Avenue Cheikh Anta Diop|Rue de Thiong|Route de Ouakam|Boulevard du Centenaire",
        tw="Dakar|Thiès|Saint-Louis|Ziguinchor|Rufisque|Mbour",
        pc="#####",
        a="Villa {no}, Cité Keur Gorgui, {town}|{no} {st}, {town}|Sicap Liberté {blk}, Villa {no}, {town}",
        cc="221",
        pn="77 ### ## ##|78#######|76 ### ## ##|33 8## ## ##",
        pp="@#######",
        cur="{} FCFA",
        dc="sp",
    ),
    dict(
        c="CM",
        n="Cameroon",
        L="fr:2 en:2",
        s="w",
        m="Jean-Paul Serge Emmanuel Hervé Armand Blaise Achille Roland",
        f="Christelle Brenda Sandrine Mireille Larissa Yvonne Estelle Clarisse",
        fam="Nkodo Tchoupo Fotso Mbarga Ngono Essomba Kamga Tagne Ebogo Nguema Atangana",
        st="Rue Joss|Avenue Kennedy|Boulevard de la Liberté|Rue Njo-Njo|Rue de Bastos",
        tw="Yaoundé|Douala|Bamenda|Bafoussam|Buea|Garoua",
        a="{no} {st}, quartier Bonapriso, {town}|Immeuble {blk}, {st}, {town}|Carrefour Bastos, {no} {st}, {town}",
        cc="237",
        pn="6 ## ## ## ##|6########|2 22 ## ## ##",
        pp="@@#######",
        cur="{} FCFA",
        dc="sp",
    ),
    dict(
        c="CI",
        n="Côte d'Ivoire",
        L="fr:1",
        s="w",
        m="Koffi Yao Konan Kouassi Ibrahim Seydou Adama Didier",
        f="Aya Adjoua Affoué Akissi Mariam Fanta Amenan Rokia",
        fam="Kouassi Koné Ouattara Traoré Yao Bamba Coulibaly N'Guessan Kouadio Touré Aka",
        st="Boulevard Latrille|Rue des Jardins|Boulevard Valéry Giscard d'Estaing|Rue du Commerce|Avenue Chardy",
        tw="Abidjan|Cocody|Yopougon|Bouaké|Yamoussoukro|San-Pédro",
        a="Lot {no}, {st}, Cocody, {town}|{no} {st}, Plateau, {town}|Villa {no}, Riviera 3, {town}",
        cc="225",
        pn="07 ## ## ## ##|05########|01 ## ## ## ##",
        pp="@########",
        cur="{} FCFA",
        dc="sp",
    ),
    dict(
        c="DZ",
        n="Algeria",
        L="fr:2 ar:2",
        s="w",
        m="Amine Karim Sofiane Yacine Nassim Walid Mourad Rachid",
        f="Amel Sarah Lynda Yasmina Meriem Nesrine Samira Imene",
        fam="Benali Boudiaf Haddad Mebarki Khelifi Bensalem Cherif Bouzid Zerrouki Ait_Ahmed",
        st="Rue Didouche Mourad|Boulevard Krim Belkacem|Rue Larbi Ben M'hidi|Cité 1200 Logements|Rue Hassiba Ben Bouali",
        tw="Alger|Oran|Constantine|Annaba|Blida|Tizi Ouzou",
        pc="#####",
        a="{no}, {st}, {pc} {town}|Cité {blk} Logements, Bt {no}, {town}",
        cc="213",
        pn="05## ## ## ##|06########|07 ## ## ## ##",
        pp="#########",
        cur="{} DA",
        dc="sp",
    ),
    dict(
        c="TN",
        n="Tunisia",
        L="fr:2 ar:2",
        s="w",
        m="Mohamed_Ali Skander Aymen Oussama Wassim Hamza Bilel Anis",
        f="Ines Rania Mariem Syrine Asma Olfa Amira Nour",
        fam="Ben_Salah Trabelsi Gharbi Jebali Mejri Ben_Ammar Bouaziz Chaabane Hammami Dridi",
        st="Avenue Habib Bourguiba|Rue de Marseille|Avenue de la Liberté|Rue Ibn Khaldoun|Avenue Hédi Nouira",
        tw="Tunis|Sfax|Sousse|Ariana|Bizerte|Nabeul",
        pc="####",
        a="{no} {st}, {pc} {town}|Résidence Yasmine, Appt {flat}, {st}, {town}",
        cc="216",
        pn="2# ### ###|9#######|5# ### ###|71 ### ###",
        pp="@######",
        ib="TN",
        cur="{} TND",
        dc="sp",
    ),
    # ------------------------------------------------------------ Middle East
    dict(
        c="SA",
        n="Saudi Arabia",
        L="ar:3 en:2",
        s="ar",
        nl=1,
        bin="بن/bin",
        m="عبدالله/Abdullah فهد/Fahad سعود/Saud خالد/Khalid تركي/Turki محمد/Mohammed فيصل/Faisal",
        f="نورة/Noura ريم/Reem سارة/Sarah هيفاء/Haifa لطيفة/Latifa العنود/Alanoud منيرة/Munira",
        fam="القحطاني/Al-Qahtani العتيبي/Al-Otaibi الشهري/Al-Shehri الدوسري/Al-Dosari الغامدي/Al-Ghamdi الحربي/Al-Harbi الزهراني/Al-Zahrani",
        st="طريق_الملك_فهد/King Fahd Road|شارع_التحلية/Tahlia Street|طريق_العليا/Olaya Street|شارع_الأمير_سلطان/Prince Sultan Street",
        tw="الرياض/Riyadh|جدة/Jeddah|الدمام/Dammam|مكة/Makkah|الخبر/Khobar",
        pc="#####",
        a="{no} {st}, Al Olaya District, {town} {pc}|Building {no}, {st}, {town} {pc}, Additional No. ####",
        an="{no} {st}، حي العليا، {town} {pc}",
        cc="966",
        pn="05# ### ####|05########",
        pp="@#######",
        ib="SA",
        cur="SAR {}",
    ),
    dict(
        c="AE",
        n="United Arab Emirates",
        L="en:3 ar:2",
        s="ar",
        nl=1,
        bin="بن/bin",
        m="راشد/Rashid سلطان/Sultan حمدان/Hamdan ماجد/Majid عمر/Omar سعيد/Saeed",
        f="مريم/Maryam شيخة/Shaikha عائشة/Aisha موزة/Moza حصة/Hessa لطيفة/Latifa",
        fam="المنصوري/Al-Mansoori الكتبي/Al-Ketbi الظاهري/Al-Dhaheri النعيمي/Al-Nuaimi الشامسي/Al-Shamsi الهاشمي/Al-Hashimi",
        st="شارع_الشيخ_زايد/Sheikh Zayed Road|شارع_الوصل/Al Wasl Road|شارع_خليفة/Khalifa Street|شارع_الكورنيش/Corniche Road",
        tw="دبي/Dubai|أبوظبي/Abu Dhabi|الشارقة/Sharjah|العين/Al Ain",
        a="Villa {no}, {st}, Jumeirah {blk}, {town}|Apartment {flat}{no}, Marina Heights, {st}, {town}",
        an="فيلا {no}، {st}، {town}",
        cc="971",
        pn="050 ### ####|055#######|04 ### ####",
        pp="@@#######",
        ib="AE",
        cur="AED {}",
    ),
    dict(
        c="JO",
        n="Jordan",
        L="ar:3 en:2",
        s="ar",
        nl=1,
        m="عمر/Omar زيد/Zaid يزن/Yazan محمد/Mohammad رامي/Rami فراس/Firas",
        f="رنا/Rana دانا/Dana لين/Leen هيا/Haya سلمى/Salma رزان/Razan",
        fam="الحسيني/Al-Husseini العبادي/Al-Abbadi المجالي/Al-Majali الخطيب/Al-Khatib النابلسي/Nabulsi حداد/Haddad",
        st="شارع_الجاردنز/Gardens Street|شارع_مكة/Mecca Street|شارع_الرينبو/Rainbow Street|شارع_وصفي_التل/Wasfi Al-Tal Street",
        tw="عمّان/Amman|إربد/Irbid|الزرقاء/Zarqa|العقبة/Aqaba",
        pc="11###",
        a="Building {no}, {st}, Apt {flat}, {town} {pc}|{no} {st}, Khalda, {town}",
        an="عمارة {no}، {st}، {town}",
        cc="962",
        pn="07# ### ####|079#######",
        pp="@#######",
        ib="JO",
        cur="JOD {}",
    ),
    dict(
        c="LB",
        n="Lebanon",
        L="ar:2 en:2 fr:2",
        s="w",
        nl=0,
        m="Elie Georges Karim Rami Nabil Tarek Joseph Hadi",
        f="Rita Nour Maya Joelle Lara Rima Carla Hiba",
        fam="Khoury Haddad Nassar Saade Gemayel Frangieh Aoun Abi_Nader Chamoun Karam Sfeir",
        st="Rue Hamra|Rue Gouraud|Rue Monot|Rue Bliss|Avenue Charles Helou|Rue Verdun",
        tw="Beyrouth|Jounieh|Tripoli|Saida|Zahlé|Byblos",
        a="Immeuble {blk}, {st}, {fl}e étage, {town}|{st}, Bldg {no}, Floor {fl}, {town}",
        cc="961",
        pn="03 ### ###|71 ### ###|01 ### ###|76######",
        pp="@L#######",
        ib="LB",
        cur="USD {}",
    ),
    dict(
        c="IL",
        n="Israel",
        L="he:3 en:2",
        s="w",
        nl=1,
        m="יוסי/Yossi דניאל/Daniel איתי/Itai אורי/Uri נועם/Noam עמית/Amit אבי/Avi",
        f="נועה/Noa מיכל/Michal שירה/Shira תמר/Tamar יעל/Yael רותם/Rotem אורית/Orit",
        fam="כהן/Cohen לוי/Levi מזרחי/Mizrahi פרץ/Peretz ביטון/Biton אברהם/Avraham פרידמן/Friedman שפירא/Shapira",
        st="רחוב_הרצל/Herzl Street|שדרות_רוטשילד/Rothschild Boulevard|רחוב_אלנבי/Allenby Street|רחוב_יפו/Jaffa Road|רחוב_בן_יהודה/Ben Yehuda Street",
        tw="תל_אביב/Tel Aviv|ירושלים/Jerusalem|חיפה/Haifa|באר_שבע/Be'er Sheva|נתניה/Netanya",
        pc="#######",
        a="{no} {st}, Apt {flat}, {town} {pc}",
        an="{st} {no}, דירה {flat}, {town} {pc}",
        cc="972",
        pn="05#-###-####|05########|03-###-####",
        pp="########",
        ib="IL",
        cur="₪{}",
    ),
    dict(
        c="IR",
        n="Iran",
        L="fa:3 en:2",
        s="w",
        nl=1,
        m="علی/Ali رضا/Reza محمد/Mohammad حسین/Hossein امیر/Amir مهدی/Mehdi سعید/Saeed",
        f="فاطمه/Fatemeh زهرا/Zahra مریم/Maryam نگار/Negar سارا/Sara شیرین/Shirin پریسا/Parisa",
        fam="محمدی/Mohammadi حسینی/Hosseini رضایی/Rezaei احمدی/Ahmadi کریمی/Karimi موسوی/Mousavi جعفری/Jafari تهرانی/Tehrani",
        st="خیابان_ولیعصر/Valiasr Street|خیابان_انقلاب/Enghelab Street|خیابان_شریعتی/Shariati Street|خیابان_آزادی/Azadi Street",
        tw="تهران/Tehran|اصفهان/Isfahan|شیراز/Shiraz|مشهد/Mashhad|تبریز/Tabriz",
        pc="#####-#####",
        a="No. {no}, {st}, Unit {flat}, {town} {pc}",
        an="{town}، {st}، پلاک {no}، واحد {flat}، کد پستی {pc}",
        cc="98",
        pn="0912 ### ####|0935#######|021 #### ####",
        pp="@########",
        ib="IR",
        cur="{} ریال",
    ),
    dict(
        c="TR",
        n="Türkiye",
        L="tr:3 en:1",
        s="w",
        mid2=0.2,
        m="Mehmet Mustafa Ahmet Emre Burak Murat Hakan Yusuf Can",
        f="Ayşe Fatma Zeynep Elif Merve Esra Büşra Selin Hülya",
        fam="Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Koç Kurt",
        st="Atatürk Caddesi|İstiklal Caddesi|Bağdat Caddesi|Cumhuriyet Mahallesi Gül Sokak|Barbaros Bulvarı|Fevzi Çakmak Caddesi",
        tw="İstanbul|Ankara|İzmir|Bursa|Antalya|Kadıköy|Gaziantep",
        pc="34###",
        a="{st} No: {no} Daire: {flat}, {pc} {town}|{st} No:{no}/{flat} {town}",
        cc="90",
        pn="05## ### ## ##|05#########|0212 ### ## ##",
        pp="@########|U########",
        ib="TR",
        cur="₺{}",
        dc="1",
        d="dmy",
        sep=".",
    ),
    dict(
        c="IQ",
        n="Iraq",
        L="ar:3 en:1",
        s="ar",
        nl=1,
        m="حيدر/Haider علي/Ali مصطفى/Mustafa حسين/Hussein عباس/Abbas كرار/Karrar",
        f="زينب/Zainab فاطمة/Fatima نور/Noor رقية/Ruqaya مريم/Maryam",
        fam="الجبوري/Al-Jubouri التميمي/Al-Tamimi الربيعي/Al-Rubaie العبيدي/Al-Obaidi الموسوي/Al-Musawi الساعدي/Al-Saadi",
        st="شارع_فلسطين/Palestine Street|شارع_الكرادة/Karrada Street|شارع_المتنبي/Mutanabbi Street|شارع_14_رمضان/14 Ramadan Street",
        tw="بغداد/Baghdad|البصرة/Basra|أربيل/Erbil|النجف/Najaf|الموصل/Mosul",
        a="House {no}, Alley {blk}, Mahalla {flat}{no}, {st}, {town}",
        an="محلة {flat}{no}، زقاق {blk}، دار {no}، {town}",
        cc="964",
        pn="0770 ### ####|0780#######|075# ### ####",
        pp="@########",
        ib="IQ",
        cur="IQD {}",
    ),
]
LOCALES += [
    # ------------------------------------------------------------ South Asia
    dict(
        c="IN",
        n="India",
        L="en:4 hi:2",
        wt=2,
        s="w",
        nl=1,
        mid2=0.1,
        m="राहुल/Rahul अमित/Amit विकास/Vikas संजय/Sanjay अर्जुन/Arjun रोहित/Rohit मनोज/Manoj आदित्य/Aditya",
        f="प्रिया/Priya अंजलि/Anjali पूजा/Pooja नेहा/Neha सुनीता/Sunita कविता/Kavita दीपिका/Deepika मीरा/Meera",
        fam="शर्मा/Sharma वर्मा/Verma गुप्ता/Gupta सिंह/Singh अग्रवाल/Agarwal यादव/Yadav मिश्रा/Mishra पटेल/Patel जोशी/Joshi",
        st="एम.जी._रोड/MG Road|लाजपत_नगर/Lajpat Nagar|सेक्टर_15/Sector 15|गांधी_मार्ग/Gandhi Marg|नेहरू_प्लेस/Nehru Place",
        tw="नई_दिल्ली/New Delhi|लखनऊ/Lucknow|जयपुर/Jaipur|पटना/Patna|नोएडा/Noida|भोपाल/Bhopal",
        pc="######",
        a="Flat {flat}, Block {blk}, {st}, {town} {pc}|H.No. {no}/{blk}, {st}, {town} - {pc}|{no}, {st}, {town} {pc}",
        an="मकान नं. {no}, {st}, {town} - {pc}",
        cc="91",
        pn="98### #####|9#########|+91 9#### #####|011-2###-####",
        pi="+91 9#### #####|+91-9#########",
        pp="@#######",
        dl="DL-##20##########|UP## 20#########",
        cur="₹{}",
        nick="Bittu Pinky Sonu Guddu",
    ),
    dict(
        c="INT",
        n="India",
        L="en:3 ta:3",
        s="w",
        nl=1,
        m="செந்தில்/Senthil கார்த்திக்/Karthik முருகன்/Murugan ரமேஷ்/Ramesh அருண்/Arun விக்னேஷ்/Vignesh",
        f="லக்ஷ்மி/Lakshmi கவிதா/Kavitha மீனா/Meena பிரியா/Priya தேவி/Devi சரண்யா/Saranya",
        fam="குமார்/Kumar சுப்பிரமணியன்/Subramanian ராஜா/Raja வேலு/Velu சுந்தரம்/Sundaram கிருஷ்ணன்/Krishnan பாலசுப்ரமணியம்/Balasubramaniam",
        st="அண்ணா_சாலை/Anna Salai|காந்தி_தெரு/Gandhi Street|2வது_குறுக்கு_தெரு/2nd Cross Street|பெசன்ட்_நகர்/Besant Nagar",
        tw="சென்னை/Chennai|கோயம்புத்தூர்/Coimbatore|மதுரை/Madurai|திருச்சி/Tiruchirappalli|சேலம்/Salem",
        pc="6#####",
        a="No. {no}, {st}, {town} - {pc}|Door No. {no}/{blk}, {st}, {town} {pc}",
        an="எண் {no}, {st}, {town} - {pc}",
        cc="91",
        pn="9#### #####|94#########|044-2#######",
        pi="+91 9#### #####|+91 94#### #####",
        pp="@#######",
        dl="TN## 20#########",
        cur="₹{}",
    ),
    dict(
        c="BD",
        n="Bangladesh",
        L="bn:3 en:2",
        s="w",
        nl=1,
        m="রহিম/Rahim করিম/Karim তানভীর/Tanvir সাকিব/Shakib মাহমুদ/Mahmud আরিফ/Arif",
        f="ফারহানা/Farhana নুসরাত/Nusrat তাসলিমা/Taslima সুমাইয়া/Sumaiya রুমানা/Rumana মিম/Mim",
        fam="হোসেন/Hossain আহমেদ/Ahmed ইসলাম/Islam রহমান/Rahman চৌধুরী/Chowdhury খান/Khan সরকার/Sarkar",
        st="মিরপুর_রোড/Mirpur Road|সাত_মসজিদ_রোড/Satmasjid Road|গুলশান_এভিনিউ/Gulshan Avenue|রোড_নং_২৭/Road No. 27",
        tw="ঢাকা/Dhaka|চট্টগ্রাম/Chattogram|সিলেট/Sylhet|রাজশাহী/Rajshahi|খুলনা/Khulna",
        pc="1###",
        a="House {no}, {st}, Dhanmondi, {town}-{pc}|Flat {blk}, House {no}, {st}, {town} {pc}",
        an="বাড়ি {no}, {st}, {town}-{pc}",
        cc="880",
        pn="017## ######|01#########|019 #### ####",
        pp="@########",
        cur="৳{}",
    ),
    dict(
        c="PK",
        n="Pakistan",
        L="en:3 ur:3",
        s="w",
        nl=1,
        mid2=0.25,
        m="محمد/Muhammad عمران/Imran علی/Ali حمزہ/Hamza بلال/Bilal عثمان/Usman فیصل/Faisal",
        f="عائشہ/Ayesha فاطمہ/Fatima صبا/Saba ماہ_نور/Mahnoor حنا/Hina زینب/Zainab",
        fam="خان/Khan بٹ/Butt چوہدری/Chaudhry قریشی/Qureshi ملک/Malik شیخ/Sheikh اعوان/Awan راجپوت/Rajput",
        st="مال_روڈ/Mall Road|گلبرگ_III/Gulberg III|بلاک_ای/Block E|شاہراہ_فیصل/Shahrah-e-Faisal|اسٹریٹ_7/Street 7",
        tw="لاہور/Lahore|کراچی/Karachi|اسلام_آباد/Islamabad|راولپنڈی/Rawalpindi|فیصل_آباد/Faisalabad",
        pc="5####",
        a="House No. {no}, {st}, {town}|Flat {flat}, Block {blk}, {st}, {town} {pc}",
        an="مکان نمبر {no}، {st}، {town}",
        cc="92",
        pn="0300 #######|03##-#######|042 ########",
        pp="@@#######",
        ib="PK",
        cur="Rs. {}",
    ),
    dict(
        c="LK",
        n="Sri Lanka",
        L="en:3 si:2",
        s="w",
        nl=1,
        m="කසුන්/Kasun චමින්ද/Chaminda නුවන්/Nuwan දිනේෂ්/Dinesh සමන්/Saman",
        f="නිරෝෂා/Nirosha දිල්රුක්ෂි/Dilrukshi සඳමාලි/Sandamali කාංචනා/Kanchana ඉෂාරා/Ishara",
        fam="පෙරේරා/Perera ප්‍රනාන්දු/Fernando සිල්වා/Silva බණ්ඩාර/Bandara ජයසූරිය/Jayasuriya විජේසිංහ/Wijesinghe",
        st="ගාලු_පාර/Galle Road|කැන්ඩි_පාර/Kandy Road|හයිලෙවල්_පාර/High Level Road|ධර්මපාල_මාවත/Dharmapala Mawatha",
        tw="කොළඹ/Colombo|නුවර/Kandy|ගාල්ල/Galle|නුගේගොඩ/Nugegoda|මහරගම/Maharagama",
        pc="#####",
        a="No. {no}/{blk}, {st}, {town} {pc}|{no}, {st}, {town}",
        an="අංක {no}, {st}, {town}",
        cc="94",
        pn="07# ### ####|077#######|011 #######",
        pp="N#######",
        cur="Rs. {}",
    ),
    dict(
        c="NP",
        n="Nepal",
        L="ne:3 en:2",
        s="w",
        nl=1,
        m="राम/Ram सुरेश/Suresh बिकास/Bikash प्रकाश/Prakash दिपेश/Dipesh सन्तोष/Santosh",
        f="सीता/Sita सरिता/Sarita अनिता/Anita पुजा/Puja सुजाता/Sujata निर्मला/Nirmala",
        fam="श्रेष्ठ/Shrestha थापा/Thapa गुरुङ/Gurung तामाङ/Tamang अधिकारी/Adhikari पौडेल/Poudel महर्जन/Maharjan",
        st="न्यू_रोड/New Road|ठमेल_मार्ग/Thamel Marg|पुतलीसडक/Putalisadak|लाजिम्पाट/Lazimpat",
        tw="काठमाडौं/Kathmandu|पोखरा/Pokhara|ललितपुर/Lalitpur|भक्तपुर/Bhaktapur|विराटनगर/Biratnagar",
        pc="44###",
        a="House No. {no}, {st}, Ward {blk}, {town}|{st}-{blk}, {town} {pc}",
        an="{town}-{blk}, {st}, घर नं. {no}",
        cc="977",
        pn="98########|984-#######|01-4######",
        pp="PA#######",
        cur="NPR {}",
    ),
    # ------------------------------------------------------------ South-East Asia
    dict(
        c="ID",
        n="Indonesia",
        L="id:4 en:1",
        s="id",
        m="Budi Agus Eko Dedi Rizky Joko Hendra Bambang Fajar Wahyu",
        f="Siti Dewi Sri Ayu Putri Wulan Rina Indah Nur Fitri",
        fam="Santoso Wijaya Saputra Hidayat Kusuma Pratama Setiawan Nugroho Siregar Simanjuntak Sembiring Lubis",
        st="Jl. Sudirman|Jl. Gatot Subroto|Jl. Kebon Jeruk Raya|Jl. Diponegoro|Jl. Melati|Gg. Mawar",
        tw="Jakarta Selatan|Bandung|Surabaya|Medan|Yogyakarta|Depok|Bekasi",
        pc="1####",
        a="{st} No. {no}, RT {fl:02d}/RW {blk:02d}, {town} {pc}|{st} No. {no}, {town}|Perum Griya Asri Blok {blk} No. {no}, {town} {pc}",
        cc="62",
        pn="0812-####-####|08##########|0857 #### ####|021 ########",
        pp="@#######|@@#######",
        dl="####-####-######",
        cur="Rp{}",
        dc="1",
        nick="Yanto Tari Didi Uci",
    ),
    dict(
        c="MY",
        n="Malaysia",
        L="en:3 ms:3",
        s="w",
        m="Ahmad Muhammad_Hafiz Wei_Jie Ravi Faizal Azlan Kumar Jun_Hao",
        f="Nurul_Aina Siti_Aishah Mei_Ling Kavitha Farah Hui_Min Aisyah Priya",
        fam="bin_Abdullah bin_Ismail binti_Hassan Tan Lim Wong Subramaniam Lee Rahman binti_Osman",
        st="Jalan Ampang|Jalan Bukit Bintang|Jalan SS 2/24|Jalan Tun Razak|Lorong Maarof|Jalan Kuching",
        tw="Kuala Lumpur|Petaling Jaya|Shah Alam|Johor Bahru|George Town|Ipoh",
        pc="5####",
        a="No. {no}, {st}, {pc} {town}|Unit {fl}-{flat}, Residensi Harmoni, {st}, {pc} {town}",
        cc="60",
        pn="012-### ####|01#-#######|03-#### ####",
        pp="@########",
        cur="RM{}",
    ),
    dict(
        c="PH",
        n="Philippines",
        L="en:3 tl:3",
        s="w",
        mid2=0.3,
        m="Jose Mark Juan_Carlos Jericho Ramon John_Paul Rodel Miguel",
        f="Maria Kristine Ma._Lourdes Jenny Rowena Angelica Mary_Grace Liza",
        fam="Santos Reyes Cruz Bautista Dela_Cruz Garcia Mendoza Villanueva Aquino Ramos Castillo Manalo",
        st="Rizal Avenue|Mabini Street|Katipunan Avenue|Aurora Boulevard|P. Burgos Street|Ortigas Avenue",
        tw="Quezon City|Manila|Makati|Cebu City|Davao City|Pasig|Caloocan",
        pc="1###",
        a="{no} {st}, Brgy. San Isidro, {town} {pc}|Blk {blk} Lot {no}, {st}, {town}|Unit {flat}, {no} {st}, {town}",
        cc="63",
        pn="0917 ### ####|09#########|0918-###-####|(02) 8###-####",
        pp="P#######@",
        dl="N##-##-######",
        cur="₱{}",
        nick="Jun Bong Ging Tintin Len-len",
    ),
    dict(
        c="TH",
        n="Thailand",
        L="th:3 en:2",
        s="w",
        nl=1,
        m="สมชาย/Somchai ธนกร/Thanakorn วิชัย/Wichai ณัฐพล/Nattapon ประยุทธ/Prayut",
        f="สมหญิง/Somying กาญจนา/Kanchana นภัสสร/Napatsorn ปิยะนุช/Piyanuch สุนิสา/Sunisa",
        fam="ศรีสุข/Srisuk วงศ์สวัสดิ์/Wongsawat จันทร์เพ็ญ/Chanpen ทองดี/Thongdee สุขเจริญ/Sukcharoen รัตนพันธ์/Rattanaphan",
        st="ถนนสุขุมวิท/Sukhumvit Road|ถนนพหลโยธิน/Phahonyothin Road|ถนนรัชดาภิเษก/Ratchadaphisek Road|ซอยลาดพร้าว_71/Soi Lat Phrao 71",
        tw="กรุงเทพฯ/Bangkok|เชียงใหม่/Chiang Mai|นนทบุรี/Nonthaburi|ขอนแก่น/Khon Kaen|ภูเก็ต/Phuket",
        pc="10###",
        a="{no}/{blk} {st}, {town} {pc}|{no} Moo {blk}, {st}, {town} {pc}",
        an="{no}/{blk} {st} {town} {pc}",
        cc="66",
        pn="08#-###-####|08########|02-###-####",
        pp="@@#######",
        cur="฿{}",
        nick="Nok Ploy Beam Bank",
    ),
    dict(
        c="VN",
        n="Vietnam",
        L="vi:4 en:1",
        s="vn",
        m="Minh Tuấn Hùng Dũng Quang Hoàng Long Thắng",
        f="Lan Hương Linh Mai Thảo Ngọc Trang Hà",
        fam="Nguyễn Trần Lê Phạm Hoàng Huỳnh Vũ Đặng Bùi Đỗ",
        pm="Văn Đức Minh Quốc Hữu Thành",
        pf="Thị Ngọc Thu Thanh Kim Phương",
        st="đường Lê Lợi|đường Nguyễn Trãi|phố Hàng Bông|đường Cách Mạng Tháng Tám|ngõ 84 Chùa Láng",
        tw="Hà Nội|TP. Hồ Chí Minh|Đà Nẵng|Hải Phòng|Cần Thơ|Biên Hòa",
        a="Số {no} {st}, phường {blk}, quận {fl}, {town}|{no} {st}, P. Bến Nghé, {town}",
        cc="84",
        pn="09## ### ###|09########|03# ### ####|028 #### ####",
        pp="@########",
        cur="{} ₫",
        dc="1",
    ),
    dict(
        c="SG",
        n="Singapore",
        L="en:1",
        s="w",
        m="Wei_Ming Jun_Jie Muhammad_Irfan Rajesh Darren Kelvin Zhi_Hao",
        f="Hui_Ling Siew_Mei Nur_Hidayah Priya Rachel Jia_Yi Shalini",
        fam="Tan Lim Ng Goh Chua Ong Teo Koh Lee Raj Abdullah",
        st="Ang Mo Kio Avenue 3|Tampines Street 81|Jurong West Street 42|Bedok North Road|Orchard Road|Toa Payoh Lorong 1",
        tw="Singapore",
        pc="######",
        a="Blk {no} {st}, #{fl:02d}-{flat}, Singapore {pc}|{no} {st}, #{fl:02d}-{flat:02d}, Singapore {pc}",
        cc="65",
        pn="9### ####|8#######|6### ####",
        pi="+65 9### ####|+65 8#######",
        pp="@#######@",
        cur="S${}",
    ),
    dict(
        c="MM",
        n="Myanmar",
        L="my:3 en:2",
        s="mono",
        nl=1,
        nsp=1,
        m="အောင်/Aung ကျော်/Kyaw မင်း/Min ဇော်/Zaw ထွန်း/Tun ဝင်း/Win လင်း/Lin",
        f="သန္တာ/Thandar နွယ်/Nwe ခင်/Khin ဖြူ/Phyu မေ/May စု/Su မြတ်/Myat",
        st="ဗိုလ်ချုပ်လမ်း/Bogyoke Road|ပြည်လမ်း/Pyay Road|ကမ္ဘာအေးဘုရားလမ်း/Kaba Aye Pagoda Road|၃၇_လမ်း/37th Street",
        tw="ရန်ကုန်/Yangon|မန္တလေး/Mandalay|နေပြည်တော်/Naypyidaw|ပုသိမ်/Pathein",
        a="No. {no}, {st}, Ward {blk}, Kamayut Township, {town}|Room {flat}, Building {no}, {st}, {town}",
        an="အမှတ် {no}၊ {st}၊ {town}",
        cc="95",
        pn="09 ### ### ###|09#########|09-7## ### ###",
        pp="M######|MD######",
        cur="{} Ks",
    ),
    dict(
        c="KH",
        n="Cambodia",
        L="km:3 en:2",
        s="ff",
        nl=1,
        m="សុភា/Sophea វិបុល/Vibol ដារ៉ា/Dara សំណាង/Samnang វណ្ណៈ/Vanna",
        f="ស្រីនិច/Sreynich សុខា/Sokha ចាន់ធា/Chantha ម៉ាលីស/Malis បុប្ផា/Bopha",
        fam="សុខ/Sok ចាន់/Chan ហេង/Heng គឹម/Kim លី/Ly ស៊ុន/Sun ពៅ/Pov",
        st="មហាវិថីព្រះនរោត្តម/Norodom Boulevard|ផ្លូវ_២៧១/Street 271|មហាវិថីម៉ៅសេទុង/Mao Tse Toung Boulevard|ផ្លូវ_៦៣/Street 63",
        tw="ភ្នំពេញ/Phnom Penh|សៀមរាប/Siem Reap|បាត់ដំបង/Battambang|ព្រះសីហនុ/Sihanoukville",
        pc="12###",
        a="House {no}, {st}, Sangkat Boeung Keng Kang {blk}, {town}|#{no}E{blk}, {st}, {town} {pc}",
        an="ផ្ទះលេខ {no} {st} {town}",
        cc="855",
        pn="012 ### ###|0## ### ###|097 ### ####",
        pp="N########",
        cur="{} KHR",
    ),
]
LOCALES += [
    # ------------------------------------------------------------ East Asia
    dict(
        c="CN",
        n="China",
        L="zh:4 en:1",
        s="ff",
        nl=1,
        nsp=1,
        m="伟/Wei 强/Qiang 磊/Lei 建国/Jianguo 志明/Zhiming 浩然/Haoran 俊杰/Junjie",
        f="秀英/Xiuying 丽/Li 静/Jing 敏/Min 婷婷/Tingting 欣怡/Xinyi 雪梅/Xuemei",
        fam="王/Wang 李/Li 张/Zhang 刘/Liu 陈/Chen 杨/Yang 黄/Huang 赵/Zhao 周/Zhou 吴/Wu 欧阳/Ouyang",
        st="中山路/Zhongshan Road|人民路/Renmin Road|建设路/Jianshe Road|解放大道/Jiefang Avenue|南京西路/West Nanjing Road",
        tw="北京市朝阳区/Chaoyang District, Beijing|上海市浦东新区/Pudong, Shanghai|广州市天河区/Tianhe District, Guangzhou|成都市武侯区/Wuhou District, Chengdu|杭州市西湖区/Xihu District, Hangzhou",
        pc="######",
        a="Room {flat}{no}, Building {blk}, {no} {st}, {town} {pc}|{no} {st}, {town}",
        an="{town}{st}{no}号{blk}栋{flat}室|{town}{st}{no}号院{blk}号楼{fl}单元{flat}",
        cc="86",
        pn="138 #### ####|1##########|139-####-####|010-########",
        pp="E########|G########",
        dl="############",
        cur="¥{}",
        nick="小王 老李 阿杰 小敏",
    ),
    dict(
        c="TW",
        n="Taiwan",
        L="zht:4 en:1",
        s="ff",
        nl=1,
        nsp=1,
        m="志明/Chih-ming 家豪/Chia-hao 冠宇/Kuan-yu 承恩/Cheng-en 俊傑/Chun-chieh",
        f="淑芬/Shu-fen 怡君/Yi-chun 雅婷/Ya-ting 佳穎/Chia-ying 美玲/Mei-ling",
        fam="陳/Chen 林/Lin 黃/Huang 張/Chang 李/Lee 王/Wang 吳/Wu 蔡/Tsai",
        st="忠孝東路四段/Sec. 4, Zhongxiao E. Rd.|中山北路二段/Sec. 2, Zhongshan N. Rd.|民生東路/Minsheng E. Rd.|復興南路一段/Sec. 1, Fuxing S. Rd.",
        tw="台北市大安區/Da'an Dist., Taipei City|新北市板橋區/Banqiao Dist., New Taipei City|台中市西屯區/Xitun Dist., Taichung City|高雄市苓雅區/Lingya Dist., Kaohsiung City",
        pc="###",
        a="{fl}F., No. {no}, {st}, {town} {pc}",
        an="{pc}{town}{st}{no}號{fl}樓",
        cc="886",
        pn="09##-###-###|09########|02-####-####",
        pp="3########",
        cur="NT${}",
    ),
    dict(
        c="HK",
        n="Hong Kong",
        L="en:3 zht:2",
        s="ff",
        nl=1,
        nsp=1,
        m="大文/Tai-man 志強/Chi-keung 家俊/Ka-chun 偉明/Wai-ming 子軒/Tsz-hin",
        f="美玲/Mei-ling 嘉欣/Ka-yan 詠詩/Wing-sze 淑儀/Shuk-yee 寶儀/Po-yee",
        fam="陳/Chan 李/Lee 張/Cheung 黃/Wong 何/Ho 梁/Leung 劉/Lau 鄭/Cheng",
        st="彌敦道/Nathan Road|英皇道/King's Road|軒尼詩道/Hennessy Road|大埔道/Tai Po Road|青山公路/Castle Peak Road",
        tw="旺角/Mong Kok|北角/North Point|灣仔/Wan Chai|深水埗/Sham Shui Po|沙田/Sha Tin",
        a="Flat {flat}, {fl}/F, Block {blk}, {no} {st}, {town}|Room {fl}0{flat}, {no} {st}, {town}",
        an="{town}{st}{no}號{fl}樓{flat}室",
        cc="852",
        pn="9### ####|6#######|2### ####",
        pi="+852 9### ####|+852 6#######",
        pp="K########|H########",
        cur="HK${}",
    ),
    dict(
        c="JP",
        n="Japan",
        L="ja:4 en:1",
        s="ff",
        nl=1,
        m="翔太/Shota 大輔/Daisuke 健一/Kenichi 拓海/Takumi 悠真/Yuma 誠/Makoto",
        f="花子/Hanako 美咲/Misaki 陽菜/Hina 由美子/Yumiko さくら/Sakura 恵/Megumi",
        fam="佐藤/Sato 鈴木/Suzuki 高橋/Takahashi 田中/Tanaka 伊藤/Ito 渡辺/Watanabe 山本/Yamamoto 中村/Nakamura 小林/Kobayashi",
        st="神宮前/Jingumae|本町/Honmachi|中央/Chuo|桜木町/Sakuragicho|栄/Sakae",
        tw="東京都渋谷区/Shibuya-ku, Tokyo|大阪府大阪市北区/Kita-ku, Osaka|神奈川県横浜市中区/Naka-ku, Yokohama|愛知県名古屋市中区/Naka-ku, Nagoya|福岡県福岡市博多区/Hakata-ku, Fukuoka",
        pc="###-####",
        a="{blk}-{no}-{fl} {st}, {town} {pc}|{st} {blk}-{no}-{fl}, Room {flat}0{fl}, {town} {pc}",
        an="〒{pc} {town}{st}{blk}丁目{no}番{fl}号|〒{pc} {town}{st}{blk}-{no}-{fl} コーポ山田{flat}0{fl}号室",
        cc="81",
        pn="090-####-####|080########|03-####-####|06-####-####",
        pp="T@#######",
        dl="############",
        cur="¥{}",
    ),
    dict(
        c="KR",
        n="South Korea",
        L="ko:4 en:1",
        s="ff",
        nl=1,
        nsp=1,
        m="민준/Min-jun 서준/Seo-jun 지훈/Ji-hoon 현우/Hyun-woo 성민/Sung-min 동현/Dong-hyun",
        f="서연/Seo-yeon 지은/Ji-eun 수빈/Su-bin 민지/Min-ji 하은/Ha-eun 예린/Ye-rin",
        fam="김/Kim 이/Lee 박/Park 최/Choi 정/Jung 강/Kang 조/Cho 윤/Yoon 장/Jang",
        st="테헤란로/Teheran-ro|세종대로/Sejong-daero|올림픽로/Olympic-ro|해운대로/Haeundae-ro|동일로/Dongil-ro",
        tw="서울특별시 강남구/Gangnam-gu, Seoul|서울특별시 마포구/Mapo-gu, Seoul|부산광역시 해운대구/Haeundae-gu, Busan|경기도 성남시 분당구/Bundang-gu, Seongnam|인천광역시 연수구/Yeonsu-gu, Incheon",
        pc="#####",
        a="{no} {st}, Apt {blk}-{flat}0{fl}, {town} {pc}|{flat}0{fl}-ho, {blk}-dong, {no} {st}, {town}",
        an="{town} {st} {no}, {blk}동 {flat}0{fl}호|({pc}) {town} {st} {no}",
        cc="82",
        pn="010-####-####|010########|02-###-####",
        pp="M########",
        dl="##-##-######-##",
        cur="₩{}",
    ),
    dict(
        c="MN",
        n="Mongolia",
        L="mn:3 en:2",
        s="w",
        nl=1,
        m="Бат-Эрдэнэ/Bat-Erdene Ганбаатар/Ganbaatar Тэмүүлэн/Temuulen Мөнх-Очир/Munkh-Ochir Болд/Bold",
        f="Сарангэрэл/Sarangerel Оюунчимэг/Oyunchimeg Номин/Nomin Ариунаа/Ariunaa Энхжаргал/Enkhjargal",
        fam="Батболд/Batbold Дорж/Dorj Ганхуяг/Gankhuyag Цэрэн/Tseren Баяр/Bayar Очир/Ochir",
        st="Энх_тайвны_өргөн_чөлөө/Peace Avenue|Чингисийн_өргөн_чөлөө/Chinggis Avenue|Сөүлийн_гудамж/Seoul Street",
        tw="Улаанбаатар/Ulaanbaatar|Дархан/Darkhan|Эрдэнэт/Erdenet",
        pc="14###",
        a="Apartment {no}, Door {flat}, {blk} khoroo, Sukhbaatar district, {town} {pc}|{st} {no}-{flat}, {town}",
        an="{town}, Сүхбаатар дүүрэг, {blk}-р хороо, {no}-р байр, {flat} тоот",
        cc="976",
        pn="99## ####|88######|95## ####",
        pp="E#######",
        cur="₮{}",
    ),
    # ------------------------------------------------------------ Central Asia
    dict(
        c="KZ",
        n="Kazakhstan",
        L="ru:3 en:1",
        s="pat",
        nl=1,
        femfam="ru",
        m="Нурлан/Nurlan Ерлан/Yerlan Асхат/Askhat Данияр/Daniyar Бауыржан/Bauyrzhan",
        f="Айгерим/Aigerim Динара/Dinara Гульнара/Gulnara Жанар/Zhanar Асель/Assel",
        fam="Нурпеисов/Nurpeisov Ахметов/Akhmetov Сейткали/Seitkali Жумабеков/Zhumabekov Абенов/Abenov Касымов/Kassymov",
        pm="Серикович/Serikovich Маратович/Maratovich Болатович/Bolatovich",
        pf="Ерлановна/Yerlanovna Серикқызы/Serikkyzy Маратовна/Maratovna",
        st="проспект_Абая/Abay Avenue|улица_Толе_би/Tole Bi Street|проспект_Достык/Dostyk Avenue|улица_Кенесары/Kenesary Street",
        tw="Алматы/Almaty|Астана/Astana|Шымкент/Shymkent|Караганда/Karaganda",
        pc="050###",
        a="{no} {st}, apt. {flat}, {town} {pc}",
        an="г. {town}, {st}, д. {no}, кв. {flat}",
        cc="7",
        pn="8 7## ### ## ##|87#########",
        pi="+7 7## ### ## ##|+77#########",
        pp="N########",
        ib="KZ",
        cur="{} ₸",
        dc="sp",
    ),
    dict(
        c="UZ",
        n="Uzbekistan",
        L="uz:3 ru:1 en:1",
        s="w",
        m="Jasur Sardor Otabek Bekzod Dilshod Rustam",
        f="Dilnoza Nilufar Gulnora Madina Shahzoda Malika",
        fam="Karimov Rakhimov Yusupov Tashkentov Abdullayev Ergashev Nazarov",
        st="Amir Temur shoh ko'chasi|Navoiy ko'chasi|Mustaqillik shoh ko'chasi|Chilonzor 9-mavze",
        tw="Toshkent|Samarqand|Buxoro|Namangan|Andijon",
        pc="100###",
        a="{st}, {no}-uy, {flat}-xonadon, {town} {pc}|{town}, {st} {no}, kv. {flat}",
        cc="998",
        pn="90 ### ## ##|9# #######|71 ### ## ##",
        pp="@@#######",
        cur="{} so'm",
        dc="sp",
    ),
    dict(
        c="KG",
        n="Kyrgyzstan",
        L="ru:3 en:1",
        s="pat",
        nl=1,
        femfam="ru",
        m="Азамат/Azamat Бакыт/Bakyt Нурбек/Nurbek Эрлан/Erlan Тимур/Timur",
        f="Айжан/Aizhan Гулзат/Gulzat Жылдыз/Zhyldyz Нургуль/Nurgul Айпери/Aiperi",
        fam="Токтогулов/Toktogulov Осмонов/Osmonov Абдыкадыров/Abdykadyrov Жээнбеков/Jeenbekov Сыдыков/Sydykov",
        pm="Бакытович/Bakytovich Асанович/Asanovich Токтобекович/Toktobekovich",
        pf="Асановна/Asanovna Бакытовна/Bakytovna Маратовна/Maratovna",
        st="проспект_Чуй/Chuy Avenue|улица_Киевская/Kievskaya Street|проспект_Манаса/Manas Avenue|микрорайон_Джал/Dzhal microdistrict",
        tw="Бишкек/Bishkek|Ош/Osh|Каракол/Karakol",
        pc="720###",
        a="{st} {no}, apt {flat}, {town} {pc}",
        an="г. {town}, {st}, д. {no}, кв. {flat}",
        cc="996",
        pn="0555 ### ###|0700######|0312 ## ## ##",
        pi="+996 555 ### ###|+996 700######",
        pp="AC#######",
        cur="{} сом",
        dc="sp",
    ),
]
LOCALES += [
    # ------------------------------------------------------------ Europe
    dict(
        c="GB",
        n="United Kingdom",
        L="en:1",
        wt=2,
        s="w",
        mid2=0.3,
        m="Oliver Harry George Callum Jamie Rhys Declan Tom",
        f="Amelia Sophie Chloe Bethan Niamh Hannah Priya Megan",
        fam="Whitfield Pritchard Okonjo Hargreaves Bell Chowdhury Doyle Ashworth MacLeod Thompson-Reid Evans Kaur",
        st="Abbey Road|Victoria Terrace|Mill Lane|Station Road|Kingsway|Chapel Street|Albert Crescent",
        tw="Leeds|Bristol|Manchester|Cardiff|Glasgow|Norwich|Leicester",
        pc="@@# #@@|@## #@@|@@## #@@",
        a="{no} {st}, {town} {pc}|Flat {flat}, {no} {st}, {town}, {pc}|{no} {st}, {town}",
        cc="44",
        pn="07### ######|07#########|0113 ### ####|020 #### ####",
        pp="#########",
        dl="@@@@@######@@#@@",
        ib="GB",
        cur="£{}",
        dom="btinternet.com gmail.com hotmail.co.uk",
        nick="Ollie Soph Jamie Bex",
    ),
    dict(
        c="IE",
        n="Ireland",
        L="en:1",
        s="w",
        m="Seán Ciarán Conor Darragh Patrick Eoin Cathal",
        f="Aoife Siobhán Niamh Róisín Orla Sinéad Clodagh",
        fam="Murphy O'Brien Ó_Súilleabháin Byrne Kelly McCarthy Ní_Bhriain Walsh Fitzgerald O'Connor",
        st="Main Street|Ballymun Road|Castle Street|Dublin Road|Patrick Street|Church View",
        tw="Dublin 9|Cork|Galway|Limerick|Sligo|Kilkenny",
        pc="@## @?@?|D## @?@?",
        a="{no} {st}, {town}, {pc}|Apt {flat}, The Maltings, {st}, {town}",
        cc="353",
        pn="08# ### ####|087#######|01 ### ####",
        pp="P@#######",
        ib="IE",
        cur="€{}",
    ),
    dict(
        c="DE",
        n="Germany",
        L="de:4 en:1",
        s="w",
        mid2=0.2,
        m="Lukas Jonas Stefan Mehmet Tobias Jürgen Felix Andreas",
        f="Anna Lea Sabine Katharina Ayşe Julia Monika Svenja",
        fam="Müller Schmidt Schneider Fischer Weber Becker Hoffmann Yılmaz Schäfer Krüger von_Bülow Nowak",
        st="Hauptstraße|Bahnhofstraße|Lindenallee|Schillerstraße|Am Mühlbach|Goethestraße|Gartenweg",
        tw="Berlin|Hamburg|Köln|Leipzig|Bochum|Freiburg im Breisgau|Kassel",
        pc="#####",
        a="{st} {no}, {pc} {town}|{st} {no}a, {pc} {town}|{st} {no}, {fl}. OG, {pc} {town}",
        cc="49",
        pn="0151 #######|0176 ########|030 ########|0221 ######",
        pp="C@@####@@|C########",
        dl="B###########",
        ib="DE",
        cur="{} €",
        dc="1",
        sep=".",
        dom="web.de gmx.de t-online.de",
    ),
    dict(
        c="AT",
        n="Austria",
        L="de:1",
        s="w",
        m="Florian Lukas Maximilian Markus Bernhard Wolfgang",
        f="Katharina Theresa Magdalena Verena Johanna Elisabeth",
        fam="Gruber Huber Bauer Wagner Pichler Steiner Moser Hofer Leitner",
        st="Mariahilfer Straße|Landstraßer Hauptstraße|Herrengasse|Linzer Straße|Kärntner Ring",
        tw="Wien|Graz|Linz|Salzburg|Innsbruck",
        pc="####",
        a="{st} {no}/{flat}, {pc} {town}|{st} {no}, Top {flat}, {pc} {town}",
        cc="43",
        pn="0664 #######|0650 ### ####|01 ### ####",
        pp="P#######",
        ib="AT",
        cur="€ {}",
        dc="1",
        sep=".",
    ),
    dict(
        c="CH",
        n="Switzerland",
        L="de:2 fr:2 en:1",
        s="w",
        m="Luca Noah Reto Beat Nicolas Samuel Urs",
        f="Laura Mia Nicole Céline Sandra Anouk Ursula",
        fam="Meier Keller Brunner Favre Rochat Schmid Baumann Bonvin Zürcher",
        st="Bahnhofstrasse|Rue du Rhône|Seefeldstrasse|Avenue de la Gare|Rue de Lausanne|Kramgasse",
        tw="Zürich|Genève|Bern|Lausanne|Basel|Luzern",
        pc="####",
        a="{st} {no}, {pc} {town}|{no} {st}, {pc} {town}",
        cc="41",
        pn="079 ### ## ##|076#######|044 ### ## ##",
        pp="@#######",
        ib="CH",
        cur="CHF {}",
        sep=".",
    ),
    dict(
        c="FR",
        n="France",
        L="fr:4 en:1",
        s="w",
        mid2=0.15,
        m="Jean-Baptiste Mathieu Karim Théo Nicolas Hugo Laurent Romain",
        f="Camille Manon Élodie Inès Sophie Chloé Nathalie Léa",
        fam="Martin Bernard Dubois Lefèvre Moreau Laurent Benali Girard Rousseau de_La_Fontaine Mercier Nguyen",
        st="rue de la République|avenue Jean Jaurès|boulevard Voltaire|rue des Lilas|impasse des Tilleuls|chemin du Moulin",
        tw="Paris|Lyon|Marseille|Lille|Toulouse|Nantes|Montreuil",
        pc="#####",
        a="{no} {st}, {pc} {town}|{no} bis {st}, {pc} {town}|Bât. {blk}, {no} {st}, {pc} {town}",
        cc="33",
        pn="06 ## ## ## ##|07 ## ## ## ##|01 ## ## ## ##|06########",
        pp="##@@#####",
        dl="############",
        ib="FR",
        cur="{} €",
        dc="sp",
        dom="orange.fr free.fr laposte.net gmail.com",
    ),
    dict(
        c="BE",
        n="Belgium",
        L="nl:2 fr:2 en:1",
        s="w",
        m="Wout Pieter Thomas Arnaud Mohamed Lucas",
        f="Lotte Sarah Marie Fatima Elise Charlotte",
        fam="Peeters Janssens Maes Dubois Lambert Van_den_Broeck De_Smet Claes Willems El_Khatib",
        st="Kerkstraat|Rue de la Loi|Stationsstraat|Chaussée de Wavre|Meir|Rue Neuve",
        tw="Antwerpen|Bruxelles|Gent|Liège|Leuven|Charleroi",
        pc="####",
        a="{st} {no}, {pc} {town}|{st} {no} bus {flat}, {pc} {town}",
        cc="32",
        pn="0470 ## ## ##|0486######|02 ### ## ##",
        pp="@@######",
        ib="BE",
        cur="€ {}",
        dc="1",
        sep="/",
    ),
    dict(
        c="NL",
        n="Netherlands",
        L="nl:4 en:1",
        s="w",
        m="Daan Sem Bram Jeroen Mohammed Thijs Ruben",
        f="Emma Sanne Fleur Anouk Yasmina Lieke Marloes",
        fam="de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer van_der_Linden",
        st="Kerkstraat|Dorpsstraat|Prinsengracht|Julianalaan|Molenweg|Marnixstraat",
        tw="Amsterdam|Rotterdam|Utrecht|Den Haag|Eindhoven|Groningen",
        pc="#### @@",
        a="{st} {no}, {pc} {town}|{st} {no}-{fl}, {pc} {town}|{st} {no}A, {pc} {town}",
        cc="31",
        pn="06-########|06 ## ## ## ##|020-#######",
        pp="@@?######",
        ib="NL",
        cur="€ {}",
        dc="1",
        sep="-",
    ),
    dict(
        c="ES",
        n="Spain",
        L="es:4 en:1",
        s="es",
        m="José_Luis Javier Alejandro Pablo Sergio Daniel Iker Jordi",
        f="María Lucía Carmen Laura Marta Ainhoa Paula Montserrat",
        fam="García Fernández López Martínez Sánchez Pérez Gómez Ruiz Navarro Etxeberria Puig Iglesias",
        st="Calle Mayor|Avenida de la Constitución|Calle de Alcalá|Carrer de Mallorca|Calle Real|Paseo de la Castellana",
        tw="Madrid|Barcelona|Valencia|Sevilla|Bilbao|Zaragoza|Málaga",
        pc="#####",
        a="{st}, {no}, {fl}º {blk}, {pc} {town}|{st} {no}, {pc} {town}|{st}, {no} - {fl}ºB, {pc} {town}",
        cc="34",
        pn="6## ## ## ##|6########|9# ### ## ##|7## ### ###",
        pi="+34 6## ## ## ##|+34 6## ### ###",
        pp="@@@######",
        ib="ES",
        cur="{} €",
        dc="1",
    ),
    dict(
        c="PT",
        n="Portugal",
        L="pt:4 en:1",
        s="pt",
        m="João Tiago Rui Miguel Duarte Nuno Bruno",
        f="Ana Inês Mariana Beatriz Joana Catarina Rita",
        fam="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gonçalves da_Silva",
        st="Rua Augusta|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua do Ouro",
        tw="Lisboa|Porto|Braga|Coimbra|Setúbal|Faro",
        pc="####-###",
        a="{st}, n.º {no}, {fl}.º Esq., {pc} {town}|{st} {no}, {pc} {town}",
        cc="351",
        pn="91# ### ###|96#######|21# ### ###",
        pp="@@######",
        ib="PT",
        cur="{} €",
        dc="sp",
    ),
    dict(
        c="IT",
        n="Italy",
        L="it:4 en:1",
        s="w",
        m="Giuseppe Marco Alessandro Luca Francesco Matteo Davide",
        f="Giulia Francesca Chiara Sara Martina Elena Alessia",
        fam="Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci De_Luca Lo_Bianco Greco",
        st="Via Roma|Via Garibaldi|Corso Vittorio Emanuele|Via dei Mille|Piazza della Repubblica|Via Mazzini",
        tw="Roma|Milano|Napoli|Torino|Bologna|Palermo|Firenze",
        pc="#####",
        a="{st} {no}, {pc} {town}|{st} {no}, int. {flat}, {pc} {town}|{st}, {no}, scala {blk}, {pc} {town}",
        cc="39",
        pn="3## ### ####|3#########|06 ########|02 #### ####",
        pi="+39 3## ### ####|+39 3#########",
        pp="@@#######",
        dl="@@#######@",
        ib="IT",
        cur="€ {}",
        dc="1",
    ),
    dict(
        c="GR",
        n="Greece",
        L="el:3 en:2",
        s="w",
        nl=1,
        m="Γιώργος/Giorgos Δημήτρης/Dimitris Νίκος/Nikos Κωνσταντίνος/Konstantinos Γιάννης/Giannis",
        f="Μαρία/Maria Ελένη/Eleni Κατερίνα/Katerina Σοφία/Sofia Δέσποινα/Despoina",
        fam="Παπαδόπουλος/Papadopoulos Γεωργίου/Georgiou Οικονόμου/Oikonomou Νικολαΐδης/Nikolaidis Καραγιάννης/Karagiannis Βλάχος/Vlachos",
        st="Οδός_Ερμού/Ermou Street|Λεωφόρος_Κηφισίας/Kifisias Avenue|Οδός_Πατησίων/Patision Street|Οδός_Εγνατίας/Egnatia Street",
        tw="Αθήνα/Athens|Θεσσαλονίκη/Thessaloniki|Πάτρα/Patras|Ηράκλειο/Heraklion|Πειραιάς/Piraeus",
        pc="### ##",
        a="{no} {st}, {pc} {town}",
        an="{st} {no}, Τ.Κ. {pc}, {town}",
        cc="30",
        pn="69# ### ####|69########|210 #######",
        pp="@@#######",
        ib="GR",
        cur="{} €",
        dc="1",
    ),
    dict(
        c="PL",
        n="Poland",
        L="pl:4 en:1",
        s="w",
        femfam="pl",
        m="Piotr Krzysztof Tomasz Paweł Michał Jakub Łukasz",
        f="Anna Katarzyna Agnieszka Magdalena Zofia Joanna Małgorzata",
        fam="Kowalski Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Kaczmarek",
        st="ul. Marszałkowska|ul. Długa|al. Jerozolimskie|ul. Piotrkowska|ul. Floriańska|os. Tysiąclecia",
        tw="Warszawa|Kraków|Łódź|Wrocław|Poznań|Gdańsk",
        pc="##-###",
        a="{st} {no}/{flat}, {pc} {town}|{st} {no} m. {flat}, {pc} {town}",
        cc="48",
        pn="5## ### ###|6## ### ###|7########|22 ### ## ##",
        pi="+48 5## ### ###|+48 6## ### ###",
        pp="@@#######",
        ib="PL",
        cur="{} zł",
        dc="sp",
        sep=".",
    ),
    dict(
        c="CZ",
        n="Czechia",
        L="cs:4 en:1",
        s="w",
        femfam="cs",
        m="Jan Petr Tomáš Jakub Martin Lukáš",
        f="Tereza Eliška Jana Lucie Kateřina Petra",
        fam="Novák Svoboda Dvořák Černý Procházka Kučera Veselý Horák",
        st="Vinohradská|Náměstí Míru|Husova|Karlova|Sokolská|Masarykova",
        tw="Praha 2|Brno|Ostrava|Plzeň|Olomouc",
        pc="### ##",
        a="{st} {no}/{blk}, {pc} {town}|{st} {no}, {pc} {town}",
        cc="420",
        pn="6## ### ###|7## ### ###|2## ### ###",
        pi="+420 6## ### ###|+420 7########",
        pp="########",
        ib="CZ",
        cur="{} Kč",
        dc="sp",
        sep=".",
    ),
    dict(
        c="HU",
        n="Hungary",
        L="hu:4 en:1",
        s="hu",
        m="László István Zoltán Bence Gábor Attila",
        f="Katalin Erzsébet Zsófia Anna Réka Eszter",
        fam="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Farkas",
        st="Andrássy út|Váci utca|Rákóczi út|Petőfi Sándor utca|Kossuth Lajos utca",
        tw="Budapest|Debrecen|Szeged|Pécs|Győr",
        pc="####",
        a="{pc} {town}, {st} {no}.|{pc} {town}, {st} {no}. {fl}. em. {flat}.|{town}, {st} {no}, {pc}",
        cc="36",
        pn="06 30 ### ####|06-20-###-####|06 1 ### ####",
        pi="+36 30 ### ####|+36 20 #######",
        pp="@@#######",
        ib="HU",
        cur="{} Ft",
        dc="sp",
        d="ymd",
        sep=". |.",
    ),
    dict(
        c="RO",
        n="Romania",
        L="ro:4 en:1",
        s="w",
        m="Andrei Mihai Alexandru Ionuț Florin Cristian",
        f="Ioana Elena Andreea Maria Cristina Alina",
        fam="Popescu Ionescu Popa Constantin Dumitru Stan Stoica Gheorghe Munteanu",
        st="Strada Mihai Eminescu|Bulevardul Unirii|Calea Victoriei|Strada Florilor|Șoseaua Pantelimon",
        tw="București|Cluj-Napoca|Iași|Timișoara|Constanța|Brașov",
        pc="######",
        a="{st} nr. {no}, bl. {blk}, ap. {flat}, {town} {pc}|{st} nr. {no}, {town}",
        cc="40",
        pn="07## ### ###|07########|021 ### ####",
        pp="########",
        ib="RO",
        cur="{} lei",
        dc="1",
        sep=".",
    ),
    dict(
        c="UA",
        n="Ukraine",
        L="uk:3 ru:1 en:1",
        s="pat",
        nl=1,
        m="Олександр/Oleksandr Андрій/Andrii Дмитро/Dmytro Сергій/Serhii Тарас/Taras Богдан/Bohdan",
        f="Олена/Olena Наталія/Nataliia Оксана/Oksana Ірина/Iryna Юлія/Yuliia Марія/Mariia",
        fam="Шевченко/Shevchenko Коваленко/Kovalenko Бондаренко/Bondarenko Ткаченко/Tkachenko Мельник/Melnyk Кравчук/Kravchuk Бойко/Boiko",
        pm="Іванович/Ivanovych Петрович/Petrovych Миколайович/Mykolaiovych Васильович/Vasylovych",
        pf="Іванівна/Ivanivna Петрівна/Petrivna Миколаївна/Mykolaivna Олегівна/Olehivna",
        st="вул._Хрещатик/Khreshchatyk St.|просп._Перемоги/Peremohy Ave.|вул._Сумська/Sumska St.|вул._Дерибасівська/Derybasivska St.",
        tw="Київ/Kyiv|Харків/Kharkiv|Львів/Lviv|Одеса/Odesa|Дніпро/Dnipro",
        pc="0####",
        a="{no} {st}, apt. {flat}, {town} {pc}",
        an="{st}, буд. {no}, кв. {flat}, м. {town}, {pc}",
        cc="380",
        pn="067 ### ## ##|050#######|044 ### ## ##",
        pp="@@######|FF######",
        ib="UA",
        cur="{} грн",
        dc="sp",
        sep=".",
    ),
    dict(
        c="RU",
        n="Russia",
        L="ru:4 en:1",
        s="pat",
        nl=1,
        femfam="ru",
        m="Алексей/Aleksei Дмитрий/Dmitry Сергей/Sergei Андрей/Andrei Михаил/Mikhail Иван/Ivan",
        f="Екатерина/Ekaterina Анна/Anna Ольга/Olga Татьяна/Tatiana Наталья/Natalia Мария/Maria",
        fam="Иванов/Ivanov Смирнов/Smirnov Кузнецов/Kuznetsov Попов/Popov Соколов/Sokolov Волков/Volkov Морозов/Morozov Лебедев/Lebedev",
        pm="Александрович/Aleksandrovich Сергеевич/Sergeyevich Викторович/Viktorovich Николаевич/Nikolaevich",
        pf="Александровна/Aleksandrovna Сергеевна/Sergeyevna Викторовна/Viktorovna Игоревна/Igorevna",
        st="ул._Ленина/Lenina St.|Невский_пр./Nevsky Prospekt|ул._Тверская/Tverskaya St.|ул._Садовая/Sadovaya St.|ул._Гагарина/Gagarina St.",
        tw="Москва/Moscow|Санкт-Петербург/St Petersburg|Казань/Kazan|Новосибирск/Novosibirsk|Екатеринбург/Yekaterinburg",
        pc="1#####",
        a="{no} {st}, apt. {flat}, {town} {pc}",
        an="{pc}, г. {town}, {st}, д. {no}, кв. {flat}|г. {town}, {st}, д. {no}, корп. {blk}, кв. {flat}",
        cc="7",
        pn="8 (9##) ###-##-##|89#########|8 495 ###-##-##",
        pi="+7 9## ###-##-##|+7 (9##) ###-##-##",
        pp="## #######",
        dl="## ## ######",
        cur="{} ₽",
        dc="sp",
        sep=".",
    ),
    dict(
        c="SE",
        n="Sweden",
        L="sv:4 en:1",
        s="w",
        m="Erik Lars Johan Oskar Ahmed Anders",
        f="Anna Elin Maja Ingrid Karin Sara",
        fam="Andersson Johansson Karlsson Nilsson Eriksson Lindqvist Bergström Öberg",
        st="Storgatan|Drottninggatan|Kungsgatan|Sveavägen|Vasagatan|Björkvägen",
        tw="Stockholm|Göteborg|Malmö|Uppsala|Västerås|Örebro",
        pc="### ##",
        a="{st} {no}, {pc} {town}|{st} {no}, lgh 1{fl}0{flat}, {pc} {town}",
        cc="46",
        pn="07#-### ## ##|07########|08-### ### ##",
        pp="########",
        ib="SE",
        cur="{} kr",
        dc="sp",
        d="ymd",
        sep="-",
    ),
    dict(
        c="NO",
        n="Norway",
        L="no:4 en:1",
        s="w",
        m="Ola Magnus Henrik Sindre Jonas Espen",
        f="Ingrid Kari Silje Nora Marte Hanne",
        fam="Hansen Johansen Olsen Larsen Berg Haugen Bakken Solberg Strand",
        st="Storgata|Kirkeveien|Bygdøy allé|Thorvald Meyers gate|Fjellveien",
        tw="Oslo|Bergen|Trondheim|Stavanger|Tromsø",
        pc="####",
        a="{st} {no}, {pc} {town}|{st} {no} H0{fl}0{flat}, {pc} {town}",
        cc="47",
        pn="4## ## ###|9#######|22 ## ## ##",
        pi="+47 4## ## ###|+47 9## ## ###",
        pp="########",
        ib="NO",
        cur="{} kr",
        dc="sp",
        sep=".",
    ),
    dict(
        c="FI",
        n="Finland",
        L="fi:4 en:1",
        s="w",
        m="Mikko Juha Antti Ville Jussi Teemu",
        f="Anna Laura Sanna Johanna Elina Aino",
        fam="Korhonen Virtanen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen",
        st="Mannerheimintie|Hämeenkatu|Aleksanterinkatu|Koivukuja|Rantatie",
        tw="Helsinki|Tampere|Turku|Oulu|Espoo|Jyväskylä",
        pc="#####",
        a="{st} {no} A {flat}, {pc} {town}|{st} {no}, {pc} {town}",
        cc="358",
        pn="040 ### ####|050#######|09 ### ####",
        pp="@@#######",
        ib="FI",
        cur="{} €",
        dc="sp",
        sep=".",
    ),
    dict(
        c="IS",
        n="Iceland",
        L="is:3 en:2",
        s="is",
        m="Jón Sigurður Guðmundur Gunnar Ólafur Einar",
        f="Guðrún Anna Sigríður Kristín Helga Margrét",
        pm="Jóns Sigurðar Guðmundar Gunnars Ólafs Einars Magnús Stefáns",
        st="Laugavegur|Skólavörðustígur|Hringbraut|Hverfisgata|Bústaðavegur",
        tw="Reykjavík|Kópavogur|Hafnarfjörður|Akureyri|Garðabær",
        pc="###",
        a="{st} {no}, {pc} {town}",
        cc="354",
        pn="6## ####|7## ####|8## ####|5## ####",
        pi="+354 6## ####|+354 8## ####",
        pp="@#######",
        ib="IS",
        cur="{} kr.",
        dc="1",
        sep=".",
    ),
    dict(
        c="LT",
        n="Lithuania",
        L="lt:3 en:2",
        s="w",
        femfam="lt",
        m="Tomas Mantas Jonas Lukas Paulius",
        f="Rūta Eglė Ieva Agnė Gintarė",
        fam="Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas",
        st="Gedimino pr.|Pilies g.|Savanorių pr.|Laisvės al.|Ukmergės g.",
        tw="Vilnius|Kaunas|Klaipėda|Šiauliai",
        pc="LT-#####",
        a="{st} {no}-{flat}, {pc} {town}|{st} {no}, {town} {pc}",
        cc="370",
        pn="8 6## #####|86#######",
        pi="+370 6## #####|+370 6#######",
        pp="########",
        ib="LT",
        cur="{} €",
        dc="sp",
        d="ymd",
        sep="-",
    ),
    dict(
        c="GE",
        n="Georgia",
        L="ka:3 en:2",
        s="w",
        nl=1,
        m="გიორგი/Giorgi ლევან/Levan დავით/Davit ნიკა/Nika ირაკლი/Irakli",
        f="ნინო/Nino მარიამ/Mariam თამარ/Tamar ანა/Ana ეკა/Eka",
        fam="ბერიძე/Beridze კაპანაძე/Kapanadze გელაშვილი/Gelashvili მაისურაძე/Maisuradze ლომიძე/Lomidze ჯაფარიძე/Japaridze",
        st="რუსთაველის_გამზირი/Rustaveli Avenue|ჭავჭავაძის_გამზირი/Chavchavadze Avenue|აღმაშენებლის_გამზირი/Aghmashenebeli Avenue|პეკინის_ქუჩა/Pekini Street",
        tw="თბილისი/Tbilisi|ბათუმი/Batumi|ქუთაისი/Kutaisi|რუსთავი/Rustavi",
        pc="0###",
        a="{no} {st}, apt {flat}, {town} {pc}",
        an="{town}, {st} {no}, ბინა {flat}",
        cc="995",
        pn="5## ## ## ##|5########|032 2 ## ## ##",
        pi="+995 5## ## ## ##|+995 5########",
        pp="##@@#####",
        ib="GE",
        cur="{} ₾",
        sep=".",
    ),
]
LOCALES += [
    # ------------------------------------------------------------ Americas
    dict(
        c="US",
        n="United States",
        L="en:5 es:1",
        wt=4,
        s="w",
        mid2=0.35,
        d="mdy",
        m="Michael Tyrone DeShawn Kyle Brandon Luis Robert Ethan Dwayne",
        f="Jennifer Keisha Ashley Brittany Maria Latoya Emily Samantha Guadalupe",
        fam="Johnson Williams Rodriguez Washington O'Neill Kowalczyk Nguyen Patel Jackson Hernandez Miller Thibodeaux Begay",
        st="Maple Avenue|Oak Street|Martin Luther King Jr Blvd|Elm Drive|Cedar Lane|W 34th Street|Lakeview Terrace",
        tw="Columbus, OH|Tulsa, OK|Fresno, CA|Baltimore, MD|Albuquerque, NM|Duluth, MN|Atlanta, GA|Brooklyn, NY",
        pc="#####|#####-####",
        a="{hn} {st}, {town} {pc}|{hn} {st} Apt {flat}, {town} {pc}|{hn} {st}, Unit {flat}{fl}, {town} {pc}",
        cc="1",
        pn="(###) ###-####|###-###-####|###.###.####",
        pi="+1 ###-###-####|+1 (###) ###-####|+1##########",
        pp="#########|@########",
        dl="@#######|###-###-###|@###-###-##-###-#|########",
        cur="${}",
        dom="gmail.com yahoo.com aol.com icloud.com",
        nick="Mike Bree Ty Sam Lupe",
    ),
    dict(
        c="CA",
        n="Canada",
        L="en:3 fr:2",
        s="w",
        mid2=0.2,
        m="Liam Étienne Connor Mathieu Jaspreet Wei Noah",
        f="Chloé Émilie Olivia Harpreet Geneviève Tara Isabelle",
        fam="Tremblay Gagnon Roy Côté MacDonald Singh Bouchard Wong Campbell Lévesque",
        st="rue Saint-Denis|boulevard René-Lévesque|Yonge Street|Jasper Avenue|Commercial Drive|rue Sherbrooke Est",
        tw="Montréal QC|Toronto ON|Québec QC|Edmonton AB|Vancouver BC|Gatineau QC",
        pc="@#@ #@#",
        a="{hn} {st}, app. {flat}, {town} {pc}|{hn} {st}, Unit {flat}, {town} {pc}",
        cc="1",
        pn="(###) ###-####|###-###-####|### ###-####",
        pi="+1 ###-###-####|+1 (###) ###-####",
        pp="@@######",
        dl="@####-######-##|@###-###-###",
        cur="{} $",
        d="ymd",
        sep="-",
    ),
    dict(
        c="MX",
        n="Mexico",
        L="es:4 en:1",
        s="es",
        m="José Juan_Carlos Luis Miguel_Ángel Jesús Alejandro Fernando",
        f="Guadalupe María_José Fernanda Ximena Verónica Alejandra Rosa",
        fam="Hernández García Martínez López González Rodríguez Pérez Sánchez Ramírez Flores Cruz Morales",
        st="Av. Insurgentes Sur|Calle Reforma|Av. Juárez|Calle Hidalgo|Calle 5 de Mayo|Av. Revolución",
        tw="Ciudad de México|Guadalajara|Monterrey|Puebla|Oaxaca de Juárez|Tijuana",
        pc="#####",
        a="{st} {no}, Int. {flat}, Col. Del Valle, {pc} {town}|{st} #{no}, Col. Centro, C.P. {pc}, {town}",
        cc="52",
        pn="55 #### ####|33 ## ## ## ##|81########",
        pi="+52 55 #### ####|+52 1 33 #### ####",
        pp="@########",
        dl="@##########",
        cur="${} MXN",
    ),
    dict(
        c="BR",
        n="Brazil",
        L="pt:4 en:1",
        s="pt",
        m="João_Pedro Lucas Gabriel Rafael Thiago Carlos_Eduardo Matheus",
        f="Ana_Clara Juliana Fernanda Larissa Beatriz Camila Patrícia",
        fam="Silva Santos Oliveira Souza Lima Pereira Ferreira Costa Rodrigues Almeida Nascimento Carvalho",
        st="Rua das Flores|Avenida Paulista|Rua Augusta|Avenida Brasil|Rua XV de Novembro|Rua Sete de Setembro",
        tw="São Paulo - SP|Rio de Janeiro - RJ|Belo Horizonte - MG|Salvador - BA|Recife - PE|Curitiba - PR",
        pc="#####-###",
        a="{st}, {no}, apto {flat}{fl}, Bairro Centro, {town}, CEP {pc}|{st}, {no} - {town}, {pc}",
        cc="55",
        pn="(11) 9####-####|(21) 9#### ####|(31) 3###-####|119########",
        pi="+55 11 9####-####|+55 21 9#### ####",
        pp="@@######",
        dl="###########",
        ib="BR",
        cur="R$ {}",
        dc="1",
        nick="Juju Rafa Gabi Dudu",
    ),
    dict(
        c="AR",
        n="Argentina",
        L="es:1",
        s="es",
        m="Martín Santiago Facundo Nicolás Matías Diego",
        f="Valentina Sofía Florencia Camila Agustina Lucía",
        fam="González Rodríguez Fernández López Gómez Díaz Romero Sosa Álvarez Benítez",
        st="Av. Corrientes|Av. Santa Fe|Calle Florida|Av. Rivadavia|Calle Lavalle|Av. Cabildo",
        tw="Buenos Aires|Córdoba|Rosario|Mendoza|La Plata|Mar del Plata",
        pc="C####@@@|####",
        a="{st} {no}{no}, piso {fl}, depto {blk}, {town}|{st} {no}{no}, {pc} {town}",
        cc="54",
        pn="11 ####-####|15 ####-####|011 4###-####",
        pi="+54 9 11 ####-####|+54 9 351 ###-####",
        pp="@@@######",
        cur="$ {}",
        dc="1",
    ),
    dict(
        c="CO",
        n="Colombia",
        L="es:1",
        s="es",
        m="Andrés Juan_David Sebastián Camilo Jhon Felipe",
        f="Daniela Valentina Luisa_Fernanda Natalia Yuliana Paola",
        fam="Rodríguez Gómez González Martínez García López Hernández Vargas Restrepo Cárdenas Ospina",
        st="Calle 72|Carrera 15|Avenida Boyacá|Calle 10 Sur|Transversal 93|Diagonal 45",
        tw="Bogotá|Medellín|Cali|Barranquilla|Bucaramanga|Cartagena",
        pc="######",
        a="{st} # {no}-{flat}, Apto {fl}0{blk}, {town}|{st} # {no}-{flat}, barrio Chapinero, {town}",
        cc="57",
        pn="3## ### ####|3#########|601 #######",
        pi="+57 3## ### ####|+57 3#########",
        pp="@@######",
        cur="$ {} COP",
        dc="1",
    ),
    dict(
        c="PE",
        n="Peru",
        L="es:1",
        s="es",
        m="Luis José Jorge Renzo Piero Wilmer",
        f="Rosa Milagros Ana_María Kiara Yesenia Flor",
        fam="Quispe Flores Huamán Mamani Rojas Chávez Vásquez Ramos Gutiérrez Condori",
        st="Av. Arequipa|Jr. de la Unión|Av. Javier Prado|Calle Los Pinos|Av. Brasil",
        tw="Lima|Arequipa|Trujillo|Cusco|Chiclayo|Piura",
        pc="Lima ##",
        a="{st} {no}{no}, Dpto. {flat}{fl}, Miraflores, {town}|{st} {no}, Urb. Santa Patricia, {town}",
        cc="51",
        pn="9## ### ###|9########|01 ### ####",
        pi="+51 9## ### ###|+51 9########",
        pp="#########",
        cur="S/ {}",
    ),
    dict(
        c="JM",
        n="Jamaica",
        L="en:1",
        s="w",
        mid2=0.3,
        m="Andre Damion Kemar O'Neil Shane Javier Ricardo",
        f="Shanice Tanisha Kerry-Ann Simone Latoya Shantel Nicole",
        fam="Brown Campbell Williams Thompson Francis McKenzie Grant Reid Clarke Gordon",
        st="Hope Road|Constant Spring Road|Red Hills Road|Barbican Road|Old Hope Road|Molynes Road",
        tw="Kingston 6|Kingston 10|Spanish Town|Montego Bay|Mandeville|Portmore",
        a="{no} {st}, {town}|Lot {no}, {st}, {town}|Apt {flat}, {no} {st}, {town}",
        cc="1",
        pn="(876) ###-####|876-###-####",
        pi="+1 876 ### ####|+1 (876) ###-####",
        pp="@#######",
        cur="J${}",
        nick="Dre Tash Shanny Kem",
    ),
    # ------------------------------------------------------------ Oceania
    dict(
        c="AU",
        n="Australia",
        L="en:1",
        s="w",
        m="Jack Lachlan Cooper Hamish Nathan Daniel Minh",
        f="Chloe Isla Matilda Jessica Georgia Sienna Ngaire",
        fam="Smith Jones Williams Nguyen O'Connor Papadopoulos Wilson Kelly Tran Walker",
        st="Parramatta Road|Smith Street|Sydney Road|Brunswick Street|Hay Street|Victoria Parade",
        tw="Fitzroy VIC|Parramatta NSW|Brunswick VIC|Fremantle WA|Toowong QLD|Glenelg SA",
        pc="####",
        a="{no} {st}, {town} {pc}|Unit {flat}/{no} {st}, {town} {pc}|{flat}/{no} {st}, {town} {pc}",
        cc="61",
        pn="04## ### ###|04########|(02) #### ####",
        pp="P#######|N#######",
        dl="#########|########",
        cur="${}",
        nick="Lachie Macca Jess Tommo",
    ),
    dict(
        c="NZ",
        n="New Zealand",
        L="en:1",
        s="w",
        m="Tama Wiremu James Rawiri Liam Sione Hemi",
        f="Aroha Mere Olivia Ana Kiri Sophie Mele",
        fam="Ngata Parata Williams Tipene Taufa Smith Wilson Henare Brown Te_Rangi",
        st="Queen Street|Cuba Street|Dominion Road|Great North Road|Riccarton Road|Karangahape Road",
        tw="Auckland|Wellington|Christchurch|Hamilton|Rotorua|Porirua",
        pc="####",
        a="{no} {st}, Grey Lynn, {town} {pc}|Flat {flat}, {no} {st}, {town} {pc}",
        cc="64",
        pn="021 ### ####|027#######|09 ### ####|04 ### ####",
        pp="L@######",
        dl="@@######",
        cur="${}",
    ),
    dict(
        c="FJ",
        n="Fiji",
        L="en:1",
        s="w",
        m="Josaia Ratu_Epeli Ravinesh Sanjay Viliame Jone",
        f="Mere Adi_Litia Salote Anjali Priya Vani",
        fam="Naivalu Tuilagi Waqa Kumar Prasad Ravuvu Seru Nadakuitavuki Singh Lal",
        st="Victoria Parade|Ratu Sukuna Road|Waimanu Road|Princes Road|Queens Road",
        tw="Suva|Lautoka|Nadi|Labasa|Nausori",
        a="Lot {no}, {st}, {town}|{no} {st}, Samabula, {town}",
        cc="679",
        pn="9## ####|7## ####|8#######",
        pi="+679 9## ####|+679 7######",
        pp="@#######",
        cur="FJ${}",
    ),
]


# ---------------------------------------------------------------- templates
# Slots: see bench/sanitizer_dev24.py. "R|" forces romanized names, "N|" native script.
NONLATIN_LANGS = {
    "ar",
    "am",
    "he",
    "fa",
    "hi",
    "ta",
    "bn",
    "ur",
    "si",
    "ne",
    "th",
    "my",
    "km",
    "zh",
    "zht",
    "ja",
    "ko",
    "mn",
    "ru",
    "uk",
    "el",
    "ka",
}

EN = [
    """DISCHARGE SUMMARY
{town} General Hospital - Department of Internal Medicine
Patient: {upper}    DOB: {dob}    MRN: {mrn}
Address: {addr}
Admitted: {date}  Discharged: {date:2}
Attending: Dr {name:2}    Registrar: Dr {fam:3}
Diagnosis: community-acquired pneumonia ({icd}); type 2 diabetes
Labs on discharge: {lab}; {lab:2}
Medication on discharge: {drug}; {drug:2}
Follow-up with GP in 2 weeks. Next of kin: {name:4} (daughter), tel {phone}.""",
    """Dear Dr {fam:2},

Thank you for seeing {name}, a {age}-year-old patient born {dob}, whom I am referring for assessment of persistent {lab}.
Current medication: {drug}. Relevant history: {icd}.
The patient can be reached on {phone} or by e-mail at {email}. Please copy correspondence to the practice.

Kind regards,
Dr {name:3}
{town} Family Practice""",
    """Hi {given}, your lab results from {date} are now available in the portal.
{lab}
{lab:2}
Dr {fam:2} has reviewed them and would like to discuss at your next visit. Reply to this message or call {phone:2}.
If you did not request this, contact {email:3}.""",
    """PRESCRIPTION
Rx no. {ref}            Date: {date}
Patient: {name}    Date of birth: {dob}
Address: {addr}
Rx: {drug}
Repeats: 2
Prescriber: Dr {name:2}, Reg. {num}{num:2}{num:3}
Pharmacy use only - dispensed by {name:3}""",
    """{chat}: hi, is my refill ready? it's the {drug}
pharmacy: Hi! Can you confirm your date of birth please?
{chat}: {dob}
pharmacy: Thanks. Ready for pick up after {time}. Total {amount}. Pay by card on file ending {masked}?
{chat}: no use the new one {card} exp 09/28
pharmacy: Done. Ask for {given:2} at the counter.""",
    """Subject: Question about my medication

Hello Dr. {fam:2},
Since starting {drug} I have had headaches every morning. My blood pressure at home was {lab}. Should I keep taking it until my appointment on {date}?
My husband {short:3} can bring me in earlier if needed - his number is {phone}.

Thank you,
{name}
DOB {dob}""",
    """Session note - {date}
Client: {init} (ref {mrn})
Clinician: {name:2}, LCSW
Client reports increased anxiety since separation from partner {given:3}. Sleep 4-5 h. Discussed safety plan; emergency contact sister {name:4} ({phone}).
Client disclosed that {given:3} still has the password to her email ({pw}) and reads her messages; advised to change it today.
Plan: continue weekly CBT, review {drug} with prescriber.""",
    """journal - {date}
couldn't sleep again. mum's results came back, {lab}. dr {fam:2} wants another scan. {chat:3} says not to panic. i keep thinking about the money - the hospital wants {amount} by friday and my card ({card}) is almost maxed.
note to self: call {given:4} at the benefits office, {phone}.""",
    """[Family - Mum's care]
{chat}: who is taking mum to dialysis on thursday?
{chat:2}: i can do thursday. {at:3} can you do saturday
{chat:3}: yes. btw the new carer is {name:4}, her number {phone}
{chat}: ok. I paid the agency {amount} from the joint account {iban}
{chat:2}: mum's portal login is her email {email:5} / {pw} if anyone needs the letters""",
    """COVID-19 VACCINATION RECORD CARD
Last Name: {fam}          First Name: {given}
Date of birth: {dob}      Patient number (medical record or IIS record number): {mrn}
Vaccine  Product Name/Manufacturer  Lot Number  Date  Healthcare Professional or Clinic Site
1st Dose  Pfizer  EW{num}{num:2}  {date}  {town} Community Clinic / {init:2}
2nd Dose  Pfizer  FA{num:3}{num}  {date:2}  {town} Community Clinic""",
    """CLAIM FORM - PART A (to be completed by the policyholder)
Policy number: {policy}        Claim reference: {claim}
Full name of policyholder: {full}
Date of birth: {dob}
Residential address: {addr}
Mobile: {intl}      E-mail: {email}
Name of treating doctor: Dr {name:2}
Date of treatment: {date}   Diagnosis: {icd}
Amount claimed: {amount}
Pay benefit into account (IBAN): {iban}
Account holder: {name}""",
    """Re: Claim {claim} - Decision

Dear {name},

We have reviewed the claim submitted on {date} for treatment provided by Dr {name:2}. Unfortunately the claim has been declined because the condition ({icd}) is a pre-existing condition under section 4.2 of policy {policy}.
You may appeal within 60 days by writing to the Appeals Unit or e-mailing {email:3}.

Yours sincerely,
{name:3}
Claims Assessor""",
    """DISABILITY SUPPORT APPLICATION - Section 2: About you
Name: {full}
Other names used: {fam:4}
Date of birth: {dob}
Home address: {addr}
Phone: {phone}     Email: {email}
Section 3: Your condition
Main condition: {icd}, diagnosed {date}
Treating doctor: {name:2}, {town} Medical Centre, phone {phone:2}
Section 5: Payment details
Bank account (IBAN): {iban}
Section 7: Someone helping you with this form
Name: {name:3}   Relationship: son   Phone: {phone:3}""",
    """Tax Office - {town} District
Your reference: {taxref}

Dear {name},

Our records show an unpaid balance of {amount} for the tax year {year}. Please pay by {date} to avoid interest. If you believe this is incorrect, contact your case officer {name:2} on {phone:2} quoting the reference above.

This letter was sent to: {addrml}""",
    """Date,Description,Amount,Balance
{date},CARD PURCHASE PHARMACY {town},-42.10,1210.55
{date},TRANSFER FROM {upper:2},350.00,1560.55
{date},DIRECT DEBIT INSURANCE {policy},-89.00,1471.55
{date},TRANSFER TO {upper:3} REF RENT,-700.00,771.55
{date},ATM {town},-100.00,671.55
Account holder: {name}
IBAN: {iban}""",
    """STATEMENT OF ACCOUNT                                      Page 1 of 2
{upper}
{addrml}
Statement period: {date} to {date:2}        Account no. {acct}
IBAN {iban}         BIC/SWIFT: {ref}
Opening balance                                             {amount}
{date:3}  Standing order  {name:2}  child support          -{amount:2}
{date:3}  Salary  {ref:2}                                   {amount:3}
{date:4}  Card {masked}  {town} Dental Care                 -{amount:4}
Closing balance                                             {amount:5}""",
    """TXN-DATE  VALUE-DATE CCY  AMOUNT       COUNTERPARTY               REFERENCE
{date}  {date}  EUR   -1200.00   {upper:2}                  RENT FLAT 3
{date:2}  {date:2}  EUR   +2450.00   PAYROLL                    {ref}
{date:3}  {date:3}  EUR   -65.00     {upper:3}                  PHYSIO
ACCT HOLDER: {upper}     IBAN: {iban}
CONTACT: {phone}""",
    """LOAN APPLICATION
Applicant
  Full legal name: {full}
  Date of birth: {dob}
  Passport number: {passport}
  Current address: {addr}  (years at address: {num})
  Mobile: {intl}
  Email: {email}
Employment
  Employer: {town} Water Board    Monthly net income: {amount}
Co-applicant
  Name: {full:2}    Date of birth: {dob:2}
Disbursement account: {iban}
Reference: {ref}""",
    """Hi, I'm filling in a mortgage pre-approval and I'm confused by section 3. Here is what I wrote, does it look right?

Borrower: {full}, born {dob}
Co-borrower: {full:2}, born {dob:2}
Property address: {addr}
Current lender: loan account {acct}, monthly payment {amount}
Bank for deposit: {iban}
They also ask for my online banking login to "verify income automatically" - username {login}, password {pw}. Is that normal??""",
    """To: Credit Bureau Disputes Department

I, {name}, date of birth {dob}, currently residing at {addr}, dispute the following item on my credit report:
Account {acct} reported by a collection agency as delinquent since {date}. I have never held this account. I believe my identity was used by my former partner {name:2}.
Please correct the record. You may contact me at {phone} or {email}.

Signed,
{name}""",
    """FINAL NOTICE BEFORE LEGAL ACTION

{upper}
{addrml}

Our client: {town} Medical Services
Account: {acct}     Balance due: {amount}

Dear {name},
Despite previous reminders the above balance remains unpaid. Unless payment is received by {date}, we are instructed to issue proceedings without further notice.
Call your account manager {name:2} on {phone:2} or pay online with reference {ref}.""",
    """Wise transfer receipt
Transfer #{ref}
You sent {amount}
To: {full:2}
IBAN: {iban}
Email on account: {email:2}
Reference: school fees {given:3}
Sent by: {name}  ({email})""",
    """LAST WILL AND TESTAMENT

I, {full}, born on {dob}, of {addr}, declare this to be my last will.
1. I appoint my sister {full:2} of {addr:2} as executor.
2. I leave my house and its contents to my son {full:3}.
3. I leave the balance of my savings account {iban} in equal shares to my grandchildren {given:4} and {given:5}.
Signed on {date} in the presence of the witnesses {name:6} and {name:7}.""",
    """POWER OF ATTORNEY

I, {full}, born {dob}, residing at {addr}, holder of passport no. {passport}, hereby appoint {full:2}, born {dob:2}, as my attorney to manage my bank accounts, including account {iban}, and to deal with my pension and tax affairs.
This power shall remain in force until revoked in writing.
Dated {date}. Witnessed by {name:3}, notary public.""",
    """Subject: Re: settlement draft

{given:2},

I read the draft. I agree with the house going to {given} but not with the pension split. Also the car is in my name, not {fam}'s.
My new address for the papers is {addr}.

{given:3}

> On {date}, {name:2} <{email:2}> wrote:
> Dear {given:3}, please find the draft settlement between you and {name}. Call me on {phone:2}.""",
    """Dear {name},

RE: Child arrangements for {given:3} and {given:4}

Our client, {name:2}, proposes that the children live with her during the school week and spend alternate weekends with you. Handovers would take place at {addr}.
Please confirm whether you are legally represented. If we do not hear from you by {date}, our client will apply to the court.

Yours faithfully,
{name:5}
Solicitor""",
    """CHILD SUPPORT ASSESSMENT NOTICE
Case number: {case}
Paying parent: {full}, DOB {dob}
Receiving parent: {full:2}, DOB {dob:2}
Qualifying child: {full:3}, DOB {dob:3}
Weekly amount: {amount}
Payments to be made to account {iban} held by {name:2}.
Questions: call your case worker {name:4} on {phone}.""",
    """IN THE {town} MAGISTRATES COURT
Case No: {case}
SUMMONS
To: {upper}
Of: {addr}
You are summoned to appear before this Court on {date} at 9:30 am to answer a charge of driving without insurance. Your driving licence number {dl} is recorded on the charge sheet.
Issued by: {name:2}, Clerk of the Court""",
    """JUDGMENT
Between {upper} (Claimant) and {upper:2} (Defendant)
Case {case}
1. The Claimant rented a flat at {addr} from the Defendant from {date}.
2. The Defendant retained the deposit of {amount} without justification.
3. The Defendant is ordered to repay that sum within 14 days to the Claimant's account {iban}.
Judge {name:3}
Dated {date:2}""",
    """POLICE INCIDENT REPORT  Ref: {ref}
Reporting person: {full}  DOB: {dob}
Address: {addr}   Phone: {phone}
Incident: theft of handbag containing bank cards and passport ({passport}) at {town} bus station on {date}.
Suspect description given. Witness: {name:2}, phone {phone:2}.
Officer in charge: PC {name:3}, badge {num}{num:2}""",
    """Hi, can you help me write a firm but polite email to my landlord? Facts:
- I live at {addr}
- landlord is {name:2}, email {email:2}
- mould in the bedroom since {date}, my son {given:3} has asthma now ({icd})
- I have paid every month to his account {iban}
- I want repairs within 14 days or I go to the tenancy board
Sign it {name}, phone {phone}.""",
    """NOTICE TO VACATE

To: {name} and all other occupants
Premises: {addr}

You are hereby given notice to vacate the premises on or before {date} because of rent arrears of {amount}.
Signed: {name:2} (Landlord)
Contact: {phone:2} / {email:2}""",
    """APPLICATION FOR RESIDENCE PERMIT - Part 1 Personal details
Surname: {fam}
Given names: {given}
Date of birth: {dob}
Passport number: {passport}
Address in the country: {addr}
Telephone: {intl}
E-mail: {email}
Part 2 Family members
Spouse: {full:2}, date of birth {dob:2}, passport {passport:2}
Child: {full:3}, date of birth {dob:3}""",
    """Asylum interview - interpreter's notes (draft, for the lawyer)
Applicant: {full}, born {dob}
Attorney: {name:2}
Applicant states he left {town} after his brother {full:3} was detained. He travelled with his cousin {given:4}. Contact in the country: {name:5}, {intl}.
Applicant's phone was taken at the border; he remembers his e-mail as {email} and the password {pw}.""",
    """EXTRACT FROM THE LAND REGISTER
Title number: {ref}
Property: {addr}
Registered owners: {full} (born {dob}) and {full:2} (born {dob:2}), joint tenants
Charge: mortgage in favour of {town} Savings Bank, dated {date}
Certified by notary {name:3} on {date:2}""",
    """Case note {date} - Children's Services
Worker: {name:2}
Home visit to {addr}. Present: mother {name}, children {given:3} ({age}) and {given:4}. Father {name:5} not present; whereabouts unknown, last known number {phone}.
Concerns: unpaid electricity, mother tearful. Referred to food bank. Mother gave consent to contact her GP Dr {fam:6}.""",
    """LEGAL AID INTAKE
Applicant name: {full}
DOB: {dob}     Phone: {phone}     Email: {email}
Address: {addr}
Opposing party: {full:2}
Matter type: family / domestic abuse
Notes: applicant has a protection order (case {case}). Opposing party knows her address. Safe contact: text only, or via her friend {name:3} ({phone:3}).
Intake officer: {name:4}""",
    """can u help me write to my lawyer? she is {name:2}. i want to tell her that {given:3} (my ex) hasn't paid child support since {date} and that he moved to {addr:3}. his new number is {phone:3}. my case number is {case}. also ask if she got the bank statements i sent from {email}""",
    """Please help me write a message to my doctor, Dr. {fam:2}. I want to ask for a copy of my records and to say that my daughter {given:3} (born {dob:3}) should be added as my emergency contact. My patient number is {mrn}. My name is {name}, date of birth {dob}, phone {phone}.""",
    """Help me write to my bank. Someone called pretending to be from the bank and I gave them the code {otp} from the SMS and my card number {card}. Now {amount} is gone. My account is {iban} and I'm {name}, {addr}. What should I say?""",
    """Translate this letter from my mother's doctor into simple English please:

"Dear {name},
Your mother {full:2} (born {dob:2}) was seen on {date}. The test shows {lab}. She must take {drug}. Please bring her to the clinic again and call {phone} to book.
Dr {name:3}"
""",
    """Summarize this document for me in 5 bullet points:

SEPARATION AGREEMENT between {full} ("the Husband") of {addr} and {full:2} ("the Wife") of {addr:2}.
The parties married on {date}. There is one child, {full:3}, born {dob:3}.
The Husband shall pay {amount} per month into the Wife's account {iban}.
The Wife shall keep the vehicle. The parties shall sell the flat and divide the proceeds equally.""",
    """From: {name} <{email}>
To: {name:2} <{email:2}>
Subject: Re: Re: Mum's hospital bill

{given:2}, I paid half ({amount}) this morning. Your half is due by {date}.

> From: {name:2}
> I talked to the billing office, they said call {phone:3} and ask for {name:4}.
> The bill ref is {ref}.

--
{name}
{phone}""",
    """[{date}, 21:14] {short}: Mama was discharged today
[{date}, 21:15] {short:2}: Thank God. What did the doctor say?
[{date}, 21:17] {short}: Dr {fam:3} said her sugar is high, {lab}. She needs {drug}
[{date}, 21:18] {short:2}: I'll send money. Same account {iban}?
[{date}, 21:20] {short}: yes. or {phone} on mobile money""",
    """{chat}: bro the lawyer wants the deposit today
{chat:2}: how much
{chat}: {amount}. his name is {name:3}, account {iban}
{chat:2}: send me his email, i'll ask for invoice
{chat}: {email:3}
{chat:2}: ok. also tell {at:4} the hearing moved to {date}""",
    """Signal - Note to Self
insurance portal: {login} / {pw}
hospital billing: {phone}
lawyer {name:2}: {phone:2}
sister {name:3} passport no. {passport:3}
recovery codes: {recov} {recov:2}""",
    """We're getting divorced and I need to list all assets for my lawyer {name:2}. Can you format this as a table?
- joint savings at bank, IBAN {iban}
- my bitcoin wallet {btc}
- his ETH address {eth} (he says it's empty)
- house at {addr}
Me: {name}. Him: {name:3}.""",
    """# patient-portal/.env  (please help, the app can't connect)
DB_URL=postgresql://portal_admin:{pw}@{ip}:5432/patients
SMS_API_KEY={apikey}
ADMIN_EMAIL={email}
# error: FATAL: password authentication failed for user "portal_admin"
# I'm {name}, IT for the clinic; server is at {ip:2}""",
    """IT ticket #{num}{num:2}{num:3} - reception PC can't reach the lab printer
Reported by: {name} ({email})
Clinic: {town} Women's Health
PC MAC: {mac}    IP: {ip}
Printer IP: {ip:2}
Note: Dr {fam:2}'s account is locked after the password reset; temporary password {pw}.""",
    """Hi {given:2},

I am the executor of my late father's estate ({full}, born {dob}, died {date}). The bank has asked me to send: death certificate, my ID, and confirmation of his accounts. His account was {iban}.
Please send the documents to {addr:3}.

Thank you,
{name:3}
{phone:3}""",
    """Dear Billing Department,

I am writing about invoice {ref} for my son {full:2}'s emergency visit on {date}. I was charged twice ({amount} each) on my card {card}. My insurer's policy number is {policy}.
Please refund the duplicate charge. You can reach me at {phone} or {email}.

{name}
{addr}""",
    """MEDICAL CERTIFICATE
This is to certify that {upper}, born {dob}, residing at {addr}, was examined by me on {date} and is unfit for work until {date:2} due to {icd}.
Dr {name:2}
Registration no. {num}{num:2}{num:3}
Tel. {phone:2}""",
    """hey, I need to fix the birth date on my daughter's record at the clinic. It says {date} but she was born {dob:2}. Her name is {full:2}, I'm {full}, mobile {phone}. Can you write a short request to the records office?""",
    """Fertility clinic - cycle notes
Patient: {name}   DOB: {dob}
Partner: {name:2}   DOB: {dob:2}
Cycle {num}: {lab}; transfer planned {date}
Embryologist: {name:3}
Payment: {amount} by card {card}""",
    """Appointment reminder: {given}, your review at the {town} Comprehensive Care Clinic is on {date} at {time}. Bring your card. Enquiries: {phone:2}. Reply STOP to opt out.""",
    """Crowdfunding page draft - please fix my English

My name is {name} and my little boy {given:2} needs heart surgery at {town} Children's Hospital. The operation costs {amount}. Our doctor, Dr {name:3}, says it must happen before {date}.
You can donate by bank transfer to {iban} (account name {upper}) or in crypto: BTC {btc} / ETH {eth}.
Contact me: {phone} or {email}.""",
    """MONEY TRANSFER RECEIPT
MTCN: {num}{num:2}{num:3}{num:4}
Sender: {upper}
Sender address: {addr}
Sender phone: {intl}
Receiver: {upper:2}
Receiver country: {town}
Amount sent: {amount}   Fee: {amount:2}
Purpose: medical expenses""",
    """APPLICATION FOR GUARDIANSHIP OF A MINOR
Applicant: {full}, born {dob}, of {addr}
Relationship to child: maternal aunt
Child: {full:2}, born {dob:2}
Parents: {full:3} (deceased) and {full:4} (whereabouts unknown)
Applicant's passport: {passport}
Solicitor: {name:5}, {email:5}""",
    """Hi, my friend {given} needs help. Her ex {name:2} keeps turning up at her flat ({addr}) and texting her from {phone:2}. She has a hearing for a protection order on {date}. Can you tell me what evidence she should bring? Her case number is {case}.""",
    """ACCIDENT REPORT FORM (motor insurance)
Driver A: {full}   Licence no.: {dl}   Phone: {phone}
Address: {addr}
Insurer: policy {policy}
Driver B: {full:2}   Licence no.: {dl:2}   Phone: {phone:2}
Place and date: {town}, {date}
Injuries: passenger {name:3} taken to hospital""",
    """Please write a letter for my son's passport renewal. I'm the mother, {full}, passport {passport}. The father, {full:2} (passport {passport:2}), consents. Son: {full:3}, born {dob:3}, old passport {passport:3}. Our address: {addr}.""",
    """Home care timesheet - week of {date}
Client: {name}   Address: {addr}
Carer: {name:2}   Phone: {phone:2}
Mon 08:00-10:00 medication ({drug}), shower
Wed 08:00-10:00 shopping, GP call with Dr {fam:3}
Fri 08:00-09:00 meds
Signed by client's son: {name:4}""",
    """Rent arrears - proposed payment plan
Tenant: {name}
Property: {addr}
Arrears as of {date}: {amount}
Proposal: {amount:2} per month from my account {iban}, starting {date:2}.
I lost my job in March and my wife {given:2} was in hospital. Please reply to {email}.""",
    """Can you check my numbers for the benefits form? Household:
1. {full} - born {dob} - me
2. {full:2} - born {dob:2} - husband
3. {full:3} - born {dob:3} - daughter
4. {full:4} - born {dob:4} - my mother, lives with us at {addr}
Income: my salary {amount}, husband none (disability, {icd}).""",
]

T = {"en": EN}
T["fr"] = [
    """Objet : Demande de remboursement - dossier {claim}

Madame, Monsieur,
Je soussignée {name}, née le {dob}, demeurant {addr}, vous adresse ci-joint la facture de la clinique pour l'hospitalisation de mon fils {given:2} du {date}.
Médecin traitant : Dr {name:3}.
Merci de verser le remboursement sur mon compte IBAN {iban}.
Je reste joignable au {phone} ou par courriel : {email}.

Veuillez agréer mes salutations distinguées.
{name}""",
    """COMPTE RENDU D'HOSPITALISATION
Service de cardiologie - CHU de {town}
Patient(e) : {upper}   Né(e) le : {dob}   IPP : {mrn}
Adresse : {addr}
Médecin responsable : Pr {name:2}  -  Interne : Dr {fam:3}
Motif : douleur thoracique. Bilan : {lab}.
Traitement de sortie : {drug}.
Personne de confiance : {name:4}, tél. {phone}""",
    """{chat} : coucou, t'as vu le courrier de l'avocate ?
{chat:2} : oui, Maître {fam:3} veut les relevés de compte avant le {date}
{chat} : j'envoie depuis {email}
{chat:2} : ok. et l'audience c'est au tribunal judiciaire de {town}, dossier {case}
{chat} : le code du portail c'est {pw}, connecte-toi si tu veux""",
    """CONVOCATION
Monsieur/Madame {upper}, demeurant {addr}, est convoqué(e) devant le juge aux affaires familiales le {date} à 14h00 dans l'affaire l'opposant à {name:2} (RG n° {case}).
Avocat de la partie adverse : Me {name:3}, {phone:3}.
Le greffier, {name:4}""",
    """Bonjour, pouvez-vous m'aider à écrire à ma banque ? J'ai perdu ma carte {card} hier à {town}. Je m'appelle {name}, date de naissance {dob}, compte {iban}. Mon conseiller est {name:2} ({email:2}).""",
    """Attestation d'hébergement
Je soussigné(e) {full}, né(e) le {dob}, titulaire du passeport n° {passport}, atteste héberger à mon domicile, {addr}, M./Mme {full:2}, né(e) le {dob:2}, depuis le {date}.
Fait à {town}, le {date:2}. Contact : {phone}""",
]
T["es"] = [
    """Estimado Dr. {fam:2}:

Le escribo porque mi madre, {full:3}, nacida el {dob:3}, sigue con dolor después de la operación del {date}. Toma {drug}.
Vivimos en {addr}. Mi teléfono es {phone} y mi correo {email}.

Atentamente,
{name}""",
    """CONTRATO DE ARRENDAMIENTO - ANEXO
Arrendador: {full}, con domicilio en {addr}
Arrendatario: {full:2}, pasaporte n.º {passport:2}
La renta de {amount} se pagará a la cuenta {iban} antes del día 5 de cada mes.
Fiador: {name:3}, nacido el {dob:3}, teléfono {phone:3}.""",
    """{chat}: oye, ¿te llegó la citación del juzgado?
{chat:2}: sí, es por la pensión alimenticia de {given:3}. expediente {case}
{chat}: la abogada es la lic. {name:4}, su cel {phone:4}
{chat:2}: le paso la contraseña del banco? es {pw}
{chat}: NO mandes eso por aquí 😬""",
    """Hola, ¿me ayudas a redactar una queja a la aseguradora? Me negaron el reembolso {claim} por la consulta con la Dra. {name:2}. Póliza {policy}. Soy {name}, nací el {dob}, vivo en {addr}. Quiero que me devuelvan {amount}.""",
    """RECETA MÉDICA
Paciente: {upper}      Fecha de nacimiento: {dob}
Domicilio: {addr}
Rp/ {drug}
Médico: Dr(a). {name:2} - Cédula profesional {num}{num:2}{num:3}
Tel. consultorio: {phone:2}""",
]
T["pt"] = [
    """Olá, pode me ajudar a escrever para o INSS? Meu pai, {full:2}, nascido em {dob:2}, teve o auxílio-doença negado. O médico dele é o Dr. {name:3}. Endereço: {addr}. Meu nome é {name}, telefone {phone}, e-mail {email}.""",
    """RELATÓRIO MÉDICO
Paciente: {upper}   Data de nascimento: {dob}   Prontuário: {mrn}
Endereço: {addr}
Diagnóstico: {icd}. Exames: {lab}.
Conduta: {drug}.
Dra. {name:2} - CRM {num}{num:2}{num:3}
Contato: {email:2}""",
    """{chat}: amiga, o advogado do divórcio é o Dr. {fam:2}
{chat:3}: manda o zap dele
{chat}: {phone:2}
{chat:3}: e a pensão do {given:4}?
{chat}: ele vai depositar na minha conta {iban}, ou na chave {email}""",
    """PROCURAÇÃO
Eu, {full}, nascido(a) em {dob}, portador(a) do passaporte n.º {passport}, residente em {addr}, nomeio e constituo como minha procuradora {full:2}, residente em {addr:2}, para me representar junto ao banco e às Finanças.
{town}, {date}.""",
]
T["de"] = [
    """Sehr geehrte Frau Dr. {fam:2},

anbei sende ich Ihnen die Befunde meines Vaters {full:3} (geb. {dob:3}). Die Krankenkasse hat die Kostenübernahme für die Reha abgelehnt (Aktenzeichen {claim}).
Könnten Sie ein ärztliches Attest ausstellen? Sie erreichen mich unter {phone} oder {email}.

Mit freundlichen Grüßen
{name}
{addrml}""",
    """ENTLASSUNGSBRIEF
Klinikum {town}, Innere Medizin
Patient: {upper}, geb. {dob}, wohnhaft {addr}
Aufnahme: {date}   Entlassung: {date:2}
Diagnosen: {icd}
Laborwerte: {lab}
Medikation: {drug}
Mit kollegialen Grüßen, Dr. med. {name:2} (Oberarzt), {name:3} (Assistenzärztin)""",
    """{chat}: hast du das Schreiben vom Jobcenter gesehen?
{chat:2}: ja, die wollen die Kontoauszüge der letzten 3 Monate
{chat}: von welchem Konto? {iban}?
{chat:2}: ja. und der Anwalt, Herr {fam:3}, sagt wir sollen Widerspruch einlegen bis {date}
{chat}: ok, schick mir seine Nummer
{chat:2}: {phone:3}""",
    """Kannst du mir helfen, einen Brief an meinen Vermieter zu schreiben? Er heißt {name:2}, die Wohnung ist {addr}. Die Heizung ist seit {date} kaputt und meine Tochter {given:3} ist krank. Ich will die Miete mindern. Mein Name: {name}, Tel. {phone}.""",
    """Mahnung - Forderungsaufstellung
Schuldner: {upper}, geb. {dob}
Anschrift: {addr}
Gläubiger: Zahnarztpraxis Dr. {name:2}
Rechnungsnummer {ref}, Betrag {amount}
Bitte überweisen Sie bis {date} an unser Konto. Bei Rückfragen: {name:3}, {phone:3}""",
]
T["nl"] = [
    """Beste mevrouw {fam:2},

Mijn moeder, {full:3} (geboren {dob:3}), krijgt sinds {date} geen thuiszorg meer. Kunt u dit nakijken? Zij woont op {addr}.
U kunt mij bereiken op {phone} of via {email}.

Met vriendelijke groet,
{name}""",
    """{chat}: heb je de brief van de Belastingdienst gezien?
{chat:2}: ja, ze willen {amount} terug van de toeslagen
{chat}: ik bel morgen met {name:3} van het juridisch loket, {phone:3}
{chat:2}: mijn DigiD wachtwoord is {pw} als je moet inloggen""",
    """HUURCONTRACT - BIJLAGE
Verhuurder: {full}, {addr}
Huurder: {full:2}, geboren {dob:2}, paspoortnummer {passport:2}
Betaling huur op rekening {iban} t.n.v. {name}
Getuige: {name:3}""",
]
T["it"] = [
    """Gentile Dott. {fam:2},

le scrivo per conto di mia nonna, {full:3}, nata il {dob:3}. Dopo la visita del {date} la pressione resta alta ({lab}). Possiamo anticipare il controllo?
Il mio numero è {phone}, la mail {email}.

Cordiali saluti,
{name}
{addr}""",
    """{chat}: l'avvocato {fam:2} ha mandato la diffida al padrone di casa
{chat:3}: finalmente. l'udienza?
{chat}: {date}, tribunale di {town}, RG {case}
{chat:3}: ti mando i soldi per la parcella, IBAN sempre {iban}?
{chat}: sì""",
    """DICHIARAZIONE SOSTITUTIVA
Il/La sottoscritto/a {full}, nato/a il {dob}, residente in {addr}, documento: passaporto n. {passport}, dichiara che il proprio figlio {full:2}, nato il {dob:2}, è a carico.
{town}, {date}  Firma: {name}""",
]
T["el"] = [
    """Αξιότιμε κ. {fam:2},

Σας γράφω για τη μητέρα μου, {full:3}, γεννημένη {dob:3}. Το ΚΕΠΑ απέρριψε την αίτηση αναπηρίας ({case}).
Διεύθυνση: {addr}. Τηλέφωνο: {phone}. Email: {email}.

Με εκτίμηση,
{name}""",
    """{chat}: ο δικηγόρος {name:2} είπε ότι η δίκη είναι στις {date}
{chat:3}: να στείλω τα λεφτά; IBAN {iban}
{chat}: ναι, και πες στον {given:4} να φέρει το διαβατήριο {passport:4}""",
]
T["pl"] = [
    """Szanowna Pani Doktor {fam:2},

piszę w sprawie mojego taty, {full:3} (ur. {dob:3}). Po wypisie ze szpitala {date} nie dostał skierowania na rehabilitację.
Adres: {addr}. Telefon: {phone}. E-mail: {email}.

Z poważaniem
{name}""",
    """{chat}: mecenas {fam:2} pisze że rozprawa o alimenty jest {date}
{chat:3}: sygnatura?
{chat}: {case}
{chat:3}: ok. przelej mu zaliczkę na {iban}
{chat}: dobra, blik mi przyszedł {otp} ale nie wpisuję nikomu xd""",
    """WNIOSEK O ŚWIADCZENIE
Imię i nazwisko: {full}
Data urodzenia: {dob}
Adres zamieszkania: {addr}
Numer telefonu: {phone}
Numer rachunku bankowego: {iban}
Członek rodziny: {full:2}, ur. {dob:2}""",
]
T["cs"] = [
    """Dobrý den, paní doktorko {fam:2},

posílám výsledky mé maminky {full:3}, nar. {dob:3}: {lab}. Můžeme přijít dříve než {date}?
Bydlíme {addr}, tel. {phone}.

S pozdravem
{name}""",
    """{chat}: exekutor poslal dopis, číslo jednací {case}
{chat:2}: volej právničce {name:3}, {phone:3}
{chat}: a platit mám na {iban}?
{chat:2}: ne, nejdřív se poraď""",
]
T["hu"] = [
    """Tisztelt Dr. {fam:2}!

Édesanyám, {full:3} (szül. {dob:3}) leleteit csatolom: {lab}. Kérem, hívjon a {phone} számon.
Címünk: {addr}.

Tisztelettel:
{name}""",
    """{chat}: az ügyvéd, {name:2} azt mondja a tárgyalás {date}
{chat:3}: a válási papírokat hova küldjem?
{chat}: {email:2}
{chat:3}: és a tartásdíjat erre a számlára: {iban}""",
]
T["ro"] = [
    """Stimate domnule doctor {fam:2},

Vă scriu în legătură cu tatăl meu, {full:3}, născut la {dob:3}. După externarea din {date} are {lab}.
Adresa: {addr}. Telefon: {phone}. E-mail: {email}.

Cu stimă,
{name}""",
    """{chat}: avocata {name:2} zice ca termenul e pe {date}
{chat:3}: dosarul {case}?
{chat}: da. trimite onorariul in contul {iban}
{chat:3}: ok, si parola de la ghiseul.ro e {pw}""",
]
T["sv"] = [
    """Hej {given:2},

Jag behöver hjälp med överklagandet till Försäkringskassan. Min sambo {full:3} (född {dob:3}) fick avslag {date}.
Vi bor på {addr}. Ring {phone} eller maila {email}.

Mvh
{name}""",
    """{chat}: advokaten {name:2} vill ha kontoutdragen
{chat:3}: från {iban}?
{chat}: ja. och BankID-koden var {otp} men den har gått ut""",
]
T["no"] = [
    """Hei {given:2},

Jeg skriver på vegne av min far, {full:3}, født {dob:3}. NAV har stoppet uføretrygden hans fra {date}.
Adresse: {addr}. Telefon: {phone}. E-post: {email}.

Hilsen
{name}""",
    """{chat}: advokat {fam:2} sier barnefordelingssaken er {date}
{chat:3}: ok. send meg kontonummer for salæret
{chat}: {iban}""",
]
T["fi"] = [
    """Hei {given:2},

Äitini {full:3} (syntynyt {dob:3}) sai hylkäävän päätöksen Kelasta {date}. Voitko auttaa valituksessa?
Osoite: {addr}. Puhelin: {phone}. Sähköposti: {email}.

Terveisin
{name}""",
    """{chat}: asianajaja {name:2} soitti, käräjät on {date}
{chat:3}: laita lasku maksuun tilille {iban}
{chat}: ok""",
]
T["is"] = [
    """Sæl {given:2},

Ég skrifa fyrir hönd móður minnar, {full:3} (fædd {dob:3}). Tryggingastofnun hafnaði umsókninni {date}.
Heimilisfang: {addr}. Sími: {phone}. Netfang: {email}.

Kveðja,
{name}""",
    """{chat}: lögfræðingurinn {name:2} segir að málið sé tekið fyrir {date}
{chat:3}: leggðu inn á {iban}
{chat}: já, geri það""",
]
T["lt"] = [
    """Laba diena, gydytoja {fam:2},

rašau dėl savo mamos {full:3} (gim. {dob:3}). Tyrimai: {lab}. Ar galime atvykti anksčiau nei {date}?
Adresas: {addr}. Tel. {phone}. El. paštas {email}.

Pagarbiai
{name}""",
    """{chat}: advokatas {name:2} sako, kad teismas {date}
{chat:3}: pervesk avansą į {iban}
{chat}: gerai""",
]
T["tr"] = [
    """Sayın Dr. {fam:2},

Annem {full:3} (doğum tarihi {dob:3}) {date} tarihinde taburcu edildi. Tahlil sonucu: {lab}. Kontrol randevusu alabilir miyiz?
Adres: {addr}. Telefon: {phone}. E-posta: {email}.

Saygılarımla,
{name}""",
    """{chat}: avukat {name:2} boşanma davası {date} dedi
{chat:3}: dosya no {case} mi?
{chat}: evet. nafaka {iban} hesabına yatacak
{chat:3}: e-devlet şifreni de değiştir, {pw} herkes biliyor :)""",
    """VEKALETNAME
Vekil eden: {full}, doğum tarihi {dob}, pasaport no {passport}, adres: {addr}
Vekil: Av. {name:2}
Konu: kira tespit davası ve icra takibi.
{town}, {date}""",
]
T["id"] = [
    """Selamat siang dok {given:2},

Saya {name}, anak dari Ibu {full:3} (lahir {dob:3}). Hasil lab ibu saya {lab}. Apakah obat {drug} perlu diganti?
Alamat: {addr}. HP/WA: {phone}. Email: {email}.

Terima kasih,
{name}""",
    """{chat}: mas, pengacaranya pak {fam:2} minta DP hari ini
{chat:3}: berapa?
{chat}: {amount}. transfer ke rek atas nama {upper:2}
{chat:3}: ok. sidang cerainya {date} ya, nomor perkara {case}
{chat}: iya. kode OTP bank jangan dikasih siapa2, tadi ada yg nelpon minta {otp} 😡""",
    """SURAT KUASA
Yang bertanda tangan di bawah ini:
Nama: {full}
Tanggal lahir: {dob}
No. Paspor: {passport}
Alamat: {addr}
Memberi kuasa kepada {full:2}, No. HP {phone:2}, untuk mengurus klaim asuransi {claim}.
{town}, {date}""",
]
T["ms"] = [
    """Tuan/Puan,

Saya {name}, No. telefon {phone}, ingin membuat rayuan terhadap keputusan tuntutan insurans {claim}. Rawatan di hospital pada {date} oleh Dr. {name:2}.
Alamat: {addr}. E-mel: {email}.

Sekian, terima kasih.""",
    """{chat}: peguam {name:2} kata bicara kes hak penjagaan {date}
{chat:3}: nak bayar yuran ke akaun mana?
{chat}: dia bagi no akaun Maybank {acct}, nama {upper:2}
{chat:3}: ok nanti aku whatsapp dia {phone:2}""",
]
T["tl"] = [
    """{chat}: ate, ano sabi ng doktor kay nanay?
{chat:2}: sabi ni Dr. {fam:3}, {lab} daw. kailangan ng {drug}
{chat}: magkano?
{chat:2}: {amount}. send mo na lang sa gcash ko {phone:2}
{chat}: sige. wag mo ibibigay yung OTP ha, {otp} yan""",
    """Magandang araw po Atty. {fam:2},

Ako po si {name}, ipinanganak noong {dob}. Gusto ko po sanang magpatulong sa kaso ng sustento para sa anak kong si {given:3}. Ang tatay po ay si {name:4} na nakatira sa {addr:4}.
Ang number ko po ay {phone}.

Salamat po.""",
]
T["sw"] = [
    """Habari Dkt. {fam:2},

Naomba msaada kuhusu mama yangu, {full:3}, aliyezaliwa {dob:3}. Tangu aruhusiwe {date} bado ana {lab}. Dawa anazotumia: {drug}.
Tunaishi {addr}. Simu yangu ni {phone}.

Asante,
{name}""",
    """{chat}: wakili {name:2} anasema kesi ya ardhi itasikilizwa {date}
{chat:3}: nitumie namba yake
{chat}: {phone:2}. pia nimetuma ada kwa M-Pesa
{chat:3}: sawa. usimpe mtu PIN yako {pin} tena!""",
    """BARUA YA MAKUBALIANO YA MALEZI
Sisi, {full} (mama) na {full:2} (baba), tunakubaliana kwamba mtoto {full:3}, aliyezaliwa {dob:3}, ataishi na mama {addr}.
Baba atalipa {amount} kila mwezi.
Shahidi: {name:4}, simu {phone:4}.""",
]
T["ar"] = [
    """السيد الدكتور {fam:2} المحترم،

أكتب إليكم بخصوص والدتي {full:3}، تاريخ الميلاد {dob:3}. بعد خروجها من المستشفى في {date} ما زالت نتيجة التحليل {lab}.
العنوان: {addr}
الهاتف: {phone}
البريد الإلكتروني: {email}

مع الشكر،
{name}""",
    """{chat}: المحامي {name:2} قال الجلسة يوم {date}
{chat:3}: رقم القضية؟
{chat}: {case}
{chat:3}: تمام. حوّل الأتعاب على الآيبان {iban}
{chat}: وصلني رمز التحقق {otp} من البنك، لا تعطيه لأحد""",
    """وكالة عامة
أنا الموقع أدناه {full}، المولود بتاريخ {dob}، جواز سفر رقم {passport}، المقيم في {addr}، أوكل {full:2} في إدارة حساباتي البنكية وتمثيلي أمام المحاكم.
حرر في {town} بتاريخ {date}.
الشاهد: {name:3}""",
    """طلب تأمين صحي
اسم المؤمن عليه: {full}
تاريخ الميلاد: {dob}
رقم الجوال: {phone}
العنوان: {addr}
المستفيدون: {full:2} (زوجة)، {full:3} (ابن، مواليد {dob:3})
رقم الوثيقة: {policy}""",
]
T["he"] = [
    """שלום ד"ר {fam:2},

אני כותבת בשם אמי, {full:3}, ילידת {dob:3}. מאז השחרור ב-{date} התוצאה היא {lab}.
כתובת: {addr}
טלפון: {phone}
דוא"ל: {email}

תודה,
{name}""",
    """{chat}: עו"ד {name:2} אמר שהדיון במזונות ב-{date}
{chat:3}: מספר תיק?
{chat}: {case}
{chat:3}: תעביר לו את שכר הטרחה, IBAN {iban}""",
]
T["fa"] = [
    """جناب آقای دکتر {fam:2}،

با سلام، مادرم {full:3} متولد {dob:3} پس از ترخیص در تاریخ {date} هنوز {lab} دارد.
نشانی: {addr}
تلفن: {phone}
ایمیل: {email}

با سپاس،
{name}""",
    """{chat}: وکیل‌مون {name:2} گفت جلسه دادگاه طلاق {date} هست
{chat:3}: شماره پرونده؟
{chat}: {case}
{chat:3}: باشه. رمز اینترنت بانک رو عوض کن، {pw} رو همه میدونن""",
]
T["hi"] = [
    """आदरणीय डॉ. {fam:2} जी,

मेरी माँ {full:3} (जन्म तिथि {dob:3}) की रिपोर्ट में {lab} आया है। कृपया बताएं कि {drug} जारी रखें या नहीं।
पता: {addr}
मोबाइल: {phone}
ईमेल: {email}

धन्यवाद,
{name}""",
    """{chat}: वकील साहब {name:2} ने कहा तारीख {date} है
{chat:3}: केस नंबर?
{chat}: {case}
{chat:3}: फीस UPI से भेज दो, उनका नंबर {phone:2}
{chat}: ठीक है। और किसी को OTP {otp} मत बताना""",
]
T["ta"] = [
    """மதிப்பிற்குரிய டாக்டர் {fam:2} அவர்களுக்கு,

என் அம்மா {full:3} (பிறந்த தேதி {dob:3}) அவர்களின் பரிசோதனை முடிவு {lab}. அடுத்த சந்திப்பு {date}.
முகவரி: {addr}
கைபேசி: {phone}

நன்றி,
{name}""",
    """{chat}: வக்கீல் {name:2} சொன்னார், வழக்கு {date} அன்று
{chat:3}: கட்டணம் எவ்வளவு?
{chat}: {amount}. GPay {phone:2}
{chat:3}: சரி""",
]
T["bn"] = [
    """শ্রদ্ধেয় ডা. {fam:2},

আমার বাবা {full:3} (জন্ম তারিখ {dob:3}) এর রিপোর্টে {lab} এসেছে। ওষুধ {drug} চালিয়ে যাব কি?
ঠিকানা: {addr}
মোবাইল: {phone}

ধন্যবাদ,
{name}""",
    """{chat}: উকিল {name:2} বললেন শুনানি {date}
{chat:3}: ফি বিকাশে পাঠাব?
{chat}: হ্যাঁ, {phone:2} নম্বরে। পিন {pin} কাউকে দিও না""",
]
T["ur"] = [
    """محترم ڈاکٹر {fam:2} صاحب،

میری والدہ {full:3} (تاریخ پیدائش {dob:3}) کی رپورٹ میں {lab} آیا ہے۔
پتہ: {addr}
موبائل: {phone}
ای میل: {email}

شکریہ،
{name}""",
    """{chat}: وکیل صاحب {name:2} کہہ رہے ہیں کہ پیشی {date} کو ہے
{chat:3}: کیس نمبر؟
{chat}: {case}
{chat:3}: فیس {iban} میں بھیج دو""",
]
T["si"] = [
    """ගරු වෛද්‍ය {fam:2} මහත්මයාණෙනි,

මගේ මව {full:3} (උපන් දිනය {dob:3}) ගේ පරීක්ෂණ ප්‍රතිඵලය {lab}.
ලිපිනය: {addr}
දුරකථනය: {phone}

ස්තූතියි,
{name}""",
    """{chat}: නීතිඥ {name:2} කිව්වා නඩුව {date}
{chat:3}: ගාස්තුව කීයද?
{chat}: {amount}. අංකය {phone:2}""",
]
T["ne"] = [
    """आदरणीय डा. {fam:2} ज्यू,

मेरो आमा {full:3} (जन्म मिति {dob:3}) को रिपोर्टमा {lab} आएको छ।
ठेगाना: {addr}
मोबाइल: {phone}
इमेल: {email}

धन्यवाद,
{name}""",
    """{chat}: वकिल {name:2} ले भन्नुभयो सुनुवाइ {date} मा छ
{chat:3}: शुल्क eSewa मा पठाउँ?
{chat}: हो, {phone:2} मा""",
]
T["th"] = [
    """เรียน คุณหมอ{given:2}

ดิฉัน{name} เขียนมาเรื่องคุณแม่ {full:3} (เกิด {dob:3}) ผลตรวจ {lab} ต้องปรับยา {drug} ไหมคะ
ที่อยู่: {addr}
โทร: {phone}
อีเมล: {email}

ขอบคุณค่ะ""",
    """{chat}: ทนาย{name:2}บอกว่าศาลนัด {date}
{chat:3}: คดีหมายเลข {case} ใช่ไหม
{chat}: ใช่ โอนค่าทนายไปที่พร้อมเพย์ {phone:2}
{chat:3}: โอเค อย่าบอกรหัส OTP {otp} ใครนะ""",
]
T["vi"] = [
    """Kính gửi bác sĩ {fam:2},

Tôi là {name}, con gái của bà {full:3} (sinh {dob:3}). Kết quả xét nghiệm: {lab}. Mẹ tôi có cần đổi thuốc {drug} không ạ?
Địa chỉ: {addr}
Điện thoại: {phone}
Email: {email}

Trân trọng.""",
    """{chat}: luật sư {name:2} bảo phiên tòa ly hôn ngày {date}
{chat:3}: số thụ lý {case} hả
{chat}: ừ. chuyển phí vào tk {acct} tên {upper:2}
{chat:3}: ok. mã OTP {otp} đừng đưa ai nha""",
]
T["my"] = [
    """ဆရာဝန် {fam:2} ထံသို့

ကျွန်မ အမေ {full:3} (မွေးနေ့ {dob:3}) ၏ ဓာတ်ခွဲ ရလဒ် {lab} ဖြစ်ပါသည်။
လိပ်စာ - {addr}
ဖုန်း - {phone}

ကျေးဇူးတင်ပါသည်။
{name}""",
    """{chat}: ရှေ့နေ {name:2} က ရုံးချိန်း {date} တဲ့
{chat:3}: ကြေး KBZPay နဲ့ ပို့မယ် {phone:2}
{chat}: အိုကေ""",
]
T["km"] = [
    """ជូនចំពោះ វេជ្ជបណ្ឌិត {fam:2}

ខ្ញុំ {name} សូមសួរអំពីម្តាយរបស់ខ្ញុំ {full:3} (ថ្ងៃខែឆ្នាំកំណើត {dob:3})។ លទ្ធផល៖ {lab}។
អាសយដ្ឋាន៖ {addr}
ទូរស័ព្ទ៖ {phone}

សូមអរគុណ""",
    """{chat}: មេធាវី {name:2} ថាសវនាការថ្ងៃ {date}
{chat:3}: ផ្ញើថ្លៃតាម ABA {acct}?
{chat}: បាទ លេខ {phone:2}""",
]
T["zh"] = [
    """{fam:2}医生您好：

我母亲{full:3}（出生日期{dob:3}）{date}出院后复查，结果{lab}。请问{drug}需要调整吗？
地址：{addr}
电话：{phone}
邮箱：{email}

谢谢！
{name}""",
    """{chat}：律师{name:2}说离婚案{date}开庭
{chat:3}：案号是{case}吗
{chat}：对。律师费转到他卡上，户名{name:2}
{chat:3}：好。验证码{otp}别告诉任何人""",
    """授权委托书
委托人：{full}，出生日期：{dob}，护照号码：{passport}
住址：{addr}
受托人：{full:2}，电话：{phone:2}
委托事项：代为办理医疗保险理赔（理赔号{claim}）。
{date}""",
    """个人所得税专项附加扣除信息表
纳税人姓名：{full}
出生日期：{dob}
联系电话：{phone}
子女：{full:2}，出生日期：{dob:2}
赡养老人：{full:3}
电子邮箱：{email}""",
]
T["zht"] = [
    """{fam:2}醫師您好：

家父{full:3}（出生日期{dob:3}）於{date}出院，檢驗結果{lab}。請問{drug}是否需要調整？
地址：{addr}
電話：{phone}
電子郵件：{email}

敬祝 安康
{name}""",
    """{chat}：{name:2}律師說監護權案件{date}開庭
{chat:3}：案號{case}？
{chat}：對，律師費匯到帳號{acct}
{chat:3}：好，我的網銀密碼{pw}先給你用""",
]
T["ja"] = [
    """{fam:2}先生

いつもお世話になっております。母の{full:3}（生年月日：{dob:3}）の件でご相談です。{date}の検査結果は{lab}でした。{drug}は続けてよろしいでしょうか。
住所：{addr}
電話：{phone}
メール：{email}

{name}""",
    """{chat}さん、弁護士の{name:2}先生から連絡ありました
{chat:3}：期日は？
{chat}：{date}です。事件番号{case}
{chat:3}：了解。着手金は口座{acct}に振り込みます""",
    """委任状
私、{full}（{dob}生、旅券番号{passport}）は、{full:2}を代理人と定め、下記の権限を委任します。
一、相続手続きに関する一切の件
住所：{addr}
{date}""",
]
T["ko"] = [
    """{fam:2} 선생님께,

저희 어머니 {full:3}님(생년월일 {dob:3})의 {date} 검사 결과가 {lab}입니다. {drug}를 계속 복용해도 될까요?
주소: {addr}
연락처: {phone}
이메일: {email}

{name} 올림""",
    """{chat}: {name:2} 변호사님이 이혼 소송 기일이 {date}래
{chat:3}: 사건번호 {case} 맞지?
{chat}: 응. 수임료는 계좌 {acct}로
{chat:3}: 알겠어. 인증번호 {otp} 절대 알려주지 마""",
]
T["mn"] = [
    """Эмч {fam:2} танаа,

Миний ээж {full:3} (төрсөн огноо {dob:3}) шинжилгээний хариу {lab} гарсан.
Хаяг: {addr}
Утас: {phone}
Имэйл: {email}

Баярлалаа,
{name}""",
    """{chat}: өмгөөлөгч {name:2} шүүх хурал {date} гэсэн
{chat:3}: төлбөрөө хаашаа шилжүүлэх вэ?
{chat}: данс {acct}, утас {phone:2}""",
]
T["ru"] = [
    """Уважаемый доктор {fam:2}!

Пишу по поводу моей мамы, {full:3}, {dob:3} г.р. После выписки {date} анализ: {lab}. Продолжать ли {drug}?
Адрес: {addr}
Телефон: {phone}
E-mail: {email}

С уважением,
{name}""",
    """{chat}: адвокат {name:2} сказал, заседание по алиментам {date}
{chat:3}: номер дела?
{chat}: {case}
{chat:3}: ок. переведи ему аванс, карта {card}
{chat}: и не говори никому код из смс {otp}""",
    """ДОВЕРЕННОСТЬ
Я, {full}, {dob} года рождения, паспорт {passport}, проживающий(ая) по адресу: {addr}, доверяю {full:2} представлять мои интересы в суде и в банке.
Доверенность удостоверена нотариусом {name:3}.
{date}""",
    """Исковое заявление о расторжении брака
Истец: {full}, дата рождения {dob}, адрес: {addr}, тел. {phone}
Ответчик: {full:2}, дата рождения {dob:2}
Несовершеннолетний ребёнок: {full:3}, {dob:3} г.р.""",
]
T["uk"] = [
    """Шановна лікарко {fam:2}!

Пишу щодо мого тата, {full:3} ({dob:3} р.н.). Після виписки {date} аналіз: {lab}.
Адреса: {addr}
Телефон: {phone}
Ел. пошта: {email}

З повагою,
{name}""",
    """{chat}: адвокатка {name:2} каже, засідання {date}
{chat:3}: номер справи {case}?
{chat}: так. гонорар на IBAN {iban}
{chat:3}: добре. пароль від Дії {pw} я змінила""",
]
T["uz"] = [
    """Hurmatli doktor {fam:2},

Onam {full:3} ({dob:3} yilda tug'ilgan) tahlil natijasi: {lab}. {drug} davom ettirilsinmi?
Manzil: {addr}
Telefon: {phone}

Rahmat,
{name}""",
    """{chat}: advokat {name:2} sud {date} da dedi
{chat:3}: to'lovni qaysi kartaga?
{chat}: {card}, telefon {phone:2}""",
]
T["am"] = [
    """ለዶክተር {fam:2}

እናቴ {full:3} (የትውልድ ቀን {dob:3}) የምርመራ ውጤት {lab} ነው።
አድራሻ፡ {addr}
ስልክ፡ {phone}

አመሰግናለሁ
{name}""",
    """{chat}: ጠበቃ {name:2} ችሎቱ {date} ነው አሉ
{chat:3}: ክፍያውን በቴሌብር ልላክ? {phone:2}
{chat}: አዎ""",
]
T["ka"] = [
    """ბატონო ექიმო {fam:2},

ჩემი დედის, {full:3}-ის (დაბ. {dob:3}) ანალიზის შედეგია {lab}.
მისამართი: {addr}
ტელეფონი: {phone}
ელფოსტა: {email}

პატივისცემით,
{name}""",
    """{chat}: ადვოკატმა {name:2} თქვა, სხდომა {date}-ზეა
{chat:3}: ჰონორარი გადავრიცხო {iban}-ზე?
{chat}: კი""",
]

# locale-bound templates: "CODE:lang"
LOCAL = {
    "US:en": [
        """Form W-9 (Rev. March 2024) - draft, please check before I send to the clinic's billing company
1 Name (as shown on your income tax return): {full}
3 Federal tax classification: Individual/sole proprietor
5 Address: {addr}
Part I Taxpayer Identification Number
Social security number: {ssn}
Signature: {name}   Date: {date}""",
        """Hi, I'm doing our taxes. My husband {full:2} doesn't have an SSN yet, he has an ITIN: {itin}. Mine is {ssn}. Our daughter {given:3} was born {dob:3} - can we claim the child tax credit? We live at {addr}.""",
        """Date,Transaction ID,Type,From,To,Note,Amount
{date},{num}{num:2}{num:3}{num:4},Payment,{full},{full:2},"copay for mom's PT 🙏",-45.00
{date:2},{num:2}{num:5}{num:3}{num:4},Payment,{full:3},{full},"rent share",+650.00
{date:3},{num:5}{num:2}{num:4}{num:3},Charge,{full},{at:4},"lawyer retainer split",-300.00
Venmo account: {at}   Phone: {phone}""",
        """MEDICAID APPLICATION - Household member 1
Name: {full}
Date of birth: {dob}
SSN: {ssn}
Home address: {addr}
Phone: {phone}   Email: {email}
Household member 2
Name: {full:2}   DOB: {dob:2}   SSN: {ssn:2}
Proof of identity: Driver's license {dl}""",
        """IRS Notice CP2000
{upper}
{addrml}
Taxpayer ID number: {ssn}
Tax year: {year}
Proposed amount due: {amount}
We received information from your employer and others that doesn't match your return. If you have questions, call {name:2} at {phone:2}.""",
        """Office of Child Support Enforcement
Case # {case}
Non-custodial parent: {full}, SSN {ssn}, DOB {dob}
Custodial parent: {full:2}
Last known employer address: {addr}
Driver's license {dl} suspended for non-payment.
Caseworker: {name:3}, {phone:3}, {email:3}""",
    ],
    "US:es": [
        """Hola, necesito ayuda con el formulario W-7. Mi esposo {full:2} ya tiene ITIN {itin} pero mi hijo {given:3} (nacido el {dob:3}) no. Yo tengo seguro social {ssn}. Vivimos en {addr}. Mi teléfono {phone}.""",
    ],
    "GB:en": [
        """{town} Teaching Hospitals NHS Trust
Private & Confidential
{name}
{addrml}
Dear {name},
NHS number: {mrn}   Date of birth: {dob}
You have been referred to the Memory Clinic by Dr {name:2}. Your appointment is on {date}. If you need an interpreter, call {phone:2}.""",
        """Universal Credit journal - message to work coach
Hi {given:2}, my partner {full:3} has moved out so please remove him from the claim. My rent is now paid to my landlord {name:4} direct. Sort code {sort}, account {acct}. My new phone is {phone}.
{name}""",
        """HM Revenue & Customs
Unique Taxpayer Reference: {taxref}
{upper}
{addrml}
Self Assessment: we have charged you a late filing penalty of £100. If you have a reasonable excuse, tell us. Contact: {name:2}, {phone:2}.""",
    ],
    "KE:en": [
        """{ref} Confirmed. {amount} sent to {upper:2} {phone:2} on {date} at {time}. New M-PESA balance is {amount:2}. Transaction cost, Ksh33.00.
{ref:2} Confirmed. You have received {amount:3} from {upper:3} {phone:3} on {date:2}. 
Forwarded by {chat}: "bro si uangalie hii, the hospital says they never got it" """,
        """SHA (Social Health Authority) - Beneficiary registration
Principal member: {full}
Date of birth: {dob}
Phone: {phone}
Spouse: {full:2}, DOB {dob:2}
Dependants: {full:3} ({dob:3}), {full:4} ({dob:4})
Address: {addr}
Facility of choice: {town} Level 4 Hospital""",
    ],
    "KE:sw": [
        """{chat}: nimekutumia elfu mbili kwa M-Pesa ya hospitali, paybill {num}{num:2}, account {mrn}
{chat:2}: asante sana. daktari {name:3} amesema mama atatoka kesho
{chat}: sawa. nambari yangu mpya ni {phone}
{chat:2}: usimwambie mtu PIN {pin} 😂""",
    ],
    "IN:en": [
        """{chat}: bhai the hospital deposit is {amount}, pay via UPI to {login}@okaxis
{chat:2}: done. UTR {num}{num:2}{num:3}{num:4}
{chat}: also papa's insurance TPA wants his PAN and policy no {policy}
{chat:2}: ok. dr {fam:3} said discharge tomorrow
{chat}: my UPI PIN is {pin} in case you need to pay from my phone""",
        """To,
The Branch Manager,
{town} Main Branch

Subject: Request to add nominee

Sir/Madam,
I, {full}, holding savings account no. {acct}, request you to add my wife {full:2} (DOB {dob:2}) as nominee. My registered mobile is {phone} and address is {addr}.

Yours faithfully,
{name}""",
    ],
    "INT:en": [
        """Sir, my mother {full:2} was admitted in {town} Government Hospital on {date}. Please write a petition to the Collector for financial assistance under the CM scheme. I am {full}, S/o {given:3}, residing at {addr}. Cell {phone}.""",
    ],
    "BR:pt": [
        """Comprovante de transferência Pix
Valor: {amount}
Data: {date} às {time}
Destino
Nome: {upper:2}
CPF: ***.{num}{num:2}.{num:3}-**
Chave Pix: {email:2}
Origem
Nome: {upper}
Instituição: NU PAGAMENTOS
ID da transação: E{num}{num:2}{num:3}{ref}""",
    ],
    "CN:zh": [
        """支付宝交易记录明细查询
账号：[{email}]
起始日期：[{date}]    终止日期：[{date:2}]
交易号,付款时间,交易对方,商品名称,金额（元）,资金状态
{num}{num:2}{num:3}{num:4},{date},{name:2},医院挂号费,{amount},已支出
{num:2}{num:3}{num:4}{num:5},{date:2},{name:3},律师咨询费,{amount:2},已支出
{num:3}{num:4}{num:5}{num},{date:3},{name:4},房租,{amount:3},已收入""",
        """微信聊天记录
{name:2}：你妈手术费交了吗
{name}：交了，{amount}。主刀是{fam:3}主任
{name:2}：住院号多少？我去看她
{name}：{mrn}，电话打我手机{phone}""",
    ],
    "PH:en": [
        """GCash Express Send
Sent to: {upper:2}
Mobile No.: {phone:2}
Amount: {amount}
Message: pang gamot ni lola
Ref No. {num}{num:2} {num:3}{num:4}
{date} {time}
From: {name} ({phone})""",
    ],
    "BD:bn": [
        """bKash: Send Money {amount} to {phone:2} successful. Ref hospital. Fee Tk 5.00. Balance {amount:2}. TrxID {ref} at {date}
{chat}: ভাই টাকা পাঠালাম, আব্বার অপারেশন ডা. {fam:3} করবেন
{chat:2}: পেয়েছি। পিন {pin} কাউকে বলবা না""",
    ],
    "JP:ja": [
        """[LINE] {name:2}とのトーク履歴
保存日時：{date} {time}

{date}
21:14	{name:2}	お父さんの入院費、いくらだった？
21:16	{name}	{amount}。高額療養費の申請する
21:17	{name:2}	主治医は{fam:3}先生だよね
21:18	{name}	うん。書類は{addr}に届くって""",
    ],
    "KR:ko": [
        """{name:2} 님과 카카오톡 대화
저장한 날짜 : {date}

{date} 오후 9:14, {name:2} : 아버지 보험금 청구했어?
{date} 오후 9:15, {name} : 응 {claim}로 접수됨
{date} 오후 9:16, {name:2} : 계좌는 {acct}로 했지?
{date} 오후 9:17, {name} : 응. 담당자 {name:3} 대리 {phone:3}""",
    ],
    "DE:de": [
        """Techniker Krankenkasse - Ihre Anfrage
Versicherte/r: {name}, geb. {dob}
Versichertennummer: {mrn}
Anschrift: {addr}
Sehr geehrte/r {name},
die Kosten für die Psychotherapie bei {name:2} werden übernommen. Ihr Ansprechpartner: {name:3}, Telefon {phone:3}.""",
    ],
    "FR:fr": [
        """Caisse d'Allocations Familiales
N° allocataire : {ref}
{upper}
{addrml}
Madame, Monsieur,
Suite à la séparation d'avec {name:2} déclarée le {date}, votre droit à l'allocation de soutien familial est ouvert pour votre enfant {given:3}, né(e) le {dob:3}.
Votre conseillère : {name:4}""",
    ],
    "AU:en": [
        """Centrelink - Letter
Customer Reference Number: {ref}
{upper}
{addrml}
Dear {name},
We have assessed your claim for Carer Payment for {full:2} (born {dob:2}). Payments will be made to your nominated account ending {masked}.
Questions: call {phone:3} and ask for {name:3}.""",
    ],
    "ZA:en": [
        """SASSA - Application for Child Support Grant
Applicant: {full}   Date of birth: {dob}
Residential address: {addr}
Cell: {phone}
Child: {full:2}   Date of birth: {dob:2}
Other parent: {full:3}
Assisted by: {name:4}, Social Worker""",
    ],
    "NG:en": [
        """Credit Alert
Acct: {acct}
Amt: {amount}
Desc: TRF FROM {upper:2} / hospital bill for {given:3}
Date: {date}
Bal: {amount:2}
{chat}: bros I don send am. Dr {fam:4} said make we bring the balance tomorrow. My flutterwave test key is {apikey} if you fit fix the payment page""",
    ],
    "MX:es": [
        """DEMANDA DE PENSIÓN ALIMENTICIA
C. JUEZ DE LO FAMILIAR EN TURNO
{upper}, por mi propio derecho y en representación de mi menor hijo {full:2}, quien nació el {dob:2}, señalando como domicilio para oír notificaciones el ubicado en {addr}, y autorizando a la Lic. {name:3}, vengo a demandar al C. {upper:4}, con domicilio en {addr:4}.""",
    ],
    "CA:fr": [
        """Bonjour, pouvez-vous m'aider à répondre à Revenu Québec? Ma conjointe {full:2} (née le {dob:2}) et moi, {full}, avons déménagé au {addr}. Notre dossier: {taxref}. Mon cell: {phone}.""",
    ],
    "IE:en": [
        """RTB Dispute Application - Part 2
Tenant: {full}   Phone: {phone}   Email: {email}
Tenancy address: {addr}
Landlord: {full:2}
Landlord's agent: {name:3}, {email:3}
Deposit paid: {amount} on {date} to account {iban}""",
    ],
    "SA:ar": [
        """{chat}: أرسلت لك تقرير المستشفى حق الوالد
{chat:2}: الدكتور {name:3} قال يحتاج عملية؟
{chat}: إيه، والتأمين رفض المطالبة {claim}
{chat:2}: أرسل لي رقم الآيبان حقك {iban} عشان أحول""",
    ],
    "ID:id": [
        """BPJS Kesehatan - Perubahan Data Peserta
Nama: {upper}
Tanggal lahir: {dob}
No. HP: {phone}
Alamat: {addr}
Anggota keluarga: {full:2} (istri), {full:3} (anak, lahir {dob:3})
Faskes tingkat 1: Puskesmas {town}""",
    ],
    "VN:vi": [
        """Zalo - nhóm "Chăm mẹ"
{chat}: mẹ xuất viện rồi nha, bs {given:3} dặn uống {drug}
{chat:2}: tiền viện phí bao nhiêu em?
{chat}: {amount}. chị ck vào stk {acct} Vietcombank tên {upper}
{chat:2}: ok. địa chỉ gửi thuốc {addr}""",
    ],
    "TH:th": [
        """LINE กลุ่ม "ดูแลพ่อ"
{chat}: พ่อผ่าตัดวันที่ {date} หมอ{given:3}เป็นคนผ่า
{chat:2}: ค่าใช้จ่ายเท่าไหร่
{chat}: {amount} โอนเข้าพร้อมเพย์ {phone}
{chat:2}: ได้ อย่าลืมส่งที่อยู่ {addr} ให้บริษัทประกันด้วย""",
    ],
    "RU:ru": [
        """Telegram
{name:2}, [{date} 21:14]
Лена, юрист {name:3} сказал, что нужно заявление на вычет за лечение
{name}, [{date} 21:16]
Скинь его номер
{name:2}, [{date} 21:17]
{phone:3}. И не пиши никому код из Госуслуг {otp}""",
    ],
    "TR:tr": [
        """e-Devlet şifremi unuttum, annemin ({full:2}, doğum {dob:2}) rapor işlemleri için lazım. Bana yardım edebilir misin? Yeni şifre {pw} yaptım ama giriş olmuyor. Telefon {phone}.""",
    ],
    "PK:ur": [
        """{chat}: JazzCash سے ہسپتال کی فیس بھیج دی {amount}
{chat:2}: ڈاکٹر {name:3} نے کہا کل آپریشن ہے
{chat}: ٹھیک ہے، میرا نمبر {phone} ہے، پن {pin} کسی کو نہ بتانا""",
    ],
    "EG:ar": [
        """إنستاباي: تم تحويل {amount} إلى {name:2} على رقم {phone:2} بتاريخ {date}
{chat}: دي مصاريف المحامي {name:3} لقضية النفقة
{chat:2}: تمام، القضية رقم {case}""",
    ],
}

EN += [
    """Security alert from your bank
Hi {given}, we noticed a new sign-in to online banking from IP address {ip} ({town}) on {date} at {time}.
If this was you, no action is needed. If not, call us on {phone:2}.
---
me: is this me? my home wifi IP is {ip:2}. i didn't log in today. my username is {login} and the password is {pw}, should i change it?""",
    """timestamp,user,client_ip,action,record
{date} 08:14:02,{login},{ip},VIEW,{mrn}
{date} 08:15:40,{login},{ip},EXPORT,{mrn}
{date} 09:02:11,{login:2},{ip6},VIEW,{mrn:2}
{date} 23:47:55,{login:3},{ip:3},VIEW,{mrn}
Can you tell me if the last line looks like snooping? {login:3} is my ex-husband {name:3}, he works at the clinic. My record is {mrn}.""",
    """telehealth-svc[2231]: session={ref} patient={login} clinician={login:2} client_ip={ip6} device_mac={mac} codec=opus duration={num}m
telehealth-svc[2231]: session={ref} ended by clinician Dr {name:2}
Why did the call with my psychiatrist drop? This is the log the support person sent me.""",
    """Support ticket: smart pill dispenser offline
Customer: {name}   Phone: {phone}
Device serial: {ref}   MAC: {mac}
Home router: {ip}   Wi-Fi network: HOME-{num}{num:2}   Wi-Fi password: {pw}
The dispenser holds my father's {drug}; he is {age} and lives alone at {addr}.""",
    """Statement for the police - crypto investment scam
My name is {full}, born {dob}, living at {addr}.
A man calling himself {name:2} contacted me on WhatsApp from {intl:2}. He told me to send bitcoin to {btc:2} and later USDT to {eth:2}.
I sent from my own wallet {btc}. Transaction IDs: {hash} and {hash:2}.
Total loss: {amount}. My phone: {phone}. Email: {email}.""",
    """Note for my executor ({name:2}):
My hardware wallet is in the safe at {addr}. The recovery phrase is: {seed}
The PIN of the device is {pin}. ETH address for the kids' fund: {eth}
Please share equally between {given:3} and {given:4}.
- {name}""",
    """Hi, I came to the US from {town} two years ago. I work as a nurse aide in Houston. My SSN is {ssn}. My wife {full:2} has no SSN, only an ITIN {itin}. Can she get Medicaid for the pregnancy? Her due date is {date}. Our address is {addr}.""",
    """DIRECT DEPOSIT AUTHORIZATION
Employee name: {full}
Employee SSN: {ssn}
Home address: {addr}
Bank routing number: 0{num}{num:2}{num:3}{num:4}
Account number: {acct}
Employee signature: {name}   Date: {date}
HR contact: {name:2}, {email:2}""",
    """For the loan I need to verify my identity. Here are the numbers, can you tell me which goes where in the form?
passport {passport}
driving licence {dl}
bank card {card}  (exp 04/29, cvv on back)
date of birth {dob}
full name {full}""",
    """To the Card Disputes team,

I dispute the following transactions on my credit card {card} (cardholder {name}):
{date}  MEDSPA ONLINE   {amount}
{date:2}  MEDSPA ONLINE   {amount:2}
I never visited this merchant. My billing address is {addr}. Contact: {phone}, {email}.""",
    """help! our clinic's payment page stopped working. logs:
2026-02-11 09:13:55 ERROR payments: charge failed for customer {email} amount={amount}
2026-02-11 09:13:55 DEBUG payments: using key {apikey}
2026-02-11 09:13:56 WARN  payments: webhook from {ip} rejected (bad signature)
I'm {name}, the practice manager. The developer who built it was {name:2} ({email:2}) but he left.""",
    """{ip} - - [12/Mar/2026:10:41:07 +0000] "POST /legal-aid/intake?email={email}&phone={phone} HTTP/1.1" 302 0 "-" "Mozilla/5.0"
{ip:2} - - [12/Mar/2026:10:44:19 +0000] "GET /legal-aid/intake/thanks?name={login} HTTP/1.1" 200 1832
Why is our intake form putting people's details in the URL? This is from our access log.""",
    """The loan app is harassing my contacts. They took my phone book. They messaged:
{name:2} {phone:2}
{name:3} {phone:3}
{name:4} {phone:4}
saying I am a thief. I borrowed {amount} and they want {amount:2} back. My name is {name}, my number {phone}. Where can I complain?""",
]

T["de"].append("""Sicherheitshinweis: Neue Anmeldung im Online-Banking von {ip} am {date}.
Ich war das nicht! Mein Router hat {ip:2}. Ich heiße {name}, Konto {iban}. Die Bank-Hotline hat mich nach meiner PIN {pin} gefragt - war das echt?""")
T["fr"].append("""Plainte pour escroquerie aux cryptomonnaies
Je soussigné(e) {full}, né(e) le {dob}, domicilié(e) {addr}, déclare avoir versé {amount} sur l'adresse bitcoin {btc:2} à la demande d'un certain {name:2} (tél. {intl:2}).
Mon portefeuille : {btc}. Mon adresse IP au moment des faits : {ip}.""")
T["es"].append(
    """Me robaron la cartera con la tarjeta {card} y el DNI. Ya llamé al banco ({phone:2}) pero me pidieron la clave {pw} de la banca en línea y el código {otp}. Soy {name}, nacida el {dob}. ¿Hice mal?"""
)
T["pt"].append(
    """Caí no golpe do falso advogado. Um tal de Dr. {name:2} disse que eu tinha um processo ({case}) e pediu o número do cartão {card} e o código {otp}. Meu nome é {name}, moro em {addr}. O que faço?"""
)
T["ru"].append(
    """Мне позвонили «из банка», я назвала номер карты {card} и код {otp}. Списали {amount}. Я {name}, {dob} г.р., телефон {phone}. Помогите составить заявление в полицию."""
)
T["zh"].append(
    """银行客服说我的卡{card}在异地登录，IP是{ip}。我叫{name}，手机{phone}。他们让我提供验证码{otp}，这是诈骗吗？"""
)
T["ja"].append(
    """カード会社から不正利用の連絡がありました。カード番号{card}、名義{name}。ログインIPは{ip}だったそうです。ワンタイムパスワード{otp}は誰にも教えていません。"""
)
T["ar"].append(
    """وصلتني رسالة: تم تسجيل الدخول إلى حسابك البنكي من عنوان IP {ip}. أنا {name}، رقم البطاقة {card}. لم أعطِ الرمز {otp} لأحد. ماذا أفعل؟"""
)
T["id"].append(
    """Kartu kredit saya {card} dipakai transaksi {amount} di luar negeri. Nama saya {name}, HP {phone}. Tadi ada yang telepon minta kode OTP {otp}, untung tidak saya kasih. Login terakhir dari IP {ip}."""
)
T["ko"].append(
    """은행 앱에 새 기기 로그인 알림이 왔어요. IP {ip}, 기기 MAC {mac}. 제 이름은 {name}, 카드번호 {card}예요. 비밀번호 {pw} 바꿔야 하죠?"""
)
T["tr"].append(
    """Kredi kartım {card} ile {amount} tutarında işlem yapılmış. Adım {name}, telefonum {phone}. Banka uygulamasına {ip} adresinden giriş yapılmış görünüyor."""
)

LOCAL["US:en"] += [
    """IRS Letter 5821 - Your ITIN is scheduled to expire
{upper}
{addrml}
ITIN: {itin}
Dear {name},
Your Individual Taxpayer Identification Number will expire on December 31. Dependents listed on your return: {full:2} (ITIN {itin:2}).
If you have questions, call the number on this letter.""",
    """Hey can you check this FAFSA stuff for my son before I submit?
Student: {full:2}, DOB {dob:2}, SSN {ssn:2}
Parent 1: {full}, SSN {ssn}, email {email}
Parent 2: {full:3}, ITIN {itin:3} (no SSN)
Address: {addr}
My FSA ID password is {pw}""",
    """SSA-827 AUTHORIZATION TO DISCLOSE INFORMATION TO THE SOCIAL SECURITY ADMINISTRATION
NAME: {full}   SSN: {ssn}   BIRTHDAY: {dob}
I authorize {town} Behavioral Health and Dr. {name:2} to release records about my mental health, alcohol and drug use.
Signature: {name}   Phone: {phone}   Address: {addr}
Witness: {name:3}""",
]
LOCAL["US:es"] += [
    """Carta para el abogado de inmigración {name:2}:
Mi nombre es {full}, nací el {dob}. Tengo ITIN {itin} desde hace 5 años y pago mis impuestos. Mi hija {full:3} es ciudadana, su seguro social es {ssn:3}. Vivimos en {addr}. Mi teléfono {phone}.""",
]

EN += [
    """My ex installed something on the home network to watch me. The router's device list shows:
{mac}  {login:2}-phone  {ip}
{mac:2}  living-room-cam  {ip:2}
{mac:3}  unknown  {ip:3}
The camera was bought by {name:2}. I have a protection order (case {case}). How do I prove it's his? I'm {name}.""",
    """Fall-detection hub setup for my grandmother {full:3} ({age}), {addr}
Hub MAC: {mac}   LAN IP: {ip}
Alert contacts: {name} {phone}, {name:2} {phone:2}
Clinic integration key: {apikey}""",
    """Renting a car for my mum's hospital transfer - the agency needs:
Driver: {full}, licence {dl}, issued {date}, born {dob}
Second driver: {full:2}, licence {dl:2}
Card for deposit: {card}
Pick-up at {town} airport, drop-off {addr}""",
    """Traffic court - plea by mail
Defendant: {upper}
Driver license no.: {dl}    Date of birth: {dob}
Mailing address: {addr}
Citation {ref}, speeding, on the way to the ER with my son {given:2}.
Attached: discharge papers from Dr {name:3}.""",
]
T["de"].append("""Unfallbericht (Europäischer Unfallbericht, Abschrift)
Fahrer A: {full}, Führerschein-Nr. {dl}, geb. {dob}, {addr}
Fahrer B: {full:2}, Führerschein-Nr. {dl:2}, Tel. {phone:2}
Versicherung A: Police {policy}
Zeugin: {name:3}""")
T["fr"].append("""Constat amiable - recopié pour l'assurance
Conducteur A : {full}, permis n° {dl}, né(e) le {dob}, {addr}
Conducteur B : {full:2}, permis n° {dl:2}, tél. {phone:2}
Blessé : {name:3}, transporté(e) au CHU de {town}""")
T["es"].append("""Parte amistoso de accidente
Conductor A: {full}, permiso de conducir {dl}, nacido el {dob}
Domicilio: {addr}
Conductor B: {full:2}, permiso {dl:2}, teléfono {phone:2}
Testigo: {name:3}""")
T["nl"].append("""Wie zit er op ons wifi? Lijst uit de router:
{mac}  telefoon-{login}  {ip}
{mac:2}  babyfoon  {ip:2}
Mijn ex {name:2} heeft de babyfoon gekocht en heeft nog steeds het wifi-wachtwoord {pw}.""")
T["pt"].append(
    """Meu ex instalou uma câmera na casa. No roteador aparece o MAC {mac} com IP {ip}. Tenho medida protetiva (processo {case}). Ele se chama {name:2}, telefone {phone:2}. Como provo?"""
)
T["ru"].append(
    """Камера в квартире, которую поставил бывший муж {name:2}: MAC {mac}, IP {ip}. У меня охранный ордер, дело {case}. Я {name}, тел. {phone}."""
)

EN += [
    """#mum-care (group chat export)
{at}: reminder - mum's cardiology appt moved to {date}, {time}
{at:2}: I'll drive. {at:3} can you bring the folder with her insurance stuff (policy {policy})?
{at:3}: yes. the carer {name:4} texted me from {phone:4}, she needs paying
{at}: paid her {amount} from {iban}
{at:2}: 👍 also the hospital portal password changed to {pw}""",
]
T["ru"].append("""Чат «Папа — больница»
{at}: завтра выписка, врач {name:3} сказал брать {drug}
{at:2}: я заберу. адрес для справок: {addr}
{at}: деньги на лекарства скинула на карту {card}
{at:2}: спасибо, {chat}""")
T["es"].append("""Grupo «Herencia abuela»
{at}: el notario {name:3} dice que falta el certificado de defunción
{at:2}: lo tengo yo. ¿se lo mando a {email:3}?
{at}: sí. y la cuenta de la abuela era {iban}
{at:2}: ok, el lunes voy a {addr}""")
T["pt"].append("""Grupo "Vó no hospital"
{at}: a médica, Dra. {name:3}, pediu os exames de {date}
{at:2}: eu levo. o plano é {policy}
{at}: o PIX pra vaquinha é {phone}
{at:2}: feito! manda pro {at:4} também""")

# near-misses only: no labelled slot may appear here
NEAR = {
    "en": [
        """Claim {claim} under policy {policy}: the assessor approved {amount} on {date}. Diagnosis code {icd}. Payment will go to the account on file ending {masked}. Reference {ref}.""",
        """Can you explain these results in plain words? {lab}; {lab:2}; {lab:3}. The doctor mentioned Hashimoto's thyroiditis and maybe Crohn's disease. I'm on {drug}.""",
        """My dad has Parkinson's and early Alzheimer's. He was transferred from Kenyatta National Hospital to the Aga Khan University Hospital on {date}. The bill so far is {amount}. What questions should I ask the social worker?""",
        """Cause list - {town} High Court, Family Division, {date}
10:00  {case}  Application for maintenance
10:30  {case:2}  Custody review
11:15  {case:3}  Divorce petition - directions
Court 4, before the duty judge.""",
        """Is this a scam? I got an SMS: "Your account {acct} has been suspended. Call the bank on the number on the back of your card." I never share my PIN. My card ends {masked}, sort code {sort}.""",
        """Summarize Section 21 of the Housing Act and how it differs from the Renters' Rights reforms. My tenancy started {date}, rent {amount} per month, deposit protected under scheme ref {ref}.""",
        """The Glasgow Coma Scale on arrival was 14, the APGAR score of the baby 8 and 9. According to Kübler-Ross, grief has five stages - is that still accepted? We are at {town} Maternity Hospital, ward {num}.""",
        """Tax reference {taxref}: the assessment for {year} shows income {amount}, deductions {amount:2}, balance due {amount:3} by {date}. Interest rate 3.5%. What happens if I pay in instalments?""",
        """Lab order {ref}: CBC, CMP, {lab}. ICD-10 {icd}, {icd:2}. Specimen collected {date} {time}. Result status: final. Software {ver}, checksum {hash}.""",
        """Under the Americans with Disabilities Act and Section 504, can my son's school refuse an aide? He has ADHD ({icd}) and takes {drug}. The IEP meeting is {date}.""",
        """Statement summary: opening balance {amount}, 14 card payments, 3 standing orders, closing balance {amount:2}. Account number {acct}, sort code {sort}. Overdraft limit {amount:3}. Interest {num}.9% EAR.""",
        """How is child support calculated? Two children aged {age} and {num}, the paying parent earns {amount} a year gross, shared care 2 nights a week. Case {case}.""",
        """I read that Florence Nightingale founded modern nursing and that the Nelson Mandela Children's Hospital is in Johannesburg. Is the Mandela Rules document about prisons? For my essay on health law.""",
        """Remind me what I need for the {date} appointment at {town} Fertility Centre: referral letter, previous {lab}, insurance card (policy {policy}), and payment of {amount}.""",
        """Our firm's invoice {ref} for the probate matter {case}: professional fees {amount}, court fees {amount:2}, VAT {amount:3}. Payable within 30 days.""",
    ],
    "fr": [
        """Dossier {case} - audience du {date} au tribunal de {town}. Montant réclamé : {amount}. Référence CAF {ref}. Carte bancaire se terminant par {masked}.""",
        """Ma mère a la maladie de Parkinson et on parle d'Alzheimer. Elle est à l'hôpital Georges-Pompidou depuis le {date}. Traitement : {drug}. Que demander à l'assistante sociale ?""",
    ],
    "es": [
        """Expediente {case}, juzgado de familia de {town}. Audiencia el {date}. Pensión fijada en {amount}. Ley Olimpia y Ley de Violencia de Género: ¿aplican en mi caso?""",
    ],
    "pt": [
        """A Lei Maria da Penha se aplica ao meu caso? Processo {case}, audiência em {date}. Pensão de {amount}. Cartão final {masked}.""",
    ],
    "de": [
        """Aktenzeichen {case}, Termin am {date} beim Amtsgericht {town}. Streitwert {amount}. Diagnose {icd}, Laborwert {lab}. Versicherungsnummer {policy}.""",
    ],
    "zh": [
        """案号{case}，开庭时间{date}，地点{town}人民法院。诉讼费{amount}。诊断：{icd}，{lab}。""",
    ],
    "ja": [
        """事件番号{case}、期日は{date}、{town}家庭裁判所。請求額{amount}。診断名コード{icd}、検査値{lab}。""",
    ],
    "ar": [
        """القضية رقم {case}، الجلسة بتاريخ {date} في محكمة {town}. المبلغ المطلوب {amount}. رمز التشخيص {icd}.""",
    ],
    "ru": [
        """Дело № {case}, заседание {date}, суд г. {town}. Сумма иска {amount}. Диагноз {icd}, анализ {lab}.""",
    ],
    "id": [
        """Nomor perkara {case}, sidang tanggal {date} di Pengadilan Agama {town}. Biaya {amount}. Diagnosa {icd}.""",
    ],
    "hi": [
        """केस नंबर {case}, सुनवाई {date} को {town} पारिवारिक न्यायालय में। राशि {amount}। निदान {icd}।""",
    ],
    "tr": [
        """Dosya no {case}, duruşma {date}, {town} Aile Mahkemesi. Nafaka {amount}. Tanı kodu {icd}.""",
    ],
}

# ---------------------------------------------------------------- wrappers
MODELS = {
    "openai": ["gpt-4o", "gpt-4o-mini", "gpt-4.1", "o4-mini", "gpt-5-mini"],
    "anthropic": ["claude-sonnet-4-5", "claude-3-5-haiku-latest", "claude-opus-4-1"],
    "gemini": ["gemini-2.5-flash", "gemini-2.0-flash", "gemini-2.5-pro"],
    "ollama": ["llama3.1:8b", "qwen2.5:14b", "mistral:7b", "gemma2:9b"],
}
SYSTEM_PROMPTS = [
    "You are a helpful assistant.",
    "You are a careful assistant for a legal-aid clinic. Answer in plain language.",
    "You help patients understand medical letters. Do not give diagnoses.",
    "You are a translation assistant. Preserve names and numbers exactly.",
    "Summarize documents for a busy caseworker in bullet points.",
    "Tu es un assistant qui aide à rédiger des courriers administratifs.",
]
WRAP_INSTR = [
    "Summarize this:",
    "Translate into English:",
    "Fix the grammar and make it sound professional:",
    "Extract all dates, amounts and names into a table:",
    "What should I do next?",
    "Explain this to me simply:",
    "Reply politely to this:",
]
WRAPPERS = [
    (
        "json",
        '{{"model": "{model}", "messages": [{{"role": "system", "content": "{sys}"}}, {{"role": "user", "content": "{instr}\\n\\n',
        '"}}], "temperature": 0.2}}',
        "openai",
    ),
    (
        "json",
        '{{"model": "{model}", "messages": [{{"role": "user", "content": "',
        '"}}], "stream": true}}',
        "openai",
    ),
    (
        "json",
        '{{"model": "{model}", "max_tokens": 1024, "system": "{sys}", "messages": [{{"role": "user", "content": [{{"type": "text", "text": "{instr}\\n\\n',
        '"}}]}}]}}',
        "anthropic",
    ),
    (
        "json",
        '{{"model": "{model}", "max_tokens": 2048, "messages": [{{"role": "user", "content": "',
        '"}}, {{"role": "assistant", "content": "Here is a summary:"}}]}}',
        "anthropic",
    ),
    (
        "json",
        '{{"contents": [{{"role": "user", "parts": [{{"text": "{instr}\\n\\n',
        '"}}]}}], "systemInstruction": {{"parts": [{{"text": "{sys}"}}]}}, "generationConfig": {{"temperature": 0.3}}}}',
        "gemini",
    ),
    (
        "json",
        '{{"model": "{model}", "instructions": "{sys}", "input": "{instr}\\n\\n',
        '", "store": false}}',
        "openai",
    ),
    (
        "json",
        '{{"model": "{model}", "input": [{{"role": "user", "content": [{{"type": "input_text", "text": "',
        '"}}]}}]}}',
        "openai",
    ),
    (
        "json",
        '{{"model": "{model}", "prompt": "{instr}\\n\\n',
        '", "stream": false, "options": {{"num_ctx": 8192}}}}',
        "ollama",
    ),
    (
        "json",
        '{{"model": "{model}", "messages": [{{"role": "user", "content": "',
        '"}}], "stream": false}}',
        "ollama",
    ),
    (
        "log",
        '{ts} INFO  llm.client request_id={rid} model={model} tokens_in={n} prompt="',
        '"',
        "openai",
    ),
    (
        "log",
        '[{ts}] [worker-3] DEBUG anthropic.request id={rid} model={model} user_message="',
        '" status=200',
        "anthropic",
    ),
    (
        "log",
        'level=info ts={ts} msg="llm call" provider=ollama model={model} input="',
        '" latency_ms={n}',
        "ollama",
    ),
    (
        "log2",
        '{ts} DEBUG gateway: POST /v1/chat/completions body="{{\\"model\\": \\"{model}\\", \\"messages\\": [{{\\"role\\": \\"user\\", \\"content\\": \\"',
        '\\"}}]}}"',
        "openai",
    ),
]


def _labelled(tpl: str) -> bool:
    import re

    labelled = {
        "name",
        "full",
        "short",
        "given",
        "fam",
        "chat",
        "at",
        "login",
        "upper",
        "init",
        "email",
        "phone",
        "intl",
        "addr",
        "addrml",
        "dob",
        "iban",
        "card",
        "ssn",
        "itin",
        "ip",
        "ip6",
        "mac",
        "btc",
        "eth",
        "passport",
        "dl",
        "pw",
        "apikey",
        "token",
        "pin",
        "otp",
        "recov",
        "seed",
    }
    return any(m.group(1) in labelled for m in re.finditer(r"\{([a-z][a-z0-9]*)(?::\d)?\}", tpl))


for _lang, _lst in NEAR.items():
    for _t in _lst:
        assert not _labelled(_t), _t[:40]


def candidates(lang: str, code: str) -> list[tuple[str, str]]:
    out = [(f"{lang}#{i}", t) for i, t in enumerate(T.get(lang, T["en"]))]
    out += [(f"{code}:{lang}#{i}", t) for i, t in enumerate(LOCAL.get(f"{code}:{lang}", []))]
    return out


def near_candidates(lang: str, code: str) -> list[tuple[str, str]]:
    own = [(f"near-{lang}#{i}", t) for i, t in enumerate(NEAR.get(lang, []))]
    return own + [(f"near-en#{i}", t) for i, t in enumerate(NEAR["en"])]
