"""The words that make a sentence a commitment: who commits, to what, with which verb.

A commitment looks ahead ("will", "shall", "is to", "intends to", "plans to", "is expected to",
"to be adopted", "planned for adoption in"); statistics and past events ("In 2019, 725 000
reports...", "the Commission opened infringement procedures") do not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_PARTICIPLES = {
    "adopted": "adopt", "proposed": "propose", "presented": "present", "published": "publish",
    "launched": "launch", "set up": "set up", "established": "establish", "completed": "complete",
    "finalised": "finalise", "finalized": "finalize", "carried out": "carry out", "submitted": "submit",
    "prepared": "prepare", "issued": "issue", "implemented": "implement", "reviewed": "review",
    "evaluated": "evaluate", "created": "create", "organised": "organise", "held": "hold",
}
_PASSIVE = "|".join(re.escape(p) for p in sorted(_PARTICIPLES, key=len, reverse=True))
COMMITMENT_VERB = re.compile(
    rf"\b(?:(?:is|are)\s+to\s+be\s+(?:{_PASSIVE})|will(?!\s+(?:have|be\s+(?:the|a|an|key|important|essential)|remain|become)\b)|shall|(?:is|are)\s+(?:(?:also|then)\s+)?to(?=\s+\w+)|intends?\s+to|plans?\s+to|"
    rf"(?:is|are)\s+expected\s+to|(?:is|are)\s+(?:planned|scheduled)\s+(?:for|to)|planned\s+for\s+adoption|"
    rf"to\s+be\s+(?:{_PASSIVE})|open\s+until|undertakes?\s+to|commits?\s+to)\b",
    re.I,
)
# Only in a key action: an obligation the document sets ("Member States must finalise ...").
KEY_ACTION_VERB = re.compile(r"\b(?:must|should|need\s+to|needs\s+to)\b", re.I)

ACTORS = re.compile(
    r"\b(?:the\s+(?:European\s+)?Commission|Europol|Eurojust|ENISA|CEPOL|EMCDDA|Frontex|eu-LISA|"
    r"(?:the\s+)?Member\s+States|the\s+(?:European\s+)?Council|the\s+European\s+Parliament|"
    r"the\s+High\s+Representative|the\s+EU\s+Internet\s+Forum|the\s+(?:European\s+)?centre|"
    r"the\s+(?:prevention\s+)?network|EU\s+agencies|the\s+EU|industry|the\s+Agency|the\s+Union|"
    r"the\s+EC|we(?=\s+will))\b",
    re.I,
)


@dataclass(frozen=True)
class Verb:
    start: int
    end: int
    text: str

    @property
    def modal(self) -> bool:
        """'will', 'shall', 'must', 'intends to'...: a verb that has a subject of its own."""
        return re.match(r"(?:will|shall|must|should|needs?|intends?|plans?|undertakes?|commits?|(?:is|are)\s+(?!to\s+be))\b", self.text, re.I) is not None

    @property
    def passive(self) -> str:
        """'propose' for 'to be proposed'; '' when the verb is not one of those."""
        m = re.match(r"(?:(?:is|are)\s+)?to\s+be\s+(.+)$", self.text, re.I)
        return _PARTICIPLES.get(" ".join(m[1].lower().split()), "") if m else ""


def commitment_verbs(sentence: str, *, key_action: bool = False) -> list[Verb]:
    """The verbs that commit someone to something ahead, left to right."""
    found = [Verb(m.start(), m.end(), m[0]) for m in COMMITMENT_VERB.finditer(sentence)]
    if key_action:
        found += [Verb(m.start(), m.end(), m[0]) for m in KEY_ACTION_VERB.finditer(sentence)]
    return sorted(found, key=lambda v: v.start)


def actor_of(sentence: str, verb: Verb, default: str = "") -> str:
    """Who commits: the actor named last before the verb in its clause, else `default`."""
    before = sentence[:verb.start]
    clause_start = max(before.rfind(";"), before.rfind(" and "), before.rfind(" but "), -1)
    named = list(ACTORS.finditer(before))
    in_clause = [m for m in named if m.start() > clause_start] or named
    if in_clause:
        actor = " ".join(in_clause[-1][0].split())
        if actor.lower() in {"we", "the ec"}:
            return default or "the Commission"
        return actor[0].upper() + actor[1:] if actor.lower().startswith("the ") else actor
    return default


def first_actor(sentence: str) -> Verb:
    """Where a key action without a verb of commitment names who acts ('... the Commission has
    launched ...'): an empty verb just after that actor."""
    named = list(ACTORS.finditer(sentence))
    acting = [m for m in named if re.match(r"\s+(?:has|have|had|is|are|was|were)\b", sentence[m.end():])]
    chosen = (acting or named)[:1]
    return Verb(chosen[0].end(), chosen[0].end(), "") if chosen else Verb(0, 0, "")


def is_question(sentence: str) -> bool:
    return sentence.rstrip().endswith("?")


_LEADING = re.compile(
    r"^(?:\s|,|also|further|then|now|first|immediately|continue\s+to|start\s+to|"
    r"in\s+a\s+(?:first|second)\s+stage|as\s+a\s+matter\s+of\s+priority)+",
    re.I,
)
_CUT = re.compile(r"\s+(?:to\s+(?:facilitate|ensure|enable|support|help|address)|in\s+order\s+to|including|which|that|so\s+that|where|while)\s+|[,;:(]")
_SUBJECT_START = re.compile(r"(?:^|[,;:]\s*|\bsuch\s+as\s+)(?!.*(?:[,;:]|\bsuch\s+as\s))", re.S)


def short_title(sentence: str, verb: Verb, phrase: tuple[int, int] | None = None, words: int = 10) -> str:
    """A title made from the sentence: what is to be done, without the date phrase at `phrase`
    (its offsets) ('Propose the necessary legislation to tackle child sexual abuse online')."""
    if phrase is not None:  # blanked, not cut: the verb's offsets stay right
        sentence = sentence[:phrase[0]] + " " * (phrase[1] - phrase[0]) + sentence[phrase[1]:]
    if verb.passive:
        before = sentence[:verb.start].rstrip(" ,")
        start = _SUBJECT_START.search(before)
        subject = before[start.end():] if start else before
        body = f"{verb.passive} {_lower_article(subject.strip())}"
    else:
        body = _LEADING.sub("", sentence[verb.end:])
        body = re.sub(r"^(?:has|have|had)\s+(\w+)", lambda m: _PARTICIPLES.get(m[1].lower(), m[1]), body.strip())
        body = re.split(r"\s+and\s+(?:the\s+\w+|europol|member\s+states)\s+will\s+", body, maxsplit=1, flags=re.I)[0]
        if len(body.split()) < 3 or re.match(r"^(?:take\s+place|be\s+held|happen|start|begin)\b", body, re.I):
            subject = _subject_before(sentence, verb)
            body = f"{subject}: {body}" if subject else body
    body = " ".join(body.split())
    cut = _CUT.search(body, pos=min(len(body), 25))
    if cut:
        body = body[:cut.start()]
    tokens = body.rstrip(" .").split()
    title = " ".join(tokens[:words]) + ("…" if len(tokens) > words else "")
    return title[:1].upper() + title[1:]


def _subject_before(sentence: str, verb: Verb) -> str:
    before = sentence[:verb.start].strip(" ,")
    before = re.split(r"[,;:]", before)[-1].strip()
    before = re.sub(r"^(?:see\s+(?:here\s+)?for\s+)?(?:an?\s+example\s+of\s+)?", "", before, flags=re.I)
    return re.sub(r"^(?:another|a|an|the)\s+", "", before, flags=re.I)


def _lower_article(text: str) -> str:
    return re.sub(r"^(The|A|An|This|These|Its)\b", lambda m: m[1].lower(), text)
