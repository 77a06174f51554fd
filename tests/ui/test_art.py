"""The illustrations are drawn by `game/ui/art.py` from recipes: every recipe renders, the
drawing is deterministic, the committed PNGs are what the script draws, and every scene of
the shipped seasons has a picture with alt text. (conftest sets SDL_VIDEODRIVER=dummy;
painting never opens a window anyway.)"""

from __future__ import annotations

import pygame
import pytest

from game.ui.art import Recipe, paint
from game.ui.art_motifs import MOTIFS
from game.ui.art_recipes import ARTWORKS
from tests.conftest import ROOT, STORIES
from tests.helpers import load

SEASONS = ("famine", "war", "reconstruction")
BY_PATH = {(ROOT / art.path).resolve(): art for art in ARTWORKS}


def pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGB")


@pytest.mark.parametrize("art", ARTWORKS, ids=lambda a: a.path)
def test_every_recipe_renders_at_its_size(art):
    """At a quarter of the size, to keep the suite fast; the full size is checked below."""
    small = (art.size[0] // 4, art.size[1] // 4)
    assert paint(art.recipe, small).get_size() == small


@pytest.mark.parametrize("recipe", [
    Recipe("knock", "ochre", "dusk", "snow", "winter", seed=7, props=("child", "lit")),
    Recipe("stove", "frost", "night", "snow", "winter", seed=8, props=("cat",)),
])
def test_the_same_recipe_gives_the_same_pixels(recipe):
    assert pixels(paint(recipe, (320, 240))) == pixels(paint(recipe, (320, 240)))
    other = Recipe(recipe.motif, recipe.palette, recipe.time, recipe.weather, recipe.season,
                   seed=recipe.seed + 1, props=recipe.props)
    assert pixels(paint(other, (320, 240))) != pixels(paint(recipe, (320, 240)))


def test_a_recipe_with_an_unknown_motif_or_prop_fails_loudly():
    with pytest.raises(ValueError, match="unknown motif"):
        paint(Recipe("volcano"))
    with pytest.raises(ValueError, match="props"):
        paint(Recipe("knock", props=("dragon",)))
    assert set(MOTIFS) >= {a.recipe.motif for a in ARTWORKS}


@pytest.fixture(scope="module")
def seasons():
    models = {}
    for season in SEASONS:
        result = load(STORIES / f"{season}.yaml")
        assert result.ok, [d.one_line() for d in result.diagnostics]
        models[season] = result.model
    return models


def test_every_image_a_season_names_exists_at_its_recipes_size(seasons):
    named = [s.image.path for season in seasons.values() for s in season.scenes.values()
             if s.image is not None]
    assert named
    for path in named:
        assert path.is_file(), path
        art = BY_PATH.get(path.resolve())
        assert art is not None, f"{path} has no recipe in art_recipes.py"
        assert pygame.image.load(str(path)).get_size() == art.size, path
    for art in ARTWORKS:  # covers and the title picture too
        assert (ROOT / art.path).is_file(), f"{art.path}: run `python -m game art`"


@pytest.mark.parametrize("path", ["stories/images/war/victory.png",
                                  "stories/images/war/winter_1943.png"])
def test_the_committed_png_is_what_the_script_draws(path):
    art = BY_PATH[(ROOT / path).resolve()]
    committed = pygame.image.load(str(ROOT / path))
    assert pixels(committed) == pixels(paint(art.recipe, art.size)), (
        f"{path} differs from its recipe: run `python -m game art`")


def test_every_scene_has_an_image_with_alt_text(seasons):
    for season in seasons.values():
        for scene in season.scenes.values():
            assert scene.image is not None, f"{season.id}/{scene.id} has no image"
            assert scene.image.alt.strip(), f"{season.id}/{scene.id} has no alt text"
            assert len(scene.image.alt.split()) <= 30, f"{season.id}/{scene.id}: alt too long"
