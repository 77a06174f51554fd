"""Self-voicing (issue 15 item 1) with a fake engine and a fake speech channel: what is said
for each kind of screen (from the screen description and, for an outcome's changes, the
engine's events), in which order; the focus; V, R and Ctrl; ducking; no engine; a failing
engine; and synthesis off the frame loop."""

from __future__ import annotations

import threading
from pathlib import Path

import pygame
import pytest

from game.engine.campaign import CampaignState
from game.engine.settings import Settings
from game.engine.starting import begin, plan
from game.lang.catalogue import ENGLISH_STRINGS, load_strings
from game.lang.pronounce import parse_pronunciations
from game.ui import voicing
from game.ui.app import App
from game.ui.describe import Description, Element
from game.ui.input import Key, Translator
from game.ui.run import Run
from game.ui.screens.play import PlayScreen
from game.ui.screens.settings import SettingsScreen, SoundScreen
from game.ui.screens.summary import SummaryScreen
from game.ui.screens.title import TitleScreen
from game.ui.speech import choose as real_choose  # before the fixture puts in a fake
from game.ui.voicing import Utterance, Voice, page
from tests.conftest import STORIES
from tests.ui.support import open_app, press, pump
from tests.ui.voices import FakePlayer, FakeSynth, fake_voice, finish_all

ON = Settings(text_speed="instant", self_voicing=True)


def voiced(tmp: Path, settings: Settings = ON, story: str = "famine.yaml"
           ) -> tuple[App, FakeSynth, FakePlayer]:
    app = open_app(STORIES / story, tmp / "data", settings=settings)
    engine, player = fake_voice(app)
    return app, engine, player


def at_scene(app: App, tmp: Path, scene_id: str = "thin_harvest", overrides: str = "") -> Run:
    campaign = app.campaign
    start, problems = plan(campaign.seasons[0], scene_id, None, overrides)
    assert not problems
    state = begin(campaign.seasons[0], start)[0]
    run = Run(campaign, tmp / "save.json", CampaignState(campaign.id, 0, state),
              listeners=app.listeners())
    run.play.begin()
    app.replace(PlayScreen(app, run))
    pump(app)
    return run


def said(player: FakePlayer, app: App) -> list[str]:
    return finish_all(app, player)


# -- what each screen says ---------------------------------------------------------------
def test_the_title_says_its_name_the_picture_then_its_buttons_numbered(tmp_path):
    app, _, player = voiced(tmp_path, story="campaign.yaml")
    app.replace(TitleScreen(app))
    pump(app)
    lines = said(player, app)
    assert lines[0] == "Village Resilience"
    assert lines[1].startswith("Picture: A village of log houses")
    assert "1. Continue (not available now)" in lines  # no save yet: it says so
    assert lines.index("2. New campaign") < lines.index("4. Settings")
    assert lines[-1] == "6. Quit"


def test_a_scene_says_heading_passage_then_choices_with_numbers(tmp_path):
    app, _, player = voiced(tmp_path)
    at_scene(app, tmp_path, "skhod", "grain=1")
    lines = said(player, app)
    assert lines[0] == "The assembly"
    assert lines[1].startswith("Picture: Autumn on the village square")
    # the season's table: espeak-ng's English says "esk-od" for skhod, so it gets phonemes
    assert lines[2].startswith("In September the [[sx'0t]], the village assembly")
    closed = "Not possible now: Lend two sacks (you do not have two)"
    assert lines[-3:] == [closed, "1. Whisper to your mother; one sack, if others add one",
                          "2. Say nothing; keep your seed"]
    # the top bar is not read with every page: its title, resources, meter, Back, Menu
    assert not [line for line in lines if line.startswith(("Village trust", "Grain", "Menu"))
                or line in ("The Hungry Year", "Back")]


