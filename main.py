"""Open the planner window: `python main.py [--db URL] [--as-of DATE] [--screenshot FILE.png]`."""
import sys

# The store (SQLAlchemy) before Qt: once PySide6 is loaded, its __feature__ import hook reads
# the source of every module imported after it, a tenth of a second of start-up for these.
import planner.store.opening  # noqa: F401,E402  isort:skip
import planner.store.reminder_store  # noqa: F401,E402  isort:skip
from planner.app import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run())
