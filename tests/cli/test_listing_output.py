"""`planner list --json` writes its array an item at a time: the text is what one json.dumps gives."""
import json
from datetime import date

from planner.cli import main
from planner.domain.clock import FixedClock

CLOCK = FixedClock.on(date(2020, 11, 15))


def listed_text(capsys, db, *more) -> str:
    assert main(["--db", db, "list", "--json", *more], clock=CLOCK) == 0
    return capsys.readouterr().out


def test_the_json_is_laid_out_as_one_dump_of_the_whole_array(capsys, tmp_path):
    db = str(tmp_path / "plan.sqlite")
    text = listed_text(capsys, db)
    rows = json.loads(text)
    assert len(rows) > 15
    assert text == json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def test_nothing_chosen_is_an_empty_array(capsys, tmp_path):
    db = str(tmp_path / "plan.sqlite")
    text = listed_text(capsys, db, "--search", "no commitment says this")
    assert text == "[]\n"
