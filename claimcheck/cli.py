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


REVIEW_STATUS_CHOICES = ["open", "confirmed", "dismissed", "resolved", "waived", "changed"]


def _reviews_folder(paths: tuple[str, ...]) -> Path | None:
    """The corpus folder whose reviews.yaml applies: the first folder given, as for the config."""
    for path in paths:
        if Path(path).is_dir():
            return Path(path)
    return None


def load_review_states(paths: tuple[str, ...], result, force: bool) -> dict | None:
    """Review states by conflict id, or None when there is no decisions file (and not forced)."""
    from claimcheck.review.store import load_decisions, review_states, reviews_path

    folder = _reviews_folder(paths)
    if folder is None:
        return {} if force else None
    path = reviews_path(folder)
    if not path.is_file() and not force:
        return None
    try:
        return review_states(result, load_decisions(path))
    except ClaimcheckError as exc:
        fail(str(exc))


@cli.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "json", "html"]),
              default=None, help="Output format (default: text).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False),
              help="Also write the claim graph: GraphML, or node-link JSON for a .json name.")
@click.option("--status", "status_filter", type=click.Choice(REVIEW_STATUS_CHOICES),
              multiple=True, help="Only conflicts with this review status (repeatable).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def report(paths: tuple[str, ...], fmt: str | None, output: str | None, graph_file: str | None,
           status_filter: tuple[str, ...], quiet: bool) -> None:
    """Report the conflicts between the articles under PATHS (files or folders).

    The default format is text. Machine formats write only their payload to stdout. When the
    corpus folder has a reviews.yaml, each conflict shows its review status.

    \b
    Examples:
      claimcheck report corpora/meta-scale-ai
      claimcheck report corpora/meta-scale-ai --status open
      claimcheck report corpora/meta-scale-ai --format json --output report.json
      claimcheck report corpora/meta-scale-ai --format html --output report.html
      claimcheck report corpora/meta-scale-ai --graph claims.graphml
    """
    import dataclasses

    from claimcheck.report import render

    result = run_pipeline(paths, quiet)
    fmt = fmt or "text"
    states = load_review_states(paths, result, force=bool(status_filter) or fmt == "html")
    if status_filter and states is not None:
        from claimcheck.review.store import ReviewState

        keep = [c for c in result.conflicts
                if states.get(c.id, ReviewState("open")).status in status_filter]
        result = dataclasses.replace(result, conflicts=keep)
    statuses = None if states is None else {cid: state.status for cid, state in states.items()}
    color = fmt == "text" and output is None and sys.stdout.isatty()
    if fmt == "html":
        from claimcheck.report.html import render_html

        text = render_html(result, states=states)
    elif fmt == "json" and states is not None:
        from claimcheck.report.payload import payload
        from claimcheck.review.store import ReviewState, review_payload

        data = payload(result)
        for conflict in data["conflicts"]:
            conflict["review"] = review_payload(states.get(conflict["id"], ReviewState("open")))
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "text" and statuses is not None:
        from claimcheck.report.text import render_text

        text = render_text(result, color=color, statuses=statuses)
    elif fmt == "markdown" and statuses is not None:
        from claimcheck.report.markdown import render_markdown

        text = render_markdown(result, statuses=statuses)
    else:
        text = render(result, fmt, color=color)
    write_output(text, output)
    if graph_file:
        from claimcheck.graph import build_graph, write_graph

        try:
            write_graph(build_graph(result), graph_file)
        except OSError as exc:
            fail(f"cannot write {graph_file}: {exc.strerror}")


@cli.command()
@click.argument("corpus", type=click.Path(exists=True))
@click.option("--all", "include_all", is_flag=True,
              help="Go through every conflict, not only open and changed ones.")
@click.option("--list", "list_only", is_flag=True,
              help="List every conflict: id, status, severity, one line each.")
@click.option("--id", "conflict_id", help="Decide on this conflict without asking (with --status).")
@click.option("--status", type=click.Choice(["confirmed", "dismissed", "resolved", "waived",
                                             "open"]),
              help="The decision for --id; 'open' removes its decision.")
@click.option("--note", default="", help="A note for the decision.")
@click.option("--value", help="The correct value, for --status resolved.")
@click.option("--who", help="Who decides (default: git config user.name, else $USER).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def review(corpus: str, include_all: bool, list_only: bool, conflict_id: str | None,
           status: str | None, note: str, value: str | None, who: str | None,
           quiet: bool) -> None:
    """Review the conflicts of CORPUS; decisions go to CORPUS/reviews.yaml.

    Interactive in a terminal: one conflict at a time, both sides' evidence side by side; keys
    c confirm, d dismiss, r resolve (asks the correct value), w waive, s skip, n note, u undo,
    ? help, q quit. Every decision is saved at once. Open and changed conflicts come first.

    \b
    Examples:
      claimcheck review corpora/meta-scale-ai
      claimcheck review corpora/meta-scale-ai --list
      claimcheck review corpora/meta-scale-ai --id ID --status dismissed --note "same figure"
      claimcheck review corpora/meta-scale-ai --id ID --status resolved --value '$14.3B'
    """
    from claimcheck.review.store import load_decisions, reviews_path

    if (conflict_id is None) != (status is None):
        fail("--id and --status go together")
    if value is not None and status != "resolved":
        fail("--value is only for --status resolved")
    path = reviews_path(corpus)
    try:
        load_decisions(path)  # a broken file stops us before the (slow) pipeline runs
    except ClaimcheckError as exc:
        fail(str(exc))
    result = run_pipeline((corpus,), quiet)
    try:
        if list_only:
            _list_reviews(result, path)
        elif conflict_id is not None:
            _decide(result, path, conflict_id, status or "", note, value, who)
        else:
            _interactive(result, path, include_all, who)
    except ClaimcheckError as exc:
        fail(str(exc))


