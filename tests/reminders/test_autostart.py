"""The login autostart entry: written where XDG says, readable by a session manager, removable."""
import configparser
import shlex

import pytest

from planner.reminders import autostart


def test_the_entry_lives_in_xdg_config_home(tmp_path):
    assert autostart.entry_path({"XDG_CONFIG_HOME": str(tmp_path)}) == tmp_path / "autostart" / "planner.desktop"
    assert autostart.entry_path({"HOME": str(tmp_path)}) == tmp_path / ".config" / "autostart" / "planner.desktop"


def test_switching_on_writes_a_desktop_entry_that_starts_the_app_in_the_tray(tmp_path):
    path = tmp_path / "autostart" / "planner.desktop"
    assert not autostart.is_enabled(path)
    argv = autostart.launch_command("/home/o/My Plans/plan.sqlite")
    autostart.enable(argv, path)
    assert autostart.is_enabled(path)
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(path)
    section = entry["Desktop Entry"]
    assert (section["Type"], section["Name"], section["Terminal"]) == ("Application", "Planner", "false")
    assert shlex.split(section["Exec"]) == argv  # the spec's quoting reads back like a shell's here
    assert argv[-3:] == ["--db", "/home/o/My Plans/plan.sqlite", "--in-tray"]
    autostart.disable(path)
    assert not autostart.is_enabled(path)
    autostart.disable(path)  # already off: nothing to do


def test_percent_signs_are_doubled_and_reserved_characters_quoted():
    assert autostart.exec_line(["/usr/bin/python3", "50%", 'a"b$c']) == '/usr/bin/python3 "50%%" "a\\"b\\$c"'


def test_a_folder_that_cannot_be_written_is_one_sentence(tmp_path):
    blocker = tmp_path / "autostart"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(autostart.AutostartError, match="could not be written"):
        autostart.enable(["planner"], blocker / "planner.desktop")
