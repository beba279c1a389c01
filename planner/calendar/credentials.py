"""CalDAV passwords: from the system keyring, else asked for. Never stored in the plan file and
never taken from the command line (where shell history and process lists would keep them)."""
from __future__ import annotations

from typing import Callable

SERVICE = "planner CalDAV"


def account(url: str, user: str) -> str:
    """The keyring entry name: one password per user and server address."""
    return f"{user}@{url.rstrip('/')}"


def stored_password(url: str, user: str) -> str | None:
    """The password in the system keyring, or None (also when no keyring is available)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, account(url, user))
        except KeyringError:
            return None
    except Exception:  # no keyring backend on this system (e.g. a headless server)
        return None


def store_password(url: str, user: str, password: str) -> bool:
    """Keep the password in the system keyring; False when there is none to keep it in."""
    try:
        import keyring

        keyring.set_password(SERVICE, account(url, user), password)
        return True
    except Exception:
        return False


def password_for(url: str, user: str, ask: Callable[[str], str]) -> str:
    """The keyring's password, else what `ask(prompt)` returns (getpass on a terminal, a dialog
    in the window)."""
    found = stored_password(url, user)
    if found is not None:
        return found
    return ask(f"Password for {user} at {url}: ")
