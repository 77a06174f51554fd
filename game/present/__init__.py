"""Presenters' shared words: pure functions and listeners (no pygame, no terminal) that turn
engine events and ledgers into sentences. The terminal, the window, and later speech and the
class log all say the same thing the same way because they say it through here."""
