"""The command line. It only wires stages together: every decision lives in the stages.

Exit codes: 0 ran (conflicts or not), 1 a gate failed (``check``, ``eval`` thresholds), 2 could
not run (usage or input error).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click

from claimcheck.errors import ClaimcheckError

EXIT_OK, EXIT_GATE, EXIT_USAGE = 0, 1, 2


def fail(message: str) -> None:
    """One line on stderr, exit 2."""
    click.echo(f"claimcheck: {message}", err=True)
    sys.exit(EXIT_USAGE)


def run_pipeline(paths: tuple[str, ...], quiet: bool = False):
    """check(paths) with a progress bar on stderr when stderr is a terminal."""
    from claimcheck.api import check

    show = sys.stderr.isatty() and not quiet
    try:
        if not show:
            return check(list(paths))
        from rich.progress import Progress

        with Progress(transient=True, console=_stderr_console()) as bar:
            task = bar.add_task("reading articles", total=None)
            return check(list(paths), progress=lambda document: bar.advance(task))
    except ClaimcheckError as exc:
        fail(str(exc))


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def write_output(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}")


def paths_argument(func: Callable) -> Callable:
    return click.argument("paths", nargs=-1, required=True, type=click.Path())(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimcheck")
def cli() -> None:
    """Find where news articles about one story contradict each other, with the evidence.

    \b
    Example:
      claimcheck report corpora/meta-scale-ai
    """


@cli.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json"]), default=None,
              help="Output format (default: text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False),
              help="Also write the claim graph: GraphML, or node-link JSON for a .json name.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def report(paths: tuple[str, ...], fmt: str | None, output: str | None, graph_file: str | None,
           quiet: bool) -> None:
    """Report the conflicts between the articles under PATHS (files or folders).

    The default format is text. Machine formats write only their payload to stdout.

    \b
    Examples:
      claimcheck report corpora/meta-scale-ai
      claimcheck report corpora/meta-scale-ai --format json --output report.json
      claimcheck report corpora/meta-scale-ai --graph claims.graphml
    """
    from claimcheck.report import render

    result = run_pipeline(paths, quiet)
    fmt = fmt or "text"
    color = fmt == "text" and output is None and sys.stdout.isatty()
    write_output(render(result, fmt, color=color), output)
    if graph_file:
        from claimcheck.graph import build_graph, write_graph

        try:
            write_graph(build_graph(result), graph_file)
        except OSError as exc:
            fail(f"cannot write {graph_file}: {exc.strerror}")


@cli.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def claims(paths: tuple[str, ...], fmt: str, output: str | None, quiet: bool) -> None:
    """List every claim extracted from the articles under PATHS, with its trigger and rule.

    The first thing to look at when a conflict is missing or wrong.

    \b
    Example:
      claimcheck claims corpora/meta-scale-ai
    """
    from claimcheck.report.claims import render_claims
    from claimcheck.report.payload import claim_payload

    result = run_pipeline(paths, quiet)
    if fmt == "json":
        text = json.dumps([claim_payload(c) for c in result.claims], ensure_ascii=False, indent=2)
        write_output(text + "\n", output)
    else:
        write_output(render_claims(result, color=output is None and sys.stdout.isatty()), output)


@cli.command(name="eval")
@click.argument("corpora", nargs=-1, required=True, type=click.Path())
@click.option("--min-precision", type=float, default=None, help="Exit 1 if any corpus is below.")
@click.option("--min-recall", type=float, default=None, help="Exit 1 if any corpus is below.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--verbose", "-v", is_flag=True, help="List every match, miss and false positive.")
def evaluate(corpora: tuple[str, ...], min_precision: float | None, min_recall: float | None,
             fmt: str, verbose: bool) -> None:
    """Score claimcheck against each corpus's expected.yaml: precision and recall of conflicts.

    \b
    Example:
      claimcheck eval corpora/* --min-precision 0.9 --min-recall 0.8
    """
    from claimcheck.report.evaluation import evaluate_corpora, render_scores

    folders = [c for c in corpora if (Path(c) / "expected.yaml").is_file()]
    missing = [c for c in corpora if c not in folders]
    if not folders:
        fail("no corpus with an expected.yaml among: " + ", ".join(corpora))
    try:
        scores = evaluate_corpora(folders)
    except ClaimcheckError as exc:
        fail(str(exc))
    click.echo(render_scores(scores, fmt=fmt, verbose=verbose, ignored=missing), nl=False)
    below = [
        name for name, score in scores.items()
        if (min_precision is not None and score.precision < min_precision)
        or (min_recall is not None and score.recall < min_recall)
    ]
    if below:
        click.echo("below the floor: " + ", ".join(below), err=True)
        sys.exit(EXIT_GATE)


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as exc:
        exc.show()
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    main()
