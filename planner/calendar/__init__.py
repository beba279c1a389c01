"""iCalendar in and out: export (events, to-dos), import, the subscription feed and publishing."""
