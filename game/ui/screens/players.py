"""Who is playing? On a shared computer each student picks their nickname or seat number (or
types a new one) and gets their own saves and settings (`engine.players`)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from game.engine.players import BadName, Player, players, register

from ..describe import Description
from ..input import Intent, Text
from .common import Item, PageScreen

if TYPE_CHECKING:
    from ..app import App

SHOWN = 12  # the most recent players shown; older ones are found by typing the name again
KEYPAD = 3  # keys a row, as on a telephone


class PlayersScreen(PageScreen):
    palette = "dusk"
    name = "players"
    centred = True

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.known = players(app.root_dir)[:SHOWN]
        self.shown = len(self.known)

    def _build(self) -> None:
        """With large text on a small screen, the most recent players that fit, so A new
        player and Play without a name are always in reach (the rest type their name)."""
        self.shown = len(self.known)
        super()._build()
        while self._reach() == 2 and self.shown > 0:
            self.shown -= 1
            super()._build()

    def heading(self) -> str:
        return self.app.strings._("Who is playing?")

    def paragraphs(self) -> list[tuple[str, str]]:
        _ = self.app.strings._
        said = [(_("Each player has their own saved game and settings. A nickname or a seat "
                   "number is enough."), "small")]
        if self.shown < len(self.known):
            said.append((_("Not in the list? Choose A new player and type your name: your "
                           "saved game is still there."), "small"))
        return said

    def items(self) -> list[Item]:
        _ = self.app.strings._
        return [*((f"player:{i}", p.name, True) for i, p in enumerate(self.known[:self.shown])),
                ("new", _("A new player"), True), ("guest", _("Play without a name"), True)]

    def activate(self, key: str) -> None:
        if key.startswith("player:"):
            choose(self.app, self.known[int(key.split(":", 1)[1])])
        elif key == "new":
            self.app.push(NameScreen(self.app))
        elif key == "guest":
            choose(self.app, None)

    def back(self) -> None:
        """Esc here does not leave: a player is chosen first (Play without a name is one)."""


class NameScreen(PageScreen):
    """Type a nickname on the keyboard, or tap a seat number on the keypad (touch screens
    and whiteboards have no keyboard)."""

    name = "player-name"
    numbered = False  # a keypad: its digits are its labels, not shortcuts
    takes_text = True
    centred = True

    def __init__(self, app: App) -> None:
        super().__init__(app)
        self.typed = ""
        self.problem = ""

    def heading(self) -> str:
        return self.app.strings._("Your nickname or seat number")

    def paragraphs(self) -> list[tuple[str, str]]:
        lines = [((self.typed or "_") + ("|" if self.typed else ""), "heading")]
        if self.problem:
            lines.append((self.problem, "small"))
        return lines

    def describe(self) -> Description:
        """As drawn, but the field says what was typed, without the drawn "_" and "|"
        marks a screen reader or the voice would read out as punctuation."""
        found = super().describe()
        drawn = (self.typed or "_") + ("|" if self.typed else "")
        said = self.typed or self.app.strings._("Nothing typed yet")
        return replace(found, elements=tuple(
            replace(e, text=said) if e.text == drawn else e for e in found.elements))

    def _build(self) -> None:
        """Laid out as a keypad, three keys a row (1 2 3 / 4 5 6 / 7 8 9 / 0 Erase Play),
        with Back in the corner; when large text would hide what was typed or push keys
        off the screen, packed tighter, then four keys a row."""
        for tight, columns in ((False, KEYPAD), (True, KEYPAD), (True, KEYPAD + 1)):
            self.tight = tight
            self._again(columns)
            if self._reach() == 0:
                return

    def corner(self) -> tuple[str, str]:
        return "cancel", self.app.strings._("Back")

    def items(self) -> list[Item]:
        _ = self.app.strings._
        return [*((f"digit:{d}", d, True) for d in "1234567890"),
                ("erase", _("Erase"), bool(self.typed)),
                ("play", _("Play"), bool(self.typed))]

    def handle(self, intent: Intent) -> None:
        if isinstance(intent, Text):
            self._type(intent.text)
            return
        super().handle(intent)

    def _type(self, text: str) -> None:
        self.typed = (self.typed + text)[:24]
        self.problem = ""
        self.rebuild()

    def key(self, name: str) -> None:
        if name == "reread":  # Backspace rubs out
            self.activate("erase")
        elif name == "activate" and not (self.focus_visible and self.focus):
            self.activate("play")
        elif name.isdigit() or name in ("history", "mute"):  # typed letters, not shortcuts
            return
        else:
            super().key(name)

    def activate(self, key: str) -> None:
        if key.startswith("digit:"):
            self._type(key.split(":", 1)[1])
        elif key == "erase":
            self.typed = self.typed[:-1]
            self.rebuild()
        elif key == "play" and self.typed:
            try:
                player = register(self.app.root_dir, self.typed)
            except (BadName, OSError) as err:
                self.problem = str(err)
                self.rebuild()
                return
            choose(self.app, player)
        elif key == "cancel":
            self.app.pop()


def choose(app: App, player: Player | None) -> None:
    """Play as this player (None: the computer's shared folder, as before players)."""
    from .title import TitleScreen

    app.use_player(player)
    app.replace(TitleScreen(app))
