"""The command line's counted phrases ("%n commitment(s)"): each language's forms for a count come
from the catalogues (French says "0 engagement", German "0 Verpflichtungen"); see
planner.i18n.Counted for why they are methods of a class named like their context."""
from __future__ import annotations

from planner.i18n import Counted


class Cli(Counted):
    def commitments(self, n: int) -> str:
        return self.tr("%Ln commitment(s)", "", n)

    def wrote(self, n: int) -> str:
        return self.tr("Wrote %Ln commitment(s) to {file}.", "", n)

    def wrote_with_key_dates(self, n: int) -> str:
        return self.tr("Wrote %Ln commitment(s) and {key_dates} to {file}.", "", n)

    def key_dates(self, n: int) -> str:
        return self.tr("%Ln key date(s)", "", n)

    def listed(self, n: int) -> str:
        return self.tr("%Ln commitment(s), status as of {day}.", "", n)

    def reminders_due(self, n: int, peek: bool) -> str:
        if peek:
            return self.tr("%Ln reminder(s) due (not marked shown: --peek).", "", n)
        return self.tr("%Ln reminder(s) due, now marked shown.", "", n)

    def proposed(self, n: int) -> str:
        return self.tr("{document}: %Ln proposed commitment(s).", "", n)

    def read_proposals(self, n: int) -> str:
        return self.tr("Read {document}: %Ln proposal(s)", "", n)

    def added_to(self, n: int) -> str:
        return self.tr("%Ln added to {strategy}", "", n)

    def already_in_plan(self, n: int) -> str:
        return self.tr("%Ln already in the plan", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%Ln page(s)", "", n)

    def rows(self, n: int) -> str:
        return self.tr("%Ln row(s)", "", n)

    def tables(self, n: int) -> str:
        return self.tr("%Ln table(s)", "", n)

    def files_in(self, n: int) -> str:
        return self.tr("%Ln file(s) in {folder}", "", n)

    def icons(self, n: int) -> str:
        return self.tr("and %Ln icon(s)", "", n)


COUNTED = Cli()
