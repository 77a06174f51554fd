"""Self-voicing: what the game says aloud, and when (issue 15; Ren'Py's is the model).

Pure: no pygame, no speech engine. `page` turns a screen description (`describe.py`) into
an ordered list of `Utterance`s: the heading, the picture's description, the passage, each
change with its reason, then the choices and buttons with their numbers (a closed choice
says why). `Voice` decides when: a new page interrupts and is read whole; on the same page,
whatever gains the focus ring is read at once, and lines that appear later (an outcome's
changes once its text is told) are read after what is being said. The changes a choice
made come from the engine's events (`hear`), worded by `game.present.lines`, so an outcome
says them after its passage even while the screen still holds them back; the description's
own line for a change already said is not said twice.

Speaking goes through a `Synth` (text -> WAV bytes, `speech.py` has the engines) run off
the frame loop (`run_job`: a thread in the game, at once in tests) and a `Player` (the
mixer's speech channel, `Sound`). While it speaks the other sounds are ducked. V turns it
on and off, R reads the page again, Ctrl stops it (docs/self-voicing.md).
"""

from __future__ import annotations

import contextlib
import queue
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from game.engine.events import Change, ChoiceMade, Event, SceneEntered, SeasonResumed, SeasonStarted
from game.engine.settings import Settings
from game.lang.catalogue import Strings
from game.lang.marks import N_
from game.lang.pronounce import NONE, Pronunciations
from game.present.heard import Heard

from .describe import Description, Element

SKIPPED_KEYS = frozenset({"reread", "menu"})  # the top bar's Back and Menu: read on focus only
TOP_BAR = frozenset({"title", "status", "meter"})  # the season, resources, meter: on request
PICTURE = N_("Picture: {description}")
NOT_AVAILABLE = N_("{label} (not available now)")
ON = N_("Reading aloud on. Press V to turn it off, R to hear the page again, Ctrl to stop.")
ON_TOUCH = N_("Reading aloud on.")  # the kiosk's button: a visitor may have no keyboard
OFF = N_("Reading aloud off.")
# How signs and fractions on screen are said: espeak-ng's Russian drops a minus ("Зерно -1"
# came out as "зерно один") and reads 54/100 as "54 slash 100".
# TRANSLATORS: spoken aloud for "+4" on screen
PLUS = N_("plus {n}")
# TRANSLATORS: spoken aloud for "-1" on screen
MINUS = N_("minus {n}")
# TRANSLATORS: spoken aloud for "54/100" on screen
OUT_OF = N_("{n} out of {most}")
KEYS = N_("Keys {first} to {last}, or type on the keyboard")  # a keypad, not each key
SIGNED = re.compile(r"(?<![\w/])([+\-\u2212])(\d+)\b")
FRACTION = re.compile(r"\b(\d+)/(\d+)\b")


@dataclass(frozen=True)
class Utterance:
    text: str
    language: str
    slot: int | None = field(default=None, compare=False)  # its element's place on screen


def spoken(text: str, strings: Strings) -> str:
    """A line as the engine is given it: "+4" as "plus 4", "-1" as "minus 1", "54/100" as
    "54 out of 100", in the player's language (what is shown is unchanged)."""
    def sign(found: re.Match[str]) -> str:
        words = PLUS if found.group(1) == "+" else MINUS
        return strings._(words, n=found.group(2))

    text = FRACTION.sub(lambda m: strings._(OUT_OF, n=m.group(1), most=m.group(2)), text)
    return SIGNED.sub(sign, text)


def said(element: Element, strings: Strings) -> str:
    """One element as spoken: a choice or button with its number, a closed one saying so,
    a picture as its description."""
    text = element.text.strip()
    if element.role == "image":
        return strings._(PICTURE, description=text) if text else ""
    if element.role in ("choice", "button"):
        if element.number is not None:
            text = f"{element.number}. {text}"
        if element.enabled is False and element.role == "button":
            text = strings._(NOT_AVAILABLE, label=text)
    return text


