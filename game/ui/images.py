"""Pictures: loaded once, scaled once per size, and never a crash if a file is damaged."""

from __future__ import annotations

from pathlib import Path

import pygame

from .layout import Box


class Images:
    def __init__(self) -> None:
        self._loaded: dict[Path, pygame.Surface | None] = {}
        self._scaled: dict[tuple[Path, int, int, bool], pygame.Surface] = {}
        self.problems: list[str] = []

    def load(self, path: Path | None) -> pygame.Surface | None:
        if path is None:
            return None
        if path not in self._loaded:
            try:
                image = pygame.image.load(str(path))
                self._loaded[path] = image.convert() if pygame.display.get_surface() else image
            except (pygame.error, OSError, FileNotFoundError) as err:
                self.problems.append(f"{path}: the picture cannot be shown ({err}); check that "
                                     "it is a PNG or JPEG file")
                self._loaded[path] = None
        return self._loaded[path]

    def fitted(self, path: Path | None, box: Box, cover: bool = False
               ) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """The picture scaled to fit inside `box` (or to cover it), and where to draw it."""
        image = self.load(path)
        if image is None or box.w <= 0 or box.h <= 0:
            return None
        width, height = image.get_size()
        scale = (max if cover else min)(box.w / width, box.h / height)
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        key = (path, *size, cover)  # type: ignore[misc]
        scaled = self._scaled.get(key)  # type: ignore[arg-type]
        if scaled is None:
            scaled = self._scaled[key] = pygame.transform.smoothscale(image, size)  # type: ignore[index]
        x = box.x + (box.w - size[0]) // 2
        y = box.y + (box.h - size[1]) // 2 if cover else box.y
        return scaled, (x, y)
