"""A table as Markdown, the form the README keeps benchmark figures in."""
from __future__ import annotations


def markdown_table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def print_dict_rows(table: list[dict[str, str]]) -> None:
    """Rows given as dicts with the same keys, the keys as the header."""
    keys = list(table[0])
    print(markdown_table(keys, [[r[k] for k in keys] for r in table]))
