"""The CI gate: reviewed and unchanged passes; open, changed or vanished confirmed fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_review import clock, sample_report, with_extra_side

from claimcheck import cli as cli_module
from claimcheck.gate import evidence_line, gate_corpus
from claimcheck.review.store import load_decisions, make_decision, record, reviews_path

ROOT = Path(__file__).resolve().parents[1]
META = ROOT / "corpora" / "meta-scale-ai"


def _review_all(path: Path, report, status: str = "confirmed") -> None:
    for conflict in report.conflicts:
        record(path, make_decision(conflict, report, status, who="ci", clock=clock))


def test_open_conflicts_fail_and_reviewed_pass(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    gate = gate_corpus("corpus", report, load_decisions(path))
    assert not gate.passed and len(gate.failures) == 3
    assert [e.severity for e in gate.failures] == ["high", "medium", "low"]  # most severe first
    _review_all(path, report)
    assert gate_corpus("corpus", report, load_decisions(path)).passed


def test_fail_on_limits_the_gate_to_a_severity(tmp_path: Path) -> None:
    report = sample_report()
    decisions = load_decisions(reviews_path(tmp_path))
    assert [e.severity for e in gate_corpus("c", report, decisions, "medium").failures] == [
        "high", "medium"]
    assert [e.severity for e in gate_corpus("c", report, decisions, "high").failures] == ["high"]


def test_changed_conflict_fails_and_says_what_changed(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    _review_all(path, report, "dismissed")
    gate = gate_corpus("c", with_extra_side(report), load_decisions(path))
    [failure] = gate.failures
    assert failure.status == "changed" and "new side $16B (d-extra)" in failure.reason


def test_vanished_confirmed_conflict_fails_by_name(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    _review_all(path, report)
    gate = gate_corpus("c", sample_report(with_c=False), load_decisions(path))
    assert [(e.status, e.id) for e in gate.failures] == [
        ("missing", "value_mismatch-beta-deal_value"), ("missing", "period_mismatch-beta-revenue")]
    assert "Beta · deal_value" in gate.failures[0].reason
    assert "regressed" in gate.failures[0].reason
    assert gate.failures[0].reviews_line > 0


def test_dismissed_conflict_may_vanish(tmp_path: Path) -> None:
    report = sample_report()
    path = reviews_path(tmp_path)
    _review_all(path, report, "dismissed")
    assert gate_corpus("c", sample_report(with_c=False), load_decisions(path)).passed


def test_evidence_line_counts_front_matter_and_newlines() -> None:
    report = sample_report()
    document = report.documents[2]  # c-handel: body starts on line 6, the claim on its 3rd line
    claim = next(c for c in report.claims if c.id == "k3")
    assert evidence_line(document, claim.start) == 6 + 2


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    monkeypatch.setattr(cli_module, "run_pipeline", lambda paths, quiet=False: sample_report())
    return folder


def test_check_exit_codes(corpus: Path) -> None:
    runner = CliRunner()
    failed = runner.invoke(cli_module.cli, ["check", str(corpus)])
    assert failed.exit_code == 1 and "check failed: 3 conflicts" in failed.output
    _review_all(corpus / "reviews.yaml", sample_report(), "waived")
    assert runner.invoke(cli_module.cli, ["check", str(corpus)]).exit_code == 0
    (corpus / "reviews.yaml").write_text("decisions: [\n")
    broken = runner.invoke(cli_module.cli, ["check", str(corpus)])
    assert broken.exit_code == 2 and "reviews.yaml:2" in broken.output
    assert runner.invoke(cli_module.cli, ["check", str(corpus / "nope")]).exit_code == 2


def test_check_fail_on_high_passes_with_only_low_open(corpus: Path) -> None:
    report = sample_report()
    path = corpus / "reviews.yaml"
    record(path, make_decision(report.conflicts[1], report, "confirmed", who="x", clock=clock))
    runner = CliRunner()
    assert runner.invoke(cli_module.cli, ["check", str(corpus), "--fail-on", "high"]).exit_code == 0
    assert runner.invoke(cli_module.cli, ["check", str(corpus), "--fail-on", "medium"]
                         ).exit_code == 1


# --------------------------------------------------------------------------- the real corpus

def _real_conflicts(folder: Path):
    try:
        from claimcheck.api import check

        return check([folder])
    except Exception as exc:  # noqa: BLE001 - the pipeline is still being written
        pytest.skip(f"pipeline not runnable yet: {type(exc).__name__}: {exc}")


@pytest.fixture(scope="module")
def meta_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not META.is_dir():
        pytest.skip("corpora/meta-scale-ai is not there yet")
    folder = tmp_path_factory.mktemp("meta") / "meta-scale-ai"
    shutil.copytree(META, folder, ignore=shutil.ignore_patterns("reviews.yaml", ".reviews*"))
    report = _real_conflicts(folder)
    if not report.conflicts:
        pytest.skip("the pipeline finds no conflicts in meta-scale-ai yet")
    return folder


def _check(folder: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli_module.cli, ["check", str(folder), "--quiet"])
    return result.exit_code, result.output


def test_meta_reviewed_corpus_passes_then_fails_on_a_changed_figure(meta_copy: Path,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "meta"
    shutil.copytree(meta_copy, folder)
    runner = CliRunner()
    listed = runner.invoke(cli_module.cli, ["review", str(folder), "--list", "--quiet"])
    ids = [line.split()[0] for line in listed.output.splitlines() if line.strip()]
    assert ids
    for conflict_id in ids:
        done = runner.invoke(cli_module.cli, ["review", str(folder), "--id", conflict_id,
                                              "--status", "confirmed", "--quiet", "--who", "ci"])
        assert done.exit_code == 0, done.output
    assert _check(folder)[0] == 0
    # A copy of an article with one figure changed: a new or changed conflict.
    article = sorted(folder.glob("00*.md"))[1]
    text = article.read_text(encoding="utf-8")
    changed = text.replace("14,3", "17,9").replace("14.3", "17.9")
    assert changed != text
    (folder / "zzz_copy.md").write_text(changed, encoding="utf-8")
    code, output = _check(folder)
    assert code == 1
    assert "changed" in output or "not reviewed" in output


def test_meta_removing_an_article_with_a_confirmed_conflict_fails(meta_copy: Path,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "meta"
    shutil.copytree(meta_copy, folder)
    from claimcheck.api import check

    report = check([folder])
    path = reviews_path(folder)
    _review_all(path, report)
    assert _check(folder)[0] == 0
    # Remove every article on the smaller side of the first conflict: it can no longer appear.
    conflict = report.conflicts[0]
    claims = {c.id: c for c in report.claims}
    side = min(conflict.sides, key=lambda s: len({claims[c].document for c in s.claims}))
    documents = {d.id: d for d in report.documents}
    for doc_id in {claims[c].document for c in side.claims}:
        Path(documents[doc_id].path).unlink()
    code, output = _check(folder)
    assert code == 1
    assert conflict.id in output
