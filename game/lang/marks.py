"""`N_`: marks a message kept in a constant so Babel extracts it into the catalogue; it is
translated where it is shown, with `strings._(CONSTANT)`. Its own module, importing
nothing, so marking a constant costs a module that lists names (the CLI) nothing."""

from __future__ import annotations


def N_(message: str) -> str:
    return message