def test_an_outcome_says_its_passage_then_each_change_with_its_reason(tmp_path):
    """The changes come from the engine's events: said after the passage even while the
    screen still holds them back for the text to appear, and not said twice after it."""
    app, _, player = voiced(tmp_path, Settings(text_speed="slow", self_voicing=True))
    at_scene(app, tmp_path)
    app.top.revealed = float("inf")
    finish_all(app, player)
    player.played.clear()
    app.dispatch(Key("1"))  # Reap Anna's strip
    pump(app)
    assert app.top.mode == "outcome" and app.top.held  # the screen shows no change yet
    for _ in range(40):  # the text appears, letter by letter
        pump(app, 1.0)
    assert not app.top.revealing
    lines = said(player, app)
    assert lines[0] == "Reap Anna's strip; yours must wait"
    assert lines[1].startswith("Picture: A hazy August day")
    assert lines[2].startswith("You reap Anna's strip from first light")
    # as shown "Trust +4 (now 54/100, Hopeful)"; said with its signs and fraction in words
    trust = ("Trust plus 4 (now 54 out of 100, Hopeful): Anna Petrova saw you reaping her rye "
             "at dawn.")
    assert lines[3:7] == [trust, "Grain minus 1 (now 4)", "Strength to work minus 1 (now 2)",
                          "The village will remember: You reaped the widow Anna Petrova's "
                          "rye with your sickle."]
    assert lines[7:] == ["1. Continue"]  # once the page shows it, and each change once


def test_the_season_summary_says_its_heading_chart_text_and_buttons(tmp_path):
    app, _, player = voiced(tmp_path)
    run = at_scene(app, tmp_path)
    player.played.clear()
    app.replace(SummaryScreen(app, run))
    pump(app)
    lines = said(player, app)
    assert lines[0] == "The Hungry Year: looking back"
    assert lines[1].startswith("Picture: A chart of village trust across the season")
    assert "Village trust went from 50 to 50." in lines
    assert lines[-1] == "3. Back to the title"  # the page's buttons last, its Menu not read


def test_settings_say_whatever_gains_the_focus_and_a_changed_setting(tmp_path):
    app, _, player = voiced(tmp_path)
    app.replace(TitleScreen(app))
    app.push(SettingsScreen(app))
    pump(app)
    assert said(player, app)[0] == "Settings"
    player.played.clear()
    press(app, pygame.K_TAB)
    press(app, pygame.K_TAB)
    assert said(player, app) == ["1. Text size: 100%", "2. Text speed: instant"]
    player.played.clear()
    press(app, pygame.K_RETURN)  # instant -> slow: the focused button's words change
    assert said(player, app) == ["2. Text speed: slow"]


def test_the_sound_page_has_the_setting_and_says_when_there_is_no_voice(tmp_path):
    app = open_app(STORIES / "famine.yaml", tmp_path / "data")
    app.voice.synth = lambda: real_choose("linux", which=lambda name: None, forced="")
    app.replace(TitleScreen(app))
    app.push(SoundScreen(app))
    pump(app)
    texts = [e.text for e in app.top.describe().elements]
    assert "Read aloud (V): no voice here" in texts
    assert any("none was found (install espeak-ng" in text for text in texts)
    app.voice.say([Utterance("Hello", "en")])  # nothing to speak with: silence, no error
    assert not app.voice.speaking


def test_the_sound_page_turns_it_on_and_off(tmp_path):
    app, _, player = voiced(tmp_path, Settings(text_speed="instant"))
    app.replace(TitleScreen(app))
    app.push(SoundScreen(app))
    pump(app)
    assert "3. Read aloud (V): off" in [voicing.said(e, app.strings)
                                        for e in app.top.describe().elements]
    app.top.activate("self_voicing")
    pump(app)
    assert app.settings.self_voicing
    lines = said(player, app)
    assert lines[0].startswith("Reading aloud on.")
    assert lines[1] == "Sound"  # then the page, after the announcement (not cut off by it)


# -- keys, interrupting, replaying, ducking ------------------------------------------------
def test_v_r_and_ctrl_are_the_voice_keys_but_not_where_a_name_is_typed():
    pygame.display.init()
    translator = Translator((1280, 720))
    keys = {}
    for key in (pygame.K_v, pygame.K_r, pygame.K_LCTRL, pygame.K_RCTRL):
        intent = translator.translate(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0))
        keys[key] = intent.name
    assert keys == {pygame.K_v: "voice", pygame.K_r: "replay", pygame.K_LCTRL: "hush",
                    pygame.K_RCTRL: "hush"}


