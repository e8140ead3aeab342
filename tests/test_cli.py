"""The command line, through click's runner: formats, exit codes, help texts."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import SEED_CORPUS

from claimcheck.cli import cli


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", ["report", "claims", "eval"])
def test_every_command_has_help_with_an_example(runner, command):
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "claimcheck " + command in result.output


def test_report_text_summary_and_evidence(runner):
    result = runner.invoke(cli, ["report", str(SEED_CORPUS)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("5 documents (1 de, 1 fr, 3 it)")
    assert "period_mismatch" in result.output and "«" in result.output


def test_report_json_to_a_file_and_graph(runner, tmp_path):
    out, graph = tmp_path / "r.json", tmp_path / "g.graphml"
    result = runner.invoke(cli, ["report", str(SEED_CORPUS), "--format", "json", "-o", str(out),
                                 "--graph", str(graph)])
    assert result.exit_code == 0, result.output
    assert result.output == ""
    data = json.loads(out.read_text())
    loaded = nx.read_graphml(graph)
    claim_edges = [e for e in loaded.edges(data=True) if e[2].get("kind") == "claim"]
    assert len(claim_edges) == len(data["claims"])


def test_graph_as_node_link_json(runner, tmp_path):
    graph = tmp_path / "g.json"
    result = runner.invoke(cli, ["report", str(SEED_CORPUS), "--format", "markdown", "--graph",
                                 str(graph)])
    assert result.exit_code == 0
    assert result.output.startswith("# claimcheck report")
    data = json.loads(graph.read_text())
    assert any(node["id"].startswith("entity:") for node in data["nodes"])


def test_claims_lists_triggers_and_rules(runner):
    result = runner.invoke(cli, ["claims", str(SEED_CORPUS), "--format", "json"])
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert rows and all(row["trigger"] and row["rule"] for row in rows)
    text = runner.invoke(cli, ["claims", str(SEED_CORPUS)])
    assert text.exit_code == 0 and "trigger" in text.output


def test_a_missing_path_exits_2_with_one_line(runner, tmp_path):
    result = runner.invoke(cli, ["report", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1


def test_an_empty_folder_exits_2(runner, tmp_path):
    result = runner.invoke(cli, ["report", str(tmp_path)])
    assert result.exit_code == 2


def test_eval_prints_a_table_and_gates(runner):
    result = runner.invoke(cli, ["eval", str(SEED_CORPUS)])
    assert result.exit_code == 0, result.output
    assert "precision" in result.output and "meta-scale-ai" in result.output
    gated = runner.invoke(cli, ["eval", str(SEED_CORPUS), "--min-recall", "1"])
    assert gated.exit_code == 0


def test_eval_below_a_floor_exits_1(runner, monkeypatch):
    from claimcheck.evaluate import Score
    from claimcheck.report import evaluation

    low = Score(true_positives=1, false_positives=0, false_negatives=3, tolerated=0,
                expected_conflicts=4)
    monkeypatch.setattr(evaluation, "evaluate_corpora", lambda folders, options=None: {
        "meta-scale-ai": low})
    gated = runner.invoke(cli, ["eval", str(SEED_CORPUS), "--min-recall", "0.8"])
    assert gated.exit_code == 1 and "below the floor: meta-scale-ai" in gated.output


@pytest.mark.parametrize("floor", ["--min-precision", "--min-recall"])
@pytest.mark.parametrize("value", ["1.01", "-0.1", "90"])
def test_eval_floors_outside_0_1_are_usage_errors(runner, floor, value):
    result = runner.invoke(cli, ["eval", str(SEED_CORPUS), floor, value])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "[E004]" in result.output
    assert "0<=x<=1" in result.output or "0 to 1" in result.output
