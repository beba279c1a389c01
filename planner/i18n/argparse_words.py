"""argparse's own words ("usage:", "options", "error: argument …: invalid choice …") in the
command line's language.

argparse asks gettext for them through its module-level names `_` and `ngettext`, at the moment it
writes each one; Python ships no French or German catalogue for it. While a command runs, those
two names ask our Qt catalogues instead (context "ArgumentParser"), so the help and the usage
errors speak the language of the rest of the output. The messages an officer meets are marked
below for pyside6-lupdate; argparse's errors for a programmer (a conflicting option, a bad dest=)
are left to it. A message whose wording another Python version changed stays English.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from planner.i18n import LANGUAGES, QT_TRANSLATE_NOOP, Counted, language_from_environment, translate

CONTEXT = "ArgumentParser"
MESSAGES = (
    QT_TRANSLATE_NOOP("ArgumentParser", "usage: "),
    QT_TRANSLATE_NOOP("ArgumentParser", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgumentParser", "options"),
    QT_TRANSLATE_NOOP("ArgumentParser", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgumentParser", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("ArgumentParser", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected at most one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected at least one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


class ArgumentParser(Counted):
    """argparse's counted message: its forms keep argparse's own '%s', filled in after."""

    def expected(self, n: int) -> str:
        return self.tr("expected %s argument(s)", "", n)


COUNTED: dict[str, Callable[[int], str]] = {"expected %s arguments": ArgumentParser().expected}


def _gettext(text: str) -> str:
    return translate(CONTEXT, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    say = COUNTED.get(plural)
    return say(n) if say is not None else singular if n == 1 else plural


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """argparse's words through the catalogues while the block runs; its own gettext after."""
    before = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]


def language_asked(words: list[str], environ: Mapping[str, str]) -> str:
    """--language LANG (or --language=LANG) among the words, else the system's; read before the
    parser is built, so its help speaks that language too."""
    for i, word in enumerate(words):
        if word == "--":
            break
        given = word.split("=", 1)[1] if word.startswith("--language=") else words[i + 1] if word == "--language" and i + 1 < len(words) else None
        if given is not None:
            return given if given in LANGUAGES else "en"
    return language_from_environment(environ)
