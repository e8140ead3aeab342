"""The README's sample output is a real run's, and the Markdown report names languages and
outlets (what a pull request reader needs to weigh the sources)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from click.testing import CliRunner
from conftest import SEED_CORPUS

from claimcheck import cli as cli_module

ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("readme_sample",
                                                  ROOT / "scripts" / "readme_sample.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_readme_sample_is_what_the_command_prints_today():
    """Out of date? Run ``python scripts/readme_sample.py`` and review the diff."""
    script = _script()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<!-- sample: claimcheck report corpora/meta-scale-ai -->" in readme
    assert script.updated(readme) == readme


def test_the_sample_is_abridged_to_two_conflicts_and_names_the_rest():
    script = _script()
    sample = script.abridged(script.run("claimcheck report corpora/meta-scale-ai"))
    assert sample.startswith("5 documents (1 de, 1 fr, 3 it)")
    assert "coverage: " in sample
    assert sample.count("\nHIGH ") + sample.count("\nLOW ") + sample.count("\nMEDIUM ") == 2
    assert sample.rstrip().endswith("]") and "[… 1 more conflict: " in sample


def test_the_markdown_report_has_the_language_breakdown_and_outlet_names():
    result = CliRunner().invoke(cli_module.cli, ["--quiet", "report", str(SEED_CORPUS),
                                                 "--format", "markdown", "--no-cache"])
    assert result.exit_code == 0
    summary = result.output.split("\n")[2]
    assert summary.startswith("5 documents (1 de, 1 fr, 3 it) from 3 outlets (Cryptopolitan, "
                              "IT BOLTWISE, Xpert.Digital; 1 unnamed)")
    assert "| value | outlet | document | evidence |" in result.output
    assert "| IT BOLTWISE | 004_5e06687d31efdb21 |" in result.output
