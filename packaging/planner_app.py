"""The window's launcher inside the one-folder bundle."""
import sys

from planner.app import run

if __name__ == "__main__":
    sys.exit(run())
