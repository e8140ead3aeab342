"""``claimcheck claims``: one row per claim, with the trigger and rule that explain it."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table

from claimcheck.display import format_value
from claimcheck.model import Report
from claimcheck.report.text import evidence


def render_claims(report: Report, *, color: bool = False, width: int = 160) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      highlight=False, emoji=False)
    table = Table(show_header=True, header_style="bold", show_lines=True)
    for column in ("document", "subject", "slot", "value", "period", "modality", "trigger",
                   "evidence"):
        table.add_column(column, overflow="fold")
    for claim in report.claims:
        subject = claim.subject
        if claim.subject_text and claim.subject_text != claim.subject:
            subject += f"\n[dim](as “{claim.subject_text}”)[/]"
        elif not claim.subject_text and claim.subject != "(event)":
            subject += "\n[dim](from context)[/]"
        table.add_row(
            claim.document, subject, claim.attribute, format_value(claim.value),
            claim.period or "–", claim.modality, f"{claim.trigger}\n[dim]{claim.rule}[/]",
            evidence(claim),
        )
    console.print(table)
    console.print(f"{len(report.claims)} claims from {len(report.documents)} documents")
    return buffer.getvalue()
