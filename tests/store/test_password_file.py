"""A PostgreSQL password typed into an address goes to the PostgreSQL password file, not the settings."""
import os
import stat

import psycopg
import pytest

from planner.store.errors import StoreError
from planner.store.password_file import keep_password, password_file
from planner.store.probing import probe


def test_the_password_leaves_the_address_for_a_file_only_its_owner_can_read(tmp_path):
    env = {"PGPASSFILE": str(tmp_path / "pgpass")}
    kept = keep_password("postgresql+psycopg://officer:s3cret@db.unit.example:6543/plan", env)
    assert kept == "postgresql+psycopg://officer@db.unit.example:6543/plan"
    assert password_file(env).read_text() == "db.unit.example:6543:plan:officer:s3cret\n"
    assert stat.S_IMODE(os.stat(password_file(env)).st_mode) == 0o600


def test_a_new_password_replaces_the_old_line_and_leaves_the_others(tmp_path):
    env = {"PGPASSFILE": str(tmp_path / "pgpass")}
    password_file(env).write_text("other.example:5432:*:someone:theirs\n")
    keep_password("postgresql+psycopg://officer:first@db/plan", env)
    keep_password("postgresql+psycopg://officer:pa:ss\\word@db/plan", env)
    assert password_file(env).read_text().splitlines() == [
        "other.example:5432:*:someone:theirs",
        "db:5432:plan:officer:pa\\:ss\\\\word",  # colons and backslashes escaped, as libpq reads them
    ]


@pytest.mark.parametrize("url", ["postgresql+psycopg://officer@db/plan", "sqlite:////tmp/plan.sqlite"])
def test_an_address_without_a_password_is_kept_as_it_is_and_no_file_is_written(tmp_path, url):
    env = {"PGPASSFILE": str(tmp_path / "pgpass")}
    assert keep_password(url, env) == url
    assert not password_file(env).exists()


def test_a_file_that_cannot_be_written_is_an_error_and_changes_nothing(tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where the password file's folder should be\n")
    env = {"PGPASSFILE": str(not_a_folder / "pgpass")}
    with pytest.raises(OSError):
        keep_password("postgresql+psycopg://officer:s3cret@db/plan", env)
    assert not_a_folder.read_text() == "a file where the password file's folder should be\n"


def test_the_server_takes_the_password_from_the_file(own_pg_server, tmp_path, monkeypatch):
    """A role that must give its password: with the address alone the server refuses; with the
    password kept in the file, the same address connects."""
    url = own_pg_server.add_role_with_password("officer", "s3cret")
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    with pytest.raises(StoreError, match="cannot be reached"):
        probe(url)
    kept = keep_password(url.replace("officer@", "officer:s3cret@"))
    assert kept == url
    assert "postgresql+psycopg://officer@127.0.0.1" in probe(kept)
    with psycopg.connect(host="127.0.0.1", port=own_pg_server.port, user="officer", dbname="postgres") as conn:
        assert conn.execute("select current_user").fetchone() == ("officer",)
