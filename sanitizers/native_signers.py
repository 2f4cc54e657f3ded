"""A message's signer on its last line, in scripts without capitals: one to three words of
one script alone on the line that ends the text (or the string a request carries), after
a line of the message's details, one with a colon or a digit ("…\\nጠቅላላ ክፍያ: 5,000 ብር\\nአበበ
ከበደ", "…\\nပုံမှန်ဖုန်း: 09 123 456\\nမောင်မောင်", "…\\nपता: …\\nरमेश यादव"); or after a
closing word and a comma on that line ("مع التحية، لولوة الكبيسي"). Not a closing word alone
(ধন্যবাদ, धन्यवाद, ขอบคุณ: CLOSINGS), nor a line of a text that names no one else and gives no
number. CJK and Japanese signers: `native_texts.py`; Latin ones: `signature.py`.
"""

from __future__ import annotations

from sanitizers.native_rosters import SCRIPT_NAME
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# thanks and regards, which close a message on a line of their own
CLOSINGS = (
    "ধন্যবাদ|ধন্যবাদান্তে|धन्यवाद|धन्यवाद सहित|शुभकामना|شكرا|شكراً|مع التحية|مع خالص التحية|تحياتي"
    "|ممنون|متشکرم|با تشکر|شکریہ|والسلام|ขอบคุณ|ขอบคุณครับ|ขอบคุณค่ะ|አመሰግናለሁ|ስላም|ස්තූතියි"
    "|ස්තුතියි|ကျေးဇူးတင်ပါတယ်|ကျေးဇူးပါ|អរគុណ|תודה|תודה רבה|בברכה|მადლობა|პატივისცემით"
    "|សូមអរគុណ|អរគុណច្រើន|นะคะ|นะครับ|ด้วยความเคารพ|நன்றி|ਧੰਨਵਾਦ|ধন্যবাদসহ|শুভেচ্ছা|সালাম"
    "|আল্লাহ হাফেজ|खुदा हाफिज|خدا حافظ|اللہ حافظ"
)
_CLOSING = frozenset(CLOSINGS.split("|"))
# words of a sentence, not of a name: a request after the pasted text ("ترجم إلى
# الإنجليزية", "لخص هذه المحادثة", "इसे अंग्रेज़ी में लिखो", "תרגם את זה")
_FUNCTION_WORDS = (
    "في|من|إلى|الى|على|عن|مع|هذه|هذا|هذي|ذلك|تلك|هل|لي|لنا|ما|كيف|را|به|از|با|این|آن|که|برای"
    "|کو|میں|سے|کا|کی|کے|اور|ہے|یہ|کریں|का|की|के|को|में|से|और|है|यह|इसे|इस|कर|करें|करो|दो"
    "|এই|এটা|এটি|করুন|করে|থেকে|এবং|את|של|על|עם|אל|זה|זאת|ላይ|ወደ|ይህን|ይህ|እባክህ"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split("|"))
# the last line: a name, then the end of the text or of the JSON string that holds it
# (what follows a logged string: its JSON or the log's next field, not a Hebrew
# abbreviation's quote: דוא"ל)
_END = r"[ \t]*(?:\"(?=[ \t]*(?:[,}\]]|\w+=|\n|$))[\s\S]*|\s*)\Z"
LONGEST = 16  # letters of a word of a name: Thai and Khmer write a sentence as one word
_LAST = compiled(rf"(?:^|(?<=\n))[ \t]*(?:[-–—~][ \t]*)?({SCRIPT_NAME}){_END}")
_CLOSED = compiled(rf"(?:{CLOSINGS})[،,][ \t]*({SCRIPT_NAME}){_END}")
TAIL = 400  # characters at the end of a text where its signer is looked for
_DETAIL = compiled(r"[:：\d٠-٩०-९০-৯၀-၉០-៩]")


def last_line_signer(text: str, found: list[Finding]) -> list[Finding]:
    """PERSON findings for the signer of a message on its last line (see above); `text`
    with a logged request's escaped line breaks read as lines."""
    tail = max(0, len(text) - TAIL)
    closed = _CLOSED.search(text, tail)
    if closed is not None:
        return [(*closed.span(1), "PERSON", 0.7)]
    last = _LAST.search(text, tail)
    if last is None or last.group(1) in _CLOSING or text.rfind("\n", 0, last.start()) < 0:
        return []
    words = last.group(1).split(" ")
    if any(len(w) > LONGEST or w in FUNCTION_WORDS for w in words):
        return []  # a sentence ("ช่วยแปลเป็นภาษาอังกฤษให้หน่อย", please translate it)
    end = last.start()  # the line before, blank lines skipped (not a copy of the text)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if _DETAIL.search(text, text.rfind("\n", 0, end) + 1, end) is None:
        return []
    named = any(kind in ("PERSON", "PHONE_NUMBER", "DATE_OF_BIRTH") for _, _, kind, _ in found)
    return [(*last.span(1), "PERSON", 0.7)] if named else []