def test_v_turns_reading_aloud_on_and_off_and_keeps_the_setting(tmp_path):
    app, _, player = voiced(tmp_path, Settings(text_speed="instant"), story="campaign.yaml")
    app.replace(TitleScreen(app))
    pump(app)
    press(app, pygame.K_v)
    assert app.settings.self_voicing
    lines = said(player, app)
    assert lines[0].startswith("Reading aloud on. Press V to turn it off")
    assert lines[1] == "Village Resilience"
    assert '"self_voicing": true' in (app.data_dir / "settings.json").read_text()
    press(app, pygame.K_v)
    assert not app.settings.self_voicing
    assert said(player, app)[-1] == "Reading aloud off."


def test_v_is_a_letter_on_a_screen_that_takes_a_name(tmp_path):
    app, _, _ = voiced(tmp_path, Settings(text_speed="instant"))
    app.replace(TitleScreen(app))
    from game.ui.screens.players import NameScreen

    app.push(NameScreen(app))  # a new player's name, typed
    pump(app)
    assert app.top.takes_text
    press(app, pygame.K_v)
    assert not app.settings.self_voicing


def test_ctrl_interrupts_and_the_ambience_comes_back(tmp_path):
    app, _, player = voiced(tmp_path)
    at_scene(app, tmp_path)
    assert app.voice.speaking and player.calls[:2] == ["duck on", "play"]
    press(app, pygame.K_LCTRL)
    assert not app.voice.speaking
    assert player.calls[-2:] == ["stop", "duck off"]
    assert len(player.played) == 1  # nothing after the line cut short
    finish_all(app, player)
    assert len(player.played) == 1


def test_r_replays_the_page_from_the_start(tmp_path):
    app, _, player = voiced(tmp_path)
    at_scene(app, tmp_path)
    first = said(player, app)[:]
    player.played.clear()
    press(app, pygame.K_r)
    assert said(player, app) == first


def test_sounds_duck_while_it_speaks_and_come_back_after(tmp_path):
    app, _, player = voiced(tmp_path)
    at_scene(app, tmp_path)
    said(player, app)
    ducks = [call for call in player.calls if call.startswith("duck")]
    assert ducks == ["duck on", "duck off"]  # once down for the page, once up after it
    assert player.calls.index("duck on") < player.calls.index("play")


def test_the_real_sound_ducks_music_and_effects_but_not_speech():
    from game import assets
    from game.ui.sound import Sound

    class Mixer:
        def __init__(self) -> None:
            self.volumes: list[float] = []

        def init(self, **_: object) -> None: ...

        def set_num_channels(self, n: int) -> None: ...

        def set_reserved(self, n: int) -> None: ...

        def Channel(self, n: int) -> Mixer:
            return self

        def set_volume(self, volume: float) -> None:
            self.volumes.append(round(volume, 2))

    settings = Settings()
    sound = Sound(lambda: settings, assets.sound(), ENGLISH_STRINGS, mixer=Mixer(),
                  background=False)
    sound._open()
    assert sound.ready
    sound.duck(True)
    assert sound._volume("music") == pytest.approx(0.4 * 0.3)
    assert sound._volume("effects") == pytest.approx(0.6 * 0.3)
    assert sound._volume("speech") == pytest.approx(0.8)
    sound.duck(False)
    assert sound._volume("music") == pytest.approx(0.4)


def test_a_new_page_interrupts_the_last_one(tmp_path):
    app, _, player = voiced(tmp_path)
    at_scene(app, tmp_path)
    assert len(player.played) == 1  # the heading is being said
    app.dispatch(Key("1"))
    pump(app)
    assert "stop" in player.calls
    lines = said(player, app)
    assert lines[1] == "Reap Anna's strip; yours must wait"  # the outcome, from its start


