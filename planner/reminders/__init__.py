"""Reminders in the running app: the scheduler that delivers them on time, and the ways to
show them (desktop notifications, the tray icon, login autostart)."""
