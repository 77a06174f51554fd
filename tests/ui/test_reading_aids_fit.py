"""Every screen still fits with every reading aid at once (issue 15 item 3): 200 % text, wide
text spacing (WCAG 1.4.12) and either font, in English and in Russian, at 1280x720,
1024x768, 1920x1080 and 1080x1920 upright.

"Fits" is what the layout and reach tests already mean, applied to every scene (as first
reached, and with everything high or low), every outcome, every ending and every other page:
text inside its pane and never overlapping, lines of at most about 75 characters, targets of
at least 44 px with their labels inside them (`test_layout.check`); the first choice docked
on screen, a cue when more follow, the rest reachable by scrolling, a Menu button on every
page of a season (`test_reach.Matrix`); on the other pages the first button on screen and
every other one on screen whole once scrolled to (at 200 % without spacing the reach test
asks more of them: every button without scrolling, which wide spacing cannot keep).
Nothing is drawn: the screens' layouts are checked as built, which is what `draw` paints
and `describe` reports.
"""

from __future__ import annotations

import pygame
import pytest

from game.engine.campaign import CampaignState
from game.engine.model import Campaign
from game.engine.settings import Settings
from game.engine.starting import Start, begin
from game.lang.translate import in_language
from game.ui.app import App
from game.ui.run import Run
from game.ui.screen import Screen
from game.ui.screens import REGISTRY
from tests.conftest import STORIES
from tests.helpers import load
from tests.ui.test_layout import check
from tests.ui.test_reach import OTHERS, PAGES, Matrix, inside, states

SIZES = ((1280, 720), (1024, 768), (1920, 1080), (1080, 1920))
AIDS = (("en", "standard"), ("en", "easy-reading"), ("ru", "standard"), ("ru", "easy-reading"))


@pytest.fixture(scope="module")
def campaigns() -> dict[str, Campaign]:
    english = load(STORIES / "campaign.yaml").model
    assert isinstance(english, Campaign)
    russian, notices = in_language(english, "ru")
    assert isinstance(russian, Campaign) and not notices
    return {"en": english, "ru": russian}


def laid_out(matrix: Matrix, app: App, label: str) -> list[str]:
    """`test_layout.check` over every scene page and every other page, as problems."""
    problems = []

    def checked(screen, where: str, page: bool = False) -> None:  # type: ignore[no-untyped-def]
        app.replace(screen)
        try:
            check(screen, app)
        except AssertionError as err:
            problems.append(f"{where}: {str(err).splitlines()[0][:160]}")
        if page:
            problems.extend(f"{where}: {problem}" for problem in reachable(app, screen))

    for index, season in enumerate(matrix.campaign.seasons):
        for scene_id in season.scenes:
            for n, state in enumerate(states(season, scene_id)):
                screen, _ = matrix.play_screen(app, index, state)
                checked(screen, f"{label} {season.id}/{scene_id} state {n}")
        start = begin(season, Start(next(iter(season.scenes))))[0]
        for name in PAGES + (OTHERS if index == 0 else ()):
            run = Run(matrix.campaign, matrix.data / "fit.json",
                      CampaignState(matrix.campaign.id, index, start))
            run.play.begin()
            checked(REGISTRY[name](app, run, ()), f"{label} {season.id} {name}", page=True)
    return problems


def reachable(app: App, screen: Screen) -> list[str]:
    """A page's buttons: the first on screen as it opens, every other one on screen whole
    once scrolled to (as Tab or a drag would), and a Menu button on a season's pages."""
    size = app.surface.get_size()
    buttons = [e for e in Screen.describe(screen).elements if e.role == "button" and e.key]
    if not buttons:
        return ["nothing to press"]
    order = [t.key for t in screen.targets()]
    first = min(buttons, key=lambda e: order.index(e.key) if e.key in order else len(order))
    view = screen.viewport
    held = {t.key for t in screen.fixed} | {t.key for t in screen.dock.targets}
    problems = []
    if not inside(first, size) or (first.key not in held and not (
            first.rect[1] >= view.y and first.rect[1] + first.rect[3] <= view.bottom)):
        problems.append(f"the first button ({first.text}) is not on screen")
    for element in buttons:
        if element.key in held:
            if not inside(element, size):
                problems.append(f"{element.text} is outside the window")
            continue
        screen._reveal(element.key)
        now = next(e for e in Screen.describe(screen).elements if e.key == element.key)
        if now.rect[1] < view.y or now.rect[1] + now.rect[3] > view.bottom:
            problems.append(f"{element.text} cannot be scrolled into view whole")
    return problems


@pytest.mark.parametrize(("language", "font"), AIDS, ids=lambda v: v)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_fits_with_every_reading_aid(campaigns, tmp_path, size, language, font):
    settings = Settings(text_scale=200, text_spacing=True, font=font, language=language,
                        text_speed="instant")
    campaign = campaigns[language]
    app = App(campaign, tmp_path, surface=pygame.Surface(size), settings=settings)
    assert app.metrics.spacing and app.strings.language == language
    matrix = Matrix(campaign, tmp_path)
    label = f"{size[0]}x{size[1]} {language} {font}"
    matrix.scenes(app, 200, label)
    problems = matrix.problems + laid_out(matrix, app, label)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:30])


def test_the_fit_check_sees_a_line_outside_its_pane(campaigns, tmp_path):
    """The check can fail: a line pushed past the pane's right edge is reported."""
    app = App(campaigns["en"], tmp_path, surface=pygame.Surface((1280, 720)),
              settings=Settings(text_scale=200, text_spacing=True, text_speed="instant"))
    matrix = Matrix(campaigns["en"], tmp_path)
    season = matrix.campaign.seasons[0]
    screen, _ = matrix.play_screen(app, 0, begin(season, Start(next(iter(season.scenes))))[0])
    app.replace(screen)
    assert screen.flow is not None
    line = screen.flow.lines[0]
    screen.flow.lines[0] = line._replace(box=line.box._replace(w=screen.viewport.w * 2))
    with pytest.raises(AssertionError):
        check(screen, app)