# -- engines that are missing or fail, and never blocking ---------------------------------
def test_a_failing_engine_is_one_line_in_the_log_and_silence(tmp_path):
    app, _, player = voiced(tmp_path)
    fake_voice(app, FakeSynth(fail="espeak-ng crashed"))
    player = app.voice.player
    at_scene(app, tmp_path)
    said(player, app)
    log = (app.data_dir / "problems.log").read_text()
    assert log.count("could not speak: espeak-ng crashed") == 1
    assert not app.voice.speaking and player.played == []
    assert isinstance(app.top, PlayScreen)  # the game goes on


def test_no_engine_on_this_computer_is_said_once_in_the_log(tmp_path):
    app = open_app(STORIES / "famine.yaml", tmp_path / "data", settings=ON)
    app.voice.synth = lambda: real_choose("linux", which=lambda name: None, forced="")
    app.voice.player = FakePlayer()
    at_scene(app, tmp_path)
    press(app, pygame.K_r)
    log = (app.data_dir / "problems.log").read_text()
    assert log.count("self-voicing: install espeak-ng") == 1


def test_synthesis_runs_off_the_frame_loop():
    """A line still being made does not hold up the loop: `tick` returns at once and
    plays it when it is ready."""
    release, made = threading.Event(), threading.Event()

    class Slow(FakeSynth):
        def synth(self, text: str, language: str, speed: str = "normal") -> bytes:
            release.wait(30)
            made.set()
            return super().synth(text, language, speed)

    player = FakePlayer()
    voice = Voice(lambda: ON, lambda: ENGLISH_STRINGS, player, lambda: (Slow(), ""))
    voice.say([Utterance("Hello", "en")])
    assert voice.tick() is False  # still being made on the voice's thread
    assert not made.is_set() and player.played == []
    release.set()
    assert made.wait(30)
    for _ in range(1000):
        if voice.tick():
            break
        threading.Event().wait(0.01)
    assert player.played == ["Hello"]


def test_silence_costs_nothing_per_frame():
    """Nothing to say: `tick` touches neither the engine nor the player."""

    class Untouchable:
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"touched {name}")

    voice = Voice(lambda: ON, lambda: ENGLISH_STRINGS, Untouchable(),  # type: ignore[arg-type]
                  lambda: (_ for _ in ()).throw(AssertionError("engine asked")))
    for _ in range(100):
        assert voice.tick() is False


# -- languages and pronunciations ---------------------------------------------------------
def test_russian_is_said_in_russian_with_the_seasons_pronunciations(tmp_path):
    app, engine, player = voiced(tmp_path, Settings(text_speed="instant", self_voicing=True,
                                                    language="ru"))
    from game.lang.translate import in_language

    app.campaign = in_language(app.campaign, "ru")[0]
    app.strings = load_strings("ru")
    run = at_scene(app, tmp_path, "thin_harvest")
    assert run.season.language == "ru"
    said(player, app)
    assert {language for _, language in engine.made} == {"ru"}
    assert engine.made[0][0] == "Скудный урожай"
    assert engine.made[1][0].startswith("Картинка: ")  # the UI's words in Russian too
    engine.made.clear()
    at_scene(app, tmp_path, "schmidts_ice", "grain=3")  # "Дать муки и вернуть скатерть"
    said(player, app)
    spoken = [text for text, _ in engine.made]
    assert "1. Дать [[muk;'i]] и вернуть скатерть" in spoken  # мукú, from stories/speech
    assert not any("муки" in text.lower() for text in spoken)


def test_phonemes_go_only_to_an_engine_that_reads_them():
    table = parse_pronunciations('ru:\n  мука: "[[muk\'A]]"\n  семена: семена́\n', "t.yaml")
    assert table.apply("мука, семена", "ru", phonemes=True) == "[[muk'A]], семена́"
    assert table.apply("мука, семена", "ru", phonemes=False) == "мука, семена́"
    assert table.apply("мукомол", "ru", phonemes=True) == "мукомол"  # whole words only
    assert table.apply("мука", "en", phonemes=True) == "мука"


