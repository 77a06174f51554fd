"""The museum kiosk's pure parts: its configuration, the anonymous counters, the health file
for the museum's IT, and the staff report. The window side is in `game.ui.kiosk`."""
