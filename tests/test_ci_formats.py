"""CI output formats of the gate: GitHub workflow commands, JUnit XML, JSON and text."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_review import clock, sample_report

from claimcheck import cli as cli_module
from claimcheck.gate import GateResult, gate_corpus
from claimcheck.model import Conflict
from claimcheck.report.ci import GITHUB_ERROR_LIMIT, render_github, render_junit
from claimcheck.review.store import load_decisions, make_decision, record, reviews_path


def _gate(tmp_path: Path, report=None, fail_on: str = "low") -> GateResult:
    report = report or sample_report()
    return GateResult((gate_corpus("corpus", report, load_decisions(reviews_path(tmp_path)),
                                   fail_on),), fail_on)


def test_github_errors_point_at_evidence_lines_most_severe_first(tmp_path: Path) -> None:
    lines = render_github(_gate(tmp_path)).splitlines()
    errors = [line for line in lines if line.startswith("::error ")]
    # high deal_value: 3 articles; medium deal_type: 2; low revenue: 2 — 7 in all, and each
    # conflict's first annotation comes before any second one (GitHub shows only ten).
    assert len(errors) == 7
    assert errors[0].startswith("::error file=corpus/a-wire.md,line=7,title=claimcheck open high")
    assert "title=claimcheck open medium" in errors[1]
    assert "title=claimcheck open low" in errors[2]
    assert "title=claimcheck open high" in errors[3]
    assert "file=corpus/c-handel.md,line=8," in errors[4]  # blank line in the body counted
    assert "this article says $15B («15 Mrd. US-Dollar»); other sources: $14.3B (a-wire, " \
        "b-corriere). [value_mismatch-beta-deal_value]" in errors[4]
    assert lines[-1].startswith("::notice ")


def test_github_escapes_properties_and_data() -> None:
    from claimcheck.report.ci import _command

    line = _command("error", "50%\nnext", file="a,b:c.md", line=3, title="x: y, z")
    assert line == "::error file=a%2Cb%3Ac.md,line=3,title=x%3A y%2C z::50%25%0Anext"


def test_github_notice_points_at_the_json_when_more_than_ten(tmp_path: Path) -> None:
    report = sample_report()
    base = report.conflicts[0]
    report.conflicts = [
        Conflict(**{**{f: getattr(base, f) for f in Conflict.__slots__}, "id": f"c{i:02}"})
        for i in range(8)
    ]
    output = render_github(_gate(tmp_path, report), json_file="claimcheck.json")
    assert output.count("::error ") == 16 > GITHUB_ERROR_LIMIT
    notice = output.splitlines()[-1]
    assert notice.startswith("::notice title=claimcheck check::")
    assert "6 more" in notice and "claimcheck.json" in notice


def test_github_vanished_conflict_points_at_reviews_yaml(tmp_path: Path) -> None:
    report = sample_report()
    for conflict in report.conflicts:
        record(reviews_path(tmp_path), make_decision(conflict, report, "confirmed", who="x",
                                                     clock=clock))
    output = render_github(_gate(tmp_path, sample_report(with_c=False)))
    missing = [line for line in output.splitlines() if "missing" in line]
    assert missing and "reviews.yaml,line=" in missing[0]
    assert "value_mismatch-beta-deal_value" in missing[0]


def test_junit_is_valid_xml_with_one_case_per_conflict(tmp_path: Path) -> None:
    report = sample_report()
    record(reviews_path(tmp_path), make_decision(report.conflicts[0], report, "waived",
                                                 note="known <quirk> & fine", who="x",
                                                 clock=clock))
    root = ET.fromstring(render_junit(_gate(tmp_path, report)))
    suite = root.find("testsuite")
    assert suite is not None and suite.get("tests") == "3" and suite.get("failures") == "2"
    cases = suite.findall("testcase")
    assert len(cases) == 3
    failures = [c for c in cases if c.find("failure") is not None]
    assert {c.find("failure").get("type") for c in failures} == {"open"}
    skipped = [c for c in cases if c.find("skipped") is not None]
    assert skipped[0].find("skipped").get("message") == "waived: known <quirk> & fine"
    assert "corpus/c-handel.md:8" in failures[0].find("failure").text


def test_cli_formats_write_only_payload(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    monkeypatch.setattr(cli_module, "run_pipeline", lambda paths, quiet=False: sample_report())
    runner = CliRunner()
    as_json = runner.invoke(cli_module.cli, ["check", str(folder), "--format", "json"])
    assert as_json.exit_code == 1
    data = json.loads(as_json.stdout)
    assert data["passed"] is False and data["version"] == 1
    [corpus] = data["corpora"]
    assert [c["status"] for c in corpus["conflicts"]] == ["open"] * 3
    assert corpus["conflicts"][0]["evidence"][0]["line"] == 7
    junit = runner.invoke(cli_module.cli, ["check", str(folder), "--format", "junit",
                                           "--output", str(tmp_path / "out.xml"),
                                           "--json-output", str(tmp_path / "out.json")])
    assert junit.exit_code == 1 and junit.stdout == ""
    ET.parse(tmp_path / "out.xml")
    assert json.loads((tmp_path / "out.json").read_text())["passed"] is False
    github = runner.invoke(cli_module.cli, ["check", str(folder), "--format", "github"])
    assert all(line.startswith("::") for line in github.stdout.splitlines())
