"""Open the planner window: `python main.py [--db URL] [--as-of DATE] [--screenshot FILE.png]`."""
import sys

from planner import collector

collector.pause_for_start()  # until the window is built: see planner/collector.py
from planner.app import run  # noqa: E402

if __name__ == "__main__":
    sys.exit(run())