def test_page_reads_a_description_without_a_window():
    """The pure function, on a hand-made description: a closed button says so, a button
    without a number (a document) has none, the cue that more choices follow is not read."""
    elements = (Element("heading", "Market day", (0, 0, 1, 1)),
                Element("paragraph", "The market is quiet.", (0, 1, 1, 1)),
                Element("button", "Read the document: A relief kitchen", (0, 2, 1, 1),
                        enabled=True, key="document:kitchen"),
                Element("choice", "Haggle for flour", (0, 3, 1, 1), enabled=True, number=1,
                        key="choice:haggle"),
                Element("button", "Back", (0, 4, 1, 1), enabled=False, number=2, key="back"),
                Element("status", "More choices below: scroll down", (0, 5, 1, 1)))
    lines = page(Description("scene", (1280, 720), elements), ENGLISH_STRINGS)
    assert [u.text for u in lines] == ["Market day", "The market is quiet.",
                                       "Read the document: A relief kitchen",
                                       "1. Haggle for flour", "2. Back (not available now)"]
    assert {u.language for u in lines} == {"en"}


def test_a_line_waits_while_the_sound_is_still_opening():
    """The mixer opens in the background: the first line is not lost meanwhile."""

    class Opening(FakePlayer):
        def __init__(self) -> None:
            super().__init__()
            self.ready = False

        def play_speech(self, wav: bytes) -> bool | None:
            return super().play_speech(wav) if self.ready else None

    player = Opening()
    voice = Voice(lambda: ON, lambda: ENGLISH_STRINGS, player, lambda: (FakeSynth(), ""),
                  run_job=lambda job: job())
    voice.say([Utterance("Village Resilience", "en"), Utterance("1. Continue", "en")])
    for _ in range(3):
        voice.tick()
    assert player.played == [] and voice.speaking
    player.ready = True
    voice.tick()
    player.busy = False
    voice.tick()
    assert player.played == ["Village Resilience", "1. Continue"]


def test_a_countdown_is_said_as_it_is_now_not_every_second_of_it(tmp_path):
    """"Are you still there?" counts down: a number that changed while waiting to be said
    is replaced by the newest, so the queue never grows a line a second."""
    def seen(seconds: int) -> Description:
        return Description("still-there", (1280, 720), (
            Element("heading", "Are you still there?", (0, 0, 1, 1)),
            Element("paragraph", "Touch anywhere to go on.", (0, 1, 1, 1)),
            Element("paragraph", f"The story starts again in {seconds} seconds.", (0, 2, 1, 1)),
            Element("button", "Continue", (0, 3, 1, 1), enabled=True, number=1,
                    key="continue")))

    player = FakePlayer()
    voice = Voice(lambda: ON, lambda: ENGLISH_STRINGS, player, lambda: (FakeSynth(), ""),
                  run_job=lambda job: job())
    voice.look(seen(20))
    for seconds in range(19, 10, -1):
        voice.look(seen(seconds))  # the heading is still being said all this while
    while voice.speaking:
        player.busy = False
        voice.tick()
    assert player.played == ["Are you still there?", "Touch anywhere to go on.",
                             "The story starts again in 20 seconds.", "1. Continue",
                             "The story starts again in 11 seconds."]


def test_a_banner_is_said_after_the_page_even_when_a_new_page_interrupts(tmp_path):
    app, _, player = voiced(tmp_path)
    at_scene(app, tmp_path)
    app.show_banner("62 % of visitors today made the same choice.")  # as the kiosk does
    app.dispatch(Key("1"))  # a new page arrives before the banner was said
    pump(app)
    lines = said(player, app)
    assert lines[-1] == "62 % of visitors today made the same choice."
    assert lines.count("62 % of visitors today made the same choice.") == 1
    assert "Reap Anna's strip; yours must wait" in lines


