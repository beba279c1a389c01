"""The text of a paragraph as the officer reads it: no markup, no footnote marks.

Extracted documents carry markdown emphasis (`**word**`), link markup (`[text](#)`), escaped
brackets and superscript footnote marks glued to words ("violence¹."). Quotes in the plan are
the sentence without them, so a quote read today matches one typed from the same document.
"""
from __future__ import annotations

import re

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")
_ANGLE_URL = re.compile(r"<(https?://[^>]+)>")
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,2}(?=\w)|(?<=\w)_{1,2}(?!\w)")
_ESCAPE = re.compile(r"\\([()\[\]*_#.\-])")
_FOOTNOTE_MARK = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_FOOTNOTE_START = re.compile(f"^\\s*([{SUPERSCRIPT_DIGITS}]+)\\s+")
_NO_MARKS = frozenset(SUPERSCRIPT_DIGITS)


# PDF text keeps the typesetter's ligatures ("eﬀective", "ﬁght"): the words are the plain ones.
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st"})


def clean_inline(text: str) -> str:
    """One paragraph without markup or footnote marks, its spaces made single."""
    text = text.translate(_LIGATURES)
    # Each pattern only where its mark is: most paragraphs of a PDF have none of them.
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "<" in text:
        text = _ANGLE_URL.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub("", text)
    if not _NO_MARKS.isdisjoint(text):
        text = _FOOTNOTE_MARK.sub("", text)
    return " ".join(text.split())


def footnote_number(text: str) -> tuple[str, str] | None:
    """('23', rest) when `text` is a footnote written as '²³ Another workshop ...', else None."""
    m = _FOOTNOTE_START.match(text)
    if not m:
        return None
    return m[1].translate(_TO_DIGIT), text[m.end():]
