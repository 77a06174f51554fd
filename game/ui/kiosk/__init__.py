"""The kiosk mode's window side: the controller and its screens (the pure parts are in
`game.kiosk`)."""