def test_signs_and_fractions_are_said_in_words_in_each_language():
    """espeak-ng's Russian says "Зерно -1" as "зерно один": the minus must be a word."""
    from game.ui.voicing import spoken

    assert spoken("Grain -1 (now 4), trust +4 (now 54/100); 1921-1922", ENGLISH_STRINGS) == \
        "Grain minus 1 (now 4), trust plus 4 (now 54 out of 100); 1921-1922"
    assert spoken("Зерно -1, доверие +4 (теперь 54/100)", load_strings("ru")) == \
        "Зерно минус 1, доверие плюс 4 (теперь 54 из 100)"


def test_a_broken_pronunciation_table_is_a_notice_and_the_game_speaks_without_it(tmp_path):
    import shutil

    from tests.conftest import FIXTURES

    shutil.copy(FIXTURES / "seasonformat" / "river.yaml", tmp_path / "river.yaml")
    (tmp_path / "speech").mkdir()
    (tmp_path / "speech" / "river.yaml").write_text("en:\n  market: [x\n", "utf-8")
    app = open_app(tmp_path / "river.yaml", tmp_path / "data", settings=ON)
    engine, player = fake_voice(app)
    run = Run(app.campaign, tmp_path / "save.json", listeners=app.listeners())
    run.play.begin()
    app.replace(PlayScreen(app, run))
    pump(app)
    said(player, app)
    problem = next(iter(app.notices))
    assert problem.startswith(f"{tmp_path / 'speech' / 'river.yaml'}:") and "YAML" in problem
    assert "self-voicing: " in (app.data_dir / "problems.log").read_text()
    assert engine.made  # it speaks all the same


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768), (800, 600), (1080, 1920)],
                         ids=lambda s: f"{s[0]}x{s[1]}")
def test_without_a_voice_the_sound_page_keeps_every_button_in_reach(tmp_path, language, size):
    """The row that says "no voice" is longer, and the why is one more paragraph: at 200 %
    the why gives way, so Back stays on screen."""
    app = open_app(STORIES / "famine.yaml", tmp_path / "data", size=size,
                   settings=Settings(text_scale=200, text_speed="instant", language=language))
    app.strings = load_strings(language)
    app.voice.synth = lambda: real_choose("linux", which=lambda name: None, forced="")
    app.replace(TitleScreen(app))
    app.push(SoundScreen(app))
    pump(app)
    buttons = [e for e in app.top.describe().elements if e.role == "button"]
    assert len(buttons) == 8
    assert [e.text for e in buttons if not e.visible] == []


def test_v_without_a_voice_says_why_on_screen_and_changes_nothing(tmp_path):
    app = open_app(STORIES / "famine.yaml", tmp_path / "data")
    app.voice.synth = lambda: real_choose("linux", which=lambda name: None, forced="")
    app.replace(TitleScreen(app))
    pump(app)
    press(app, pygame.K_v)
    assert not app.settings.self_voicing
    assert "none was found (install espeak-ng" in app.banner


def test_a_failure_inside_the_voice_silences_it_and_the_game_goes_on(tmp_path):
    app, _, player = voiced(tmp_path)

    def broken() -> bool:
        raise RuntimeError("mixer gone")

    player.speech_busy = broken  # type: ignore[method-assign]
    at_scene(app, tmp_path)
    for _ in range(3):
        pump(app, 0.1)
    assert isinstance(app.top, PlayScreen)  # no problem screen for a voice's failure
    assert not app.voice.on and not app.voice.speaking
    log = (app.data_dir / "problems.log").read_text()
    assert log.count("self-voicing stopped: RuntimeError: mixer gone") == 1


def test_the_reading_speed_setting_reaches_the_engine_and_is_heard_at_once(tmp_path):
    app, engine, player = voiced(tmp_path)
    app.replace(TitleScreen(app))
    app.push(SoundScreen(app))
    pump(app)
    said(player, app)
    assert set(engine.speeds) == {"normal"}
    engine.speeds.clear()
    player.played.clear()
    app.top.activate("speech_speed")
    pump(app)
    assert app.settings.speech_speed == "fast"
    assert said(player, app) == ["5. Reading speed: fast"]  # said at the new speed
    assert engine.speeds == ["fast"]
