"""Where the planner's memory goes once its window is idle on a plan (run by hand).

    .venv/bin/python benchmarks/bench_memory.py [--count 10000] [--top 25] [--no-trace] [--pymalloc] [--first-start]

Starts the app as the desktop does (`main.py` on a copy of the generated plan of COUNT
commitments, offscreen; a copy opened before, so an everyday start, unless --first-start), waits
until editing is available, the whole plan is in the window and --wait seconds more have passed, then prints the process's resident memory (VmRSS, VmHWM), the
Python heap that tracemalloc saw, by file and by line, and what `linecache` holds. tracemalloc
is started before anything is imported and costs memory itself: the resident figures are
printed again without it (--no-trace) for the true ones.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
PYMALLOC = "--pymalloc" in sys.argv


def status_mb() -> dict[str, float]:
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                out[name] = int(value.split()[0]) / 1024
    return out


def c_heap() -> dict[str, float]:
    """glibc's view of the C heap (Qt, SQLite, Python's larger objects): in use and free."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = MallInfo2
    m = libc.mallinfo2()
    return {"in use": round(m.uordblks / 2**20, 1), "free in heap": round(m.fordblks / 2**20, 1), "mmapped": round(m.hblkhd / 2**20, 1)}


def report(top: int) -> None:
    import collections
    import gc
    import linecache

    print("resident, idle (MB):", {k: round(v, 1) for k, v in status_mb().items()})
    lines = sum(len(line) for entry in linecache.cache.values() if len(entry) == 4 for line in entry[2])
    print(f"linecache: {len(linecache.cache)} files, {lines / 1e6:.1f} MB of text in their lines")
    kinds = collections.Counter(type(o).__name__ for o in gc.get_objects())
    print(f"gc: {sum(kinds.values()):,} tracked objects, most:", ", ".join(f"{n} {k:,}" for n, k in kinds.most_common(8)))
    print("C heap (glibc mallinfo2, MB):", c_heap())
    print(f"Python objects: {sys.getallocatedblocks():,} blocks in use")
    if PYMALLOC:
        sys._debugmallocstats()  # Python's own allocator: its arenas, and how full they are (to stderr)
    if not tracemalloc.is_tracing():
        return
    snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
    total = sum(s.size for s in snapshot.statistics("filename"))
    print(f"tracemalloc: {total / 1e6:.1f} MB traced")
    for key in ("filename", "lineno"):
        print(f"\n-- by {key} --")
        for stat in snapshot.statistics(key)[:top]:
            frame = stat.traceback[0]
            where = frame.filename.replace(str(ROOT) + "/", "").replace(sys.prefix, "<venv>")
            where = where if key == "filename" else f"{where}:{frame.lineno}"
            print(f"{stat.size / 1e6:8.2f} MB {stat.count:9,} blocks  {where}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--count", type=int, default=10_000)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--no-trace", action="store_true")
    p.add_argument("--pymalloc", action="store_true", help="also Python's allocator statistics (sys._debugmallocstats)")
    p.add_argument("--wait", type=float, default=3.0, help="seconds from the whole plan in the window to the figures")
    p.add_argument("--first-start", action="store_true", help="on a fresh copy of the plan: its reminders are planned for the first time")
    p.add_argument("--plans", type=Path, default=ROOT / "build" / "bench-plans")
    args = p.parse_args()
    if not args.no_trace:
        tracemalloc.start(1)
    # Made in a process of its own: importing the generator here would load SQLAlchemy and the
    # planner's import code before the app does, and change what is measured.
    subprocess.run([sys.executable, str(HERE / "generate_plan.py"), "--count", str(args.count), "--out", str(args.plans)],
                   check=True, stdout=subprocess.DEVNULL)
    db = args.plans / f"plan-{args.count}.sqlite"
    sys.path[:0] = [str(ROOT)]
    folder = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    os.environ.update(XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"))
    # A plan opened before, as on every start but the first, unless --first-start.
    plan = folder / db.name if args.first_start else args.plans / f"opened-{db.name}"
    if args.first_start or not plan.exists() or plan.stat().st_mtime < db.stat().st_mtime:
        shutil.copy(db, plan)
    import runpy

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from planner.ui.main_window import MainWindow

    def look() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].doc.editable and len(windows[0].doc.plan.commitments) == args.count:
            QTimer.singleShot(int(args.wait * 1000), lambda: (report(args.top), app.quit()))
            return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    sys.argv = [str(ROOT / "main.py"), "--db", str(plan)]
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit:
        pass
    shutil.rmtree(folder, ignore_errors=True)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
