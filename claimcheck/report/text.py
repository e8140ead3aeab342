"""The terminal report: summary first, then each conflict with both sides' evidence."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Mapping

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from claimcheck.display import severity_counts
from claimcheck.model import Claim, Report


def evidence(claim: Claim, style: str = "bold yellow") -> Text:
    """The claim's sentence with the value's words marked «like this» (coloured on a terminal)."""
    rel_start = max(0, claim.value_start - claim.start)
    rel_end = max(rel_start, min(len(claim.sentence), claim.value_end - claim.start))
    text = Text(claim.sentence[:rel_start])
    text.append("«" + claim.sentence[rel_start:rel_end] + "»", style=style)
    text.append(claim.sentence[rel_end:])
    return text


def render_text(report: Report, *, color: bool = False, width: int = 100,
                statuses: Mapping[str, str] | None = None) -> str:
    """``statuses`` (review status by conflict id) adds a status tag to each conflict."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, force_terminal=color, no_color=not color, highlight=False,
        emoji=False,
    )
    languages = Counter(d.language for d in report.documents)
    console.print(
        f"[bold]{len(report.documents)} documents[/] ("
        + ", ".join(f"{n} {lang}" for lang, n in sorted(languages.items()))
        + f"), {len(report.claims)} claims, [bold]{len(report.conflicts)} conflicts[/]"
        + severity_counts(report.conflicts)
    )
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
    for column in ("document", "lang", "source", "published", "claims"):
        table.add_column(column)
    per_document = Counter(c.document for c in report.claims)
    for document in report.documents:
        table.add_row(
            escape(document.id), document.language, escape(document.source or "–"),
            document.published.isoformat() if document.published else "–",
            str(per_document[document.id]),
        )
    console.print(table)
    for skipped in report.skipped:
        console.print(f"[dim]skipped {escape(skipped.path)}: {escape(skipped.reason)}[/]")
    claims = {claim.id: claim for claim in report.claims}
    for conflict in report.conflicts:
        console.print()
        period = f" ({conflict.period})" if conflict.period else ""
        evolving = " · evolving" if conflict.evolving else ""
        status = statuses.get(conflict.id, "open") if statuses is not None else None
        tag = f"  [magenta]\\[{status}][/]" if status else ""
        console.print(
            f"[bold]{conflict.severity.upper()}[/] {conflict.kind} · "
            f"[bold]{escape(conflict.subject)}[/] · {conflict.attribute}{period}{evolving}"
            f"{tag}  [dim]{conflict.id}[/]"
        )
        console.print(f"  {escape(conflict.explanation)}")
        for side in conflict.sides:
            documents = sorted({claims[c].document for c in side.claims if c in claims})
            console.print(f"  [bold cyan]{escape(side.value)}[/] — {escape(', '.join(documents))}")
            for claim_id in side.claims:
                claim = claims.get(claim_id)
                if claim is None:
                    continue
                line = Text(f"    {claim.document}: ", style="dim")
                line.append_text(evidence(claim))
                console.print(line)
    if not report.conflicts:
        console.print("\nNo conflicts: the sources agree on everything claimcheck could compare.")
    return buffer.getvalue()
