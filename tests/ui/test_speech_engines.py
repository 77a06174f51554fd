"""The speech engines (`game/ui/speech.py`): which one is chosen on each platform from what
is installed (nothing is run to find out), none with the one line the settings show, and
espeak-ng itself here (skipped where it is not installed): English and Russian voices, a
failure as a `SpeechError`, lines joined into one WAV with pauses."""

from __future__ import annotations

import io
import shutil
import wave
from pathlib import Path

import pytest

from game.ui import speech
from game.ui.speech import Espeak, MacSay, PowerShellSpeech, Sapi, SpeechError, duration, join
from tests.ui.voices import tiny_wav

REAL_CHOOSE = speech.choose  # the autouse fixture replaces the module's, not this one
ESPEAK = shutil.which("espeak-ng")


def which(*present: str):  # type: ignore[no-untyped-def]
    return lambda name: f"/usr/bin/{name}" if name in present else None


@pytest.mark.parametrize(("platform", "present", "comtypes", "engine"), [
    ("linux", ("espeak-ng",), False, Espeak),
    ("linux", ("espeak",), False, Espeak),
    ("win32", ("powershell", "espeak-ng"), True, Sapi),
    ("win32", ("powershell", "espeak-ng"), False, PowerShellSpeech),
    ("win32", ("espeak-ng",), False, Espeak),
    ("darwin", ("say", "espeak-ng"), False, MacSay),
    ("darwin", ("espeak-ng",), False, Espeak),
])
def test_each_platform_gets_its_engine(platform, present, comtypes, engine):
    chosen, why = REAL_CHOOSE(platform, which(*present), lambda name: comtypes, forced="")
    assert isinstance(chosen, engine) and why == ""


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_no_engine_says_how_to_get_one(platform):
    chosen, why = REAL_CHOOSE(platform, which(), lambda name: False, forced="")
    assert chosen is None and "install espeak-ng" in why


def test_a_forced_engine_or_none():
    assert REAL_CHOOSE("linux", which("espeak-ng"), forced="none")[0] is None
    assert REAL_CHOOSE("linux", which(), forced="espeak-ng") == (
        None, "espeak-ng is not available here")
    assert "not an engine" in REAL_CHOOSE("linux", which(), forced="festival")[1]


def test_lines_join_into_one_file_with_a_pause_between():
    one, two = tiny_wav("ab"), tiny_wav("cdef")
    joined = join([one, two], pause=0.5)
    assert duration(joined) == pytest.approx(duration(one) + 0.5 + duration(two))
    other = io.BytesIO()
    with wave.open(other, "wb") as writer:
        writer.setnchannels(2)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        writer.writeframes(b"\0" * 8)
    with pytest.raises(SpeechError):
        join([one, other.getvalue()])
    with pytest.raises(SpeechError):
        join([])


def test_a_missing_program_is_a_speech_error_not_an_exception_of_the_system(tmp_path):
    engine = Espeak(str(tmp_path / "espeak-ng"))
    with pytest.raises(SpeechError, match="espeak-ng"):
        engine.synth("Hello", "en")


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
def test_espeak_ng_speaks_english_and_russian_to_wav():
    engine = Espeak(ESPEAK)
    assert engine.voice_for("en") == "en-gb" and engine.voice_for("ru") == "ru"
    assert engine.voice_for("qq") == "en-gb"  # a language it has no voice for
    english = engine.synth("Winter came early.", "en")
    russian = engine.synth("Зима пришла рано. Дать [[muk;'i]].", "ru")
    assert 0.5 < duration(english) < 5 and 0.5 < duration(russian) < 8
    assert engine.synth("-v looks like an option but is text", "en")  # text is never an option


FAKE_SAY = '''#!{python}
import sys, wave
args = sys.argv[1:]
if args == ["-v", "?"]:
    print("Alex                en_US    # Most people recognize me by my voice.")
    print("Milena              ru_RU    # Здравствуйте! Меня зовут Милена.")
    sys.exit(0)
out = args[args.index("-o") + 1]
text = open(args[args.index("-f") + 1], encoding="utf-8").read()
assert "--file-format=WAVE" in args and "--data-format=LEI16@22050" in args
with open(out + ".args", "w", encoding="utf-8") as f:
    f.write(repr(args) + "\\n" + text)
w = wave.open(out, "wb"); w.setnchannels(1); w.setsampwidth(2); w.setframerate(22050)
w.writeframes(b"\\0\\0" * 22050); w.close()
'''

