"""An open store loses nothing when its own process opens and closes the plan's files while
another process writes (the mechanism behind lost edits with a WAL connection held open: closing
any descriptor of a file drops the process's POSIX locks on it, and the other process, taking
itself for the last user, deletes the WAL)."""
import sqlite3
import subprocess
import sys
from pathlib import Path

from planner.store.opening import open_plan_store

OTHER_PROCESS = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], timeout=5)
db.execute("PRAGMA journal_mode=WAL")
db.execute("UPDATE commitments SET description = ? WHERE id = ?", (sys.argv[3], int(sys.argv[2])))
db.commit()
db.close()
"""


def another_process_writes(path: Path, commitment_id: int, description: str) -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(path), str(commitment_id), description], check=True, timeout=60)


def open_and_close_the_plan_files(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists():
            with open(name, "rb") as f:
                f.read(16)


def test_another_process_s_writes_survive_our_process_touching_the_plan_files(tmp_path, clock):
    path = tmp_path / "plan.sqlite"
    store = open_plan_store(f"sqlite:///{path}", clock)
    try:
        first, second, third = store.load_plan().commitments[:3]
        open_and_close_the_plan_files(path)
        another_process_writes(path, first.id, "theirs, one")
        store.update_commitment(store.commitment(second.id).changed(actor="Ours"))
        another_process_writes(path, third.id, "theirs, two")
        assert store.commitment(third.id).description == "theirs, two"  # seen fresh, not from a stale WAL
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        got = dict(db.execute("SELECT id, description FROM commitments").fetchall())
        actor = db.execute("SELECT actor FROM commitments WHERE id = ?", (second.id,)).fetchone()[0]
    db.close()
    assert (got[first.id], got[third.id], actor) == ("theirs, one", "theirs, two", "Ours")
