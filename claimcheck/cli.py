"""The command line. It only wires stages together: every decision lives in the stages.

Exit codes: 0 ran (conflicts or not), 1 a gate failed (``check``, ``eval`` thresholds), 2 could
not run (usage or input error), 3 an unexpected crash (a bug: never taken for a gate's verdict).
Every error is one line on stderr with a code (``claimcheck.errors``): E001 input, E002 a data
file, E003 an output, E004 the command line itself.

Global options (before the command): ``--color auto|always|never`` (``NO_COLOR`` is honoured),
``--quiet``, ``--verbose``. A corpus's ``claimcheck.toml`` may hold command defaults
(``claimcheck.config.Settings``); flags win.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import click

from claimcheck.errors import ClaimcheckError
from claimcheck.terminal import COLOR_CHOICES

EXIT_OK, EXIT_GATE, EXIT_USAGE, EXIT_CRASH = 0, 1, 2, 3


def fail(message: str, code: str = "E004") -> NoReturn:
    """One line on stderr, exit 2. A message without an error code gets ``code`` (E004, the
    command line, unless said otherwise). File names in it are made one safe line."""
    from claimcheck.report.safe import one_line

    if not message.startswith("[E"):
        message = f"[{code}] {message}"
    click.echo(f"claimcheck: {one_line(message)}", err=True)
    sys.exit(EXIT_USAGE)


@dataclass(frozen=True, slots=True)
class Display:
    """The global options: colour, and how much to say on stderr."""

    color: str = "auto"
    quiet: bool = False
    verbose: bool = False


_DISPLAY = "claimcheck.display"


def _display() -> Display:
    return _context_value(_DISPLAY, Display())


def run_pipeline(paths: tuple[str, ...], quiet: bool = False):
    """check(paths) with a progress bar on stderr when stderr is a terminal, run as the command's
    ``run_options`` say; the run's warnings go to stderr, and with --verbose what it did."""
    from claimcheck.api import check

    options = _current_run_options()
    follow = _context_value(_FOLLOW_SYMLINKS, False)
    display = _display()
    show = sys.stderr.isatty() and not (quiet or display.quiet)
    started = time.monotonic()
    try:
        if not show:
            result = check(list(paths), options=options, follow_symlinks=follow)
        else:
            result = _check_with_progress(paths, options, follow)
    except ClaimcheckError as exc:
        fail(str(exc))
    from claimcheck.report.safe import one_line

    for warning in result.warnings:
        click.echo(f"claimcheck: warning: {one_line(warning)}", err=True)
    if display.verbose:
        coverage = result.coverage()
        click.echo(one_line(
            f"claimcheck: {len(result.documents)} documents read, {len(result.skipped)} files "
            f"skipped; {coverage.summary()}; {len(result.conflicts)} conflicts; "
            f"{time.monotonic() - started:.1f} s"), err=True)
    return result


