"""Running the command line as a user would, on a clock the test chooses."""
from planner.cli import main


def run_cli(capsys, clock, *argv):
    """(exit status, stdout, stderr) of `planner ARGV`."""
    code = main(list(argv), clock=clock)
    out, err = capsys.readouterr()
    return code, out, err