FAKE_POWERSHELL = '''#!{python}
import re, sys, wave
script = sys.argv[sys.argv.index("-Command") + 1]
out = re.search(r"SetOutputToWaveFile\\('([^']+)'\\)", script).group(1)
words = re.search(r"ReadAllText\\('([^']+)'", script).group(1)
language = re.search(r"TwoLetterISOLanguageName -eq '(\\w+)'", script).group(1)
with open(out + ".args", "w", encoding="utf-8") as f:
    f.write(language + "\\n" + open(words, encoding="utf-8").read())
w = wave.open(out, "wb"); w.setnchannels(1); w.setsampwidth(2); w.setframerate(16000)
w.writeframes(b"\\0\\0" * 8000); w.close()
'''


def fake_program(folder, name: str, source: str) -> str:  # type: ignore[no-untyped-def]
    import sys

    path = folder / name
    path.write_text(source.format(python=sys.executable), "utf-8")
    path.chmod(0o755)
    return str(path)


def test_macos_say_is_asked_for_a_wav_in_a_voice_of_the_language(tmp_path, monkeypatch):
    engine = MacSay(fake_program(tmp_path, "say", FAKE_SAY))
    assert engine.voice_for("ru") == "Milena" and engine.voice_for("en") == "Alex"
    assert engine.voice_for("de") is None  # no German voice: say's own
    made = []
    real_read = speech._read
    monkeypatch.setattr(speech, "_read", lambda path, name: made.append(
        (path.with_name(path.name + ".args")).read_text("utf-8")) or real_read(path, name))
    wav = engine.synth("Зима пришла рано.", "ru")
    assert duration(wav) == pytest.approx(1.0)
    assert "'-v', 'Milena'" in made[0] and made[0].endswith("Зима пришла рано.")


def test_windows_powershell_speaks_the_text_from_a_utf8_file(tmp_path, monkeypatch):
    engine = PowerShellSpeech(fake_program(tmp_path, "powershell", FAKE_POWERSHELL))
    made = []
    real_read = speech._read
    monkeypatch.setattr(speech, "_read", lambda path, name: made.append(
        (path.with_name(path.name + ".args")).read_text("utf-8")) or real_read(path, name))
    wav = engine.synth("Дать муки.", "ru")
    assert duration(wav) == pytest.approx(0.5)
    assert made == ["ru\nДать муки."]  # the Russian voice is asked for; the text is whole


class FakeCom:
    """SAPI's objects as far as the engine uses them: voices by language, a file stream."""

    def __init__(self, voices: dict[str, str]) -> None:
        self.voices, self.log = voices, []

    def start(self) -> None:
        self.log.append("start")

    def end(self) -> None:
        self.log.append("end")

    def create(self, name: str):  # type: ignore[no-untyped-def]
        com = self

        class Found:
            def __init__(self, names: list[str]) -> None:
                self.Count, self.names = len(names), names

            def Item(self, index: int) -> str:
                return self.names[index]

        class Voice:
            Voice = "default"
            AudioOutputStream = None

            def GetVoices(self, query: str) -> Found:
                return Found([v for v, q in com.voices.items() if q == query])

            def Speak(self, text: str, flags: int) -> None:
                com.log.append(("speak", self.Voice, text))
                self.AudioOutputStream.write(text)

        class Stream:
            def Open(self, path: str, mode: int) -> None:
                self.path, self.mode = path, mode

            def write(self, text: str) -> None:
                Path(self.path).write_bytes(tiny_wav(text))

            def Close(self) -> None:
                com.log.append("closed")

        return Voice() if name == "SAPI.SpVoice" else Stream()


def test_sapi_picks_a_voice_of_the_language_and_writes_a_file():
    com = FakeCom({"Microsoft Irina": "Language=419", "Microsoft Zira": "Language=409"})
    engine = Sapi(com=com)
    assert duration(engine.synth("Дать муки.", "ru")) > 0
    assert com.log == ["start", ("speak", "Microsoft Irina", "Дать муки."), "closed", "end"]
    com.log.clear()
    engine.synth("Hello", "de")  # no German voice: SAPI's own
    assert com.log[1] == ("speak", "default", "Hello")


def test_sapi_that_fails_is_a_speech_error_and_com_is_ended():
    com = FakeCom({})
    com.create = lambda name: (_ for _ in ()).throw(OSError("class not registered"))
    with pytest.raises(SpeechError, match="SAPI: class not registered"):
        Sapi(com=com).synth("Hello", "en")
    assert com.log == ["start", "end"]


def test_windows_without_comtypes_uses_pywin32_for_sapi():
    chosen, _ = REAL_CHOOSE("win32", which(), lambda name: name == "win32com", forced="")
    assert isinstance(chosen, Sapi) and chosen.via == "win32com"


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
def test_espeak_ng_reads_slower_and_faster():
    engine = Espeak(ESPEAK)
    text = "Winter came early, and the Petrovs asked for grain."
    slow, normal, fast = (duration(engine.synth(text, "en", speed))
                          for speed in ("slow", "normal", "fast"))
    assert slow > normal > fast
