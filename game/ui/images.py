"""Pictures: checked before they are decoded, loaded once, scaled once per size.

SDL_image and `smoothscale` can kill the process on a hostile picture, beyond any `except`
(a valid 30000x30000 PNG segfaults, a 1x200000 one corrupts the heap). So nothing here
decodes a file that `game.engine.pictures` has not passed, and it decodes exactly the bytes
that were checked. A picture that cannot be shown is a plain placeholder in its place and a
notice that the app shows once (`notice()`), never a crash.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.engine.pictures import PictureInfo, PictureProblem, check_picture, size_problem
from game.lang.marks import N_

from .bounded import Bounded
from .layout import Box
from .theme import RGB

PICTURE_UNAVAILABLE = N_("Picture unavailable")  # drawn in place of a refused picture
MIN_SIDE = 2  # never scale to less: smoothscale to 1 px wide corrupted the heap


@dataclass(frozen=True, slots=True)
class Placeholder:
    """How to draw a picture that cannot be shown: a box in `fill` with `text` in `ink`."""

    fill: RGB
    ink: RGB
    font: pygame.font.Font
    text: str = PICTURE_UNAVAILABLE


PICTURES_KEPT = 4  # decoded at full size (2.7 MB each at 960x720): this screen and the
#                    next; decoding one again costs about 10 ms on a page turn
SIZES_KEPT = 6  # scaled copies (up to 8 MB each at 1920x1080): a few screens at one size
# and at most this many bytes of each (a teacher's 12 MP photo is 48 MB decoded)
DECODED_BYTES = 64 << 20
SCALED_BYTES = 24 << 20  # three full-screen copies at 1920x1080


def surface_bytes(surface: pygame.Surface) -> int:
    """What a surface holds in memory (its pixels; the rest is small)."""
    return surface.get_pitch() * surface.get_height()


class Images:
    def __init__(self, check: Callable[[Path], PictureInfo | PictureProblem] = check_picture
                 ) -> None:
        self._check = check
        self._loaded: Bounded[Path, pygame.Surface] = Bounded(PICTURES_KEPT, surface_bytes,
                                                              DECODED_BYTES)
        self._refused: set[Path] = set()  # told once; never decoded again
        self._scaled: Bounded[tuple[Path, int, int, bool], pygame.Surface] = Bounded(
            SIZES_KEPT, surface_bytes, SCALED_BYTES)
        self._placeholder: tuple[tuple, pygame.Surface] | None = None
        self.problems: list[str] = []  # one line each, for teachers, in the order found
        self._told = 0  # how many of `problems` `notice()` has already handed out

    def load(self, path: Path | None) -> pygame.Surface | None:
        if path is None:
            return None
        if path in self._refused:
            return None
        image = self._loaded.get(path)
        if image is None:
            image = self._decode(path)
            if image is None:
                self._refused.add(path)
            else:
                self._loaded.put(path, image)
        return image

    def _decode(self, path: Path) -> pygame.Surface | None:
        checked = self._check(path)
        if isinstance(checked, PictureProblem):
            return self._refuse(path, f"{checked.reason}; {checked.hint}")
        try:
            hint = "picture.png" if checked.format == "PNG" else "picture.jpg"
            image = pygame.image.load(io.BytesIO(checked.data), hint)
            if size_problem(path, *image.get_size()) or image.get_size() != (
                    checked.width, checked.height):  # the decoder disagrees with the header
                return self._refuse(path, "cannot be shown: it is damaged; open it in an "
                                    "image editor and save it again as PNG or JPEG")
            if pygame.display.get_surface():
                return image.convert()
            return image if image.get_bitsize() in (24, 32) else image.convert(32)  # smoothable
        except (pygame.error, OSError, ValueError, MemoryError):
            return self._refuse(path, "cannot be shown: it is damaged or incomplete; open it "
                                "in an image editor and save it again as PNG or JPEG")

    def _refuse(self, path: Path, why: str) -> None:
        self.problems.append(f"The picture {'/'.join(path.parts[-2:])} {why}.")
        return None

    def notice(self) -> str:
        """The problems found since the last call, as one line to show; '' if none.
        Each problem is handed out once, however often its picture is drawn."""
        new, self._told = self.problems[self._told:], len(self.problems)
        if len(new) <= 1:
            return "".join(new)
        return (f"{len(new)} pictures cannot be shown. The first: {new[0]} "
                "`python -m game validate` lists them all.")

    def fitted(self, path: Path | None, box: Box, cover: bool = False,
               placeholder: Placeholder | None = None
               ) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """The picture scaled to fit inside `box` (or to cover it), and where to draw it.
        A picture that cannot be shown gives the `placeholder` filling `box`, if one is
        given, and None otherwise (as does no picture at all)."""
        if path is None or box.w < MIN_SIDE or box.h < MIN_SIDE:
            return None
        image = self.load(path)
        if image is None:
            return (self._unavailable(box, placeholder), (box.x, box.y)) if placeholder else None
        width, height = image.get_size()
        scale = (max if cover else min)(box.w / width, box.h / height)
        size = (round(width * scale), round(height * scale))
        if min(size) < MIN_SIDE:
            return None
        key = (path, *size, cover)
        scaled = self._scaled.get(key)
        if scaled is None:
            try:
                scaled = self._scaled.put(key, pygame.transform.smoothscale(image, size))
            except (pygame.error, ValueError):  # e.g. a surface depth it cannot smooth
                scaled = self._scaled.put(key, pygame.transform.scale(image, size))
        x = box.x + (box.w - size[0]) // 2
        y = box.y + (box.h - size[1]) // 2 if cover else box.y
        return scaled, (x, y)

    def _unavailable(self, box: Box, look: Placeholder) -> pygame.Surface:
        """A muted box with one word in the middle, drawn once per size and look."""
        key = (box.w, box.h, look)
        if self._placeholder is None or self._placeholder[0] != key:
            surface = pygame.Surface((box.w, box.h))
            surface.fill(look.fill)
            text = look.font.render(look.text, True, look.ink)
            surface.blit(text, ((box.w - text.get_width()) // 2,
                                (box.h - text.get_height()) // 2))
            self._placeholder = (key, surface)
        return self._placeholder[1]
