"""Sound: a season's quiet ambience and small interface sounds, each with a caption.

It listens to the campaign session's events, like the autosave does: a season starting
begins its ambience, a choice clicks softly, trust rising or falling plays two notes, an
ending rings. Nothing depends on hearing it: every sound has a caption, shown as a line of
words while it plays (on by default), and the meter's change is also written beside it.

Sound is never allowed to stop or slow the game. School computers often have no audio
device; the mixer is opened once, in a background thread, when the first sound is wanted
(so the first frame never waits for it), and if it cannot open the game plays in silence
and the Settings screen says why. A sound file that cannot be read is skipped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

from game.engine.events import (
    CampaignFinished,
    ChoiceMade,
    EndingReached,
    Event,
    SeasonResumed,
    SeasonStarted,
    TrustChanged,
)
from game.engine.model import Campaign
from game.engine.settings import Settings
from game.lang.catalogue import Strings
from game.lang.marks import N_

CAPTIONS = MappingProxyType({
    "famine": N_("[A dry wind over empty fields]"),
    "war": N_("[A cold winter wind]"),
    "reconstruction": N_("[A soft spring wind, birds far off]"),
    "select": N_("[A soft click]"),
    "trust_up": N_("[Two rising notes: trust grows]"),
    "trust_down": N_("[Two falling notes: trust falls]"),
    "ending": N_("[Three slow notes: the season ends]"),
})
BY_PALETTE = MappingProxyType({"ochre": "famine", "frost": "war",  # for teachers' seasons
                               "meadow": "reconstruction"})
AMBIENCE_CHANNEL = 0
SPEECH_CHANNEL = 1  # self-voicing (`voicing.py`): reserved, so no effect takes it
FADE_MS = 1500
CAPTION_SECONDS = 3.0  # long enough to read a short line
DUCKED = 0.3  # the ambience and effects while speech plays (issue 15)


def ambience_for(season: str, palette: str = "") -> str | None:
    """The shipped seasons have their own; a teacher's season gets one by its palette."""
    if season in CAPTIONS:
        return season
    return BY_PALETTE.get(palette)


