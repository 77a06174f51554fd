"""The window: a stack of screens, and a loop that sleeps when nothing changes.

The loop redraws only when an input or an animation changed something, and when the screen
says which boxes changed (text revealing, the meter sliding, the focus ring moving) only
those are repainted and presented (`damage.py`); anything else repaints the whole window.
When nothing animates it polls events twenty times a second and sleeps in between, which
keeps an idle kiosk under 1 % of a core (`pygame.event.wait(timeout)` was measured waking
about 900 times a second, see docs/architecture.md); while something animates it runs at 60
frames a second.
Any unexpected error becomes a friendly screen and a line in the data folder's log.
"""

from __future__ import annotations

import dataclasses
import os
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pygame

from game.engine.model import Campaign
from game.engine.players import Player
from game.engine.settings import Settings, load_settings, save_settings
from game.lang.catalogue import Strings
from game.lang.translate import strings_for
from game.present.places import save_path

from .describe import Description, Element, Rect
from .fonts import FontBook
from .images import Images
from .input import Close, Down, Intent, Key, Resized, Translator
from .layout import Box, Metrics
from .profile import HOME, Profile
from .screen import Screen
from .theme import Theme, theme_for

IDLE_SLEEP = 0.05  # seconds between event polls when nothing moves
FRAME = 1 / 60
MAX_PANEL_LINES = 10  # lines of notices in the panel over the screen
# events after which the window must be presented whole (another window uncovered it)
UNCOVERED = (pygame.VIDEOEXPOSE, pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED,
             pygame.WINDOWSHOWN)
FOCUS_EVENTS = (pygame.WINDOWFOCUSGAINED, pygame.WINDOWFOCUSLOST)  # told to the bridge
PLACE_EVENTS = (pygame.WINDOWMOVED, pygame.WINDOWSIZECHANGED)  # so is where the window is


class Notices:
    """Messages waiting for the screen that shows them (the title). Each is shown once: a
    message already told is not queued again (a damaged save's note used to come back on
    every visit to the title), and `take` hands the waiting ones over."""

    def __init__(self, messages: Iterable[str] = ()) -> None:
        self._waiting: list[str] = []
        self._told: set[str] = set()
        self += messages

    def append(self, message: str, again: bool = False) -> None:
        """Queue a message, unless it was told before (`again`: tell it anyway, for news
        that can come back, such as what watch mode's explore finds after each save)."""
        if message and (again or message not in self._told):
            self._told.add(message)
            self._waiting.append(message)

    def __iadd__(self, messages: Iterable[str]) -> Notices:
        for message in messages:
            self.append(message)
        return self

    def take(self) -> list[str]:
        taken, self._waiting = self._waiting, []
        return taken

    def __iter__(self) -> Iterator[str]:
        return iter(self._waiting)

    def __len__(self) -> int:
        return len(self._waiting)


