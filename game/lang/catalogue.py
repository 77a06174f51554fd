"""The game's own words (buttons, headings, notices) in the player's language.

A `Strings` is passed to whatever shows text (the window's screens get it from the app),
never kept in a module global: two windows, or a test, can use two languages side by side.
Messages are marked in the code as `strings._("Continue")`, `strings.n_("{n} sack",
"{n} sacks", n)` and `strings.p_("aid", "sharing food")`, which is what Babel's extraction
looks for (`python -m game strings ui` writes `game/locale/game.pot`).

Words that depend on the language's grammar live here once, not in each screen: the aid
kinds, "once / twice / 3 times", units after a number, lists, and the meter sentence.
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from babel.core import Locale, UnknownLocaleError
from babel.lists import format_list

from game.engine.format import AID_KINDS

from .pseudo import PSEUDO, PseudoTranslations

ENGLISH = "en"
UI_LOCALE = Path(__file__).resolve().parents[1] / "locale"  # game/locale/<lang>/LC_MESSAGES
DOMAIN = "game"
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")  # ru, pt_BR, qps-style codes too


def _filled(text: str, english: str, params: Mapping[str, object]) -> str:
    """Fill in `{placeholders}`; a translation that names one wrongly shows the English
    instead of stopping the game."""
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return english.format(**params)


@dataclass(frozen=True)
class Strings:
    """One language's words. Immutable; `_`, `n_` and `p_` translate, then fill in
    `{placeholders}` from keyword arguments."""

    language: str = ENGLISH
    translations: gettext.NullTranslations = field(default_factory=gettext.NullTranslations,
                                                   compare=False)
    notice: str = ""  # why the language asked for is not the one in use, if it is not

    def _(self, message: str, **params: object) -> str:
        return _filled(self.translations.gettext(message), message, params)

    def n_(self, singular: str, plural: str, n: int, **params: object) -> str:
        """The form for `n` in this language's plural rule; `{n}` is filled in."""
        english = singular if n == 1 else plural
        return _filled(self.translations.ngettext(singular, plural, n), english,
                       {"n": n, **params})

    def p_(self, context: str, message: str, **params: object) -> str:
        """A message whose meaning depends on where it is shown (`context`)."""
        return _filled(self.translations.pgettext(context, message), message, params)

    # -- grammar, once --------------------------------------------------------------
    def plural_index(self, n: int) -> int:
        """Which plural form `n` takes (English: 0 for one, 1 otherwise)."""
        rule = getattr(self.translations, "plural", None)
        return int(rule(n)) if callable(rule) else int(n != 1)

    def times(self, n: int) -> str:
        """`once`, `twice`, `3 times` (in Russian `один раз`, `дважды`, `5 раз`...)."""
        if n == 1:
            return self._("once")
        if n == 2:
            return self._("twice")
        return self.n_("{n} time", "{n} times", n)

    def aid_name(self, kind: str, own: Mapping[str, str] | None = None) -> str:
        """The one wording of each kind of help (`engine.format.AID_KINDS`), used by the
        choice tags, the season's summary and the teacher's tools alike. `own` is a
        season's `aid_words` (already in the player's language: they are season texts),
        which replace the game's words for the kinds they name."""
        if own and kind in own:
            return own[kind]
        names = {"share_grain": self.p_("aid", "sharing food"),
                 "lend_tools": self.p_("aid", "lending a hand or tools"),
                 "open_home": self.p_("aid", "opening your home")}
        return names.get(kind, "")

    def document_kind(self, kind: str) -> str:
        """How a document card says what it is (`engine.format.DOCUMENT_KINDS`), the same in
        the window, the terminal and the guides: a paraphrase is never taken for the
        source's exact words, nor a description for the photograph."""
        if kind == "photograph":
            return self.p_("document", "A photograph, described")
        if kind == "paraphrase":
            return self.p_("document", "In other words (not the exact words)")
        return self.p_("document", "Quotation")

    def aid_names(self, own: Mapping[str, str] | None = None) -> Mapping[str, str]:
        return {kind: self.aid_name(kind, own) for kind in AID_KINDS if kind != "none"}

    def unit(self, unit: str, n: int) -> str:
        """The unit after the number `n`. A unit may list its plural forms as `sack|sacks`
        (a translation: as many as the language has, in its order); an English unit of one
        word loses its plural "s" after 1."""
        if "|" in unit:
            forms = unit.split("|")
            return forms[min(self.plural_index(n), len(forms) - 1)].strip()
        if self.language == ENGLISH and n == 1 and unit.endswith("s"):
            return unit[:-1]
        return unit

    def amount(self, n: int, unit: str) -> str:
        """`3 sacks`, `1 sack`, `3` (no unit)."""
        shown = self.unit(unit, n)
        # TRANSLATORS: a number and its unit, e.g. "3 sacks"
        return self._("{n} {unit}", n=n, unit=shown) if shown else str(n)

    def meter_sentence(self, label: str, value: int, band: str) -> str:
        """`Village trust: 62 out of 100, Hopeful`: the meter in words (text, speech)."""
        # TRANSLATORS: the meter in words, e.g. "Village trust: 62 out of 100, Hopeful"
        return self._("{label}: {value} out of 100, {band}", label=label, value=value,
                      band=band)

    def listing(self, items: Iterable[str]) -> str:
        """`a, b and c` in this language's way (CLDR, through Babel)."""
        items = list(items)
        if self.language == PSEUDO:
            return ", ".join(items)
        try:
            return format_list(items, locale=self.language)
        except (UnknownLocaleError, ValueError):
            return ", ".join(items)


