"""A presenter in a few lines: print every event the engine sends while a season plays.

Every front end of the game (the terminal, the window, later speech and the class log) is
built this way: it subscribes to a `CampaignSession` and reacts to the events it cares
about. Run it from the project folder:

    python examples/print_events.py stories/famine.yaml
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from game.engine import CampaignSession, Library, as_campaign
from game.engine.events import Event, TrustChanged


def show(event: Event) -> None:
    if isinstance(event, TrustChanged):
        print(f"  trust {event.before} -> {event.after}: {event.reason}  [{event.key}]")
    else:
        print(type(event).__name__, event)


def main(path: str, seed: int = 1) -> int:
    result = Library().load(Path(path))
    if not result.ok:
        for problem in result.diagnostics:
            print(problem.one_line(), file=sys.stderr)
        return 1
    play = CampaignSession(as_campaign(result.model))
    play.subscribe(show)
    play.begin()
    chooser = random.Random(seed)
    while True:
        while not play.ended:
            play.choose(chooser.choice([v.id for v in play.choices() if v.available]))
        if play.following is None:
            return 0
        play.next_season()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