def _list_reviews(result, path: Path) -> None:
    from claimcheck.review.store import load_decisions, review_state, vanished

    decisions = load_decisions(path)
    for conflict in result.conflicts:
        state = review_state(conflict, result, decisions)
        period = f" ({conflict.period})" if conflict.period else ""
        click.echo(f"{conflict.id}  {state.status:9} {conflict.severity:6} {conflict.kind}: "
                   f"{conflict.subject} · {conflict.attribute}{period}")
    for decision in vanished(result, decisions):
        click.echo(f"{decision.id}  {'missing':9} {decision.severity:6} {decision.kind}: "
                   f"{decision.subject} · {decision.attribute} "
                   f"({decision.status}, no longer found)")


def _decide(result, path: Path, conflict_id: str, status: str, note: str, value: str | None,
            who: str | None) -> None:
    from claimcheck.review.store import make_decision, record, restore

    matches = [c for c in result.conflicts if c.id == conflict_id]
    if not matches:
        matches = [c for c in result.conflicts if c.id.startswith(conflict_id)]
    if status == "open":  # forget the decision, even for a conflict no longer found
        target = matches[0].id if len(matches) == 1 else conflict_id
        restore(path, target, None)
        click.echo(f"{target}: open")
        return
    if len(matches) != 1:
        found = "several conflicts match" if matches else "no conflict has"
        fail(f"{found} id {conflict_id!r}; see `claimcheck review --list`")
    decision = make_decision(matches[0], result, status, note=note, value=value, who=who)
    record(path, decision)
    click.echo(f"{decision.id}: {status}" + (f" = {value}" if value else ""))


def _interactive(result, path: Path, include_all: bool, who: str | None) -> None:
    from claimcheck.review.session import ReviewSession

    ReviewSession(result, path, include_all=include_all, who=who).run()


@cli.command(name="check")
@click.argument("corpora", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--fail-on", type=click.Choice(["high", "medium", "low"]), default="low",
              help="Lowest severity that fails the gate (default: low, everything).")
@click.option("--format", "fmt", type=click.Choice(["text", "github", "junit", "json"]),
              default="text", help="Output format: github workflow commands, JUnit XML, JSON.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
@click.option("--json-output", "json_file", type=click.Path(dir_okay=False),
              help="Also write the full result as JSON to FILE (e.g. a CI artifact).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def check_command(corpora: tuple[str, ...], fail_on: str, fmt: str, output: str | None,
                  json_file: str | None, quiet: bool) -> None:
    """Gate for CI: exit 1 unless every conflict of each CORPUS is reviewed and unchanged.

    Fails on open conflicts, on conflicts whose sides changed since their review (a new article,
    a changed figure) and on confirmed conflicts no longer found (the extraction regressed).

    \b
    Examples:
      claimcheck check corpora/meta-scale-ai
      claimcheck check corpora/* --format github --json-output claimcheck.json
      claimcheck check corpora/* --format junit --output claimcheck.xml --fail-on medium
    """
    from claimcheck.gate import GateResult, gate_corpus
    from claimcheck.report.ci import gate_json, render_gate
    from claimcheck.review.store import load_decisions, reviews_path

    gates = []
    for corpus in corpora:
        try:
            decisions = load_decisions(reviews_path(corpus))
        except ClaimcheckError as exc:
            fail(str(exc))
        result = run_pipeline((corpus,), quiet)
        gates.append(gate_corpus(corpus.rstrip("/"), result, decisions, fail_on))
    outcome = GateResult(tuple(gates), fail_on)
    if json_file:
        write_output(gate_json(outcome), json_file)
    write_output(render_gate(outcome, fmt, json_file=json_file), output)
    if not outcome.passed:
        sys.exit(EXIT_GATE)


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
@click.option("--verbose", "-v", is_flag=True,
              help="List every match, every miss with the stage that lost it, every false flag.")
def evaluate(corpora: tuple[str, ...], min_precision: float | None, min_recall: float | None,
             fmt: str, verbose: bool) -> None:
    """Score claimcheck against each corpus's expected.yaml: precision and recall of conflicts.

    A folder without an expected.yaml whose sub-folders have one (corpora/real) is scored as
    its sub-folders. Tables per story, per conflict kind, per language and pooled; -v lists
    each match, each miss with the stage that lost it, and each false flag.

    \b
    Example:
      claimcheck eval corpora/* --min-precision 0.9 --min-recall 0.8
    """
    from claimcheck.report.evaluation import corpus_folders, evaluate_corpora, render_scores

    folders, missing = corpus_folders(corpora)
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
