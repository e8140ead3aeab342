"""``claimcheck eval``: run each curated corpus and score it against its expected.yaml."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from claimcheck.evaluate import Score, evaluate, load_expected

EXPECTED_NAME = "expected.yaml"


def evaluate_corpora(folders: Sequence[str | Path]) -> dict[str, Score]:
    """Score of each corpus folder, keyed by its folder name, in the order given."""
    from claimcheck.api import check

    scores: dict[str, Score] = {}
    for folder in folders:
        folder = Path(folder)
        expected = load_expected(folder / EXPECTED_NAME)
        scores[folder.name] = evaluate(check([folder]), expected)
    return scores


def render_scores(scores: dict[str, Score], *, fmt: str = "text", verbose: bool = False,
                  ignored: Sequence[str] = ()) -> str:
    if fmt == "json":
        return json.dumps({name: s.as_dict() for name, s in scores.items()}, indent=2) + "\n"
    buffer = io.StringIO()
    console = Console(file=buffer, width=110, no_color=True, highlight=False, emoji=False)
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("corpus", "expected", "found", "missed", "false pos.", "tolerated",
                   "precision", "recall"):
        table.add_column(column, justify="left" if column == "corpus" else "right")
    for name, score in scores.items():
        table.add_row(
            name, str(score.expected_conflicts), str(score.true_positives),
            str(score.false_negatives), str(score.false_positives), str(score.tolerated),
            f"{score.precision:.2f}", f"{score.recall:.2f}",
        )
    console.print(table)
    for name in ignored:
        console.print(f"(no {EXPECTED_NAME} in {name}: not scored)")
    if verbose:
        for name, score in scores.items():
            for match in score.matches:
                console.print(f"{name}: found   {match.expected} <- {match.conflict_id}")
            for missed in score.missed:
                console.print(f"{name}: MISSED  {missed}")
            for flag in score.false_positive_flags:
                why = f" (inside agreement {flag.agreement})" if flag.agreement else ""
                console.print(f"{name}: FALSE+  {flag.conflict_id}{why}")
            for flag in score.tolerated_flags:
                console.print(f"{name}: tolerated {flag.conflict_id} ({flag.tolerated})")
    return buffer.getvalue()
