"""`make bench`: the performance suite, `bench_suite.py` (the README's Performance table and its
targets), then the reading of documents, `bench_reading.py` (a 100-page PDF against pypdf alone),
then the planner next to GNOME Planner on one virtual screen, `bench_peer.py` (skipped, saying
why, when the peer is not installed).
The other `bench_*.py` scripts each look closer at one thing and are run by hand."""
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
suite = subprocess.call([sys.executable, str(here / "bench_suite.py"), *sys.argv[1:]])
reading = subprocess.call([sys.executable, str(here / "bench_reading.py")])
peer = subprocess.call([sys.executable, str(here / "bench_peer.py")])
sys.exit(suite or reading or peer)
