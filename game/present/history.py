"""What the player has read this season, page by page: the history (scroll-back) and Back.

A listener of the campaign session's events, like the autosave: each scene, outcome, ending
and interlude becomes a `Page` as it is announced, with the changes told on it (what a choice
changed on its outcome, what arriving changed on the scene). Documents are not events (reading
is never a choice), so the front end says when one is opened (`read`). The window's History
screen and Back, and the terminal's `history` command, all read these pages and word them
with `shown`, so they say the same things in the same order.

Bounded: a season's pages at most (`PAGES`), and a new season starts afresh (keeping the
interludes shown just before it). Not saved: after Continue the history begins at the scene
resumed, since the save holds where the village is, not what was on screen.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from game.engine.campaign import CampaignSession
from game.engine.events import (
    Change,
    ChoiceMade,
    EndingReached,
    Event,
    InterludeShown,
    MemoryForgotten,
    MemoryRecorded,
    ResourceChanged,
    SceneEntered,
    SeasonFinished,
    SeasonResumed,
    SeasonStarted,
    TrustChanged,
)
from game.engine.model import Document, Interlude, Season
from game.lang.catalogue import Strings

from .lines import change_lines
from .pages import card, interlude_page

PAGES = 120  # a long season's worth (the shipped seasons are 25-28 pages); older ones drop off
CHANGES = (TrustChanged, ResourceChanged, MemoryRecorded, MemoryForgotten)


@dataclass(frozen=True, slots=True)
class Page:
    """One page as the player saw it. `kind`: scene, outcome, ending, interlude, document."""

    kind: str
    title: str
    text: tuple[str, ...] = ()
    changes: tuple[Change, ...] = ()  # outcome: what the choice changed; scene: arriving
    document: Document | None = None
    interlude: Interlude | None = None


class History:
    """Subscribe it to a `CampaignSession`; `pages` holds this season's, oldest first."""

    def __init__(self, play: CampaignSession, size: int = PAGES) -> None:
        self.play = play
        self.pages: deque[Page] = deque(maxlen=size)
        self._season_over = False

    def __call__(self, event: Event) -> None:
        if isinstance(event, (InterludeShown, SeasonStarted)) and self._season_over:
            self.pages.clear()  # a new season: its own history (its interludes first)
            self._season_over = False
        if isinstance(event, InterludeShown):
            interlude = self.play.campaign.interlude(event.interlude)
            if interlude is not None:
                self.pages.append(Page("interlude", interlude.title, interlude=interlude))
        elif isinstance(event, ChoiceMade):
            self.pages.append(Page("outcome", event.label, event.outcome))
        elif isinstance(event, SceneEntered):
            self._arrive("scene")
        elif isinstance(event, EndingReached):
            self._arrive("ending")
        elif isinstance(event, SeasonResumed):  # Continue: the history begins here
            self._arrive("ending" if self.play.ended else "scene")
            self._season_over = self.play.ended
        elif isinstance(event, CHANGES) and self.pages:
            last = self.pages[-1]
            self.pages[-1] = replace(last, changes=(*last.changes, event))
        elif isinstance(event, SeasonFinished):
            self._season_over = True

    def _arrive(self, kind: str) -> None:
        session = self.play.session
        node = session.ending if kind == "ending" else session.scene
        if node is None:
            return
        title = node.title or self.play.season.title
        self.pages.append(Page(kind, title, session.text()))

    def read(self, document: Document) -> None:
        """The player opened a document card (the front end tells; it is not an event)."""
        self.pages.append(Page("document", document.title, document=document))


def seen(pages: Sequence[Page], showing_outcome: bool) -> int:
    """How many pages the player has seen: all of them, unless an outcome is on screen,
    when the scene (or ending) it leads to is already heard but not yet shown."""
    if showing_outcome:
        for index in range(len(pages) - 1, -1, -1):
            if pages[index].kind == "outcome":
                return index + 1
    return len(pages)


def before_current(pages: Sequence[Page], showing_outcome: bool = False) -> list[Page]:
    """The pages seen before coming back to the one on screen (the last scene, outcome or
    ending seen), in reading order: documents read from it come after the pages before it,
    since they were read after it was first shown. What Back and `b` read back."""
    shown = list(pages)[:seen(pages, showing_outcome)]
    current = next((i for i in range(len(shown) - 1, -1, -1)
                    if shown[i].kind in ("scene", "outcome", "ending")), None)
    return shown if current is None else shown[:current] + shown[current + 1:]


@dataclass(frozen=True, slots=True)
class Shown:
    """A page in words: its heading and its lines as (text, style), style `body` or `small`."""

    heading: str
    lines: tuple[tuple[str, str], ...]


def shown(words: Strings, season: Season, page: Page) -> Shown:
    """A page in the player's words, in the order it was on screen."""
    changes = change_lines(words, season, page.changes)
    body = [(paragraph, "body") for paragraph in page.text]
    if page.kind == "scene":
        arrived = [(words._("On arriving: {change}", change=line), "small") for line in changes]
        return Shown(page.title, (*arrived, *body))
    if page.kind == "outcome":
        return Shown(words._("You chose: {choice}", choice=page.title),
                     (*body, *((line, "small") for line in changes)))
    if page.kind == "ending":
        return Shown(words._("Ending: {title}", title=page.title), tuple(body))
    if page.kind == "interlude" and page.interlude is not None:
        told = interlude_page(words, page.interlude)
        lines = [(p, "body") for p in told.paragraphs] + [(t, "small") for t in told.timeline]
        return Shown(told.title, (*lines, *([(told.note, "small")] if told.note else [])))
    if page.kind == "document" and page.document is not None:
        told_card = card(words, page.document)
        return Shown(words._("You read: {title}", title=told_card.title), (
            (told_card.kind, "small"), *((p, "body") for p in told_card.paragraphs),
            (told_card.citation, "small"),
            *([(told_card.archive, "small")] if told_card.archive else [])))
    return Shown(page.title, tuple(body))


def worded(words: Strings, season: Season, pages: Iterable[Page]) -> list[Shown]:
    return [shown(words, season, page) for page in pages]
