"""Plan files in and out that are not iCalendar: the seed TOML format and CSV."""
