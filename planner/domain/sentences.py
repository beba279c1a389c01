"""Sentences the layers below the window write, kept as a template and its facts so that the
window and the command line can say them in the officer's language.

The domain, store, exchange, reading and printing code must not import Qt, yet what they refuse
reaches a French or German officer. So an error is raised with a `Sentence`: an English template
marked with `QT_TRANSLATE_NOOP(context, text)` (the marker pyside6-lupdate reads, one context a
layer, see CONTEXTS) and the named facts that fill it. `str()` of the sentence, and so of the
error, is the English text as before (logs, files, tests); `planner.i18n.sentences.error_text`
translates the template, and any fact that is itself a word or a sentence, then fills it in.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping

# The catalogues' headings for sentences written below the window, one a layer (words that fill
# a sentence, such as field names, have their own: "Fields").
CONTEXTS = ("Calendar", "Fields", "Files", "Gate", "Import", "Phrases", "Printing", "Reading", "Store")


class Template(str):
    """English text marked for the catalogues; it knows the `context` it is filed under."""

    context: str

    def __new__(cls, context: str, text: str) -> "Template":
        made = super().__new__(cls, text)
        made.context = context
        return made


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks `text` for the catalogues under `context`; gives it back unchanged, as a Template."""
    return Template(context, text)


Translator = Callable[[Template], str]


def _english(template: Template) -> str:
    return str.__str__(template)


class Sentence:
    """A template and the facts that fill it (`str.format` names). A fact that is a Template (a
    word such as a field's name) or a Sentence is said in the same language as the sentence; any
    other fact is formatted as it is (a quoted value, a number, a path). Not changed once made."""

    # A plain class with slots, not a dataclass: an import of 100,000 rows makes one a row.
    __slots__ = ("template", "facts", "capital", "stop")

    def __init__(self, template: Template, facts: Mapping[str, object] | None = None, capital: bool = False, stop: bool = True) -> None:
        self.template = template
        self.facts = facts or {}
        self.capital = capital  # the first letter made upper case, as at the start of a message
        self.stop = stop  # False: its full stop left off, as when another clause follows it

    def __repr__(self) -> str:
        return f"Sentence({str.__str__(self.template)!r}, {dict(self.facts)!r})"

    def __str__(self) -> str:
        return self.said(_english)

    def said(self, translated: Translator) -> str:
        """The sentence with `translated` applied to its template and to every word in it."""
        facts = {name: _said(value, translated) for name, value in self.facts.items()}
        text = translated(self.template).format(**facts)
        if not self.stop:
            text = text.rstrip(".")
        return text[:1].upper() + text[1:] if self.capital else text

    def capitalized(self) -> "Sentence":
        return Sentence(self.template, self.facts, capital=True, stop=self.stop)

    def without_stop(self) -> "Sentence":
        return Sentence(self.template, self.facts, capital=self.capital, stop=False)


def _said(value: object, translated: Translator) -> object:
    if isinstance(value, Sentence):
        return value.said(translated)
    if isinstance(value, Template):
        return translated(value)
    return value


def said(template: Template, **facts: object) -> Sentence:
    """`template` filled with `facts`: `raise SomeError(said(QT_TRANSLATE_NOOP("Store", "..."), path=p))`."""
    return Sentence(template, facts)


def sentence_of(error: BaseException) -> Sentence | str:
    """What `error` says: its Sentence when it was raised with one, else its text (an error from
    Python or a library, which stays as it was written)."""
    if len(error.args) == 1 and isinstance(error.args[0], Sentence):
        return error.args[0]
    return str(error)


# What the system says of a file it cannot read or write (glibc's words, so English reads as
# before), filed for the catalogues; any other reason is shown as the system gave it.
_OS_REASONS = {str.__str__(t): t for t in (
    QT_TRANSLATE_NOOP("Files", "No such file or directory"), QT_TRANSLATE_NOOP("Files", "Permission denied"),
    QT_TRANSLATE_NOOP("Files", "Is a directory"), QT_TRANSLATE_NOOP("Files", "Not a directory"),
    QT_TRANSLATE_NOOP("Files", "No space left on device"), QT_TRANSLATE_NOOP("Files", "Read-only file system"),
    QT_TRANSLATE_NOOP("Files", "File name too long"), QT_TRANSLATE_NOOP("Files", "Too many levels of symbolic links"),
    QT_TRANSLATE_NOOP("Files", "Operation not permitted"), QT_TRANSLATE_NOOP("Files", "Disk quota exceeded"),
)}


def os_reason(error: BaseException) -> object:
    """Why the system refused a file, as a fact for a sentence: a marked word when it is one of
    the common reasons (said in the officer's language), else the system's own text."""
    reason = getattr(error, "strerror", None)
    if not reason:
        return error
    return _OS_REASONS.get(reason, reason)


def without_stop(sentence: Sentence | str) -> Sentence | str:
    """`sentence` with its full stop left off, so a clause can follow it."""
    return sentence.without_stop() if isinstance(sentence, Sentence) else sentence.rstrip(".")


__all__ = ["CONTEXTS", "QT_TRANSLATE_NOOP", "Sentence", "Template", "os_reason", "said", "sentence_of", "without_stop"]
