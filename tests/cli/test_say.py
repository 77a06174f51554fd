"""`python -m game say SEASON --scene ID [--lang LL] -o FILE.wav` (issue 15 item 1): the
first scene rendered in English and in Russian to WAV files longer than 10 s (through
espeak-ng, skipped only where it is not installed); unknown season, scene or language and
no engine each give exit code 1 and one line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tests.conftest import ROOT

ESPEAK = shutil.which("espeak-ng")


def say(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "SDL_AUDIODRIVER": "dummy", **env}
    return subprocess.run([sys.executable, "-m", "game", "say", *args], capture_output=True,
                          text=True, cwd=ROOT, env=environment, timeout=300)


def seconds(path: Path) -> float:
    with wave.open(str(path)) as reader:
        return reader.getnframes() / reader.getframerate()


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_first_scene_renders_to_a_wav_longer_than_ten_seconds(tmp_path, language):
    out = tmp_path / f"thin_harvest.{language}.wav"
    done = say("stories/famine.yaml", "--scene", "thin_harvest", "--lang", language,
               "-o", str(out), "--text", VR_SPEECH="espeak-ng")
    assert done.returncode == 0, done.stderr
    assert seconds(out) > 10
    lines = done.stdout.splitlines()
    assert lines[0] == ("A thin harvest" if language == "en" else "Скудный урожай")
    assert lines[-2] == ("3. Reap your own strip first" if language == "en"
                         else "3. Сначала сжать свою полосу")
    assert lines[-1].startswith(f"Wrote {out} (9 lines, ") and "espeak-ng" in lines[-1]


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
def test_a_shipped_season_can_be_named_by_its_id_and_the_first_scene_is_the_default(tmp_path):
    out = tmp_path / "famine.wav"
    done = say("famine", "-o", str(out), "--text", VR_SPEECH="espeak-ng")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "A thin harvest"


@pytest.mark.parametrize(("args", "env", "says"), [
    (["nowhere"], {}, "nowhere: error: no such season file"),
    (["stories/famine.yaml", "--scene", "nope"], {}, "no scene `nope`"),
    (["stories/famine.yaml", "--lang", "de"], {}, "has no translation into 'de'"),
    (["stories/famine.yaml", "--lang", "Russian"], {}, "should be a language code"),
    (["stories/famine.yaml"], {"VR_SPEECH": "none"}, "error: no speech engine on this computer"),
])
def test_what_cannot_be_said_is_one_line_and_exit_code_one(tmp_path, args, env, says):
    out = tmp_path / "x.wav"
    done = say(*args, "-o", str(out), **env)
    assert done.returncode == 1
    assert says in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not out.exists()


def test_a_broken_pronunciation_table_is_named_with_its_line(tmp_path):
    stories = tmp_path / "stories"
    shutil.copytree(ROOT / "stories", stories)
    (stories / "speech" / "famine.yaml").write_text("ru:\n  мука: \"[[muk'A\"\n", "utf-8")
    done = say(str(stories / "famine.yaml"), "-o", str(tmp_path / "x.wav"))
    assert done.returncode == 1
    assert f"{stories / 'speech' / 'famine.yaml'}:2: " in done.stderr


@pytest.mark.skipif(ESPEAK is None, reason="espeak-ng is not installed")
def test_an_outcome_says_each_change_with_its_reason(tmp_path):
    out = tmp_path / "outcome.wav"
    done = say("famine", "--screen", "outcome", "--choices", "reap_for_anna", "-o", str(out),
               "--text", VR_SPEECH="espeak-ng")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "Trust +4 (now 54/100, Hopeful): Anna Petrova saw you reaping her rye at dawn." \
        in lines
    assert lines[-2] == "1. Continue"
