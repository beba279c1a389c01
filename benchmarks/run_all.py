"""`make bench`: the performance suite, `bench_suite.py` (the README's Performance table and its
targets). The other `bench_*.py` scripts each look closer at one thing and are run by hand."""
import subprocess
import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.exit(subprocess.call([sys.executable, str(here / "bench_suite.py"), *sys.argv[1:]]))
