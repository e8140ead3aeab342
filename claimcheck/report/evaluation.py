"""``claimcheck eval``: run each curated corpus and score it against its expected.yaml.

Figures come per story, per conflict kind, per language and pooled (micro-averaged: every flag
and every expected conflict counts once, so a large corpus weighs more than a small one).
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from claimcheck.evaluate import Score, Tally, by_kind, by_language, evaluate, load_expected, pooled

EXPECTED_NAME = "expected.yaml"


def corpus_folders(paths: Sequence[str | Path]) -> tuple[list[Path], list[str]]:
    """(corpus folders, paths that are none) for ``eval``'s arguments.

    A folder with an ``expected.yaml`` is a corpus; a folder without one whose sub-folders have
    one is a collection of corpora (``corpora/real``), so that ``eval corpora/*`` reaches them.
    """
    folders: list[Path] = []
    ignored: list[str] = []
    for raw in paths:
        path = Path(raw)
        if (path / EXPECTED_NAME).is_file():
            folders.append(path)
            continue
        inner = sorted(p for p in path.iterdir() if (p / EXPECTED_NAME).is_file()) \
            if path.is_dir() else []
        if inner:
            folders.extend(inner)
        else:
            ignored.append(str(raw))
    return folders, ignored


def corpus_name(folder: Path, folders: Sequence[Path]) -> str:
    """The folder's name, with its parent's when another scored folder has the same name."""
    if sum(1 for other in folders if other.name == folder.name) > 1:
        return f"{folder.parent.name}/{folder.name}"
    return folder.name


def evaluate_corpora(folders: Sequence[str | Path], options=None) -> dict[str, Score]:
    """Score of each corpus folder, keyed by its folder name, in the order given; ``options``
    (``claimcheck.api.RunOptions``) say how to run, e.g. with the cache ``report`` filled."""
    from claimcheck.api import check

    paths = [Path(folder) for folder in folders]
    scores: dict[str, Score] = {}
    for folder in paths:
        expected = load_expected(folder / EXPECTED_NAME)
        scores[corpus_name(folder, paths)] = evaluate(check([folder], options=options), expected)
    return scores


def scores_payload(scores: dict[str, Score]) -> dict:
    """The JSON of ``eval --format json``: per story, per kind, per language and pooled."""
    return {
        "corpora": {name: score.as_dict() for name, score in scores.items()},
        "by_kind": {kind: tally.as_dict() for kind, tally in by_kind(scores).items()},
        "by_language": {lang: tally.as_dict() for lang, tally in by_language(scores).items()},
        "pooled": pooled(scores).as_dict(),
    }


def _tally_table(title: str, rows: dict[str, Tally]) -> Table:
    table = Table(title=title, title_justify="left", show_header=True, header_style="bold",
                  box=None, pad_edge=False)
    for column in (title.split()[-1], "found", "missed", "false pos.", "precision", "recall"):
        table.add_column(column, justify="right" if table.columns else "left")
    for name, tally in rows.items():
        table.add_row(name, str(tally.true_positives), str(tally.false_negatives),
                      str(tally.false_positives), f"{tally.precision:.2f}", f"{tally.recall:.2f}")
    return table


def render_scores(scores: dict[str, Score], *, fmt: str = "text", verbose: bool = False,
                  ignored: Sequence[str] = ()) -> str:
    if fmt == "json":
        return json.dumps(scores_payload(scores), indent=2, ensure_ascii=False) + "\n"
    buffer = io.StringIO()
    console = Console(file=buffer, width=110, no_color=True, highlight=False, emoji=False,
                      markup=False)  # names and quotes are printed literally
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("corpus", "expected", "found", "missed", "false pos.", "dupl.", "tolerated",
                   "precision", "recall"):
        table.add_column(column, justify="left" if column == "corpus" else "right")
    for name, score in scores.items():
        table.add_row(
            name, str(score.expected_conflicts), str(score.found),
            str(score.false_negatives), str(score.false_positives), str(score.duplicates),
            str(score.tolerated), f"{score.precision:.2f}", f"{score.recall:.2f}",
        )
    total = pooled(scores)
    if len(scores) > 1:
        table.add_row(
            "pooled", str(total.true_positives + total.false_negatives),
            str(total.true_positives), str(total.false_negatives), str(total.false_positives),
            str(sum(s.duplicates for s in scores.values())),
            str(sum(s.tolerated for s in scores.values())),
            f"{total.precision:.2f}", f"{total.recall:.2f}",
        )
    console.print(table)
    if len(scores) > 1:
        console.print()
        console.print(_tally_table("by conflict kind", by_kind(scores)))
        console.print()
        console.print(_tally_table("by language", by_language(scores)))
    for name in ignored:
        console.print(f"(no {EXPECTED_NAME} in {name}: not scored)")
    if verbose:
        for name, score in scores.items():
            for match in score.matches:
                console.print(f"{name}: found   {match.expected} <- {match.conflict_id}")
            for missed in score.missed_details:
                console.print(f"{name}: MISSED  {missed.name} [{missed.stage}] {missed.detail}")
            for flag in score.false_positive_flags:
                if flag.duplicate_of:
                    why = f" (duplicate of {flag.duplicate_of})"
                elif flag.agreement:
                    why = f" (inside agreement {flag.agreement})"
                else:
                    why = ""
                console.print(f"{name}: FALSE+  {flag.conflict_id}{why}")
                for side in flag.sides:
                    console.print(f"{name}:           {side}")
            for flag in score.tolerated_flags:
                console.print(f"{name}: tolerated {flag.conflict_id} ({flag.tolerated})")
    return buffer.getvalue()
