"""What the layers below the window refuse, said in the interface's language.

Their errors carry a `planner.domain.sentences.Sentence` (an English template and its facts);
here the template and the words in it are looked up in the catalogues, then filled in. The
window's message boxes and the command line's one-sentence errors show `error_text(exc)`, never
`str(exc)`, which stays English for logs and files.
"""
from __future__ import annotations

from planner.domain.sentences import Sentence, Template, os_reason, sentence_of
from planner.i18n import translate


def _translated(template: Template) -> str:
    return translate(template.context, str.__str__(template))


def sentence_text(sentence: Sentence | str) -> str:
    """A sentence in the interface's language; plain text (from Python or a library) as it is."""
    return sentence.said(_translated) if isinstance(sentence, Sentence) else sentence


def error_text(error: BaseException) -> str:
    """What `error` says, in the interface's language when it was raised with a Sentence."""
    return sentence_text(sentence_of(error))


def reason_text(error: BaseException) -> str:
    """Why the system refused a file ('Permission denied'), in the interface's language when it
    is one of the common reasons."""
    reason = os_reason(error)
    return _translated(reason) if isinstance(reason, Template) else str(reason)


__all__ = ["error_text", "reason_text", "sentence_text"]
