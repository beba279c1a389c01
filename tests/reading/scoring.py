"""Precision and recall of the reader against the hand-made list in `expected.py`."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.reading import Proposal, propose, read_document

from .expected import EXPECTED

DOCUMENTS = Path(__file__).parent / "documents"


@dataclass
class Score:
    proposed: int
    expected: int
    found: int  # expected commitments that were proposed
    right_window: int  # of those, proposed with the expected window
    wrong: list[str]  # proposals that match nothing expected

    @property
    def precision(self) -> float:
        return (self.proposed - len(self.wrong)) / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def matches(p: Proposal, start: str, actor: str) -> bool:
    return p.quote.startswith(start) and (not actor or actor.lower() in p.actor.lower())


def score(names: list[str] | None = None) -> Score:
    proposed = expected = found = right = 0
    wrong: list[str] = []
    for name in names or sorted(EXPECTED):
        proposals = propose(read_document(DOCUMENTS / name))
        wanted = EXPECTED[name]
        proposed += len(proposals)
        expected += len(wanted)
        for start, actor, first, last in wanted:
            hit = next((p for p in proposals if matches(p, start, actor)), None)
            if hit is not None:
                found += 1
                right += (hit.due_start, hit.due_end) == (first, last) or first is None
        wrong += [f"{name}: {p.quote[:80]}" for p in proposals if not any(matches(p, s, a) for s, a, _, _ in wanted)]
    return Score(proposed, expected, found, right, wrong)


if __name__ == "__main__":  # prints the figures the README reports
    s = score()
    print(f"proposed {s.proposed}, expected {s.expected}, found {s.found}, right window {s.right_window}, "
          f"precision {s.precision:.2f}, recall {s.recall:.2f}")
    for w in s.wrong:
        print("not expected:", w)
