"""People listed with their phone numbers in a script without capitals: a relief list, a
class's or a committee's contacts, one person a line ("১. তানভীর আক্তার - 01796548990",
"٢. أحمد علي - 0501234567", "- สมชาย ใจดี (081 234 5678)").

Where no capital marks a name, the list's shape does: a line that holds one to three words
of such a script (Hebrew, Arabic, the Indic scripts, Thai, Ethiopic, Georgian, Myanmar,
Khmer), after an optional number or bullet, then a dash, a comma or a parenthesis and a
phone number. Two such lines in a text make it a list of people; one alone may be an
office's or a shop's number, and is left. A colon makes a form's key ("کد ملی: 4297982188",
"رقم المحمول: 02 9882 3428"), no name.
"""

from __future__ import annotations

import unicodedata

from sanitizers.recognizers import Finding
from sanitizers.tries import compiled

# letters and signs of the uncased scripts (digits of the Indic and Arabic scripts included:
# a word holding one is no name)
_SCRIPT = (
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u1000-\u109f"
    "\u10a0-\u10ff\u1200-\u137f\u1780-\u17ff"
)
_DIGIT = r"[\d০-৯०-९٠-٩۰-۹]"
_LINE = compiled(
    rf"(?m)^[ \t>]*(?:{_DIGIT}{{1,3}}[.)।][ \t]*|[-*•][ \t]+)?"
    rf"([{_SCRIPT}]+(?:[ ][{_SCRIPT}]+){{0,2}})"
    rf"[ \t]*(?:[-–—,،]|\()[ \t]*\+?{_DIGIT}(?:[ ()-]?{_DIGIT}){{6,14}}(?!{_DIGIT})"
)
MIN_LINES = 2


def phone_roster_names(text: str) -> list[Finding]:
    """PERSON findings for the names of a list of people and their phone numbers."""
    found: list[Finding] = []
    for m in _LINE.finditer(text):
        name = m.group(1)
        if any(unicodedata.category(c) == "Nd" for c in name):
            continue  # "১২ নম্বর" holds a number
        found.append((m.start(1), m.end(1), "PERSON", 0.8))
    return found if len(found) >= MIN_LINES else []