def _check_with_progress(paths: tuple[str, ...], options, follow: bool):
    """check() under a progress bar on stderr: documents done / total, and the stage."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from claimcheck.api import check
    from claimcheck.ingest import find_articles

    total = len(find_articles(list(paths), follow_symlinks=follow)[0])
    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("documents"))
    # Refreshed on each document, not by a thread: workers fork only without threads.
    with Progress(*columns, transient=True, console=_stderr_console(),
                  auto_refresh=False) as bar:
        task = bar.add_task("reading", total=total)
        bar.refresh()

        def advance(document) -> None:
            done = bar.tasks[0].completed + 1
            bar.update(task, advance=1, refresh=True,
                       description="comparing" if done >= total else "extracting")

        return check(list(paths), options=options, follow_symlinks=follow, progress=advance)


_FOLLOW_SYMLINKS = "claimcheck.follow_symlinks"


def follow_symlinks_option(func: Callable) -> Callable:
    """``--follow-symlinks``, for every command that reads a corpus; it reaches ``run_pipeline``
    through the click context, as ``run_options`` do."""

    @functools.wraps(func)
    def command(*args, follow_symlinks: bool, **kwargs):
        click.get_current_context().meta[_FOLLOW_SYMLINKS] = follow_symlinks
        return func(*args, **kwargs)

    return click.option(
        "--follow-symlinks", is_flag=True,
        help="Read symlinks that lead out of a corpus folder (skipped by default: a corpus "
             "may be written by someone else).")(command)


def _context_value(key: str, default):
    context = click.get_current_context(silent=True)
    while context is not None:
        if key in context.meta:
            return context.meta[key]
        context = context.parent
    return default


# -- how to run: workers, cache, story groups, engine ----------------------------------------

_RUN_OPTIONS = "claimcheck.run_options"


def run_options(func: Callable) -> Callable:
    """The options that say how to run the pipeline, for every command that runs it. They reach
    ``run_pipeline`` through the click context, so a command's own signature stays its own."""

    @functools.wraps(func)
    def command(*args, jobs: int | None, group_by: str, cache_dir: str | None, no_cache: bool,
                engine: str, scheduler: str | None, **kwargs):
        from claimcheck.api import RunOptions
        from claimcheck.cache import default_cache_dir
        from claimcheck.engines.local import default_jobs

        if scheduler is not None and engine != "dask":
            fail("--scheduler is for --engine dask")
        click.get_current_context().meta[_RUN_OPTIONS] = RunOptions(
            jobs=jobs or default_jobs(),
            cache_dir=None if no_cache else (cache_dir or default_cache_dir()),
            group_by=group_by,
            engine=engine,
            scheduler=scheduler,
        )
        return func(*args, **kwargs)

    for option in reversed(_RUN_OPTION_DECORATORS):
        command = option(command)
    return command


_RUN_OPTION_DECORATORS = (
    click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
                 help="Worker processes for reading and extraction (default: every core; small "
                      "folders stay in one process). The report is the same for any value."),
    click.option("--group-by", type=click.Choice(["folder", "story", "none"]), default="folder",
                 show_default=True,
                 help="Compare articles only within their folder, within the story they tell "
                      "(grouped by shared entities, figures, vocabulary and time), or all "
                      "together."),
    click.option("--cache-dir", type=click.Path(file_okay=False),
                 help="Keep results here between runs (default: $CLAIMCHECK_CACHE_DIR, else "
                      "$XDG_CACHE_HOME/claimcheck, else ~/.cache/claimcheck)."),
    click.option("--no-cache", is_flag=True,
                 help="Neither read nor write the cache: re-read everything."),
    click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
                 show_default=True,
                 help="Run on this machine, or on a Dask cluster (pip install "
                      "'claimcheck[dask]')."),
    click.option("--scheduler", metavar="ADDRESS",
                 help="The Dask scheduler (with --engine dask); without it, a local cluster of "
                      "--jobs processes."),
)


def _current_run_options():
    """The run options of the command being run; the library's defaults outside a command."""
    from claimcheck.api import RunOptions

    context = click.get_current_context(silent=True)
    while context is not None:
        if _RUN_OPTIONS in context.meta:
            return context.meta[_RUN_OPTIONS]
        context = context.parent
    return RunOptions()


def _stderr_console():
    from rich.console import Console

    from claimcheck.terminal import use_color

    return Console(stderr=True, no_color=not use_color(_display().color, sys.stderr))


def _text_style(output: str | None) -> tuple[bool, int]:
    """(colour, width) for text going to ``output`` (stdout when None)."""
    from claimcheck.terminal import output_width, use_color

    stream = sys.stdout if output is None else None
    return use_color(_display().color, stream), output_width(stream)


def write_output(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text, nl=False, color=True)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror}", code="E003")


def paths_argument(func: Callable) -> Callable:
    return click.argument("paths", nargs=-1, required=True, type=click.Path())(func)


class ClaimcheckGroup(click.Group):
    """Usage errors on one line with a code, like every other error, and exit 2 — under
    ``claimcheck`` and under click's test runner alike."""

    def main(self, *args, standalone_mode: bool = True, **kwargs):
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)
        try:
            returned = super().main(*args, standalone_mode=False, **kwargs)
        except click.exceptions.Abort:
            fail("aborted")
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx is not None else "claimcheck"
            fail(f"{exc.format_message()} (see {where} -h)")
        except click.ClickException as exc:
            fail(exc.format_message())
        except ClaimcheckError as exc:  # one a command did not catch: still the user's to fix
            fail(str(exc))
        sys.exit(returned if isinstance(returned, int) else EXIT_OK)


