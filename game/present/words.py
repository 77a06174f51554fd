"""The interface presenters use to say things in the player's language.

`game.lang` provides the real catalogue; this protocol is all presenters rely on, so they
can be tested with plain English and given any language without importing its machinery.
"""

from __future__ import annotations

from typing import Protocol


class Words(Protocol):
    def _(self, message: str, /, **params: object) -> str: ...

    def n_(self, singular: str, plural: str, n: int, /, **params: object) -> str: ...


class Plain:
    """English as written in the code: what the catalogue gives when nothing is translated."""

    language = "en"

    def _(self, message: str, /, **params: object) -> str:
        return message.format(**params) if params else message

    def n_(self, singular: str, plural: str, n: int, /, **params: object) -> str:
        return (singular if n == 1 else plural).format(n=n, **params)


PLAIN = Plain()
