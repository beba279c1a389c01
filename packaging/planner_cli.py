"""The command line's launcher inside the one-folder bundle."""
import sys

from planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
