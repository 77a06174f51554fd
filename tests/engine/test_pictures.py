"""Pictures are checked from their header: `validate` refuses hostile or unreadable ones at
the `file:` line and column, never raises, and never decodes a picture to do it."""

from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from PIL import Image

from game.engine import pictures
from game.engine.library import Library
from game.engine.pictures import PictureInfo, PictureProblem, check_picture
from tests.conftest import ROOT
from tests.helpers import TINY, codes, load
from tests.pictures import GOOD, HOSTILE, png

SEASON = TINY + """scenes:
  - id: start
    text: Snow falls on the village.
    image:
      file: {name}
      alt: A village under snow.
    choices:
      - id: wait
        label: Wait for spring
        next: spring
endings:
  - id: spring
    title: Spring
    text: The snow melts.
"""
FILE_AT = (12, 13)  # where `{name}` sits in SEASON


def season_with(tmp_path: Path, name: str) -> Path:
    path = tmp_path / "season.yaml"
    path.write_text(SEASON.format(name=name), "utf-8")
    return path


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (120, 90, 60)).save(out, "JPEG")
    return out.getvalue()


def test_a_good_picture_validates_clean(tmp_path: Path):
    (tmp_path / "pic.png").write_bytes(GOOD)
    (tmp_path / "photo.jpg").write_bytes(jpeg(40, 30))
    for name in ("pic.png", "photo.jpg"):
        result = load(season_with(tmp_path, name))
        assert result.ok, [d.one_line() for d in result.diagnostics]


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_picture_gets_its_code_at_the_file_value(tmp_path: Path, name: str):
    make, code = HOSTILE[name]
    make(tmp_path / name)
    start = time.perf_counter()
    result = load(season_with(tmp_path, name))
    assert time.perf_counter() - start < 1.0  # read from the header, never decoded
    assert codes(result.diagnostics) == [(code, *FILE_AT)], [
        d.one_line() for d in result.diagnostics]
    (problem,) = result.diagnostics
    assert name in problem.message and problem.hint
    assert "\n" not in problem.one_line()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_play_leaves_the_header_to_the_window_and_still_refuses_a_bad_place(
        tmp_path: Path, name: str):
    """Play loads with `check_pictures=False`: a picture damaged inside is not read before the
    first frame (the window checks its header before decoding, tests/ui/test_picture_safety),
    so the season still starts; a name or place that can never work is still refused."""
    make, code = HOSTILE[name]
    make(tmp_path / name)
    result = Library(check_pictures=False).load(season_with(tmp_path, name))
    if code == "VR060":  # the link to itself fails before any header is read
        assert codes(result.diagnostics) == [(code, *FILE_AT)]
    else:
        assert result.ok and result.diagnostics == [], [d.one_line() for d in result.diagnostics]
        assert isinstance(check_picture(tmp_path / name), PictureProblem)  # as the window asks


def test_a_nul_in_a_picture_name_is_a_control_character(tmp_path: Path):
    """YAML's escape for NUL (once: resolve() raised ValueError) is refused as it is read."""
    (tmp_path / "pic.png").write_bytes(GOOD)
    result = load(season_with(tmp_path, '"pic.png\\0"'))
    assert codes(result.diagnostics) == [("VR008", *FILE_AT)]


@pytest.mark.parametrize(("name", "words"), [
    ("a" * 256 + ".png", "longer than 255"),  # is_file() raised OSError ENAMETOOLONG
    ("images/" + "é" * 130 + ".png", "longer than 255"),  # 260 bytes in UTF-8
    ('"pic\\tx.png"', "hidden character"),
    ('" "', "no file name"),
])
def test_names_no_file_can_have_are_missing_files_not_crashes(tmp_path: Path, name: str,
                                                             words: str):
    (tmp_path / "pic.png").write_bytes(GOOD)
    result = load(season_with(tmp_path, name))
    assert codes(result.diagnostics) == [("VR060", *FILE_AT)]
    assert words in result.diagnostics[0].message
    assert len(result.diagnostics[0].message) < 200  # a long name is cut in the message


def test_a_symlink_loop_deeper_in_the_path_is_a_missing_file(tmp_path: Path):
    (tmp_path / "loop").symlink_to("loop")
    result = load(season_with(tmp_path, "loop/pic.png"))
    assert codes(result.diagnostics) == [("VR060", *FILE_AT)]


