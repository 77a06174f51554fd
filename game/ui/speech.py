"""Speech engines for self-voicing: text in, a WAV file's bytes out, chosen at run time.

Every engine renders to a WAV file and the game plays it through pygame's mixer (`Sound`),
so interrupting, the speech volume and ducking the ambience work the same everywhere:

* Linux (and anywhere it is installed): **espeak-ng** as a separate process (`-w FILE`,
  the text on standard input as UTF-8). It reads `[[phonemes]]`, which the pronunciation
  tables use for Russian stress (`game.lang.pronounce`).
* Windows: **SAPI 5** through `comtypes` (or pywin32's `win32com`) when it can be imported,
  else PowerShell's `System.Speech` (what Ren'Py uses), else espeak-ng if it is installed.
  A Russian voice exists only if the Russian speech pack is installed; without one SAPI
  reads in its own.
* macOS: **`say -o FILE.wav`**, with a voice of the language from `say -v ?`, else espeak-ng.

With none, `choose` says so in one line, which the Sound settings show. Only the Linux path
was tried here (espeak-ng 1.51); the Windows and macOS ones follow their documentation.
`VR_SPEECH` (espeak-ng, sapi, powershell, say or none) forces a choice, for tests.
"""

from __future__ import annotations

import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from collections.abc import Callable, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

TIMEOUT = 60  # seconds one line may take to render before the engine is given up on
PAUSE = 0.35  # seconds of silence between lines in a rendered file (`join`)
# `Settings.speech_speed` for each engine ("normal" is the engine's own, the system's choice)
ESPEAK_WPM = MappingProxyType({"slow": 130, "fast": 220})
SAPI_RATE = MappingProxyType({"slow": -3, "fast": 3})  # -10..10
SAY_WPM = MappingProxyType({"slow": 140, "fast": 230})
NO_VOICE = "install espeak-ng, for example: sudo apt install espeak-ng"


class SpeechError(Exception):
    """An engine could not speak a line (one line of why)."""


