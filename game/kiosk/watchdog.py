"""systemd's watchdog, fed by the kiosk's loop: with `WatchdogSec=` in the unit, systemd
restarts a kiosk whose loop has stopped turning (a hang, not only a crash). The messages go
over the local socket systemd names in `NOTIFY_SOCKET` (sd_notify's protocol); without it,
nothing is sent. No network: it is a Unix socket on this computer."""

from __future__ import annotations

import os
import socket


def notify(message: str, environ: dict[str, str] | None = None) -> bool:
    """Send `READY=1`, `WATCHDOG=1` or `STATUS=...`; False when there is no systemd to tell
    (or it cannot be reached: the kiosk goes on either way)."""
    address = (environ if environ is not None else os.environ).get("NOTIFY_SOCKET", "")
    if not address or not hasattr(socket, "AF_UNIX"):
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(message.encode(), address)
    except OSError:
        return False
    return True
