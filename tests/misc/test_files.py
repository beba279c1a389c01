"""Files the planner writes: whole or not at all, readable like any other saved file."""
import os
import stat

import pytest

from planner.files import FileWriteError, write_atomically


def test_a_written_file_gets_the_usual_mode_not_a_private_one(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "plan.ics"
        write_atomically(target, b"BEGIN:VCALENDAR\r\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
    finally:
        os.umask(old)


def test_rewriting_keeps_the_mode_the_officer_gave_the_file(tmp_path):
    target = tmp_path / "plan.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_missing_folder_is_named_and_nothing_is_left_behind(tmp_path):
    with pytest.raises(FileWriteError, match="does not exist"):
        write_atomically(tmp_path / "nope" / "plan.pdf", b"x")
    assert list(tmp_path.iterdir()) == []