def page(description: Description, strings: Strings, changes: Sequence[str] = ()
         ) -> list[Utterance]:
    """What a new screen says, in order: heading, picture, passage and notes, `changes`
    (an outcome's, from the events; the description's own lines for them are skipped), then
    what can be pressed. The top bar's season title, resources and meter are left out (its
    meter's note is a change, said from `changes`), and so are its Back and Menu buttons and
    the cue that more choices follow: what they say is read elsewhere."""
    language = strings.language
    Said = tuple[str, int | None]
    text: list[Said] = []
    pictures: list[Said] = []
    pressable: list[Said] = []
    headed = False
    for index, element in enumerate(description.elements):
        role = element.role
        if role in TOP_BAR or role == "status":
            continue
        if role == "note" and index and description.elements[index - 1].role == "meter":
            continue  # the meter's note is one of `changes`
        if role in ("choice", "button"):
            if element.key not in SKIPPED_KEYS:
                pressable.append((said(element, strings), index))
            continue
        words = said(element, strings)
        if not words:
            continue
        if role == "image":
            (text if headed else pictures).append((words, index))  # after the page's heading
            continue
        if words in changes:
            continue  # said from the events, after the passage
        text.append((words, index))
        if role == "heading" and not headed:
            headed = True
            text += pictures
            pictures = []
    lines = [*pictures, *text, *((line, None) for line in changes),
             *keypad(pressable, description, strings)]
    return [Utterance(line, language, slot) for line, slot in lines if line]


def keypad(pressable: list[tuple[str, int | None]], description: Description,
           strings: Strings) -> list[tuple[str, int | None]]:
    """A run of five or more one-letter keys (the name screen's keypad) said as one line,
    not key by key: the student hears what the keys are, then what else can be pressed."""
    out: list[tuple[str, int | None]] = []
    run: list[tuple[str, int | None]] = []

    def close() -> None:
        if len(run) >= 5:
            out.append((strings._(KEYS, first=run[0][0], last=run[-1][0]), run[0][1]))
        else:
            out.extend(run)
        run.clear()

    for words, slot in pressable:
        element = description.elements[slot] if slot is not None else None
        if element is not None and len(element.text.strip()) == 1 and words == element.text.strip():
            run.append((words, slot))
            continue
        close()
        out.append((words, slot))
    close()
    return out


def focused(description: Description) -> Element | None:
    return next((e for e in description.elements if e.focused), None)


def identity(description: Description) -> tuple[str, ...]:
    """What makes a page the same page: its screen and headings and first paragraph."""
    heads = [e.text for e in description.elements if e.role == "heading"]
    first = next((e.text for e in description.elements if e.role == "paragraph"), "")
    return (description.screen, *heads, first)


class Synth(Protocol):
    """A speech engine: `speech.py` (espeak-ng, SAPI 5, `say`) or a fake in tests."""

    name: str
    phonemes: bool  # reads espeak-ng's [[phonemes]]

    def synth(self, text: str, language: str, speed: str = "normal") -> bytes: ...


class Player(Protocol):
    """Where speech is heard: the mixer's speech channel (`Sound`)."""

    def play_speech(self, wav: bytes) -> bool | None: ...  # None: not ready yet, try again

    def speech_busy(self) -> bool: ...

    def stop_speech(self) -> None: ...

    def duck(self, on: bool) -> None: ...


