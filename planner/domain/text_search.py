"""`TextIndex`: which commitments' search text contains every given word, without a loop per commitment.

Filtering 100,000 commitments by text one at a time means building and case-folding 100,000
strings for every word typed. The index does that once: all search texts case-folded into one
string, searched by `str.find` (C speed) and mapped back to commitments by their offsets. It
answers exactly as `CommitmentFilter.matches` does for the text part. It holds the commitments
it was built from: a commitment changed since is another object, and `slot` says it is unknown.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from .filters import search_text
from .plan import Commitment

_SEP = "\x00"  # between commitments; a word holding it is looked for in the texts that hold it


class TextIndex:
    def __init__(self, commitments: Sequence[Commitment], reference_of: Callable[[Commitment], str] | None = None) -> None:
        """`reference_of(c)`: the reference of c's strategy, searched as part of its text."""
        self.commitments = list(commitments)
        self._slot = {id(c): n for n, c in enumerate(self.commitments)}  # the objects are kept alive
        texts = [search_text(c, reference_of(c) if reference_of else "") for c in self.commitments]
        blob = _SEP.join(texts).casefold()
        self._odd: dict[int, str] = {}  # case-folded texts that hold the separator themselves
        if blob.count(_SEP) != max(len(texts) - 1, 0):
            # Fold one by one, blank the separator out of the blob, keep those texts aside.
            self._odd = {n: t.casefold() for n, t in enumerate(texts) if _SEP in t}
            blob = _SEP.join(t.casefold().replace(_SEP, " ") for t in texts)
        self._blob = blob
        self._starts = self._offsets(blob, len(texts))

    @staticmethod
    def _offsets(blob: str, count: int) -> list[int]:
        starts, find, at = [0], blob.find, blob.find(_SEP)
        while at != -1 and len(starts) < count:
            starts.append(at + 1)
            at = find(_SEP, at + 1)
        return starts

    def __len__(self) -> int:
        return len(self.commitments)

    def slot(self, c: Commitment) -> int | None:
        """Where this very object sits in the index; None when it was not indexed."""
        return self._slot.get(id(c))

    def containing(self, words: Sequence[str]) -> set[int]:
        """Slots of the commitments whose case-folded search text contains all `words`
        (already case-folded, as `CommitmentFilter.words` gives them)."""
        result: set[int] | None = None
        for word in sorted(set(words), key=len, reverse=True):  # longest first: usually the rarest
            hits = self._hits(word)
            result = hits if result is None else result & hits
            if not result:
                return set()
        return set(range(len(self.commitments))) if result is None else result

    def _hits(self, word: str) -> set[int]:
        if _SEP in word:
            return {n for n, text in self._odd.items() if word in text}
        starts, find = self._starts, self._blob.find
        last = len(starts) - 1
        out: set[int] = set()
        at = find(word)
        while at != -1:
            n = bisect_right(starts, at) - 1
            out.add(n)
            if n == last:
                break
            at = find(word, starts[n + 1])  # the next commitment on: one hit each is enough
        return out
