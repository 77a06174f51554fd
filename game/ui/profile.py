"""What the window offers, by profile: a home computer, a classroom, a museum kiosk.

Screens ask the profile instead of hard-coding Quit, F11 or Settings, so a kiosk or a
classroom mode switches features without editing screens. No pygame here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType

# Item keys (of the title, the pause menu, the settings and problem pages) that a
# capability below switches on or off.
CAPABILITY_OF = MappingProxyType({"quit": "quit", "settings": "settings",
                                  "choose": "season_picker", "fullscreen": "fullscreen_toggle",
                                  "players": "players", "slots": "players"})


@dataclass(frozen=True)
class Profile:
    """The actions the window offers; the default is a home computer (today's behaviour)."""

    name: str = "home"
    quit: bool = True               # Quit on the title and the menu, Close on the problem page
    fullscreen_toggle: bool = True  # F11, and the full screen row in Settings
    fullscreen: bool = False        # always full screen, whatever the settings say
    settings: bool = True           # Settings on the title and in the menu
    season_picker: bool = True      # "Choose a season" on the title
    players: bool = True            # "Who is playing?": each student's own saves and settings
    debounce: float = 0.0           # seconds after a tap is taken in which another is ignored
    hidden: frozenset[str] = field(default_factory=frozenset)  # any other item keys to leave out
    touch: bool = False             # a touch screen: the scroll bar takes a finger's width

    def offers(self, key: str) -> bool:
        """Whether a page item with this key exists in this profile."""
        capability = CAPABILITY_OF.get(key)
        return key not in self.hidden and (capability is None or getattr(self, capability))


HOME = Profile()
# A museum kiosk: a visitor cannot leave the game, leave full screen or change the settings
# for the next visitor. (Idle reset and the attract loop belong to the kiosk mode itself.)
KIOSK = Profile(name="kiosk", quit=False, fullscreen_toggle=False, fullscreen=True,
                settings=False, players=False, touch=True, debounce=0.5)
PROFILES = MappingProxyType({profile.name: profile for profile in (HOME, KIOSK)})