def _run(command: Sequence[str], text: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        done = subprocess.run(list(command), input=text, capture_output=True, timeout=TIMEOUT,
                              check=False,  # on Windows, no console window flashes up a line
                              creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
    except (OSError, subprocess.SubprocessError) as err:
        raise SpeechError(f"{Path(command[0]).name}: {err}") from None
    if done.returncode != 0:
        why = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SpeechError(f"{Path(command[0]).name} stopped ({why[0] if why else done.returncode})")
    return done


def _read(path: Path, engine: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError:
        data = b""
    if not data:
        raise SpeechError(f"{engine} wrote no sound")
    return data


class Espeak:
    """espeak-ng (or the older espeak), one process a line."""

    phonemes = True

    def __init__(self, program: str) -> None:
        self.program = program
        self.name = Path(program).stem
        self._voices: frozenset[str] | None = None

    def voices(self) -> frozenset[str]:
        if self._voices is None:
            try:
                listing = _run([self.program, "--voices"]).stdout.decode("utf-8", "replace")
            except SpeechError:
                listing = ""
            self._voices = frozenset(line.split()[1] for line in listing.splitlines()[1:]
                                     if len(line.split()) > 1)
        return self._voices

    def voice_for(self, language: str) -> str:
        base = language.split("_")[0]
        voices = self.voices()
        for wanted in ({"en": "en-gb"}.get(base, base), base):
            if wanted in voices:
                return wanted
        return "en-gb" if "en-gb" in voices else "en"

    def synth(self, text: str, language: str, speed: str = "normal") -> bytes:
        with tempfile.TemporaryDirectory(prefix="vr-voice-") as folder:
            out = Path(folder) / "line.wav"
            command = [self.program, "-v", self.voice_for(language), "-b", "1", "-w", str(out)]
            if speed in ESPEAK_WPM:
                command += ["-s", str(ESPEAK_WPM[speed])]
            _run([*command, "--stdin"], text.encode("utf-8"))
            return _read(out, self.name)


LCID = MappingProxyType({"en": 0x409, "ru": 0x419, "de": 0x407, "fr": 0x40C,
                         "uk": 0x422})  # SAPI's language ids


class Sapi:
    """SAPI 5 through `comtypes` (or pywin32's `win32com`), rendered to a WAV file with
    SpFileStream (Windows). `com` is the COM module set: made here, or a stand-in in tests."""

    name = "SAPI 5"
    phonemes = False

    def __init__(self, via: str = "comtypes", com: Any = None) -> None:
        self.via, self._com = via, com

    def _bindings(self) -> tuple[Callable[[str], Any], Callable[[], None], Callable[[], None]]:
        """(create an object, start COM on this thread, end it)."""
        if self._com is not None:
            return self._com.create, self._com.start, self._com.end
        if self.via == "win32com":
            import pythoncom  # type: ignore[import-not-found]
            import win32com.client  # type: ignore[import-not-found]

            return (win32com.client.Dispatch, pythoncom.CoInitialize,
                    pythoncom.CoUninitialize)
        import comtypes  # type: ignore[import-not-found]
        import comtypes.client  # type: ignore[import-not-found]

        return comtypes.client.CreateObject, comtypes.CoInitialize, comtypes.CoUninitialize

    def synth(self, text: str, language: str, speed: str = "normal") -> bytes:
        try:
            create, start, end = self._bindings()
        except ImportError as err:
            raise SpeechError(f"SAPI: {err}") from None
        start()  # COM on the voice's own thread
        try:
            voice = create("SAPI.SpVoice")
            lcid = LCID.get(language.split("_")[0])
            if lcid is not None:
                found = voice.GetVoices(f"Language={lcid:x}")
                if found.Count:
                    voice.Voice = found.Item(0)
            if speed in SAPI_RATE:
                voice.Rate = SAPI_RATE[speed]
            with tempfile.TemporaryDirectory(prefix="vr-voice-") as folder:
                out = Path(folder) / "line.wav"
                stream = create("SAPI.SpFileStream")
                stream.Open(str(out), 3)  # SSFMCreateForWrite
                voice.AudioOutputStream = stream
                voice.Speak(text, 0)
                stream.Close()
                return _read(out, self.name)
        except SpeechError:
            raise
        except Exception as err:
            raise SpeechError(f"SAPI: {err}") from None
        finally:
            end()


POWERSHELL = """Add-Type -AssemblyName System.Speech
$s = New-Object System.Speech.Synthesis.SpeechSynthesizer
$v = $s.GetInstalledVoices() | Where-Object {{ $_.Enabled -and
  $_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq '{language}' }} | Select-Object -First 1
if ($v) {{ $s.SelectVoice($v.VoiceInfo.Name) }}
$s.Rate = {rate}
$s.SetOutputToWaveFile('{out}')
$s.Speak([IO.File]::ReadAllText('{text}', [Text.Encoding]::UTF8))
$s.Dispose()
"""


class PowerShellSpeech:
    """System.Speech from PowerShell, one process a line (Windows without comtypes)."""

    name = "Windows speech (PowerShell)"
    phonemes = False

    def __init__(self, program: str) -> None:
        self.program = program

    def synth(self, text: str, language: str, speed: str = "normal") -> bytes:
        with tempfile.TemporaryDirectory(prefix="vr-voice-") as folder:
            out, words = Path(folder) / "line.wav", Path(folder) / "line.txt"
            words.write_text(text, encoding="utf-8")
            script = POWERSHELL.format(language=language.split("_")[0][:3],
                                       rate=SAPI_RATE.get(speed, 0),
                                       out=str(out).replace("'", "''"),
                                       text=str(words).replace("'", "''"))
            _run([self.program, "-NoProfile", "-NonInteractive", "-Command", script])
            return _read(out, self.name)


SAY_VOICE = re.compile(r"^(.+?)\s{2,}([a-z]{2,3})[_-]\w+\s+#")


class MacSay:
    """macOS `say`, rendered to 16-bit WAV with a voice of the language if there is one."""

    name = "say"
    phonemes = False

    def __init__(self, program: str) -> None:
        self.program = program
        self._voices: dict[str, str] | None = None

    def voice_for(self, language: str) -> str | None:
        if self._voices is None:
            try:
                listing = _run([self.program, "-v", "?"]).stdout.decode("utf-8", "replace")
            except SpeechError:
                listing = ""
            self._voices = {}
            for line in listing.splitlines():
                found = SAY_VOICE.match(line)
                if found:
                    self._voices.setdefault(found.group(2), found.group(1).strip())
        return self._voices.get(language.split("_")[0])

    def synth(self, text: str, language: str, speed: str = "normal") -> bytes:
        with tempfile.TemporaryDirectory(prefix="vr-voice-") as folder:
            out, words = Path(folder) / "line.wav", Path(folder) / "line.txt"
            words.write_text(text, encoding="utf-8")
            command = [self.program, "-o", str(out), "--file-format=WAVE",
                       "--data-format=LEI16@22050", "-f",
                       str(words)]
            voice = self.voice_for(language)
            if voice:
                command += ["-v", voice]
            if speed in SAY_WPM:
                command += ["-r", str(SAY_WPM[speed])]
            _run(command)
            return _read(out, self.name)


Engine = Espeak | Sapi | PowerShellSpeech | MacSay


def choose(platform: str = sys.platform, which: Callable[[str], str | None] = shutil.which,
           importable: Callable[[str], bool] | None = None,
           forced: str | None = None) -> tuple[Engine | None, str]:
    """The engine for this computer, or None and why. Cheap: it looks for programs and
    modules, and runs nothing."""
    if importable is None:
        def importable(name: str) -> bool:
            return importlib.util.find_spec(name) is not None
    forced = os.environ.get("VR_SPEECH", "") if forced is None else forced
    espeak = which("espeak-ng") or which("espeak")
    powershell = which("powershell") or which("pwsh")
    say = which("say")
    offers: dict[str, Callable[[], Engine | None]] = {
        "espeak-ng": lambda: Espeak(espeak) if espeak else None,
        "sapi": lambda: (Sapi("comtypes") if importable("comtypes") else Sapi("win32com")
                         if importable("win32com") else None) if platform == "win32" else None,
        "powershell": lambda: PowerShellSpeech(powershell) if platform == "win32" and
        powershell else None,
        "say": lambda: MacSay(say) if platform == "darwin" and say else None,
    }
    if forced:
        if forced == "none" or forced not in offers:
            return None, NO_VOICE if forced == "none" else f"VR_SPEECH={forced} is not an engine"
        engine = offers[forced]()
        return (engine, "") if engine else (None, f"{forced} is not available here")
    order = {"win32": ("sapi", "powershell", "espeak-ng"),
             "darwin": ("say", "espeak-ng")}.get(platform, ("espeak-ng",))
    for name in order:
        engine = offers[name]()
        if engine is not None:
            return engine, ""
    return None, NO_VOICE


def duration(wav: bytes) -> float:
    """Seconds of sound in a WAV file's bytes."""
    with wave.open(io.BytesIO(wav)) as reader:
        return reader.getnframes() / float(reader.getframerate())


def join(wavs: Sequence[bytes], pause: float = PAUSE) -> bytes:
    """Several WAV files as one, with `pause` seconds of silence between them (all from
    one engine, so one format: lines in different formats are refused)."""
    out = io.BytesIO()
    params = None
    frames: list[bytes] = []
    for data in wavs:
        with wave.open(io.BytesIO(data)) as reader:
            here = reader.getparams()
            if params is None:
                params = here
            elif (here.nchannels, here.sampwidth, here.framerate) != (
                    params.nchannels, params.sampwidth, params.framerate):
                raise SpeechError("the engine gave lines in different sound formats")
            if frames:
                frames.append(b"\0" * (round(pause * here.framerate) * here.nchannels
                                       * here.sampwidth))
            frames.append(reader.readframes(reader.getnframes()))
    if params is None:
        raise SpeechError("nothing to say")
    with wave.open(out, "wb") as writer:
        writer.setnchannels(params.nchannels)
        writer.setsampwidth(params.sampwidth)
        writer.setframerate(params.framerate)
        writer.writeframes(b"".join(frames))
    return out.getvalue()
