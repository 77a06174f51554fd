"""The classroom kit: path codes students hand in, and the teacher's class report.

Pure Python like the engine (no pygame, no network): codes are made and replayed through the
engine, and the report is HTML and CSV written from what the replays say.
"""
