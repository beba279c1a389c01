"""`ImportBatch`: what one file brings into a plan, applied in one transaction or not at all."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from planner.domain import gate
from planner.domain.plan import Commitment, Initiative, KeyDate, SourceDocument, Strategy


class ImportFileError(ValueError):
    """A file that cannot be imported; the message names the file, the place and the problem."""


@dataclass
class ImportBatch:
    sources: list[SourceDocument] = field(default_factory=list)
    strategies: list[Strategy] = field(default_factory=list)
    initiatives: list[Initiative] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    key_dates: list[KeyDate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reader chose to do, told to the officer
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

    def check(self, where: str) -> "ImportBatch":
        """The whole batch through the gate before anything is written; the first refused value
        raises ImportFileError saying where ("In plan.toml") and which item. A batch checked
        once and only read since is not checked again (readers only ever append)."""
        state = tuple((id(getattr(self, n)), len(getattr(self, n))) for n in ("sources", "strategies", "initiatives", "commitments", "key_dates"))
        if self._checked == state:
            return self
        items: list[tuple[str, object, object]] = [
            *((f"the document {x.ref!r}", gate.check_source, x) for x in self.sources),
            *((f"the strategy {x.key!r}", gate.check_strategy, x) for x in self.strategies),
            *((f"the initiative {x.key!r}", gate.check_initiative, x) for x in self.initiatives),
            *((f"the commitment {(x.key or x.title)!r}", gate.check_commitment, x) for x in self.commitments if id(x) not in self._passed),
            *((f"the key date {x.label!r}", gate.check_key_date, x) for x in self.key_dates),
        ]
        seen: dict[str, Commitment] = {}
        for c in self.commitments:  # the store keeps one commitment a key: two would fail half-way
            if c.key is not None and seen.setdefault(c.key, c) is not c:
                raise ImportFileError(f"{where}, the key {c.key[:80]!r} names two commitments ({seen[c.key].title[:60]!r} and {c.title[:60]!r}); a key names one.")
        for label, check, item in items:
            try:
                check(item)  # type: ignore[operator]
            except gate.GateError as exc:
                raise ImportFileError(str(exc.within(f"{where}, {label[:80]}"))) from None
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