def test_a_link_to_a_picture_outside_is_still_outside(tmp_path: Path):
    outside = tmp_path / "outside.png"
    outside.write_bytes(png(30000, 30000, pixels=False))
    (tmp_path / "story").mkdir()
    (tmp_path / "story" / "pic.png").symlink_to(outside)
    result = load(season_with(tmp_path / "story", "pic.png"))
    assert codes(result.diagnostics) == [("VR061", *FILE_AT)]


# -- the checker on its own ----------------------------------------------------------------

def test_the_limits_admit_a_phone_photo_and_a_4k_screen_but_not_more():
    for size in ((4032, 3024), (3840, 2160), (4096, 512), (960, 720), (1, 1), (8, 1)):
        assert isinstance(pictures.size_problem(Path("x"), *size), type(None)), size
    for size, words in (((4097, 100), "4096 pixels a side"), ((4096, 4000), "16 million"),
                        ((801, 100), "too wide"), ((100, 801), "too tall"), ((0, 5), "0x5")):
        problem = pictures.size_problem(Path("x"), *size)
        assert problem is not None and words in problem.reason, size


def test_a_real_jpeg_passes_and_a_cut_one_is_refused(tmp_path: Path):
    data = jpeg(64, 48)
    (tmp_path / "a.jpg").write_bytes(data)
    (tmp_path / "b.jpg").write_bytes(data[: len(data) * 2 // 3])
    info = check_picture(tmp_path / "a.jpg")
    assert isinstance(info, PictureInfo) and (info.format, info.width, info.height) == (
        "JPEG", 64, 48)
    assert isinstance(check_picture(tmp_path / "b.jpg"), PictureProblem)


def test_a_jpeg_with_a_thumbnail_or_a_video_after_it_is_judged_by_its_own_end(tmp_path: Path):
    out = io.BytesIO()
    thumbnail = Image.new("RGB", (16, 12))
    exif = Image.Exif()
    exif[0x010E] = "a photo"
    photo = Image.new("RGB", (320, 240), (10, 200, 30))
    photo.save(out, "JPEG", progressive=True, exif=exif.tobytes())
    data = out.getvalue()
    with_thumb = io.BytesIO()
    thumbnail.save(with_thumb, "JPEG")  # a whole JPEG (with its own end) early in the file
    app1 = b"\xff\xe1" + (len(with_thumb.getvalue()) + 2).to_bytes(2, "big")
    data = data[:2] + app1 + with_thumb.getvalue() + data[2:]
    for name, content, ok in (("motion.jpg", data + b"\x00\x00\x00\x18ftypmp42" * 1000, True),
                              ("thumb.jpg", data, True),
                              ("cut.jpg", data[: len(data) - 200], False)):
        (tmp_path / name).write_bytes(content)
        assert isinstance(check_picture(tmp_path / name), PictureInfo) is ok, name
    assert pictures._jpeg_ends(data) and not pictures._jpeg_ends(data[:-2])  # only EOI cut


def test_the_format_comes_from_the_bytes_not_the_name(tmp_path: Path):
    (tmp_path / "really-a-png.jpg").write_bytes(GOOD)
    info = check_picture(tmp_path / "really-a-png.jpg")
    assert isinstance(info, PictureInfo) and info.format == "PNG"
    assert info.data == GOOD  # the window decodes exactly the bytes that were checked


def test_a_file_over_the_byte_limit_is_refused_without_reading_it(tmp_path: Path,
                                                                monkeypatch):
    monkeypatch.setattr(pictures, "MAX_BYTES", 1000)  # the limit the message names
    monkeypatch.setattr(pictures.files, "LIMITS", {"picture": 1000})  # the one the reader keeps
    (tmp_path / "big.png").write_bytes(GOOD + b"\x00" * 1000)
    problem = check_picture(tmp_path / "big.png")
    assert isinstance(problem, PictureProblem) and problem.code == "VR062"


def test_every_shipped_picture_passes_quickly():
    files = sorted((ROOT / "stories").rglob("*.png")) + sorted((ROOT / "assets").rglob("*.png"))
    assert len(files) > 10
    start = time.perf_counter()
    for path in files:
        assert isinstance(check_picture(path), PictureInfo), path
    assert time.perf_counter() - start < 2.0


def test_checking_never_raises_on_odd_paths(tmp_path: Path):
    for path in (tmp_path / "missing.png", tmp_path / ("a" * 300), Path("nul\0.png"),
                 tmp_path / "missing" / "x.png", Path("/dev/zero"), Path("/dev/null")):
        assert isinstance(check_picture(path), PictureProblem), path