ENGLISH_STRINGS = Strings()


def ui_po_path(language: str, folder: Path = UI_LOCALE) -> Path:
    return folder / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def has_translation(language: str, folder: Path = UI_LOCALE) -> bool:
    return language in (ENGLISH, PSEUDO) or ui_po_path(language, folder).is_file()


def available_languages(folder: Path = UI_LOCALE) -> tuple[str, ...]:
    """English, every language with a `game.po`, and the pseudo-language last."""
    found = sorted(p.parent.parent.name for p in folder.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    return (ENGLISH, *[code for code in found if code != ENGLISH], PSEUDO)


def language_name(language: str) -> str:
    """`русский`, `English`: a language named in itself, for the settings screen."""
    if language == PSEUDO:
        return "[Þšéûđö ~~]"
    try:
        return Locale.parse(language).get_display_name(language) or language
    except (UnknownLocaleError, ValueError):
        return language


def language_label(language: str) -> str:
    """A language named in itself for a button: Babel names Russian "русский"; on a button it
    starts with a capital, as English does ("Русский")."""
    name = language_name(language)
    return name[:1].upper() + name[1:]


def system_language(environ: Mapping[str, str] | None = None,
                    folder: Path = UI_LOCALE) -> str:
    """The system's language when the game has a translation into it, else English.
    Reads the variables gettext reads (`LANGUAGE`, `LC_ALL`, `LC_MESSAGES`, `LANG`)."""
    environ = os.environ if environ is None else environ
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for value in environ.get(variable, "").split(":"):
            code = value.split(".")[0].split("@")[0]
            if code in ("", "C", "POSIX"):
                continue
            for candidate in (code, code.split("_")[0]):
                if has_translation(candidate, folder):
                    return candidate
    return ENGLISH


def choose_language(setting: str, environ: Mapping[str, str] | None = None,
                    folder: Path = UI_LOCALE) -> str:
    """The setting when there is one (`""` means "as the system"), else the system's."""
    return setting or system_language(environ, folder)


def load_strings(language: str, folder: Path = UI_LOCALE) -> Strings:
    """The words for `language`: English when it is English or has no translation (with a
    notice saying so), the pseudo-language `xx` built in code."""
    if language == ENGLISH:
        return ENGLISH_STRINGS
    if language == PSEUDO:
        return Strings(PSEUDO, PseudoTranslations())
    path = ui_po_path(language, folder)
    if not path.is_file():
        return Strings(notice=f"The game has no translation into {language!r} yet; using "
                       "English.")
    from . import po

    try:
        return Strings(language, po.compiled(po.read(path)))
    except Exception as err:  # a damaged file must not stop a class from playing
        return Strings(notice=f"{path} cannot be read ({err}); using English.")
