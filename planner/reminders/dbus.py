"""What the planner tells the desktop's message bus about itself, and where that bus is: shared by
the one-shot notifier (`desktop.py`) and the window's clickable notifications (`clickable.py`)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

APP_NAME = "Planner"
ICON = "appointment-soon"  # a freedesktop icon name every icon theme has


def session_bus_address(environ: Mapping[str, str] | None = None) -> str | None:
    """The session bus: as the environment says, else systemd's per-user bus socket (a cron job
    has no DBUS_SESSION_BUS_ADDRESS, but the logged-in officer's bus is still there)."""
    env = os.environ if environ is None else environ
    if env.get("DBUS_SESSION_BUS_ADDRESS"):
        return env["DBUS_SESSION_BUS_ADDRESS"]
    runtime = env.get("XDG_RUNTIME_DIR") or (f"/run/user/{os.getuid()}" if hasattr(os, "getuid") else "")
    socket = Path(runtime) / "bus" if runtime else None
    return f"unix:path={socket}" if socket is not None and socket.exists() else None
