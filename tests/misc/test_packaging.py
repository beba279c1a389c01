"""Installed like any desktop app: the wheel carries everything the app needs (the seed plan, the
migrations, the desktop entry, icons and metainfo), installs, and runs from where it was put; the
entry and metainfo pass the desktops' own validators."""
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from planner.desktop import APP_ID, ENTRY, METAINFO, app_version, install_entry

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    shutil.rmtree(ROOT / "build", ignore_errors=True)  # setuptools' folder: an old one could add files gone since
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    (found,) = out.glob("planner-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """The wheel installed on its own into a folder, run with this venv's libraries only."""
    target = tmp_path_factory.mktemp("installed")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, timeout=600)
    return target


def run_installed(installed, tmp_path, *argv):
    env = dict(os.environ, PYTHONPATH=str(installed), QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"))
    env.pop("PLANNER_DB", None)
    # From an empty folder, so the checkout beside the tests cannot be what runs.
    return subprocess.run([sys.executable, *argv], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


def test_the_wheel_holds_the_seed_plan_migrations_entry_icons_and_metainfo(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "planner/seed/security_union_2020.toml" in names
    assert any(n.startswith("planner/store/migrations/versions/0001") for n in names)
    assert "planner/store/alembic.ini" in names
    data = [n for n in names if ".data/data/share/" in n]
    assert any(n.endswith(f"share/applications/{APP_ID}.desktop") for n in data)
    assert any(n.endswith(f"share/metainfo/{APP_ID}.metainfo.xml") for n in data)
    assert any(n.endswith(f"share/icons/hicolor/scalable/apps/{APP_ID}.svg") for n in data)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "planner = planner.cli:main" in text and "planner-app = planner.app:run" in text


def test_the_installed_command_line_reports_its_version_and_opens_a_seeded_plan(installed, tmp_path):
    done = run_installed(installed, tmp_path, "-c", "import planner, sys; print(planner.__file__); from planner.cli import main; sys.exit(main(['--version']))")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].startswith(str(installed))
    assert f"planner {app_version()}" in done.stdout
    listed = run_installed(installed, tmp_path, "-c", "import sys; from planner.cli import main; sys.exit(main(['--db', 'plan.sqlite', 'list']))")
    assert listed.returncode == 0, listed.stderr
    assert "Q4 2020" in listed.stdout  # the seed plan came with the wheel


def test_the_installed_window_opens(installed, tmp_path):
    done = run_installed(installed, tmp_path, "-c", "import sys; from planner.app import run; sys.exit(run(['--db', 'plan.sqlite', '--screenshot', 'w.png']))")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "w.png").stat().st_size > 10_000


def validator(name):
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed; scripts/system-packages.sh test installs it")
    return path


def test_the_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run([validator("desktop-file-validate"), str(ENTRY)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_passes_appstreamcli_validate_and_names_this_version():
    done = subprocess.run([validator("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f'<release version="{app_version()}"' in METAINFO.read_text()


def test_desktop_entry_command_puts_the_entry_and_icons_in_the_users_data_folder(tmp_path):
    written = install_entry("/opt/planner/planner-app", {"XDG_DATA_HOME": str(tmp_path)})
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    assert written[0] == entry
    assert "Exec=/opt/planner/planner-app\n" in entry.read_text()
    for size in (16, 48, 256):
        assert (tmp_path / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (tmp_path / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
