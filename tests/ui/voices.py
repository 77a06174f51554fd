"""A fake speech engine and a fake speech channel, for tests of self-voicing: the engine
"renders" a line to a tiny WAV whose frames are the text's bytes, the player keeps what it
was given and whether it is still "speaking" (until the test says the line ended)."""

from __future__ import annotations

import io
import wave

from game.ui.app import App


def tiny_wav(text: str) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(2)
        writer.setframerate(8000)
        data = text.encode("utf-8")
        writer.writeframes(data + b"\0" * (len(data) % 2))
    return out.getvalue()


def text_of(wav: bytes) -> str:
    with wave.open(io.BytesIO(wav)) as reader:
        return reader.readframes(reader.getnframes()).rstrip(b"\0").decode("utf-8")


class FakeSynth:
    name = "fake"

    def __init__(self, phonemes: bool = True, fail: str = "") -> None:
        self.phonemes, self.fail = phonemes, fail
        self.made: list[tuple[str, str]] = []  # (text as given to the engine, language)
        self.speeds: list[str] = []

    def synth(self, text: str, language: str, speed: str = "normal") -> bytes:
        if self.fail:
            raise RuntimeError(self.fail)
        self.made.append((text, language))
        self.speeds.append(speed)
        return tiny_wav(text)


class FakePlayer:
    def __init__(self) -> None:
        self.played: list[str] = []
        self.calls: list[str] = []  # play, stop, duck on, duck off, in order
        self.busy = False

    def play_speech(self, wav: bytes) -> bool:
        self.played.append(text_of(wav))
        self.calls.append("play")
        self.busy = True
        return True

    def speech_busy(self) -> bool:
        return self.busy

    def stop_speech(self) -> None:
        self.calls.append("stop")
        self.busy = False

    def duck(self, on: bool) -> None:
        self.calls.append("duck on" if on else "duck off")


def fake_voice(app: App, synth: FakeSynth | None = None) -> tuple[FakeSynth, FakePlayer]:
    """The app's voice speaking through fakes, each line made at once (no thread)."""
    engine, player = synth or FakeSynth(), FakePlayer()
    app.voice.synth = lambda: (engine, "")
    app.voice.player = player
    app.voice.run_job = lambda job: job()
    return engine, player


def finish_all(app: App, player: FakePlayer, limit: int = 200) -> list[str]:
    """Let every queued line play to its end; what was played."""
    for _ in range(limit):
        player.busy = False
        app.voice.tick()
        if not app.voice.speaking:
            break
    return player.played

