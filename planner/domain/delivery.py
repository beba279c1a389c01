"""How a delivery reads: its day and the document that made it, in one phrase everywhere."""
from __future__ import annotations

from .plan import Commitment


def delivery_text(c: Commitment) -> str:
    """'2022-05-11 by COM(2022) 209', '2022-05-11', 'by COM(2022) 209', or '' when nothing
    of a delivery is recorded."""
    parts = []
    if c.delivered_on is not None:
        parts.append(c.delivered_on.isoformat())
    if c.delivered_by:
        parts.append(f"by {c.delivered_by}")
    return " ".join(parts)
