"""How the suite runs things: each in a fresh process, timed from outside, with its peak memory.

Every process gets its own config and data folders (XDG_*), so neither the officer's settings
nor their plan is read or touched, and the window opens at its first-start size.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
AS_OF = "2022-06-15"  # "today" in the generated plans
# First paint is a quarter of a second against a target of 1.5x another quarter: on a shared
# machine a median of 5 moved by 0.05 from run to run, one of 11 by about half that.
FIRST_PAINT_RUNS = 11
START_RUNS = 5  # the app started to editing: a second or so each
# `planner ...` as the installed command runs it
PLANNER = [PY, "-c", "import sys; from planner.cli import main; sys.exit(main())"]


class Runner:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "config"),
                        XDG_DATA_HOME=str(folder / "data"), PYTHONPATH=str(ROOT))
        self.env.pop("PLANNER_DB", None)
        # As installed: compiled modules are kept (the warm-up run writes them), not compiled
        # again at every start because the shell asked Python not to write them.
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self._can_print: bool | None = None

    def _run(self, *cmd: str) -> tuple[float, float, float, str]:
        """Run `cmd`: (time it started, seconds to exit, its own peak resident MB from wait4, stdout)."""
        out_path = self.folder / "stdout.txt"
        started = time.time()
        t0 = time.perf_counter()
        with open(out_path, "w") as out, open(self.folder / "stderr.txt", "w") as err:
            proc = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=out, stderr=err)
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed with status {proc.returncode}:\n{(self.folder / 'stderr.txt').read_text()[-2000:]}")
        return started, wall, usage.ru_maxrss / 1024, out_path.read_text()

    # Measurements ------------------------------------------------------------------------------

    def seed_plan(self) -> Path:
        """A new plan file with the seed commitments, as the app makes it on its first start."""
        db = self.folder / "seed.sqlite"
        self._run(PY, "main.py", "--db", str(db), "--screenshot", str(self.folder / "seed.png"))
        return db

    def first_paint(self, db: Path, repeat: int) -> tuple[float, float, float]:
        """Median seconds from starting the process to the window's picture saved, for the
        planner on `db` and for the bare window, runs alternated; and the planner's peak MB."""
        app_cmd = [PY, "main.py", "--db", str(db), "--screenshot"]
        bare_cmd = [PY, str(HERE / "bare_window.py")]
        self._picture_after(app_cmd)  # one run each to warm the disk cache, not counted
        self._picture_after(bare_cmd)
        app, bare, peak = [], [], 0.0
        for _ in range(repeat):
            seconds, mb = self._picture_after(app_cmd)
            app.append(seconds)
            peak = max(peak, mb)
            bare.append(self._picture_after(bare_cmd)[0])
        return statistics.median(app), statistics.median(bare), peak

    def _picture_after(self, cmd: list[str]) -> tuple[float, float]:
        picture = self.folder / "picture.png"
        picture.unlink(missing_ok=True)
        started, _, mb, _ = self._run(*cmd, str(picture))
        # The file's last write is the moment the painted window was saved: what follows
        # (quitting, freeing the plan) is not part of start-up.
        return picture.stat().st_mtime_ns / 1e9 - started, mb

    def start_to_editing(self, db: Path, repeat: int) -> dict[str, float]:
        """Median seconds from starting the app (`main.py`, as the desktop entry does) on the
        existing plan `db` to the window shown, to editing available (the store attached, Edit →
        New commitment… enabled) and to the whole plan in the window. On a copy: the app writes
        (reminders delivered at its first start, which the uncounted first run does)."""
        plan = self.folder / f"start-{db.name}"
        shutil.copy(db, plan)
        with sqlite3.connect(plan) as connection:
            (total,) = connection.execute("SELECT count(*) FROM commitments").fetchone()
        runs: dict[str, list[float]] = {"shown": [], "editing": [], "whole": []}
        for n in range(repeat + 1):
            started, _, _, out = self._run(PY, str(HERE / "suite_start.py"), str(plan), str(total))
            moments = json.loads(out.strip().splitlines()[-1])
            if n == 0:
                continue  # warms the disk cache and delivers what came due: not counted
            for name in runs:
                if moments.get(name) is None:
                    raise RuntimeError(f"suite_start.py saw no '{name}' moment on {db}: {moments}")
                runs[name].append(moments[name] - started)
        return {name: statistics.median(values) for name, values in runs.items()}

    def longest_stall(self, db: Path, repeat: int) -> dict[str, float]:
        """Median over runs of the longest moment the window (`main.py`, as the desktop starts it)
        did not answer, from shown until the plan is whole, editable and its reminders caught up
        (`suite_stall.py`), and when it began. On a copy, as `start_to_editing`."""
        plan = self.folder / f"stall-{db.name}"
        shutil.copy(db, plan)
        with sqlite3.connect(plan) as connection:
            (total,) = connection.execute("SELECT count(*) FROM commitments").fetchone()
        runs = []
        for n in range(repeat + 1):
            _, _, _, out = self._run(PY, str(HERE / "suite_stall.py"), str(plan), str(total))
            if n:  # the first run delivers what came due and warms the disk cache: not counted
                runs.append(json.loads(out.strip().splitlines()[-1]))
        middle = sorted(runs, key=lambda r: r["stall_s"])[len(runs) // 2]
        return {"stall_s": middle["stall_s"], "at_s": middle["at_s"], "ready_s": middle["ready_s"]}

    def probe(self, script: str, *args: str) -> tuple[dict[str, object], float]:
        """Run a probe script; its JSON figures and its peak MB."""
        _, _, mb, out = self._run(PY, str(HERE / script), *args)
        return json.loads(out.strip().splitlines()[-1]), mb

    def cli(self, repeat: int, *args: str) -> tuple[float, float]:
        """Median seconds for `planner ARGS` from start to exit, and its peak MB."""
        runs = [self._run(*PLANNER, *args) for _ in range(repeat)]
        return statistics.median(r[1] for r in runs), max(r[2] for r in runs)

    def print_rows(self, db: Path, repeat: int) -> tuple[float | None, float]:
        """`planner print` of a 1,000-commitment plan to a tiled PDF: three years at 20 mm a
        month on A3 (2 pages across, about 20 down). None while there is no print command."""
        if not self.can_print():
            return None, 0.0
        tiles = ["--page", "A3", "--from", "2021-01", "--to", "2023-12", "--month-width", "20", "--as-of", AS_OF]
        return self.cli(repeat, "print", *tiles, "-o", str(self.folder / "print.pdf"), "--db", str(db))

    def can_print(self) -> bool:
        if self._can_print is None:
            help_run = subprocess.run([*PLANNER, "print", "--help"], cwd=ROOT, env=self.env, capture_output=True, text=True)
            self._can_print = help_run.returncode == 0
        return self._can_print
