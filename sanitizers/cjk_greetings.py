"""A name greeted in Chinese, glued to the greeting as Chinese writes it:

    Jason你好，我是房东Shermaine
    Me: 晓燕你好，我是房东朱佳琪
    佩君您好，9月的房租请汇到…

The name opens its line or follows a space or a punctuation mark, and is one to three
capitalized Latin words or two or three Chinese characters. A greeting to many or to a
role is no name: 大家 (everyone), 各位, 老师 (teacher), 师傅 (master), 客服, or any word
ending in a title (先生, 女士, 小姐, 经理…).
"""

from __future__ import annotations

from sanitizers.first_names import not_names
from sanitizers.lexicon import COMMON_WORDS
from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

_GREETED = compiled(
    r"(?m)(?:^|(?<=[\s:：，,。!！、]))"
    r"([A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,2}|[\u4e00-\u9fff]{2,3})"
    r"(?:你好|您好|早上好|早安|晚上好|下午好)"
)
# what a greeting addresses that is no one's name: the many, a role, a title's last character
_NOT_NAMES_WORDS = (
    "大家 各位 诸位 諸位 朋友 朋友们 同学 同學 同学们 老师 老師 师傅 師傅 客服 亲爱的 "
    "親愛的 老板 老闆 阿姨 叔叔 房东 房東 医生 醫生 大夫 领导 領導 你们 您们 家人 邻居 鄰居"
)
_NOT_NAMES = frozenset(_NOT_NAMES_WORDS.split(" "))
_TITLE_ENDS_WORDS = "先生 女士 小姐 经理 經理 老师 老師 师傅 師傅 总 總 哥 姐 们 們 长 長"
_TITLE_ENDS = tuple(_TITLE_ENDS_WORDS.split(" "))


def greeted_names(text: str) -> list[Finding]:
    """PERSON findings for a name glued before a Chinese greeting (see above)."""
    if "好" not in text and "早安" not in text:
        return []
    out: list[Finding] = []
    for m in _GREETED.finditer(text):
        name = m.group(1)
        if name in _NOT_NAMES or name.endswith(_TITLE_ENDS):
            continue
        if name.isascii() and (name.lower() in COMMON_WORDS or name.lower() in not_names()):
            continue
        out.append((m.start(1), m.end(1), "PERSON", 0.7))
    return out
