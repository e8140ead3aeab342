"""A report never reassures without evidence: what could be checked is shown in every format,
a run where nothing could be compared says so and fails ``check``, and nothing is dropped
silently (``claims --all``) — through the real command line."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPORA, SEED_CORPUS, run_corpus

from claimcheck import cli as cli_module
from claimcheck.coverage import coverage
from claimcheck.model import Claim, Document, Report, Value

REASSURING = "agree on everything"
#: The corpora the consistency checks run on (the blind split stays sealed).
OPEN_CORPORA = sorted(p for p in [*CORPORA.iterdir(), *(CORPORA / "real").iterdir()]
                      if (p / "expected.yaml").is_file())


def _invoke(*args: str):
    return CliRunner().invoke(cli_module.cli, ["--quiet", *args, "--no-cache"])


def _flat(text: str) -> str:
    """Text as one line: what it says, wherever the terminal width wrapped it."""
    return " ".join(text.split())


@pytest.fixture
def two_revenues(tmp_path: Path) -> Path:
    """The issue's example: two articles whose figures differ, about a name no other article
    confirms, so that nothing becomes a claim."""
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text("X reported revenue of $120 million in 2024.\n")
    (folder / "b.txt").write_text("X reported revenue of $150 million in 2024.\n")
    return folder


def test_nothing_compared_is_said_plainly_in_text(two_revenues):
    result = _invoke("report", str(two_revenues))
    assert result.exit_code == 0, result.output
    text = _flat(result.output)
    assert REASSURING not in text
    assert "coverage: 2 figures seen, 0 claims made, 0 compared" in text
    assert "no subject (2)" in text
    assert "contributed nothing: a (1 figure, none became a claim); b (1 figure" in text
    assert "Nothing could be compared" in text and "not that the sources agree" in text


def test_nothing_compared_is_said_plainly_in_markdown_json_and_html(two_revenues, tmp_path):
    markdown = _invoke("report", str(two_revenues), "--format", "markdown").output
    assert "**Coverage:** 2 figures seen, 0 claims made, 0 compared." in markdown
    assert "> **Nothing could be compared:**" in markdown and REASSURING not in markdown
    data = json.loads(_invoke("report", str(two_revenues), "--format", "json").output)
    cover = data["coverage"]
    assert (cover["figures"], cover["claims"], cover["compared"], cover["level"]) == (
        2, 0, 0, "none")
    assert [d["nothing"] for d in cover["documents"]] == ["1 figure, none became a claim"] * 2
    assert {u["text"] for u in cover["unclaimed"]} == {"$120 million", "$150 million"}
    assert all(u["stage"] == "link" and u["reason"].startswith("no subject")
               for u in cover["unclaimed"])
    page = tmp_path / "r.html"
    assert _invoke("report", str(two_revenues), "--format", "html", "-o", str(page)
                   ).exit_code == 0
    html = page.read_text()
    assert "<b>Nothing could be compared.</b>" in html and REASSURING not in html


def test_pinning_the_entity_the_reason_names_makes_the_figures_compared(two_revenues):
    (two_revenues / "claimcheck.toml").write_text('[entities."X"]\ntype = "organization"\n')
    text = _flat(_invoke("report", str(two_revenues)).output)
    assert "coverage: 2 figures seen, 2 claims made, 2 compared" in text
    assert "value_mismatch · X · revenue (2024)" in text
    assert "value_mismatch:x:revenue:2024" in text  # an id with ":x:" is no emoji


def test_check_fails_when_almost_nothing_could_be_compared(two_revenues):
    failed = _invoke("check", str(two_revenues))
    assert failed.exit_code == 1
    assert "only 0 of 0 claims could be compared" in _flat(failed.output)
    assert "check failed: too little compared in 1 corpus" in failed.output
    assert _invoke("check", str(two_revenues), "--min-compared", "0").exit_code == 0
    (two_revenues / "claimcheck.toml").write_text("[check]\nmin-compared = 0\n")
    assert _invoke("check", str(two_revenues)).exit_code == 0
    github = _invoke("check", str(two_revenues), "--min-compared", "3", "--format", "github")
    assert github.exit_code == 1
    assert "::error title=claimcheck check%3A too little compared::" in github.output
    junit = _invoke("check", str(two_revenues), "--min-compared", "3", "--format", "junit")
    assert 'type="coverage"' in junit.output
    gate = json.loads(_invoke("check", str(two_revenues), "--min-compared", "3", "--format",
                              "json").output)
    assert gate["corpora"][0]["coverage"]["too_little_compared"] is True


def test_a_negative_floor_is_a_usage_error(two_revenues):
    result = _invoke("check", str(two_revenues), "--min-compared", "-1")
    assert result.exit_code == 2 and "[E004]" in result.output


def test_claims_all_lists_figures_that_became_no_claim_with_why(two_revenues):
    text = _flat(_invoke("claims", str(two_revenues), "--all").output)
    assert "2 figures or candidates became no claim" in text
    assert "$120 million in a · revenue — no subject" in text
    assert "X reported revenue of «$120 million» in 2024." in text
    rows = [json.loads(line) for line in _invoke("claims", str(two_revenues), "--all",
                                                 "--format", "jsonl").output.splitlines()]
    assert [(r["status"], r["stage"], r["value"]["text"]) for r in rows] == [
        ("not a claim", "link", "$120 million"), ("not a claim", "link", "$150 million")]


def test_claims_all_says_for_each_claim_whether_it_was_compared():
    rows = [json.loads(line) for line in _invoke("claims", str(SEED_CORPUS), "--all",
                                                 "--format", "jsonl").output.splitlines()]
    claims = [r for r in rows if r["id"]]
    figures = [r for r in rows if not r["id"]]
    assert len(claims) == len(run_corpus(SEED_CORPUS).claims)
    assert {r["status"] for r in claims} == {"compared", "not compared"}
    left_out = [r for r in claims if r["status"] == "not compared"]
    assert all(r["reason"] for r in left_out) and all(not r["reason"] for r in claims
                                                      if r["status"] == "compared")
    kinds = {r["reason"].split(":")[0] for r in left_out}
    assert {"single source", "self-contradiction", "no period"} <= kinds
    assert figures and all(r["status"] == "not a claim" and r["reason"] for r in figures)
    assert {"extract", "link"} <= {r["stage"] for r in figures}
    text = _flat(_invoke("claims", str(SEED_CORPUS), "--all").output)
    assert "not compared: single source" in text or "no: single source" in text


def test_claims_as_csv_and_jsonl_for_spreadsheets():
    table = list(csv.DictReader(io.StringIO(_invoke("claims", str(SEED_CORPUS), "--format",
                                                    "csv").output)))
    report = run_corpus(SEED_CORPUS)
    assert len(table) == len(report.claims)
    assert table[0]["id"] == report.claims[0].id and table[0]["value"]
    assert "status" not in table[0]
    lines = _invoke("claims", str(SEED_CORPUS), "--format", "jsonl").output.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [c.id for c in report.claims]
    full = list(csv.DictReader(io.StringIO(_invoke("claims", str(SEED_CORPUS), "--all",
                                                   "--format", "csv").output)))
    assert len(full) > len(table) and {"status", "stage", "reason"} <= set(full[0])


def test_a_csv_cell_never_starts_a_formula(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    for name, figure in (("a", 10), ("b", 12)):
        (folder / f"{name}.txt").write_text(
            f"=HYPERLINK(\"x\") Acme Corp reported revenue of ${figure} million.\n"
            "Acme Corp is based in Paris.\n")
    (folder / "claimcheck.toml").write_text('[entities."Acme Corp"]\n')
    rows = list(csv.reader(io.StringIO(_invoke("claims", str(folder), "--all", "--format",
                                               "csv").output)))
    assert not any(cell.startswith("=") for row in rows[1:] for cell in row)


def test_report_status_open_with_everything_reviewed_says_so(tmp_path):
    corpus = tmp_path / "meta"
    shutil.copytree(SEED_CORPUS, corpus)  # its reviews.yaml confirms all three conflicts
    text = _flat(_invoke("report", str(corpus), "--status", "open").output)
    assert "No conflict is open: all 3 are reviewed (3 confirmed); drop --status" in text
    assert REASSURING not in text and "No conflicts among" not in text
    markdown = _invoke("report", str(corpus), "--status", "open", "--format", "markdown").output
    assert "all 3 are reviewed (3 confirmed)" in markdown
    page = tmp_path / "r.html"
    _invoke("report", str(corpus), "--status", "open", "--format", "html", "-o", str(page))
    assert "all 3 are reviewed (3 confirmed)" in page.read_text()


def test_files_given_alone_use_their_corpus_config_and_reviews(two_revenues, tmp_path):
    (two_revenues / "claimcheck.toml").write_text('[entities."X"]\ntype = "organization"\n')
    alone = _invoke("claims", str(two_revenues / "a.txt"), "--format", "json").output
    assert [c["subject"] for c in json.loads(alone)] == ["X"]  # pinned by the folder's toml
    corpus = tmp_path / "meta"
    shutil.copytree(SEED_CORPUS, corpus)
    french, german = sorted(corpus.glob("*.md"))[3:5]  # on both sides of the revenue's period
    text = _invoke("report", str(french), str(german)).output
    assert "period_mismatch" in text
    assert "[changed]" in text  # reviews.yaml applies: its decision saw other documents
    listed = _invoke("report", str(french), str(german), "--status", "changed")
    assert "period_mismatch" in listed.output


def test_a_folder_of_several_stories_is_warned_about(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for story in ("meta-scale-ai", "caracu-ferry"):
        for article in (CORPORA / story).iterdir():
            if article.suffix in (".md", ".txt", ".html"):
                shutil.copy(article, folder / f"{story}-{article.name}")
    result = CliRunner().invoke(cli_module.cli, ["--quiet", "report", str(folder),
                                                 "--format", "json", "--no-cache"])
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "look like 2 stories" in result.stderr
    assert "--group-by story" in result.stderr
    json.loads(result.stdout)  # the warning never reaches the payload


@pytest.mark.parametrize("folder", OPEN_CORPORA, ids=lambda p: p.name)
def test_coverage_agrees_with_the_stages(folder):
    """Every claim on a conflict's side was compared; no unclaimed figure is a claim's figure;
    the per-document counts add up."""
    report = run_corpus(folder)
    cover = coverage(report)
    left_out = dict(cover.left_out)
    on_sides = {c for conflict in report.conflicts for c in report.claims_of(conflict)}
    assert not [(c.id, left_out[c.id]) for c in on_sides if c.id in left_out]
    claimed = {(c.document, c.value_start, c.value_end) for c in report.claims}
    assert not [u for u in cover.unclaimed if u.stage == "extract"
                and (u.document, u.start, u.end) in claimed]
    assert cover.claims == len(report.claims)
    assert cover.compared == len(report.claims) - len(left_out)
    assert all(reason.split(":")[0] for _claim, reason in cover.left_out)


def _claim(claim_id: str, document: str, attribute: str, point: float | None, *,
           unit: str | None = None, period: str | None = None, modality: str = "asserted",
           kind: str = "money", scope: str | None = None, label: str | None = None) -> Claim:
    return Claim(id=claim_id, document=document, subject="Acme", attribute=attribute,
                 value=Value(kind=kind, text=str(point), low=point, high=point, unit=unit,
                             point=point, label=label),
                 period=period, modality=modality, sentence="…", start=0, end=1,
                 value_start=0, value_end=1, scope=scope)


def test_each_claim_left_out_of_comparison_says_why():
    claims = [
        _claim("r1", "a", "revenue", 100e6, unit="USD", period="2024"),
        _claim("r2", "b", "revenue", 120e6, unit="USD", period="2024"),
        _claim("r3", "a", "revenue", 90e6, unit="USD"),
        _claim("d1", "c", "deal_value", 5e9, unit="USD", modality="negated"),
        _claim("v1", "c", "valuation", 9e9, unit="USD", modality="hypothetical"),
        _claim("e1", "a", "layoffs", 100, kind="count"),
        _claim("e2", "a", "layoffs", 300, kind="count"),
        _claim("e3", "b", "layoffs", 500, kind="count"),
        _claim("f1", "a", "fine", 5e6, unit="EUR"),
        _claim("f2", "b", "fine", 6e6, unit="USD"),
        _claim("k1", "a", "deaths", 4, kind="count", scope="part"),
        _claim("o1", "b", "role", None, kind="category", label="ceo"),
    ]
    documents = [Document(id=i, path=f"{i}.txt", text="…", language="en") for i in "abc"]
    reasons = coverage(Report(documents=documents, claims=claims)).left_out
    why = {claim: reason.split(":")[0] for claim, reason in reasons}
    assert "r1" not in why and "r2" not in why  # the same slot and period in two articles
    assert why == {
        "r3": "no period", "d1": "modality", "v1": "modality",
        "e1": "self-contradiction", "e2": "self-contradiction", "e3": "single source",
        "f1": "single source", "f2": "single source", "k1": "a part", "o1": "listed only",
    }
    assert "another period, currency" in dict(reasons)["f1"]