@click.group(cls=ClaimcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimcheck")
@click.option("--color", type=click.Choice(COLOR_CHOICES), default="auto", show_default=True,
              help="Colour: auto colours a terminal unless NO_COLOR is set; pipes and files "
                   "get plain text.")
@click.option("--quiet", "-q", is_flag=True,
              help="No progress bar (errors and warnings still go to stderr).")
@click.option("--verbose", "-v", is_flag=True,
              help="Also say on stderr what was read and compared, and how long it took.")
@click.pass_context
def cli(context: click.Context, color: str, quiet: bool, verbose: bool) -> None:
    """Find where news articles about one story contradict each other, with the evidence.

    A corpus folder's claimcheck.toml may set defaults for the commands ([report] format,
    [check] fail-on / min-compared / format, [claims] format, [review] note-required); flags
    win.

    \b
    Example:
      claimcheck report corpora/meta-scale-ai

    \b
    Shell completion (bash; zsh: zsh_source, fish: fish_source):
      eval "$(_CLAIMCHECK_COMPLETE=bash_source claimcheck)"
    """
    context.meta[_DISPLAY] = Display(color=color, quiet=quiet, verbose=verbose)


REVIEW_STATUS_CHOICES = ["open", "confirmed", "dismissed", "resolved", "waived", "changed"]


def _reviews_folder(paths: tuple[str, ...]) -> Path | None:
    """The corpus folder whose reviews.yaml and claimcheck.toml apply: the first folder given,
    or the folder of the files given when they share one (files of a corpus are read as part
    of it)."""
    for path in paths:
        if Path(path).is_dir():
            return Path(path)
    folders = {Path(path).resolve().parent for path in paths if Path(path).is_file()}
    if len(folders) == 1:
        return Path(paths[0]).parent
    return None


def _settings(paths: tuple[str, ...]):
    """The command defaults of the corpus's claimcheck.toml."""
    from claimcheck.config import load_settings

    try:
        return load_settings(_reviews_folder(paths))
    except ClaimcheckError as exc:
        fail(str(exc))


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
              default=None, help="Output format (default: text, or [report] format in the "
                                 "corpus's claimcheck.toml).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
@click.option("--graph", "graph_file", type=click.Path(dir_okay=False),
              help="Also write the claim graph: GraphML, or node-link JSON for a .json name.")
@click.option("--status", "status_filter", type=click.Choice(REVIEW_STATUS_CHOICES),
              multiple=True, help="Only conflicts with this review status (repeatable).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@follow_symlinks_option
@run_options
def report(paths: tuple[str, ...], fmt: str | None, output: str | None, graph_file: str | None,
           status_filter: tuple[str, ...], quiet: bool) -> None:
    """Report the conflicts between the articles under PATHS (files or folders).

    The default format is text. Machine formats write only their payload to stdout. When the
    corpus folder has a reviews.yaml, each conflict shows its review status. Every format
    shows what could be checked: figures seen, claims made, claims compared, and the
    documents that contributed nothing. A file given alone uses its folder's claimcheck.toml
    and reviews.yaml.

    \b
    Examples:
      claimcheck report corpora/meta-scale-ai
      claimcheck report corpora/meta-scale-ai --status open
      claimcheck report corpora/meta-scale-ai --format json --output report.json
      claimcheck report corpora/meta-scale-ai --format html --output report.html
      claimcheck report corpora/meta-scale-ai --graph claims.graphml
    """
    import dataclasses

    from claimcheck.report import StatusFilter, render

    fmt = fmt or _settings(paths).report_format or "text"
    result = run_pipeline(paths, quiet)
    states = load_review_states(paths, result, force=bool(status_filter) or fmt == "html")
    shown = None
    if status_filter and states is not None:
        from claimcheck.review.store import ReviewState

        status_of = {c.id: states.get(c.id, ReviewState("open")).status
                     for c in result.conflicts}
        shown = StatusFilter.of(status_filter, list(status_of.values()))
        result = dataclasses.replace(result, conflicts=[
            c for c in result.conflicts if status_of[c.id] in status_filter])
    statuses = None if states is None else {cid: state.status for cid, state in states.items()}
    color, width = _text_style(output)
    if fmt == "html":
        from claimcheck.report.html import render_html

        text = render_html(result, states=states, status_filter=shown)
    elif fmt == "json" and states is not None:
        from claimcheck.report.payload import payload
        from claimcheck.review.store import ReviewState, review_payload

        data = payload(result)
        for conflict in data["conflicts"]:
            conflict["review"] = review_payload(states.get(conflict["id"], ReviewState("open")))
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    elif fmt == "text":
        from claimcheck.report.text import render_text

        text = render_text(result, color=color, width=width, statuses=statuses,
                           status_filter=shown)
    elif fmt == "markdown":
        from claimcheck.report.markdown import render_markdown

        text = render_markdown(result, statuses=statuses, status_filter=shown)
    else:
        text = render(result, fmt)
    write_output(text, output)
    if graph_file:
        from claimcheck.graph import build_graph, write_graph

        try:
            write_graph(build_graph(result), graph_file)
        except ClaimcheckError as exc:
            fail(str(exc))


@cli.command()
@click.argument("corpus", type=click.Path(exists=True))
@click.option("--all", "include_all", is_flag=True,
              help="Go through every conflict, not only open and changed ones.")
@click.option("--list", "list_only", is_flag=True,
              help="List every conflict: id, status, severity, what it is about; aligned.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              help="For --list: aligned text, or JSON for scripts.")
@click.option("--id", "conflict_id", help="Decide on this conflict without asking (with --status).")
@click.option("--status", type=click.Choice(["confirmed", "dismissed", "resolved", "waived",
                                             "open"]),
              help="The decision for --id; 'open' removes its decision.")
@click.option("--note", default=None,
              help="Why (required for dismissed and waived unless [review] note-required in "
                   "claimcheck.toml says otherwise). Without it a decision keeps its note.")
@click.option("--value", help="The correct value, for --status resolved; read as the slot reads "
                              "values ('$14.3B', '49%', '2024').")
@click.option("--who", help="Who decides (default: git config user.name, else $USER).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@follow_symlinks_option
@run_options
def review(corpus: str, include_all: bool, list_only: bool, fmt: str, conflict_id: str | None,
           status: str | None, note: str | None, value: str | None, who: str | None,
           quiet: bool) -> None:
    """Review the conflicts of CORPUS; decisions go to CORPUS/reviews.yaml.

    Interactive in a terminal: one conflict at a time, both sides' evidence side by side; keys
    c confirm, d dismiss, r resolve (asks the correct value), w waive, s skip, n note, u undo,
    ? help, q quit. Dismiss and waive ask why. Every decision is saved at once. Open and
    changed conflicts come first. Outside a terminal, use --id and --status, or --list.

    \b
    Examples:
      claimcheck review corpora/meta-scale-ai
      claimcheck review corpora/meta-scale-ai --list
      claimcheck review corpora/meta-scale-ai --list --format json
      claimcheck review corpora/meta-scale-ai --id ID --status dismissed --note "same figure"
      claimcheck review corpora/meta-scale-ai --id ID --status resolved --value '$14.3B'
    """
    from claimcheck.review.store import load_decisions, reviews_path

    if (conflict_id is None) != (status is None):
        fail("--id and --status go together")
    if value is not None and status != "resolved":
        fail("--value is only for --status resolved")
    if fmt != "text" and not list_only:
        fail("--format is for --list")
    if not list_only and conflict_id is None and not stdin_is_terminal():
        fail("the interactive review needs a terminal (stdin is not one); use --id ID "
             "--status STATUS, or --list")
    settings = _settings((corpus,))
    path = reviews_path(corpus)
    try:
        load_decisions(path)  # a broken file stops us before the (slow) pipeline runs
    except ClaimcheckError as exc:
        fail(str(exc))
    result = run_pipeline((corpus,), quiet)
    try:
        if list_only:
            _list_reviews(result, path, fmt)
        elif conflict_id is not None:
            _decide(result, path, conflict_id, status or "", note, value, who,
                    settings.note_required)
        else:
            _interactive(result, path, include_all, who, settings.note_required)
    except ClaimcheckError as exc:
        fail(str(exc))


def stdin_is_terminal() -> bool:
    """Whether a person can answer the interactive review's keys."""
    from claimcheck.terminal import is_terminal

    return is_terminal(sys.stdin)


def _list_reviews(result, path: Path, fmt: str = "text") -> None:
    from claimcheck.report.safe import one_line
    from claimcheck.review.store import load_decisions, review_state, vanished

    decisions = load_decisions(path)
    rows = []
    for conflict in result.conflicts:
        state = review_state(conflict, result, decisions)
        decision = state.decision
        rows.append({
            "id": conflict.id, "status": state.status, "severity": conflict.severity,
            "kind": conflict.kind, "subject": conflict.subject,
            "attribute": conflict.attribute, "period": conflict.period, "found": True,
            "note": decision.note if decision else None,
            "value": decision.value if decision else None,
            "who": decision.who if decision else None,
            "when": decision.when if decision else None, "change": state.change or None,
        })
    for decision in vanished(result, decisions):
        rows.append({
            "id": decision.id, "status": "missing", "severity": decision.severity,
            "kind": decision.kind, "subject": decision.subject,
            "attribute": decision.attribute, "period": decision.period, "found": False,
            "note": decision.note or None, "value": decision.value, "who": decision.who,
            "when": decision.when, "change": f"{decision.status}, no longer found",
        })
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    cells = [[one_line(row["id"]), row["status"], row["severity"],
              one_line(f"{row['kind']}: {row['subject']} · {row['attribute']}"
                       + (f" ({row['period']})" if row["period"] else "")
                       + (f" — {row['change']}" if not row["found"] else ""))]
             for row in rows]
    widths = [max((len(line[n]) for line in cells), default=0) for n in range(3)]
    for line in cells:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(line[:3], widths,
                                                                      strict=True))
                   + "  " + line[3])


def _decide(result, path: Path, conflict_id: str, status: str, note: str | None,
            value: str | None, who: str | None, note_required: tuple[str, ...] = ()) -> None:
    from claimcheck.report.safe import one_line
    from claimcheck.review.store import load_decisions, make_decision, record, restore
    from claimcheck.review.values import parse_value

    matches = [c for c in result.conflicts if c.id == conflict_id]
    if not matches and not (status == "open"
                            and load_decisions(path).get(conflict_id) is not None):
        # an abbreviated id; never when it is a decision's whole id (of a conflict since gone)
        matches = [c for c in result.conflicts if c.id.startswith(conflict_id)]
    if status == "open":  # forget the decision, even for a conflict no longer found
        target = matches[0].id if len(matches) == 1 else conflict_id
        if len(matches) > 1:
            fail(f"several conflicts match id {conflict_id!r}; see `claimcheck review --list`")
        previous = load_decisions(path).get(target)
        if not matches and previous is None:
            fail(f"no conflict and no decision has id {conflict_id!r}; see "
                 "`claimcheck review --list`")
        restore(path, target, None)
        click.echo(one_line(f"{target}: open"))
        if previous is not None and previous.note:
            # reopening forgets the decision: say what it said, so no reviewer's words vanish
            click.echo(one_line(f"  (the decision it replaces was {previous.status}: "
                                f"{previous.note})"))
        return
    if len(matches) != 1:
        found = "several conflicts match" if matches else "no conflict has"
        fail(f"{found} id {conflict_id!r}; see `claimcheck review --list`")
    conflict = matches[0]
    read = None
    if status == "resolved":
        if not value:
            fail("--status resolved needs --value, the correct value")
        languages = sorted({d.language for d in result.documents})
        read = parse_value(value, conflict, languages)
    if note is None:  # a new status keeps what the reviewer wrote before
        previous = load_decisions(path).get(conflict.id)
        note = previous.note if previous is not None else ""
    if status in note_required and not note.strip():
        fail(f"--status {status} needs --note saying why (set [review] note-required in "
             "claimcheck.toml to change this)")
    decision = make_decision(conflict, result, status, note=note, value=value, who=who)
    record(path, decision)
    shown = f" = {value}" + (f" ({read})" if read and read != value else "") if value else ""
    click.echo(one_line(f"{decision.id}: {status}{shown}"))


def _interactive(result, path: Path, include_all: bool, who: str | None,
                 note_required: tuple[str, ...] = ()) -> None:
    from rich.console import Console

    from claimcheck.review.session import ReviewSession
    from claimcheck.terminal import use_color

    color = use_color(_display().color, sys.stdout)
    console = Console(highlight=False, emoji=False, no_color=not color,
                      force_terminal=True if _display().color == "always" else None)
    ReviewSession(result, path, include_all=include_all, who=who, console=console,
                  note_required=note_required).run()


@cli.command(name="check")
@click.argument("corpora", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--fail-on", type=click.Choice(["high", "medium", "low"]), default=None,
              help="Lowest severity that fails the gate (default: low, everything; or [check] "
                   "fail-on in the corpus's claimcheck.toml).")
@click.option("--min-compared", type=click.IntRange(min=0), default=None, metavar="N",
              help="Fail a corpus in which fewer than N claims could be compared with another "
                   "article's (default: 2, one pair; or [check] min-compared). 0 turns it off.")
@click.option("--format", "fmt", type=click.Choice(["text", "github", "junit", "json",
                                                    "markdown"]),
              default=None, help="Output format: text, GitHub workflow commands, JUnit XML, "
                                 "JSON, or Markdown (every conflict, for a job summary).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
@click.option("--json-output", "json_file", type=click.Path(dir_okay=False),
              help="Also write the full result as JSON to FILE (e.g. a CI artifact).")
@click.option("--markdown-output", "markdown_file", type=click.Path(dir_okay=False),
              help="Also write every conflict as Markdown to FILE (e.g. $GITHUB_STEP_SUMMARY: "
                   "GitHub shows only 10 annotations of a step).")
@click.option("--allow-unread", is_flag=True,
              help="Pass a corpus none of whose files could be read (every file skipped), with "
                   "a warning, instead of failing it.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@follow_symlinks_option
@run_options
def check_command(corpora: tuple[str, ...], fail_on: str | None, min_compared: int | None,
                  fmt: str | None, output: str | None, json_file: str | None,
                  markdown_file: str | None, allow_unread: bool, quiet: bool) -> None:
    """Gate for CI: exit 1 unless every conflict of each CORPUS is reviewed and unchanged.

    Fails on open conflicts, on conflicts whose sides changed since their review (a new article,
    a changed figure), on confirmed conflicts no longer found (the extraction regressed), on a
    corpus in which almost nothing could be compared (--min-compared), and on a corpus of which
    no article could be read (unless --allow-unread). Skipped files are listed.

    \b
    Examples:
      claimcheck check corpora/meta-scale-ai
      claimcheck check corpora/* --format github --json-output claimcheck.json
      claimcheck check corpora/* --markdown-output "$GITHUB_STEP_SUMMARY"
      claimcheck check corpora/* --format junit --output claimcheck.xml --fail-on medium
    """
    from claimcheck.config import DEFAULT_MIN_COMPARED
    from claimcheck.gate import GateResult, gate_corpus
    from claimcheck.report.ci import gate_json, render_gate, render_gate_markdown
    from claimcheck.review.store import load_decisions, reviews_path

    fmt = fmt or _settings(corpora[:1]).check_format or "text"
    gates = []
    for corpus in corpora:
        settings = _settings((corpus,))
        try:
            decisions = load_decisions(reviews_path(corpus))
        except ClaimcheckError as exc:
            fail(str(exc))
        result = run_pipeline((corpus,), quiet)
        floor = next(n for n in (min_compared, settings.min_compared, DEFAULT_MIN_COMPARED)
                     if n is not None)
        gates.append(gate_corpus(corpus.rstrip("/"), result, decisions,
                                 fail_on or settings.fail_on or "low",
                                 allow_unread=allow_unread, min_compared=floor))
    outcome = GateResult(tuple(gates), fail_on or _settings(corpora[:1]).fail_on or "low")
    if json_file:
        write_output(gate_json(outcome), json_file)
    if markdown_file:
        write_output(render_gate_markdown(outcome), markdown_file)
    write_output(render_gate(outcome, fmt, json_file=json_file), output)
    if not outcome.passed:
        sys.exit(EXIT_GATE)


@cli.command()
@paths_argument
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl", "csv"]),
              default=None,
              help="text (a table, or one claim per block on a narrow terminal), json, jsonl "
                   "(one claim per line, e.g. for sqlite-utils insert --nl) or csv.")
@click.option("--all", "include_all", is_flag=True,
              help="Also every figure that became no claim, and for each claim whether it was "
                   "compared — each with the reason.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to FILE, not stdout.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@follow_symlinks_option
@run_options
def claims(paths: tuple[str, ...], fmt: str | None, include_all: bool, output: str | None,
           quiet: bool) -> None:
    """List every claim extracted from the articles under PATHS, with its trigger and rule.

    The first thing to look at when a conflict is missing or wrong: --all adds the figures
    that became no claim (no slot word near them, no subject, ...) and the claims left out of
    comparison (modality, period, self-contradiction, single source), each with why.

    \b
    Examples:
      claimcheck claims corpora/meta-scale-ai
      claimcheck claims corpora/meta-scale-ai --all
      claimcheck claims corpora/meta-scale-ai --format csv --output claims.csv
      claimcheck claims corpora/meta-scale-ai --format jsonl > claims.jsonl
    """
    from claimcheck.report import claims as listing

    fmt = fmt or _settings(paths).claims_format or "text"
    result = run_pipeline(paths, quiet)
    if fmt == "json":
        text = listing.render_json(result, include_all)
    elif fmt == "jsonl":
        text = listing.render_jsonl(result, include_all)
    elif fmt == "csv":
        text = listing.render_csv(result, include_all)
    else:
        color, width = _text_style(output)
        text = listing.render_claims(result, color=color, width=width, include_all=include_all)
    write_output(text, output)


@cli.command(name="eval")
@click.argument("corpora", nargs=-1, required=True, type=click.Path())
@click.option("--min-precision", type=click.FloatRange(0, 1), default=None, metavar="P",
              help="Exit 1 if any corpus is below (0 to 1).")
@click.option("--min-recall", type=click.FloatRange(0, 1), default=None, metavar="R",
              help="Exit 1 if any corpus is below (0 to 1).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--verbose", "-v", is_flag=True,
              help="List every match, every miss with the stage that lost it, every false flag.")
@run_options
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
        fail("no corpus with an expected.yaml among: " + ", ".join(corpora), code="E001")
    try:
        scores = evaluate_corpora(folders, options=_current_run_options())
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


@cli.group()
def cache() -> None:
    """The cache of results kept between runs (see --cache-dir).

    \b
    Examples:
      claimcheck cache info
      claimcheck cache clear
    """


def _cache_folder(cache_dir: str | None) -> Path:
    from claimcheck.cache import default_cache_dir

    return Path(cache_dir) if cache_dir else default_cache_dir()


@cache.command(name="info")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="The cache folder.")
def cache_info(cache_dir: str | None) -> None:
    """Where the cache is, how many results it holds and their size."""
    from claimcheck.cache import entries

    folder = _cache_folder(cache_dir)
    count, size = entries(folder)
    click.echo(f"{folder}: {count} results, {size / 1_000_000:.1f} MB")


@cache.command(name="clear")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="The cache folder.")
def cache_clear(cache_dir: str | None) -> None:
    """Remove every result from the cache; the next run reads everything again."""
    from claimcheck.cache import clear

    folder = _cache_folder(cache_dir)
    click.echo(f"{folder}: removed {clear(folder)} results")


def main() -> None:
    try:
        cli.main(prog_name="claimcheck")
    except Exception as exc:  # noqa: BLE001 - a bug must not pass for a failed gate (exit 1)
        crash(exc)


def crash(exc: BaseException) -> None:
    """An unexpected error: one line saying so, the traceback only on request, exit 3."""
    import os
    import traceback

    from claimcheck.report.safe import one_line

    if os.environ.get("CLAIMCHECK_TRACEBACK"):
        traceback.print_exception(exc, file=sys.stderr)
    click.echo(f"claimcheck: internal error ({type(exc).__name__}: {one_line(exc)}); this is a "
               "bug, please report it (CLAIMCHECK_TRACEBACK=1 prints the traceback)", err=True)
    sys.exit(EXIT_CRASH)


if __name__ == "__main__":
    main()