class Worker:
    """One thread that makes speech, started when the first line is wanted: synthesis
    never blocks a frame, and a game that never speaks starts no thread."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None]] | None = None

    def __call__(self, job: Callable[[], None]) -> None:
        if self._jobs is None:
            jobs: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()

            def work() -> None:
                while True:
                    jobs.get()()

            threading.Thread(target=work, name="voice", daemon=True).start()
            self._jobs = jobs
        self._jobs.put(job)


@dataclass
class _Line:
    utterance: Utterance
    generation: int
    wav: bytes | None = None
    failed: str = ""
    asked: bool = False
    fresh: bool = False  # appeared on a page already being read (`Voice.look`)
    announcement: bool = False  # a banner or notice: kept when a new page interrupts


@dataclass
class Voice:
    """When to say what. `settings()` says whether it is on (`Settings.self_voicing`);
    `synth()` gives the engine (or None with `unavailable` saying why, e.g. "no
    voice on this computer"), asked only when something is first said; `pronunciations`
    the season's table; `log` takes one line when an engine fails."""

    settings: Callable[[], Settings]
    strings: Callable[[], Strings]
    player: Player
    synth: Callable[[], tuple[Synth | None, str]]
    words: Callable[[list[Change]], list[str]] = lambda changes: []
    pronunciations: Callable[[str], Pronunciations] = lambda season: NONE
    log: Callable[[str], None] = lambda line: None
    run_job: Callable[[Callable[[], None]], None] = field(default_factory=Worker)
    heard: Heard = field(default_factory=Heard)
    last_page: list[Utterance] = field(default_factory=list)
    unavailable: str = ""
    _queue: list[_Line] = field(default_factory=list)
    _playing: bool = False
    _ducked: bool = False
    _generation: int = 0
    _engine: Synth | None = None
    _asked_engine: bool = False
    _table: Pronunciations = NONE
    _page: tuple[str, ...] = ()
    _said: set[str] = field(default_factory=set)
    _focus: tuple[str | None, str] | None = None
    _failed: bool = False
    _after_toggle: bool = False
    _broken: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def on(self) -> bool:
        return bool(self.settings().self_voicing) and not self._broken

    def guarded(self, action: Callable[..., object], *args: object) -> None:
        """Run one piece of the voice from the window's loop: a failure of ours (or of the
        mixer) is one line in the log and the voice falls silent; the game goes on."""
        if self._broken:
            return
        try:
            action(*args)
        except Exception as err:
            self._broken = True
            self.unavailable = f"{type(err).__name__}: {err}"
            self.log(f"self-voicing stopped: {self.unavailable}")
            with self._lock:
                self._queue = []
            self._playing = False
            with contextlib.suppress(Exception):  # the ambience back up, if it still answers
                self._duck(False)

    # -- the engine's events ---------------------------------------------------------------
    def hear(self, event: Event) -> None:
        self.heard(event)
        if isinstance(event, (SeasonStarted, SeasonResumed)):
            self._table = self.pronunciations(event.season)
        if isinstance(event, (ChoiceMade, SceneEntered)):
            self._page = ()  # what follows is a new page, whatever it looks like

    # -- what the screen shows ---------------------------------------------------------------
    def look(self, description: Description) -> None:
        """After a frame that drew: say what is new on the screen, if self-voicing is on."""
        if not self.on:
            return
        now = identity(description)
        element = focused(description)
        focus = (element.key, element.text) if element is not None else None
        if now != self._page:
            changes = self.words(list(self.heard.changes)) if description.screen == \
                "outcome" and self.heard.choice is not None else []
            lines = page(description, self.strings(), changes)
            self._page, self._focus = now, focus
            self._said = {u.text for u in lines}
            self.last_page = lines
            self.say(lines, interrupt=not self._after_toggle)
            self._after_toggle = False
            return
        if focus is not None and focus != self._focus and element is not None:
            self._focus = focus
            words = said(element, self.strings())
            self._said.add(words)
            self.say([Utterance(words, self.strings().language)])
            return
        self._focus = focus
        fresh = [u for u in page(description, self.strings()) if u.text not in self._said]
        if fresh:
            self._said |= {u.text for u in fresh}
            self.last_page = [*self.last_page, *fresh]
            slots = {u.slot for u in fresh if u.slot is not None}
            with self._lock:  # a line that changes as it waits (a countdown): only the latest
                self._queue = [line for line in self._queue  # (the one playing is not here)
                               if not (line.fresh and line.utterance.slot in slots)]
            self.say(fresh, interrupt=False, fresh=True)

    # -- speaking ----------------------------------------------------------------------------
    def say(self, lines: Sequence[Utterance], interrupt: bool = True, fresh: bool = False
            ) -> None:
        """Queue `lines` (after stopping what is being said, with `interrupt`); `fresh`:
        lines that appeared on a page being read, which a newer version replaces."""
        kept: list[Utterance] = []
        if interrupt:  # a banner not yet said is said after the new page, not lost
            kept = [line.utterance for line in self._queue if line.announcement]
            self.stop()
        with self._lock:
            self._queue += [_Line(u, self._generation, fresh=fresh) for u in lines
                            if u.text.strip()]
            self._queue += [_Line(u, self._generation, announcement=True) for u in kept]
        self.tick()

    def announce(self, text: str) -> None:
        """A banner or a notice: said after what is being said, if reading aloud is on."""
        if self.on and text.strip():
            with self._lock:
                self._queue.append(_Line(Utterance(text, self.strings().language),
                                         self._generation, announcement=True))
            self.tick()

    def replay(self) -> None:
        """R: the page again, from the start."""
        if self.on and self.last_page:
            self.say(self.last_page)

    def stop(self) -> None:
        """Ctrl, V, or a new page: silence now; the ambience comes back up."""
        with self._lock:
            self._generation += 1
            self._queue = []
        if self._playing:
            self.player.stop_speech()
            self._playing = False
        self._duck(False)

    def toggled(self, keys: bool = True) -> None:
        """Self-voicing was just turned on or off (V, the setting, the kiosk's button; `keys`:
        the announcement names the keys). The page is then read after the announcement."""
        strings = self.strings()
        self._page, self._after_toggle = (), True
        if self.on:
            self.say([Utterance(strings._(ON if keys else ON_TOUCH), strings.language)])
        else:
            self.say([Utterance(strings._(OFF), strings.language)])

    def forget(self) -> None:
        """A new visitor (the kiosk): nothing of the last page is kept."""
        self.stop()
        self._page, self._focus, self.last_page = (), None, []
        self.heard.clear()

    @property
    def speaking(self) -> bool:
        return self._playing or bool(self._queue)

    def tick(self) -> bool:
        """From the loop's tick: start the next line when the last has ended, ask for the
        one after it to be made. Cheap when silent: nothing queued returns at once. True
        when a line has just ended or begun."""
        if not self._queue and not self._playing:
            return False
        if self._playing:
            if self.player.speech_busy():
                return False
            self._playing = False
        engine = self._engine_now()
        if engine is None:
            with self._lock:
                self._queue = []
            self._duck(False)
            return True
        with self._lock:
            head = self._queue[0] if self._queue else None
            ahead = self._queue[:2]
        for line in ahead:
            if not line.asked:
                line.asked = True
                self.run_job(self._make(engine, line))
        if head is None:
            self._duck(False)
            return True
        if head.failed:
            with self._lock:
                if self._queue and self._queue[0] is head:
                    self._queue.pop(0)
            if not self._failed:
                self._failed = True
                self.log(f"self-voicing: {engine.name} could not speak: {head.failed}")
            return self.tick()
        if head.wav is None:
            return False  # still being made: the next tick looks again
        self._duck(True)
        played = self.player.play_speech(head.wav)
        if played is None:
            return False  # the sound is still opening: the next tick tries again
        with self._lock:
            if self._queue and self._queue[0] is head:
                self._queue.pop(0)
        if played:
            self._playing = True
        return True

    def _make(self, engine: Synth, line: _Line) -> Callable[[], None]:
        text = self._table.apply(spoken(line.utterance.text, self.strings()),
                                 line.utterance.language, engine.phonemes)
        speed = self.settings().speech_speed  # "normal": the engine's own (the system's)

        def job() -> None:
            if line.generation != self._generation:
                return  # interrupted before it was made
            try:
                line.wav = engine.synth(text, line.utterance.language, speed)
            except Exception as err:  # an engine that fails is a line in the log, never a crash
                line.failed = str(err) or type(err).__name__

        return job

    def available(self) -> str:
        """"" when a speech engine is there; else why not (for the Sound settings)."""
        self._engine_now()
        return self.unavailable

    def _engine_now(self) -> Synth | None:
        if not self._asked_engine:
            self._asked_engine = True
            self._engine, self.unavailable = self.synth()
            if self._engine is None:
                self.log(f"self-voicing: {self.unavailable}")
        return self._engine

    def _duck(self, on: bool) -> None:
        if on != self._ducked:
            self._ducked = on
            self.player.duck(on)
