"""The schema check on every open reads the migrations' files itself; Alembic agrees with it."""
import sys

from planner.store import engine as engines
from planner.store.opening import open_plan_store


def test_the_newest_migration_read_from_the_files_is_alembics_head():
    assert engines.newest_revision() == engines.head_revision()


def test_a_plan_opened_again_is_at_the_newest_revision_and_an_empty_file_is_at_none(tmp_path, clock):
    url = f"sqlite:///{tmp_path / 'plan.sqlite'}"
    open_plan_store(url, clock, seed=False).close()
    store = open_plan_store(url, clock, seed=False)
    try:
        assert engines.stored_revision(store.engine) == engines.newest_revision()
    finally:
        store.close()
    empty = engines.create(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    try:
        assert engines.stored_revision(empty) is None
    finally:
        empty.dispose()


def test_opening_an_up_to_date_plan_does_not_load_alembic(tmp_path):
    import subprocess

    url = f"sqlite:///{tmp_path / 'plan.sqlite'}"
    script = (
        "import sys\n"
        "from planner.domain.clock import SystemClock\n"
        "from planner.store.opening import open_plan_store\n"
        f"open_plan_store({url!r}, SystemClock(), seed=False).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"  # a new file is migrated by Alembic
    assert again.stdout.strip() == "False"
