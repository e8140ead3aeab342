"""The JSON report contract (version 1), pinned on the first curated corpus."""

from __future__ import annotations

import json

from conftest import SEED_CORPUS, run_corpus

from claimcheck.model import CONFLICT_KINDS, MODALITIES, SEVERITIES, VALUE_KINDS
from claimcheck.report import to_json
from claimcheck.slots import SLOTS

DOCUMENT_KEYS = {"id", "path", "language", "title", "source", "url", "published"}
CLAIM_KEYS = {"id", "document", "subject", "attribute", "value", "period", "modality",
              "sentence", "start", "end"}
VALUE_KEYS = {"kind", "low", "high", "unit", "label", "text"}
CONFLICT_KEYS = {"id", "kind", "subject", "attribute", "period", "severity", "confidence",
                 "explanation", "sides", "evolving"}


def test_the_seed_report_satisfies_the_contract(seed_report):
    data = json.loads(to_json(seed_report))
    assert data["version"] == 1
    assert set(data) == {"version", "documents", "skipped", "claims", "conflicts", "coverage"}
    assert [d["id"] for d in data["documents"]] == [
        "000_81d43d40fb27c337", "001_efa495bb2375d603", "002_e74afe82dad34834",
        "003_0812986941ea66a8", "004_5e06687d31efdb21"]
    assert [d["language"] for d in data["documents"]] == ["it", "it", "it", "fr", "de"]
    for document in data["documents"]:
        assert DOCUMENT_KEYS <= set(document)
    texts = {d.id: d.text for d in seed_report.documents}
    claim_ids = set()
    for claim in data["claims"]:
        assert CLAIM_KEYS <= set(claim)
        assert VALUE_KEYS <= set(claim["value"])
        assert claim["value"]["kind"] in VALUE_KINDS
        assert claim["modality"] in MODALITIES
        assert claim["attribute"] in SLOTS
        # Every claim can be traced to its sentence.
        assert texts[claim["document"]][claim["start"]:claim["end"]] == claim["sentence"]
        assert claim["trigger"] and claim["rule"]
        claim_ids.add(claim["id"])
    assert len(claim_ids) == len(data["claims"])
    for conflict in data["conflicts"]:
        assert CONFLICT_KEYS <= set(conflict)
        assert conflict["kind"] in CONFLICT_KINDS
        assert conflict["severity"] in SEVERITIES
        assert 0 <= conflict["confidence"] <= 1
        assert conflict["explanation"].endswith(".")
        assert len(conflict["sides"]) >= 2
        for side in conflict["sides"]:
            assert side["value"] and side["claims"]
            assert set(side["claims"]) <= claim_ids
    assert len({c["id"] for c in data["conflicts"]}) == len(data["conflicts"])


def test_the_json_report_is_byte_identical_across_runs(seed_report):
    from claimcheck.api import check

    assert to_json(check([SEED_CORPUS])) == to_json(seed_report)


def test_the_seed_conflicts_are_found(seed_report):
    kinds = {(c.kind, c.subject, c.attribute) for c in seed_report.conflicts}
    assert ("period_mismatch", "Scale AI", "revenue") in kinds
    assert ("category_mismatch", "Scale AI", "deal_type") in kinds
    assert ("value_mismatch", "Scale AI", "valuation") in kinds


def test_one_conflict_per_subject_attribute_period_and_kind(seed_report):
    keys = [(c.kind, c.subject, c.attribute, c.period) for c in seed_report.conflicts]
    assert len(keys) == len(set(keys))


def test_reports_from_the_same_corpus_agree_with_its_run():
    assert run_corpus(SEED_CORPUS) is run_corpus(SEED_CORPUS)
