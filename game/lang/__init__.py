"""Languages: the UI catalogue (`catalogue`), a season's texts by key (`story`), PO files for
translators (`po`) and a pseudo-language for tests (`pseudo`). Pure: no pygame, and it
imports only `game.engine`, so the terminal, the window and a browser build share it."""
