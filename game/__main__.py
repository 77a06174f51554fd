"""`python -m game …`: every subcommand lives in game.cli."""

from game.cli.main import main

raise SystemExit(main())
