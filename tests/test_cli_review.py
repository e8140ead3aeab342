"""Nothing the user wrote is lost, and every error is one line with a code — through the real
command line (the pipeline replaced by the hand-made report of ``test_review``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_review import sample_report

from claimcheck import cli as cli_module
from claimcheck.review.store import load_decisions

DEAL_VALUE = "value_mismatch-beta-deal_value"
DEAL_TYPE = "category_mismatch-beta-deal_type"
ONE_ERROR_LINE = re.compile(r"claimcheck: \[E00[1-4]\] [^\n]+\n")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    monkeypatch.setattr(cli_module, "run_pipeline", lambda paths, quiet=False: sample_report())
    monkeypatch.setenv("USER", "tester")
    return folder


def _review(corpus: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(cli_module.cli, ["review", str(corpus), *args], input=input)


def test_a_new_status_without_note_keeps_the_note(corpus):
    assert _review(corpus, "--id", DEAL_VALUE, "--status", "dismissed", "--note",
                   "both figures are the same deal, rounded").exit_code == 0
    assert _review(corpus, "--id", DEAL_VALUE, "--status", "confirmed").exit_code == 0
    decision = load_decisions(corpus / "reviews.yaml").get(DEAL_VALUE)
    assert decision.status == "confirmed"
    assert decision.note == "both figures are the same deal, rounded"
    assert _review(corpus, "--id", DEAL_VALUE, "--status", "waived", "--note", "known").exit_code \
        == 0
    assert load_decisions(corpus / "reviews.yaml").get(DEAL_VALUE).note == "known"


@pytest.mark.parametrize("status", ["dismissed", "waived"])
def test_dismiss_and_waive_need_a_reason_in_scripts(corpus, status):
    result = _review(corpus, "--id", DEAL_VALUE, "--status", status)
    assert result.exit_code == 2
    assert ONE_ERROR_LINE.fullmatch(result.output) and "--note" in result.output
    assert not (corpus / "reviews.yaml").exists()
    assert _review(corpus, "--id", DEAL_VALUE, "--status", "confirmed").exit_code == 0


def test_the_corpus_config_can_drop_the_reason(corpus):
    (corpus / "claimcheck.toml").write_text('[review]\nnote-required = ["waived"]\n')
    assert _review(corpus, "--id", DEAL_VALUE, "--status", "dismissed").exit_code == 0
    assert _review(corpus, "--id", DEAL_TYPE, "--status", "waived").exit_code == 2


def test_dismiss_and_waive_ask_why_in_the_interactive_review(corpus, monkeypatch):
    monkeypatch.setattr(cli_module, "stdin_is_terminal", lambda: True)
    # dismiss, no reason: cancelled and asked again; dismiss with one; waive with one
    result = _review(corpus, "--who", "ana", input="d\ndsame deal\nwnot worth CI\nq")
    assert result.exit_code == 0, result.output
    assert "why dismissed?" in result.output and "a reason is needed" in result.output
    decisions = load_decisions(corpus / "reviews.yaml")
    assert decisions.get(DEAL_VALUE).note == "same deal"
    assert (decisions.get(DEAL_TYPE).status, decisions.get(DEAL_TYPE).note) == (
        "waived", "not worth CI")


@pytest.mark.parametrize(("conflict", "value", "expected"), [
    (DEAL_VALUE, "abc", "an amount with its currency"),
    (DEAL_VALUE, "15", "an amount with its currency"),
    (DEAL_TYPE, "$15B", "one of acquisition, merger"),
    ("period_mismatch-beta-revenue", "last year", "a period"),
])
def test_a_resolved_value_that_is_not_the_slots_kind_is_refused(corpus, conflict, value,
                                                                 expected):
    result = _review(corpus, "--id", conflict, "--status", "resolved", "--value", value)
    assert result.exit_code == 2
    assert ONE_ERROR_LINE.fullmatch(result.output), result.output
    assert expected in result.output and "[E004]" in result.output
    assert not (corpus / "reviews.yaml").exists()


@pytest.mark.parametrize(("conflict", "value", "shown"), [
    (DEAL_VALUE, "$15B", ""),
    (DEAL_VALUE, "15 Mrd. US-Dollar", " ($15B)"),
    (DEAL_TYPE, "minority stake", " (minority_stake)"),
    ("period_mismatch-beta-revenue", "2024", ""),
])
def test_a_resolved_value_is_read_as_the_slot_reads_it(corpus, conflict, value, shown):
    result = _review(corpus, "--id", conflict, "--status", "resolved", "--value", value)
    assert result.exit_code == 0, result.output
    assert result.output == f"{conflict}: resolved = {value}{shown}\n"
    assert load_decisions(corpus / "reviews.yaml").get(conflict).value == value


def test_list_is_aligned_and_json_for_scripts(corpus):
    _review(corpus, "--id", DEAL_VALUE, "--status", "confirmed", "--note", "checked")
    lines = _review(corpus, "--list").output.splitlines()
    assert len(lines) == 3
    columns = [[m.start() for m in re.finditer(r"(?<=  )\S", line)][:3] for line in lines]
    assert len({tuple(c) for c in columns}) == 1, lines  # status, severity, what: lined up
    rows = json.loads(_review(corpus, "--list", "--format", "json").output)
    assert [row["id"] for row in rows] == [c.id for c in sample_report().conflicts]
    confirmed = next(row for row in rows if row["id"] == DEAL_VALUE)
    assert (confirmed["status"], confirmed["note"], confirmed["found"]) == (
        "confirmed", "checked", True)
    assert {row["status"] for row in rows} == {"confirmed", "open"}


def test_review_without_a_terminal_is_one_error_line_not_a_card(corpus):
    result = _review(corpus)  # CliRunner's stdin is not a terminal
    assert result.exit_code == 2
    assert ONE_ERROR_LINE.fullmatch(result.output), result.output
    assert "needs a terminal" in result.output and "1/3" not in result.output


@pytest.mark.parametrize("args", [
    ["report", "--no-such-option", "x"],
    ["report", "{corpus}", "--format", "pdf"],
    ["check", "{corpus}/missing"],
    ["review", "{corpus}", "--id", "x"],
    ["review", "{corpus}", "--value", "3"],
    ["review", "{corpus}", "--format", "json"],
    ["review", "{corpus}", "--id", "nope", "--status", "confirmed"],
    ["check", "{corpus}", "--min-compared", "-2"],
    ["eval", "{corpus}", "--min-precision", "1.5"],
    ["eval", "{corpus}"],
    ["claims", "{corpus}", "--format", "xml"],
    ["nosuchcommand"],
])
def test_every_error_is_one_line_with_a_code_and_exit_2(corpus, args):
    result = CliRunner().invoke(cli_module.cli, [a.format(corpus=corpus) for a in args])
    assert result.exit_code == 2, result.output
    assert ONE_ERROR_LINE.fullmatch(result.output), result.output


def test_a_broken_decisions_file_is_a_data_error(corpus):
    (corpus / "reviews.yaml").write_text("decisions: [\n")
    for args in (["review", str(corpus), "--list"], ["check", str(corpus)]):
        result = CliRunner().invoke(cli_module.cli, args)
        assert result.exit_code == 2 and ONE_ERROR_LINE.fullmatch(result.output)
        assert "[E002]" in result.output


def test_corpus_defaults_from_claimcheck_toml_and_flags_win(corpus):
    (corpus / "claimcheck.toml").write_text(
        '[report]\nformat = "markdown"\n[check]\nfail-on = "high"\n[claims]\nformat = "csv"\n')
    runner = CliRunner()
    assert runner.invoke(cli_module.cli, ["report", str(corpus)]).output.startswith(
        "# claimcheck report")
    assert runner.invoke(cli_module.cli, ["report", str(corpus), "--format", "json"]
                         ).output.startswith("{")
    assert runner.invoke(cli_module.cli, ["claims", str(corpus)]).output.startswith("id,")
    _review(corpus, "--id", DEAL_VALUE, "--status", "confirmed")  # the one high conflict
    assert runner.invoke(cli_module.cli, ["check", str(corpus)]).exit_code == 0
    assert runner.invoke(cli_module.cli, ["check", str(corpus), "--fail-on", "low"]
                         ).exit_code == 1
    (corpus / "claimcheck.toml").write_text('[check]\nfail-on = "severe"\n')
    broken = runner.invoke(cli_module.cli, ["check", str(corpus)])
    assert broken.exit_code == 2 and "[E002]" in broken.output and "fail-on" in broken.output



def test_reopening_shows_the_note_of_the_decision_it_forgets(corpus: Path) -> None:
    runner = CliRunner()
    done = runner.invoke(cli_module.cli, ["review", str(corpus), "--id", DEAL_VALUE, "--status",
                                          "confirmed", "--note", "two outlets differ"])
    assert done.exit_code == 0, done.output
    reopened = runner.invoke(cli_module.cli, ["review", str(corpus), "--id", DEAL_VALUE,
                                              "--status", "open"])
    assert reopened.exit_code == 0, reopened.output
    assert "confirmed: two outlets differ" in reopened.output
    assert load_decisions(corpus / "reviews.yaml").get(DEAL_VALUE) is None


def test_reopening_a_gone_conflicts_decision_never_reopens_a_conflict_its_id_begins(corpus):
    # a decision kept under an id that has since grown a suffix ("...:held-by-x"): reopening
    # that id forgets that decision, not the decision of the conflict whose id it begins
    old_id = DEAL_VALUE[:-3]
    assert _review(corpus, "--id", DEAL_VALUE, "--status", "confirmed", "--note",
                   "old").exit_code == 0
    path = corpus / "reviews.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(DEAL_VALUE, old_id),
                    encoding="utf-8")
    assert _review(corpus, "--id", DEAL_VALUE, "--status", "confirmed", "--note",
                   "new").exit_code == 0
    reopened = _review(corpus, "--id", old_id, "--status", "open")
    assert reopened.exit_code == 0, reopened.output
    decisions = load_decisions(path)
    assert decisions.get(old_id) is None
    assert decisions.get(DEAL_VALUE).note == "new"
