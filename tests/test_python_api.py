"""claimcheck from Python: ``check`` takes a path or a list, a Report is short to print, its JSON
is public, and a side's claims are one call away."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SEED_CORPUS, run_corpus

import claimcheck
from claimcheck.model import Claim


def test_check_takes_a_str_a_path_or_a_list():
    expected = run_corpus(SEED_CORPUS).to_json()
    assert claimcheck.check(str(SEED_CORPUS)).to_json() == expected
    assert claimcheck.check(Path(SEED_CORPUS)).to_json() == expected
    assert claimcheck.check([SEED_CORPUS]).to_json() == expected


def test_a_report_prints_short():
    report = run_corpus(SEED_CORPUS)
    shown = repr(report)
    assert shown == (f"<Report: 5 documents, {len(report.claims)} claims, "
                     f"{len(report.conflicts)} conflicts>")
    assert len(shown) < 80


def test_to_dict_and_to_json_are_the_json_report():
    report = run_corpus(SEED_CORPUS)
    data = report.to_dict()
    assert json.loads(report.to_json()) == data
    assert data["version"] == 1 and data["coverage"]["claims"] == len(report.claims)


def test_a_sides_claims_without_an_id_lookup():
    report = run_corpus(SEED_CORPUS)
    conflict = next(c for c in report.conflicts if c.kind == "period_mismatch")
    sides = [report.claims_of(side) for side in conflict.sides]
    assert all(claims and all(isinstance(c, Claim) for c in claims) for claims in sides)
    assert [c.id for side in sides for c in side] == [c.id for c in report.claims_of(conflict)]
    assert {c.period for c in sides[0]} != {c.period for c in sides[1]}


def test_coverage_from_python():
    coverage = run_corpus(SEED_CORPUS).coverage()
    assert coverage.figures > 0 and 0 < coverage.compared <= coverage.claims
    assert coverage.level == "ok" and len(coverage.documents) == 5
