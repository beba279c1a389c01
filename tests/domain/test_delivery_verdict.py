"""'Delivered late' says against what: the first announcement, and an accepted revision."""
from datetime import date

from planner.domain.delivery import delivery_verdict
from planner.domain.phrases import parse_period
from planner.domain.plan import Commitment, Status


def delivered(first: str, now: str, day: date | None) -> Commitment:
    return Commitment(title="Propose legislation", due=parse_period(now), baseline=parse_period(first), initiative_key="x",
                      status=Status.DELIVERED if day else Status.PLANNED, delivered_on=day)


def test_on_time_against_the_first_announcement():
    assert delivery_verdict(delivered("by Q2 2021", "by Q2 2021", date(2021, 6, 30))) == "on time"


def test_late_with_no_revision_says_by_how_much():
    assert delivery_verdict(delivered("by Q2 2021", "by Q2 2021", date(2022, 5, 11))) == "late by 315 days"


def test_late_against_the_first_announcement_but_on_time_against_the_revision():
    verdict = delivery_verdict(delivered("by Q2 2021", "Q2 2022", date(2022, 5, 11)))
    assert verdict == "late against the first announcement (by Q2 2021), on time against the revision (Q2 2022)"


def test_late_against_both():
    verdict = delivery_verdict(delivered("by Q2 2021", "Q4 2021", date(2022, 5, 11)))
    assert verdict == "late against the first announcement (by Q2 2021) and against the revision (Q4 2021)"


def test_nothing_delivered_says_nothing():
    assert delivery_verdict(delivered("by Q2 2021", "by Q2 2021", None)) == ""
