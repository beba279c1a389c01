"""Open the planner window: `python main.py [--db URL] [--as-of DATE] [--screenshot FILE.png]`."""
import sys

from planner.app import run

if __name__ == "__main__":
    sys.exit(run())
