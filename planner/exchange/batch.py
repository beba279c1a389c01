"""`ImportBatch`: what one file brings into a plan, applied in one transaction or not at all."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from planner.domain import gate
from planner.domain.plan import Commitment, Initiative, KeyDate, SourceDocument, Strategy
from planner.domain.sentences import QT_TRANSLATE_NOOP, Sentence, Template, said, sentence_of


class ImportFileError(ValueError):
    """A file that cannot be imported; the message names the file, the place and the problem
    (raised with a Sentence, said in the officer's language by planner.i18n)."""


# What a refused item of a batch is called in the sentence that refuses it.
_DOCUMENT = QT_TRANSLATE_NOOP("Import", "the document {name!r}")
_STRATEGY = QT_TRANSLATE_NOOP("Import", "the strategy {name!r}")
_INITIATIVE = QT_TRANSLATE_NOOP("Import", "the initiative {name!r}")
_COMMITMENT = QT_TRANSLATE_NOOP("Import", "the commitment {name!r}")
_KEY_DATE = QT_TRANSLATE_NOOP("Import", "the key date {name!r}")


def _clipped(name: str) -> str:
    """A name cut so the place stays short ("the commitment '…'" under 80 characters, as before)."""
    return name[:64]


def in_file(name: str) -> Sentence:
    """"In plan.csv": where a sentence about a whole file starts."""
    return said(QT_TRANSLATE_NOOP("Import", "In {name}"), name=name)


@dataclass
class ImportBatch:
    sources: list[SourceDocument] = field(default_factory=list)
    strategies: list[Strategy] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    key_dates: list[KeyDate] = field(default_factory=list)
    notes: list[Sentence | str] = field(default_factory=list)  # what the reader chose to do, told to the officer
    # Dated changes the file records for its commitments (a re-announced due date and its
    # authority), kept as revisions on the day they happened.
    revisions: list["KeyedRevision"] = field(default_factory=list)
    # The day a commitment entered the record (its document's adoption), by key: a plan seeded
    # today still knows the seed's promises stood in 2021.
    recorded_on: dict[str, date] = field(default_factory=dict)
    # Finish-before links between commitments, by key (earlier, later): the occurrences of a
    # promise that repeats, read from a document, linked as one series.
    links: list[tuple[str, str]] = field(default_factory=list)
    # The keys of `strategies` and `initiatives` (and how many items of each are in): see `_known`.
    _keys: dict[str, tuple[set[str], int]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _checked: tuple[tuple[int, int], ...] = field(default=(), init=False, repr=False, compare=False)
    # Commitments a reader gated itself, by id; held here so no other object can take their id.
    _passed: dict[int, Commitment] = field(default_factory=dict, init=False, repr=False, compare=False)

    def passed(self, c: Commitment) -> Commitment:
        """`c`, which the reader put through the gate itself (to name its line): `check` skips it."""
        self._passed[id(c)] = c
        return c

    def mark(self) -> tuple[int, ...]:
        """How long the lists are now, for `take_back`."""
        return tuple(len(getattr(self, n)) for n in _GROWING)

    def take_back(self, mark: tuple[int, ...]) -> None:
        """Forget what was added since `mark`: an item a lenient reader skipped after all."""
        for n, length in zip(_GROWING, mark, strict=True):
            del getattr(self, n)[length:]
        self._keys.clear()  # the key sets may count what was taken back

    def ensure_group(self, strategy_title: str, initiative_title: str) -> str:
        """The initiative key for a (strategy, initiative) pair named by title, adding both if new."""
        skey = slug(strategy_title) or "unfiled"
        if not self.has_strategy(skey):
            self.strategies.append(Strategy(key=skey, title=strategy_title or "Unfiled"))
        number, title = split_number(initiative_title or "General")
        ikey = f"{skey}-{slug(initiative_title) or 'general'}"
        if not self.has_initiative(ikey):
            self.initiatives.append(Initiative(key=ikey, strategy_key=skey, number=number, title=title))
        return ikey

    def keyed_group(self, strategy_key: str, initiative_key: str, strategy_title: str, initiative_title: str) -> str:
        """The initiative a file names by the keys it had in the plan that wrote it (a round
        trip), adding the strategy and initiative if new; by their titles when it has no keys."""
        if not (strategy_key and initiative_key):
            return self.ensure_group(strategy_title, initiative_title)
        if not self.has_strategy(strategy_key):
            self.strategies.append(Strategy(key=strategy_key, title=strategy_title or strategy_key))
        if not self.has_initiative(initiative_key):
            number, title = split_number(initiative_title or initiative_key)
            self.initiatives.append(Initiative(key=initiative_key, strategy_key=strategy_key, number=number, title=title))
        return initiative_key

    def check(self, where: str | Sentence) -> "ImportBatch":
        """The whole batch through the gate before anything is written; the first refused value
        raises ImportFileError saying where ("In plan.toml") and which item. A batch checked
        once and only read since is not checked again (readers only ever append)."""
        state = tuple((id(getattr(self, n)), len(getattr(self, n))) for n in ("sources", "strategies", "initiatives", "commitments", "key_dates"))
        if self._checked == state:
            return self
        # (what the item is called, by what, the check, the item): said only when refused
        items: list[tuple[Template, str, object, object]] = [
            *((_DOCUMENT, x.ref, gate.check_source, x) for x in self.sources),
            *((_STRATEGY, x.key, gate.check_strategy, x) for x in self.strategies),
            *((_INITIATIVE, x.key, gate.check_initiative, x) for x in self.initiatives),
            *((_COMMITMENT, x.key or x.title, gate.check_commitment, x) for x in self.commitments if id(x) not in self._passed),
            *((_KEY_DATE, x.label, gate.check_key_date, x) for x in self.key_dates),
        ]
        seen: dict[str, Commitment] = {}
        for c in self.commitments:  # the store keeps one commitment a key: two would fail half-way
            if c.key is not None and seen.setdefault(c.key, c) is not c:
                raise ImportFileError(said(QT_TRANSLATE_NOOP("Import", "{where}, the key {key!r} names two commitments ({first!r} and {second!r}); a key names one."),
                                           where=where, key=c.key[:80], first=seen[c.key].title[:60], second=c.title[:60]))
        for called, name, check, item in items:
            try:
                check(item)  # type: ignore[operator]
            except gate.GateError as exc:
                place = said(QT_TRANSLATE_NOOP("Import", "{where}, {item}"), where=where, item=said(called, name=_clipped(name)))
                raise ImportFileError(sentence_of(exc.within(place))) from None
        self._checked = state
        return self

    def has_strategy(self, key: str) -> bool:
        return key in self._known("strategies")

    def has_initiative(self, key: str) -> bool:
        return key in self._known("initiatives")

    def _known(self, name: str) -> set[str]:
        """The keys in one of the lists, by set: a file of 100,000 rows asks for every row.
        Readers only ever append to the lists, so what the set lacks is at their end."""
        items = getattr(self, name)
        if name not in self._keys:
            self._keys[name] = (set(), 0)
        keys, counted = self._keys[name]
        if counted < len(items):
            keys.update(x.key for x in items[counted:])
            self._keys[name] = (keys, len(items))
        return keys


_GROWING = ("sources", "strategies", "initiatives", "commitments", "key_dates", "notes", "revisions")


@dataclass(frozen=True)
class KeyedRevision:
    """A revision a file records, for the commitment with `key`: `field` went from `old` to
    `new` on `on`, on the authority of `reason`."""

    key: str
    field: str
    old: str
    new: str
    on: date
    reason: str


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]


def split_number(label: str) -> tuple[str, str]:
    """'3. Strengthen law enforcement' -> ('3', 'Strengthen law enforcement')."""
    m = re.match(r"^\s*(\d+)[.)]\s+(.*)$", label)
    return (m[1], m[2]) if m else ("", label)