class Sound:
    def __init__(self, settings: Callable[[], Settings], folder: Path, strings: Strings,
                 campaign: Campaign | None = None, mixer: Any = None, background: bool = True
                 ) -> None:
        self._settings, self._folder = settings, folder
        self.strings = strings  # the captions' language: the App's, kept in step with it
        self._palettes = {s.id: s.info.palette for s in campaign.seasons} if campaign else {}
        self._mixer = mixer  # pygame.mixer, or a stand-in in tests
        self._background = background
        self._state = "closed"  # closed -> opening -> open | unavailable
        self.unavailable = ""  # why there is no sound, for the Settings screen
        self._sounds: dict[str, Any] = {}
        self._ambience: str | None = None
        self._ducked = False
        self.caption = ""
        self._caption_left = 0.0
        self._lock = threading.Lock()

    # -- the mixer, opened once and never waited for ---------------------------------
    def _open(self) -> None:
        with self._lock:
            if self._state != "closed":
                return
            self._state = "opening"
        if self._background:
            threading.Thread(target=self._init, name="sound", daemon=True).start()
        else:
            self._init()

    def _init(self) -> None:
        try:
            mixer = self._mixer
            if mixer is None:
                import pygame

                mixer = self._mixer = pygame.mixer
            mixer.init(frequency=22_050, size=-16, channels=2, buffer=1024)
            mixer.set_num_channels(8)
            mixer.set_reserved(2)  # the ambience's and the speech's channels
            state = "open"
        except Exception as err:  # no device, no driver: silence, and say why
            self.unavailable = str(err) or type(err).__name__
            state = "unavailable"
        with self._lock:
            self._state = state
        if state == "open" and self._ambience:
            self._start_ambience(self._ambience)

    @property
    def ready(self) -> bool:
        return self._state == "open"

    def _sound(self, name: str) -> Any:
        if name not in self._sounds:
            try:
                self._sounds[name] = self._mixer.Sound(str(self._folder / f"{name}.ogg"))
            except Exception:  # a missing or damaged file: that one sound is skipped
                self._sounds[name] = None
        return self._sounds[name]

    # -- volumes ------------------------------------------------------------------------
    def _volume(self, kind: str) -> float:
        s = self._settings()
        if s.muted:
            return 0.0
        level = {"music": s.music_volume, "effects": s.effects_volume,
                 "speech": s.speech_volume}[kind] / 100
        return level * (DUCKED if kind != "speech" and self._ducked else 1.0)

    def apply(self) -> None:
        """Settings changed: the ambience follows at once."""
        if self.ready:
            self._mixer.Channel(AMBIENCE_CHANNEL).set_volume(self._volume("music"))

    def duck(self, on: bool) -> None:
        """Lower the ambience (and any effect that starts) while speech plays, and bring it
        back after."""
        self._ducked = on
        self.apply()

    @property
    def ducked(self) -> bool:
        return self._ducked

    # -- speech (self-voicing's lines, made by `speech.py`) ------------------------------
    def play_speech(self, wav: bytes) -> bool | None:
        """Play one spoken line (a WAV file's bytes) on the speech channel: True if it
        plays, None while the mixer is still opening (try again), False when there is no
        sound to play it on or the mixer cannot read it."""
        if not self.ready:
            self._open()
            if not self.ready:
                return False if self._state == "unavailable" else None
        volume = self._volume("speech")
        try:
            import io

            sound = self._mixer.Sound(file=io.BytesIO(wav))
            channel = self._mixer.Channel(SPEECH_CHANNEL)
            channel.set_volume(volume)
            channel.play(sound)
        except Exception:  # a line the mixer cannot read: skipped, never a crash
            return False
        return True

    def speech_busy(self) -> bool:
        return self.ready and bool(self._mixer.Channel(SPEECH_CHANNEL).get_busy())

    def stop_speech(self) -> None:
        if self.ready:
            self._mixer.Channel(SPEECH_CHANNEL).stop()

    # -- what plays ---------------------------------------------------------------------
    def ambience(self, name: str | None) -> None:
        if name == self._ambience:
            return
        self._ambience = name
        if name:
            self._tell(name)
        if not self.ready:
            self._open()
            return
        self._start_ambience(name)

    def _start_ambience(self, name: str | None) -> None:
        channel = self._mixer.Channel(AMBIENCE_CHANNEL)
        channel.fadeout(FADE_MS)
        sound = self._sound(name) if name else None
        if sound is not None:
            channel.play(sound, loops=-1, fade_ms=FADE_MS)
            channel.set_volume(self._volume("music"))

    def effect(self, name: str) -> None:
        self._tell(name)
        if not self.ready:
            self._open()  # in the background: this sound is skipped, the next ones play
            if not self.ready:
                return
        volume = self._volume("effects")
        sound = self._sound(name) if volume > 0 else None
        if sound is not None:
            channel = self._mixer.find_channel(True)
            if channel is not None and channel.id != AMBIENCE_CHANNEL:
                channel.set_volume(volume)
                channel.play(sound)

    def _tell(self, name: str) -> None:
        if self._settings().captions and name in CAPTIONS:
            self.caption = self.strings._(CAPTIONS[name])
            self._caption_left = CAPTION_SECONDS

    def update(self, dt: float) -> bool:
        """Count the caption down; True when it has just gone (the window redraws)."""
        if self._caption_left > 0:
            self._caption_left -= dt
            if self._caption_left <= 0:
                self.caption = ""
                return True
        return False

    # -- the engine's events ------------------------------------------------------------
    def hear(self, event: Event) -> None:
        if isinstance(event, (SeasonStarted, SeasonResumed)):
            self.ambience(ambience_for(event.season, self._palettes.get(event.season, "")))
        elif isinstance(event, ChoiceMade):
            self.effect("select")
        elif isinstance(event, TrustChanged) and event.delta:
            self.effect("trust_up" if event.delta > 0 else "trust_down")
        elif isinstance(event, EndingReached):
            self.effect("ending")
        elif isinstance(event, CampaignFinished):
            self.ambience(None)
