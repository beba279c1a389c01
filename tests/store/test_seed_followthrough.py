"""What became of the seed's commitments: deliveries with their documents and re-announced dates
with their authority, recorded from the follow-through file on a fresh plan and on a plan seeded
before it; the officer's own record of a delivery is never overwritten."""
import shutil
from datetime import date

import pytest

from planner.domain.plan import Status
from planner.domain.status import slippage
from planner.exchange.batch import ImportFileError
from planner.exchange.seed_format import read_seed_file, read_seed_files
from planner.store.importing import apply_batch
from planner.store.opening import SEED_DIR, load_seed, open_plan_store

DETECT = "csa-2-detect-report-legislation"


def by_key(store):
    return {c.key: c for c in store.load_plan().commitments}


def test_a_fresh_plan_has_the_verified_deliveries_with_their_documents(store):
    plan = by_key(store)
    delivered = {k: (c.delivered_on, c.delivered_by) for k, c in plan.items() if c.delivered_on}
    assert delivered == {
        "csa-0-rights-of-child-strategy": (date(2021, 3, 24), "COM(2021) 142"),
        "csa-2-interim-eprivacy-legislation": (date(2020, 9, 10), "COM(2020) 568"),
        DETECT: (date(2022, 5, 11), "COM(2022) 209"),
        "csa-2-europol-mandate-review": (date(2020, 12, 9), "COM(2020) 796"),
        "csa-2-digital-services-act": (date(2020, 12, 15), "COM(2020) 825"),
        "csa-7-e2ee-expert-process": (date(2021, 1, 25), "EU Internet Forum, 6th Ministerial Meeting"),
        "firearms-1-directive-application-report": (date(2021, 10, 27), "COM(2021) 647"),
        "firearms-1-import-export-recast": (date(2022, 10, 27), "COM(2022) 480"),
        "drugs-0-council-drugs-strategy": (date(2020, 12, 18), "EU Drugs Strategy 2021-2025 (2021/C 102 I/01)"),
        "drugs-0-council-drugs-action-plan": (date(2021, 6, 21), "Council approval of the EU Drugs Action Plan 2021-2025"),
    }
    assert all(plan[k].status is Status.DELIVERED for k in delivered)
    detect = plan[DETECT]
    assert slippage(detect).days > 300  # against 'by Q2 2021', the date first announced
    assert "record: https://eur-lex.europa.eu/" in detect.description
    # Where the record's sources conflict, the commitment's notes say so.
    assert "Sources conflict" in plan["csa-2-interim-eprivacy-legislation"].description
    assert "Sources conflict on the day" in plan["drugs-0-council-drugs-strategy"].description
    assert "21 July 2021, which conflicts" in plan["drugs-0-council-drugs-action-plan"].description


def test_the_firearms_and_drugs_deliveries_read_against_their_promises(store):
    plan = by_key(store)
    report = plan["firearms-1-directive-application-report"]
    assert report.due.shown == "early 2021" and report.source_ref == "COM(2020) 608"
    assert report.quote == "As required by the Firearms Directive, the Commission will publish early 2021 a report on its application."
    assert slippage(report).days > 150  # promised early 2021, delivered on 27 October 2021
    assert slippage(plan["drugs-0-council-drugs-strategy"]).days <= 0  # December 2020, on time
    assert slippage(plan["drugs-0-council-drugs-action-plan"]).days <= 0  # within 2021
    assert "not verified" in plan["firearms-1-import-export-recast"].description


REDATED = """
[[revision]]
commitment = "csa-2-detect-report-legislation"
on = 2021-12-07
due = "early 2022"
authority = "The Commissioner, 7 December 2021: 'early next year'"
"""


def test_a_re_announced_date_is_a_revision_on_its_day_with_its_authority(tmp_path, empty_store):
    shutil.copy(SEED_DIR / "security_union_2020.toml", tmp_path)
    (tmp_path / "security_union_2020.followthrough.toml").write_text(REDATED, encoding="utf-8")
    load_seed(empty_store, tmp_path)
    detect = by_key(empty_store)[DETECT]
    assert (detect.announced.label, detect.due.label) == ("Q2 2021", "early 2022")
    [revision] = empty_store.revisions(detect.id)
    assert (revision.field, revision.old, revision.new, revision.changed_at.date()) == ("due", "by Q2 2021", "early 2022", date(2021, 12, 7))
    assert "Commissioner" in revision.reason
    load_seed(empty_store, tmp_path)
    assert len(empty_store.revisions(detect.id)) == 1  # not twice


def test_a_plan_seeded_before_the_follow_through_gets_it_and_keeps_the_officers_edits(db_url, clock):
    store = open_plan_store(db_url, clock, seed=False)
    try:
        apply_batch(store, read_seed_file(SEED_DIR / "security_union_2020.toml"), keep_edits=True)
        dsa = by_key(store)["csa-2-digital-services-act"]
        assert dsa.delivered_on is None
        store.update_commitment(dsa.changed(status=Status.DELIVERED, delivered_on=date(2020, 12, 16), delivered_by="my note"))
        report = load_seed(store)
        plan = by_key(store)
        assert (plan[DETECT].delivered_on, plan[DETECT].delivered_by) == (date(2022, 5, 11), "COM(2022) 209")
        assert (plan["csa-2-digital-services-act"].delivered_on, plan["csa-2-digital-services-act"].delivered_by) == (date(2020, 12, 16), "my note")
        assert report.kept == 1
    finally:
        store.close()


def test_a_follow_through_naming_a_commitment_no_seed_holds_is_refused_in_one_sentence(tmp_path):
    extra = tmp_path / "extra.toml"
    extra.write_text('[[delivery]]\ncommitment = "no-such-key"\ndelivered_on = 2021-01-01\ndelivered_by = "COM(2021) 1"\n', encoding="utf-8")
    with pytest.raises(ImportFileError, match="no-such-key.*which no seed file holds"):
        read_seed_files([*sorted(SEED_DIR.glob("*.toml")), extra])
