"""The terminal report: summary first, then each conflict with both sides' evidence."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Mapping

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.coverage import Coverage
from claimcheck.display import severity_counts, subject_label
from claimcheck.model import Claim, Report
from claimcheck.report import StatusFilter
from claimcheck.report.safe import neutralized, one_line


def _field(text: object) -> str:
    """Untrusted text inside rich markup: one line, no CI command, no markup of its own."""
    return escape(one_line(text))


def evidence(claim: Claim, style: str = "bold yellow") -> Text:
    """The claim's sentence with the value's words marked «like this» (coloured on a terminal)."""
    rel_start = max(0, claim.value_start - claim.start)
    rel_end = max(rel_start, min(len(claim.sentence), claim.value_end - claim.start))
    text = Text(one_line(claim.sentence[:rel_start]))
    text.append("«" + one_line(claim.sentence[rel_start:rel_end]) + "»", style=style)
    text.append(one_line(claim.sentence[rel_end:]))
    return text


def render_text(report: Report, *, color: bool = False, width: int = 100,
                statuses: Mapping[str, str] | None = None,
                status_filter: StatusFilter | None = None) -> str:
    """``statuses`` (review status by conflict id) adds a status tag to each conflict;
    ``status_filter`` says what ``--status`` hid. Wrapped lines keep their indent."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False,
        emoji=False,
    )
    coverage = report.coverage()
    console.print(summary_line(report) + (f"; {coverage.compared} compared"
                                          if report.documents else ""))
    console.print(_documents_table(report, coverage))
    if len(report.groups) > 1:  # several stories, each compared only within itself
        console.print(f"[bold]{len(report.groups)} story groups[/], each compared within itself:")
        for group in report.groups:
            label = "" if group.label == group.id else f"  {_field(group.label)}"
            _indented(console, f"{_field(group.id)}  {len(group.documents)} documents{label}", 2)
    for skipped in report.skipped:
        _indented(console, f"[dim]skipped {_field(skipped.path)}: {_field(skipped.reason)}[/]",
                  0, hang=2)
    _coverage_lines(console, coverage)
    claims = {claim.id: claim for claim in report.claims}
    for conflict in report.conflicts:
        console.print()
        period = f" ({conflict.period})" if conflict.period else ""
        evolving = " · evolving" if conflict.evolving else ""
        status = statuses.get(conflict.id, "open") if statuses is not None else None
        tag = f"  [magenta]\\[{status}][/]" if status else ""
        _indented(console,
                  f"[bold]{conflict.severity.upper()}[/] {conflict.kind} · "
                  f"[bold]{_field(subject_label(conflict.subject))}[/] · {conflict.attribute}"
                  f"{_field(period)}"
                  f"{evolving}{tag}  [dim]{_field(conflict.id)}[/]", 0, hang=2)
        _indented(console, _field(conflict.explanation), 2)
        for side in conflict.sides:
            documents = sorted({claims[c].document for c in side.claims if c in claims})
            _indented(console, f"[bold cyan]{_field(side.value)}[/] — "
                               f"{_field(', '.join(documents))}", 2, hang=2)
            for claim_id in side.claims:
                claim = claims.get(claim_id)
                if claim is None:
                    continue
                line = Text(f"{one_line(claim.document)}: ", style="dim")
                line.append_text(evidence(claim))
                console.print(Padding(line, (0, 0, 0, 4), expand=False))
    if not report.conflicts:
        console.print()
        if status_filter is not None:
            _indented(console, escape(status_filter.nothing_shown()), 0)
        else:
            _indented(console, escape(coverage.verdict()), 0)
    return neutralized(buffer.getvalue() if color else plain(buffer.getvalue()))


def plain(output: str) -> str:
    """Text for a pipe or a file: no padding at the end of a line."""
    return "\n".join(line.rstrip() for line in output.split("\n"))


def summary_line(report: Report) -> str:
    """"5 documents (1 de, 1 fr, 3 it), 71 claims, 3 conflicts (2 high, 1 low)", in markup."""
    languages = Counter(d.language for d in report.documents)
    return (
        f"[bold]{len(report.documents)} documents[/] ("
        + ", ".join(f"{n} {lang}" for lang, n in sorted(languages.items()))
        + f"), {len(report.claims)} claims, [bold]{len(report.conflicts)} conflicts[/]"
        + severity_counts(report.conflicts)
    )


def _documents_table(report: Report, coverage: Coverage) -> Table:
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    table.add_column("document", overflow="fold")
    for column in ("lang", "source", "published"):
        table.add_column(column)
    for column in ("figures", "claims", "compared"):
        table.add_column(column, justify="right")
    for document, row in zip(report.documents, coverage.documents, strict=True):
        table.add_row(
            _field(document.id), document.language, _field(document.source or "–"),
            document.published.isoformat() if document.published else "–",
            str(row.figures), str(row.claims),
            str(row.compared) if row.compared or not row.claims else "[bold]0[/]",
        )
    return table


def _coverage_lines(console: Console, coverage: Coverage) -> None:
    """What could be checked, under the documents: why figures and claims went unchecked, the
    documents that added nothing, and a plain warning when little was compared."""
    if not coverage.documents:
        return
    _indented(console, f"coverage: {escape(coverage.summary())}", 0, hang=2)
    reasons = coverage.top_reasons()
    if reasons:
        listed = ", ".join(f"{escape(reason)} ({n})" for reason, n in reasons)
        _indented(console, f"unchecked most often for: {listed} — `claimcheck claims --all` "
                           "lists each figure and claim with why", 2, hang=2)
    silent = coverage.silent
    if silent:
        listed = "; ".join(f"{_field(d.id)} ({escape(d.nothing or '')})" for d in silent[:8])
        more = f"; and {len(silent) - 8} more" if len(silent) > 8 else ""
        _indented(console, f"contributed nothing: {listed}{more}", 2, hang=2)
    if coverage.level == "thin":
        _indented(console, f"[bold yellow]Little could be compared[/]: {coverage.compared} of "
                           f"{coverage.claims} claims.", 2, hang=2)


def _indented(console: Console, markup: str, indent: int, hang: int = 0) -> None:
    """One paragraph at ``indent`` columns; the lines it wraps onto start ``hang`` further."""
    text = Text.from_markup(markup, emoji=False)
    if not hang:
        console.print(Padding(text, (0, 0, 0, indent), expand=False))
        return
    lines = text.wrap(console, max(10, console.width - indent - hang))
    console.print(Padding(lines[0], (0, 0, 0, indent), expand=False))
    if len(lines) > 1:
        console.print(Padding(Text("\n").join(lines[1:]), (0, 0, 0, indent + hang),
                              expand=False))
