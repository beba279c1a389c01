"""One fuzz case: a command run in-process on a copy of the plan, and what must hold after it.

No traceback, exit status 0 or 2 (1 from `remind` when reminders were due); refused means every
table of the plan exactly as before; accepted means the plan still exports to .ics, prints, and
paints the window's first look.
"""
from __future__ import annotations

import io
import itertools
import tempfile
import traceback
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import event

from planner.cli import main
from tests.plan_snapshot import snapshot

from .conftest import CLOCK, fresh_copy

_counter = itertools.count()


def run(argv: list[str]) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `planner ARGV`; any exception but SystemExit fails."""
    out, err = io.StringIO(), io.StringIO()
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv, clock=CLOCK)
    except SystemExit as stop:  # argparse's own refusals: usage and one line, status 2
        code = stop.code if isinstance(stop.code, int) else 2
    except BaseException:
        raise AssertionError(f"planner {argv!r} raised:\n{traceback.format_exc()}") from None
    return code, out.getvalue(), err.getvalue()


class Case:
    """A fresh copy of the seeded plan in its own folder."""

    def __init__(self, template: Path) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=f"case{next(_counter)}-"))
        self.db = fresh_copy(template, self.folder)
        self.out = ""  # what the last command printed


    def file(self, name: str, data: bytes) -> str:
        path = self.folder / name
        path.write_bytes(data)
        return str(path)

    def command(self, *argv: str, allowed: tuple[int, ...] = (0, 2)) -> int:
        before = snapshot(self.db)
        code, out, err = run(["--db", str(self.db), *argv])
        self.out = out
        event(f"{argv[0]}: exit {code}")  # --hypothesis-show-statistics: how many were accepted
        assert code in allowed, f"planner {argv!r} exited {code}: {err or out}"
        assert "Traceback" not in err and "Traceback" not in out, err
        if code == 2:
            assert err.strip(), f"planner {argv!r} refused without saying why"
            assert snapshot(self.db) == before, f"planner {argv!r} was refused ({err.strip()}) but changed the plan"
        return code

    def still_served(self, paint, copy_allowed: tuple[int, ...] = (0,)) -> None:  # type: ignore[no-untyped-def]
        """After an accepted change: the plan exports, prints, copies to a new database (what the
        gate let in, the copy's own check and PostgreSQL's columns take too) and paints."""
        code, out, err = run(["--db", str(self.db), "export", "ics", "-o", str(self.folder / "out.ics")])
        assert code == 0, f"export ics failed after an accepted change: {err}"
        code, out, err = run(["--db", str(self.db), "print", "-o", str(self.folder / "out.png"), "--dpi", "30"])
        assert code == 0, f"print failed after an accepted change: {err}"
        code, out, err = run(["copy", "--from", str(self.db), "--to", str(self.folder / "copy.sqlite")])
        assert code in copy_allowed, f"copy failed after an accepted change: {err}"
        assert "Traceback" not in err, err
        paint(self.db)
