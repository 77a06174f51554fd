"""A pseudo-language (`xx`) for tests and for checking a screen by eye: every word accented
and about 30 % longer, in brackets, so plain English left anywhere stands out, and so does
text that does not fit when a real translation is longer than the English.

"Continue" becomes "[Çöñţîñûé ~~~]"; `{placeholders}` are kept as they are.
"""

from __future__ import annotations

import gettext
import math
import re

PSEUDO = "xx"
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
ACCENTS = str.maketrans(_PLAIN, _ACCENTED)
PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


def pseudo(text: str) -> str:
    """The pseudo-translation of one text (empty stays empty)."""
    if not text:
        return text
    parts = PLACEHOLDER.split(text)
    body = "".join(p if PLACEHOLDER.fullmatch(p) else p.translate(ACCENTS) for p in parts)
    return f"[{body} {'~' * math.ceil(len(text) * 0.3)}]"


def is_pseudo(text: str) -> bool:
    return text.startswith("[") and text.endswith("~]")


class PseudoTranslations(gettext.NullTranslations):
    """The standard library's translations interface, answering in the pseudo-language."""

    def gettext(self, message: str) -> str:
        return pseudo(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return pseudo(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return pseudo(msgid1 if n == 1 else msgid2)