class App:
    """The window and its loop.

    `profile` says which actions exist (Quit, F11, Settings...). `clock` (seconds, only
    differences matter) and `sleep` drive the loop, so tests and a kiosk's idle policy can
    run it on a fake clock. `on_input(time)` is called whenever a person did something
    (a key, a click, a finger, the wheel), and `last_input_at` keeps the time of the last.
    """

    def __init__(self, campaign: Campaign | None, data_dir: Path,
                 surface: pygame.Surface | None = None, size: tuple[int, int] = (1280, 720),
                 settings: Settings | None = None, notices: list[str] | None = None,
                 profile: Profile = HOME, clock: Callable[[], float] = time.perf_counter,
                 sleep: Callable[[float], None] = time.sleep,
                 on_input: Callable[[float], None] | None = None) -> None:
        pygame.font.init()
        self.data_dir = data_dir
        self.root_dir = data_dir  # the computer's folder; a player's is inside it
        self.player = ""  # who is playing (`use_player`); "" for the shared folder
        self.campaign = campaign
        self.profile = profile
        self.clock, self.sleep, self.on_input = clock, sleep, on_input
        self.last_input_at = clock()
        self.last_tap = -1e9  # when the last tap was taken (`Profile.debounce`)
        self.notices = Notices(notices or [])
        if settings is None:
            settings, problems = load_settings(data_dir / "settings.json")
            self.notices += problems
        self.settings = settings
        self.strings = strings_for(campaign, settings.language, self.notices)  # the UI's words
        self.headless = surface is not None
        self.surface = surface or self._open_window(size)
        # the window's size before full screen (a game started full screen gets the default)
        self.windowed: tuple[int, int] = size if self.fullscreen else self.surface.get_size()
        width, height = self.surface.get_size()
        self.metrics = self.metrics_for(width, height)
        self.fonts = FontBook(self.metrics)
        self.fonts.use(settings.font)
        self.images = Images()
        from game import assets

        from .sound import Sound

        self.sound = Sound(lambda: self.settings, assets.sound(), self.strings, campaign)
        self.voice = self._voice()  # self-voicing (voicing.py), off unless the setting is on
        self.translator = Translator((width, height))
        self.access = None if self.headless else self._bridge()  # screen readers (access.py)
        self.tell_bridge_where()
        self.stack: list[Screen] = []
        self.running = True
        self.dirty = True  # repaint the whole window on the next step
        self.damage: list[Box] = []  # or only these boxes (`damage.py`)
        self.save_path = save_path(data_dir, campaign.id if campaign else "none")
        self._timers: list[list] = []  # [interval, time left, action]
        self.banner = ""
        self._banner_left = 0.0
        self.panel: list[str] = []  # notices shown over the screen until a key or click
        # The summary saves a student's `.vrplay` hand-in file; drawings for handouts
        # (`render`) and tests of a screen set this off.
        self.keeps_hand_ins = True
        self.teacher = False  # `play --teacher`: choices show their costs and conditions
        # A mode that runs the window its own way (the kiosk) sends some screens elsewhere:
        # every way back to the title leads to its attract loop instead.
        self.redirect: Callable[[Screen], Screen] = lambda screen: screen
        # The campaign put into another language from the words it was written in, for the
        # title's language picker (`change_language`); None where that is not offered.
        self.retell: Callable[[str], Campaign] | None = None

    def use_player(self, player: Player | None) -> None:
        """From now on, this player's saves and settings (None: the shared ones)."""
        folder = player.folder if player is not None else self.root_dir
        self.player = player.name if player is not None else ""
        self.data_dir = folder
        self.save_path = save_path(folder, self.campaign.id if self.campaign else "none")
        settings, problems = load_settings(folder / "settings.json")
        self.notices += problems
        if settings.language != self.settings.language:
            settings = settings.but(language=self.settings.language)  # used from next start
        self.apply(settings)

    # -- the window -----------------------------------------------------------------
    def _open_window(self, size: tuple[int, int]) -> pygame.Surface:
        from . import icon, memory, present

        memory.return_big_blocks()  # freed surfaces go back to the system (memory.py)
        present.choose()  # before SDL's video starts: it reads the setting once
        icon.name_the_window()
        pygame.display.init()
        from .screens.title import caption_of

        pygame.display.set_caption(caption_of(self.campaign))  # the teacher's, not the game's
        pygame.display.set_icon(icon.picture())  # before the window exists, as SDL asks
        pygame.key.set_repeat(400, 60)
        if self.fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        real = pygame.display.get_driver() not in ("dummy", "offscreen")  # no desktop there
        desktops = pygame.display.get_desktop_sizes() if real else []
        return pygame.display.set_mode(present.fit(size, desktops[0] if desktops else None),
                                       pygame.RESIZABLE)

    def _bridge(self):  # type: ignore[no-untyped-def]
        """The screen-reader bridge, or None (no accesskit, no real window)."""
        from . import access
        from .screens.title import caption_of

        return access.start(caption_of(self.campaign), pygame.display.get_driver(), self.log,
                            pygame.display.get_wm_info)

    def _voice(self):  # type: ignore[no-untyped-def]
        """Self-voicing: the engine is looked for only when something is first said."""
        from game.engine.events import Change
        from game.lang import pronounce
        from game.present.lines import change_lines

        from .voicing import Voice

        def engine():  # type: ignore[no-untyped-def]
            from . import speech  # subprocess and wave: loaded when something is first said

            return speech.choose()

        tables: dict[str, pronounce.Pronunciations] = {}

        def words(changes: list[Change]) -> list[str]:
            run = getattr(self.top, "run", None) if self.stack else None
            return change_lines(self.strings, run.season, changes) if run is not None else []

        def table(season_id: str) -> pronounce.Pronunciations:
            season = next((s for s in self.campaign.seasons if s.id == season_id), None) \
                if self.campaign else None
            if season is None:
                return pronounce.NONE
            path = pronounce.table_path(season.path, season.id)
            if str(path) not in tables:
                found = pronounce.load_pronunciations(path)
                if isinstance(found, pronounce.Problem):
                    self.log(f"self-voicing: {found}")
                    self.notices.append(str(found))
                tables[str(path)] = found if isinstance(found, pronounce.Pronunciations) \
                    else pronounce.NONE
            return tables[str(path)]

        return Voice(lambda: self.settings, lambda: self.strings, self.sound, engine,
                     words, table, self.log)

    def resize(self, width: int, height: int) -> None:
        if not self.headless:
            self.surface = pygame.display.get_surface()
            width, height = self.surface.get_size()
        self.metrics = self.metrics_for(width, height)
        self.fonts.resize(self.metrics)
        self.fonts.use(self.settings.font)
        self.translator.size = (width, height)
        for screen in self.stack:
            screen.rebuild()
        self.dirty = True

    def metrics_for(self, width: int, height: int) -> Metrics:
        """Sizes for the window from the settings: the text size and the text spacing."""
        return Metrics(width, height, self.settings.text_scale / 100, self.settings.text_spacing)

    @property
    def strings(self) -> Strings:
        """The UI's words; setting them (a new language) re-words the sound captions too."""
        return self._strings

    @strings.setter
    def strings(self, strings: Strings) -> None:
        self._strings = strings
        if hasattr(self, "sound"):
            self.sound.strings = strings

    def change_language(self, language: str, setting: str | None = None) -> bool:
        """The whole game in `language` at once, from the title: the seasons are put into it
        again from their own words (`retell`), the UI's words follow, and the setting is kept.
        False when this window cannot (it was given no `retell`: a drawing, a test). The
        setting kept is `setting` when given ("": the computer's language)."""
        if self.retell is None:
            return False
        campaign = self.retell(language)
        self.campaign = campaign
        self.strings = strings_for(campaign, language)
        self.apply(self.settings.but(language=language if setting is None else setting))
        return True

    @property
    def fullscreen(self) -> bool:
        return self.profile.fullscreen or self.settings.fullscreen

    def toggle_fullscreen(self) -> None:
        if self.profile.fullscreen_toggle:
            self.apply(self.settings.but(fullscreen=not self.settings.fullscreen))

    def apply(self, settings: Settings) -> None:
        """Use new settings now, and keep them for next time."""
        was_fullscreen, was_voicing = self.fullscreen, self.settings.self_voicing
        self.settings = settings
        self.sound.apply()
        if settings.self_voicing != was_voicing:
            self.voice.toggled()
        try:
            save_settings(self.data_dir / "settings.json", settings)
        except OSError as err:
            self.notices.append(self.strings._("Settings could not be saved ({why}).",
                                                why=err.strerror or err))
        if self.fullscreen != was_fullscreen and not self.headless:
            if self.fullscreen:  # leaving full screen gives back the window as it was
                self.windowed = self.surface.get_size()
                self.surface = pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                self.surface = pygame.display.set_mode(self.windowed, pygame.RESIZABLE)
        self.resize(*self.surface.get_size())

    def theme(self, palette: str | None) -> Theme:
        return theme_for(palette, self.settings.high_contrast)

    # -- the stack ------------------------------------------------------------------
    @property
    def top(self) -> Screen:
        return self.stack[-1]

    def push(self, screen: Screen) -> None:
        self.stack.append(screen)
        screen.rebuild()
        self.dirty = True

    def pop(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()
            self.top.rebuild()
            self.dirty = True

    def replace(self, screen: Screen) -> None:
        screen = self.redirect(screen)
        self.stack = [screen]
        screen.rebuild()
        self.dirty = True

    def quit(self) -> None:
        self.running = False

    # -- the loop -------------------------------------------------------------------
    def dispatch(self, intent: Intent) -> None:
        if isinstance(intent, Close):
            if self.profile.quit:  # a kiosk's window cannot be closed by a visitor (Alt+F4)
                self.quit()
        elif isinstance(intent, Resized):
            self.resize(intent.width, intent.height)
        elif isinstance(intent, Key) and intent.name == "fullscreen":
            self.toggle_fullscreen()  # only where the profile has the toggle
        elif isinstance(intent, Key) and intent.name in ("voice", "replay", "hush") \
                and not self.top.takes_text:
            self.voice_key(intent.name)
            return
        elif self.panel and isinstance(intent, (Key, Down)):
            self.panel = []  # closing the panel is all this key or press does
        elif isinstance(intent, Key) and intent.name == "mute" and not self.top.takes_text:
            self.apply(self.settings.but(muted=not self.settings.muted))
            self.show_banner(self.strings._("Sound off (M to turn it on)") if self.settings.muted
                             else self.strings._("Sound on"))
        else:
            top = self.top
            top.changed = None
            top.handle(intent)
            if isinstance(intent, Key) and top is self.top and top.changed is not None:
                self.damage += top.changed  # a key that only moved the focus ring
                return
        self.dirty = True

    def voice_key(self, name: str) -> None:
        """V turns reading aloud on and off (as in Ren'Py), R reads the page again, Ctrl
        stops it (as screen readers do)."""
        if name == "voice":
            why = self.voice.available()
            if why and not self.settings.self_voicing:  # nothing to speak with: say so
                self.show_banner(self.strings._(
                    "Reading aloud needs a speech engine, and none was found ({why}).",
                    why=why), spoken=False)
                return
            on = not self.settings.self_voicing
            self.apply(self.settings.but(self_voicing=on))
            self.show_banner(self.strings._("Reading aloud on (V to turn it off)") if on
                             else self.strings._("Reading aloud off (V to turn it on)"), 4.0,
                             spoken=False)
        elif name == "replay" and self.settings.self_voicing:
            self.voice.replay()
        elif name == "hush":
            self.voice.stop()

    def every(self, seconds: float, action) -> None:  # type: ignore[no-untyped-def]
        """Run `action` about every `seconds` (watch mode looks at its file this way)."""
        self._timers.append([seconds, seconds, action])

    def show_notices(self) -> None:
        """Show the waiting notices in a small panel over the screen (the title shows its
        own); the next key, click or touch closes it and does nothing else."""
        taken = self.notices.take()
        if taken:
            self.panel = taken
            self.dirty = True
            for notice in taken:
                self.voice.announce(notice)

    def show_banner(self, text: str, seconds: float = 8.0, spoken: bool = True) -> None:
        """A line at the bottom for `seconds`; read aloud too (after what is being said)
        when reading aloud is on, unless it says what was just said (`spoken`)."""
        self.banner, self._banner_left = text, seconds
        self.dirty = True
        if spoken:
            self.voice.announce(text)

    def _tick(self, dt: float) -> None:
        for timer in self._timers:
            timer[1] -= dt
            if timer[1] <= 0:
                timer[1] = timer[0]
                self.guarded(timer[2])
        if self.sound.update(dt):
            self.dirty = True
        self.voice.guarded(self.voice.tick)  # the next spoken line, if due (cheap if silent)
        if self._banner_left > 0:
            self._banner_left -= dt
            if self._banner_left <= 0:
                self.banner = ""
                self.dirty = True

    def step(self, dt: float) -> bool:
        """Handle waiting events, advance animations, draw if needed. True if animating."""
        self._tick(dt)
        for event in pygame.event.get():
            if event.type in UNCOVERED:
                self.dirty = True  # what the window showed may be gone: present it all again
            intent = self.translator.translate(event)
            if intent is not None:  # every intent is dispatched, which marks what it changed
                if not isinstance(intent, (Resized, Close)):
                    self.noticed_input()
                self.guarded(self.dispatch, intent)
            if self.access is not None and event.type in FOCUS_EVENTS:
                self.access.focus_changed(event.type == pygame.WINDOWFOCUSGAINED)
            if self.access is not None and event.type in PLACE_EVENTS:
                self.tell_bridge_where()
        for intent in self.access.intents() if self.access is not None else ():
            self.noticed_input()  # a screen reader's click or focus: the one input path
            self.guarded(self.dispatch, intent)
        top = self.top
        top.changed = None
        animating = bool(self.guarded(top.update, dt))
        if animating:
            if top is self.top and top.changed is not None:
                self.damage += top.changed
            else:
                self.dirty = True
        drew = self.dirty or bool(self.damage)
        if self.dirty:
            self.guarded(self.draw)
        elif self.damage:
            self.guarded(self.draw_areas)
        if self.access is not None:  # the tree follows what was drawn, if it changed
            self.access.refresh(self.describe, drew)
        if drew and self.voice.on:  # self-voicing says what is new on the screen; the banner
            # and notices it announces itself (show_banner), so it looks at the screen alone
            self.voice.guarded(lambda: self.voice.look(self.top.describe()))
        return animating

    def tell_bridge_where(self) -> None:
        """The window's place on the desktop, for the screen reader's tree."""
        if self.access is not None:
            self.access.window_moved(*pygame.display.get_window_position(),
                                     *pygame.display.get_window_size())

    def noticed_input(self) -> None:
        """A person did something: remember when, and tell the hook (a kiosk's idle timer)."""
        self.last_input_at = self.clock()
        if self.on_input is not None:
            self.guarded(self.on_input, self.last_input_at)

    def draw(self) -> None:
        """Paint the whole window and present it."""
        self._paint()
        if not self.headless:
            pygame.display.flip()
        self.dirty, self.damage = False, []

    def draw_areas(self) -> None:
        """Paint and present only the boxes in `damage`: the whole frame, clipped to each,
        so every pixel inside is what a full repaint gives (tests/ui/test_dirty_rects.py)."""
        from .damage import areas

        rects = areas(self.damage, self.surface.get_size())
        if rects is None:
            self.draw()
            return
        self.dirty, self.damage = False, []
        try:
            for area in rects:
                self.surface.set_clip(area)
                self._paint()
        finally:
            self.surface.set_clip(None)
        if self.dirty:  # painting raised a banner (a picture that cannot be shown): all of it
            self.draw()
        elif rects and not self.headless:
            pygame.display.update(rects)

    def _paint(self) -> None:
        """The top screen, then what the window lays over it (banner, caption, notices)."""
        self.top.draw(self.surface)
        notice = self.images.notice()  # a picture that cannot be shown: say so, once
        if notice:
            self.show_banner(notice)
            self.log(notice)
        if self.banner:
            self._draw_banner()
        if self.sound.caption:
            self._draw_caption(self.sound.caption)
        if self.panel:
            self._draw_panel()

    def _draw_banner(self) -> None:
        self._draw_boxed(self._banner_lines(), at_top=False)

    def _boxed_area(self, count: int, at_top: bool) -> pygame.Rect:
        """Where `_draw_boxed` puts `count` lines (drawing and the description agree)."""
        m = self.metrics
        pad = m.px(14)
        height = count * self.fonts.line_height("small") + 2 * pad
        top = pad if at_top else m.height - height - pad
        return pygame.Rect(pad, top, m.width - 2 * pad, height)

    def _draw_boxed(self, lines: list[str], at_top: bool) -> None:
        """Lines of small text in an outlined box across the window, at its top (the watch
        panel) or its bottom (the banner)."""
        theme, m = self.theme(None), self.metrics
        pad = m.px(14)
        area = self._boxed_area(len(lines), at_top)
        pygame.draw.rect(self.surface, theme.panel, area, border_radius=m.px(8))
        pygame.draw.rect(self.surface, theme.focus, area, max(2, m.px(2)), border_radius=m.px(8))
        y = area.y + pad
        for line in lines:
            self.surface.blit(self.fonts.image(line, "small", theme.text),
                              (area.x + pad, y))
            y += self.fonts.line_height("small")

    def _caption_area(self, image: pygame.Surface) -> pygame.Rect:
        """Bottom centre, or just above the banner while one is shown."""
        m = self.metrics
        pad = m.px(10)
        width, height = image.get_width() + 2 * pad, image.get_height() + pad
        bottom = (self._boxed_area(len(self._banner_lines()), at_top=False).top if self.banner
                  else m.height)
        return pygame.Rect((m.width - width) // 2, bottom - height - pad, width, height)

    def _draw_caption(self, text: str) -> None:
        """A sound's caption at the bottom centre, where films put subtitles: small, on a
        panel, for the three seconds it is shown."""
        theme, m = self.theme(None), self.metrics
        pad = m.px(10)
        image = self.fonts.image(text, "small", theme.text)
        area = self._caption_area(image)
        pygame.draw.rect(self.surface, theme.panel, area, border_radius=m.px(6))
        self.surface.blit(image, (area.x + pad, area.y + pad // 2))

    def listeners(self) -> tuple[Callable[[object], None], ...]:
        """What else hears a new run's events besides the screens and the autosave."""
        return (self.sound.hear, self.voice.hear)

    def _panel_lines(self) -> list[str]:
        from .layout import wrap

        width = self.metrics.width - 4 * self.metrics.px(14)
        lines: list[str] = []
        for notice in self.panel:
            lines += wrap(notice, width, "small", self.fonts)
        return [*lines[:MAX_PANEL_LINES], self.strings._("Press any key or click to close.")]

    def _draw_panel(self) -> None:
        """The notices in `panel`, at the top of the window, with how to close them."""
        self._draw_boxed(self._panel_lines(), at_top=True)

    def _banner_lines(self) -> list[str]:
        from .layout import wrap

        pad = self.metrics.px(14)
        return wrap(self.banner, self.metrics.width - 4 * pad, "small", self.fonts)[:3]

    def describe(self) -> Description:
        """The top screen's description, then what the window lays over it (the notices,
        a banner, a sound's caption) as status lines: a screen reader and self-voicing
        hear what a sighted player reads there."""
        described = self.top.describe()
        over: list[Element] = []
        if self.panel:
            lines = self._panel_lines()
            over.append(Element("status", " ".join(lines),
                                corners(self._boxed_area(len(lines), at_top=True))))
        if self.banner:
            over.append(Element("status", self.banner, corners(
                self._boxed_area(len(self._banner_lines()), at_top=False))))
        if self.sound.caption:
            image = self.fonts.image(self.sound.caption, "small", self.theme(None).text)
            over.append(Element("status", self.sound.caption,
                                corners(self._caption_area(image))))
        if not over:
            return described
        return dataclasses.replace(described, elements=described.elements + tuple(over))

    def guarded(self, action, *args):  # type: ignore[no-untyped-def]
        """Run one piece of a frame; a bug shows the problem screen instead of a traceback."""
        try:
            return action(*args)
        except Exception as err:
            self.log(traceback.format_exc())
            from .screens.problem import ProblemScreen

            self.replace(ProblemScreen(self, self.strings._(
                "Something went wrong inside the game ({error}). Your progress up to the last "
                "choice is saved.", error=type(err).__name__), bug=True))
            return False

    def log(self, text: str) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            with (self.data_dir / "problems.log").open("a", encoding="utf-8") as handle:
                handle.write(time.strftime("%Y-%m-%d %H:%M:%S ") + text + "\n")
        except OSError:
            pass

    def run(self) -> int:
        self.draw()
        if self.voice.on:  # the setting was on: the first screen is read too
            self.voice.guarded(lambda: self.voice.look(self.top.describe()))
        if os.environ.get("VR_BENCH_FIRST_FRAME"):  # bench/frames.py: time to first frame
            print(f"first-frame {time.time():.6f}", flush=True)
            return 0
        last = self.clock()
        while self.running:
            now = self.clock()
            animating = self.step(now - last)
            last = now
            spent = self.clock() - now
            self.sleep(max(0.0, (FRAME if animating else IDLE_SLEEP) - spent))
        pygame.quit()
        return 0


def corners(area: pygame.Rect) -> Rect:
    """A pygame rectangle as the description's (x, y, width, height)."""
    return (area.x, area.y, area.w, area.h)
