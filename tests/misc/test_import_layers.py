"""The house's rules on imports, read from the source: no module of planner/ imports itself round
a loop, and paper and the command line never load the window's code."""
from __future__ import annotations

from pathlib import Path

from .import_graph import cycles, import_graph

ROOT = Path(__file__).resolve().parents[2]


def reached_from(graph: dict[str, set[str]], start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        m = todo.pop()
        if m not in seen:
            seen.add(m)
            todo.extend(graph[m])
    return seen


def test_no_module_of_the_planner_imports_itself_round_a_loop():
    found = cycles(import_graph(ROOT, "planner"))
    assert found == [], "import cycles: " + "; ".join(" <-> ".join(group) for group in found)


def test_printing_and_the_command_line_load_nothing_of_the_window():
    graph = import_graph(ROOT, "planner")
    for package in ("planner.printing", "planner.cli"):
        for module in (m for m in graph if m == package or m.startswith(package + ".")):
            window_code = sorted(m for m in reached_from(graph, module) if m.startswith("planner.ui"))
            assert window_code == [], f"{module} loads {', '.join(window_code)}"


def test_the_finder_sees_a_loop_and_leaves_out_imports_for_types_only(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from .b import thing\n")
    (package / "b.py").write_text("def thing():\n    from pkg import c\n")
    (package / "c.py").write_text("import pkg.a\n")
    (package / "d.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .e import x\n")
    (package / "e.py").write_text("from .d import y\n")
    assert cycles(import_graph(tmp_path, "pkg")) == [["pkg.a", "pkg.b", "pkg.c"]]
