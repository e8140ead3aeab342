"""``claimcheck claims``: every claim with the trigger and rule that explain it; with ``--all``
also every figure that became no claim and every claim left out of comparison, with why.

Text is a table on a wide terminal and one claim per block on a narrow one (or in a pipe);
``csv`` and ``jsonl`` are for spreadsheets and ``sqlite-utils insert``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from claimcheck.coverage import Coverage
from claimcheck.display import format_value
from claimcheck.model import EVENT_SUBJECT, Claim, Report, Unclaimed
from claimcheck.report.payload import claim_payload
from claimcheck.report.safe import neutralized, one_line
from claimcheck.report.text import evidence, plain

#: Narrower than this, claims are printed one per block instead of as a table.
TABLE_MIN_WIDTH = 120
#: Columns of ``--format csv``, in order; ``--all`` adds ``status`` and ``reason``.
CSV_COLUMNS = ("id", "document", "subject", "subject_text", "attribute", "value", "kind", "low",
               "high", "unit", "label", "period", "period_source", "modality", "scope",
               "attribution", "trigger", "rule", "confidence", "sentence", "start", "end",
               "value_start", "value_end")
STATUS_COLUMNS = ("status", "stage", "reason")
COMPARED, LEFT_OUT, UNCLAIMED = "compared", "not compared", "not a claim"


def _markup(markup: str) -> Text:
    """Rich markup without emoji codes: ":x:" in a conflict id stays ":x:"."""
    return Text.from_markup(markup, emoji=False)


def _field(text: object) -> str:
    """Untrusted text in a cell: printed literally ("[red]x.txt" is a name, not markup)."""
    return escape(one_line(text))


def render_claims(report: Report, *, color: bool = False, width: int = 160,
                  include_all: bool = False) -> str:
    """The claims as a table (``width`` ≥ ``TABLE_MIN_WIDTH``) or as blocks."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                      highlight=False, emoji=False)
    coverage = report.coverage() if include_all else None
    reasons = dict(coverage.left_out) if coverage else {}
    if width >= TABLE_MIN_WIDTH:
        console.print(_table(report.claims, reasons, include_all))
    else:
        for claim in report.claims:
            _block(console, claim, reasons.get(claim.id) if include_all else None, include_all)
    console.print(f"{len(report.claims)} claims from {len(report.documents)} documents")
    if coverage is not None:
        _not_claims(console, report, coverage)
    output = buffer.getvalue()
    return neutralized(output if color else plain(output))


def _subject(claim: Claim) -> str:
    subject = _field(claim.subject)
    if claim.subject_text and claim.subject_text != claim.subject:
        subject += f"\n[dim](as “{_field(claim.subject_text)}”)[/]"
    elif not claim.subject_text and claim.subject != EVENT_SUBJECT:
        subject += "\n[dim](from context)[/]"
    return subject


def _table(claims: list[Claim], reasons: dict[str, str], include_all: bool) -> Table:
    table = Table(show_header=True, header_style="bold", show_lines=True)
    columns = ["document", "subject", "slot", "value", "period", "modality", "trigger",
               "evidence"]
    if include_all:
        columns.append("compared")
    for column in columns:
        table.add_column(column, overflow="fold")
    for claim in claims:
        row = [
            _field(claim.document), _subject(claim), _field(claim.attribute),
            _field(format_value(claim.value)), _field(claim.period or "–"),
            _field(claim.modality), f"{_field(claim.trigger)}\n[dim]{_field(claim.rule)}[/]",
            evidence(claim),
        ]
        if include_all:
            reason = reasons.get(claim.id)
            row.append("yes" if reason is None else f"[yellow]no[/]: {_field(reason)}")
        table.add_row(*row)
    return table


def _block(console: Console, claim: Claim, reason: str | None, include_all: bool) -> None:
    """One claim: what it says on the first line, where it comes from below, indented."""
    period = f" · {_field(claim.period)}" if claim.period else ""
    console.print(_markup(
        f"[bold]{_field(claim.subject)}[/] · {_field(claim.attribute)} · "
        f"[bold cyan]{_field(format_value(claim.value))}[/]{period} · {_field(claim.modality)}"
        f"  [dim]{_field(claim.id)}[/]"))
    written = (f" · as “{_field(claim.subject_text)}”"
               if claim.subject_text and claim.subject_text != claim.subject else
               " · subject from context" if not claim.subject_text
               and claim.subject != EVENT_SUBJECT else "")
    _indented(console, _markup(
        f"[dim]trigger[/] {_field(claim.trigger)} · [dim]rule[/] {_field(claim.rule)}{written}"))
    _indented(console, evidence(claim))
    if include_all:
        _indented(console, _markup(
            "[green]compared[/]" if reason is None
            else f"[yellow]not compared[/]: {_field(reason)}"))


def _indented(console: Console, text: Text, indent: int = 2) -> None:
    console.print(Padding(text, (0, 0, 0, indent), expand=False))


def _not_claims(console: Console, report: Report, coverage: Coverage) -> None:
    """Figures that became no claim, one block each, grouped by document."""
    items = coverage.unclaimed
    console.print()
    console.print(f"[bold]{len(items)} figures or candidates became no claim[/]"
                  + (":" if items else "."))
    documents = {document.id: document for document in report.documents}
    for item in items:
        console.print(_markup(
            f"[bold]{_field(item.text)}[/] in {_field(item.document)}"
            + (f" · {_field(item.attribute)}" if item.attribute else "")
            + f" — [yellow]{_field(item.reason)}[/]"))
        document = documents.get(item.document)
        if document is not None:
            _indented(console, _sentence(document.text, item))
    left = len(coverage.left_out)
    console.print()
    console.print(f"[bold]{left} claims left out of comparison[/] (marked above), "
                  f"{coverage.compared} compared.")


def _sentence(text: str, item: Unclaimed) -> Text:
    start, end = item.sentence_start, item.sentence_end or len(text)
    sentence = Text(one_line(text[start:item.start]))
    sentence.append("«" + one_line(text[item.start:item.end]) + "»", style="bold yellow")
    sentence.append(one_line(text[item.end:end]))
    return sentence


# -- machine formats -------------------------------------------------------------------------

def claim_rows(report: Report, include_all: bool = False) -> Iterator[dict[str, Any]]:
    """One JSON object per claim (the report's claim payload); with ``include_all`` each gets
    ``status`` and ``reason``, and each figure that became no claim is a row of its own."""
    coverage = report.coverage() if include_all else None
    reasons = dict(coverage.left_out) if coverage else {}
    for claim in report.claims:
        row = claim_payload(claim)
        if include_all:
            reason = reasons.get(claim.id)
            row |= {"status": COMPARED if reason is None else LEFT_OUT, "stage": "compare",
                    "reason": reason}
        yield row
    if coverage is None:
        return
    documents = {document.id: document for document in report.documents}
    for item in coverage.unclaimed:
        document = documents.get(item.document)
        sentence = (document.text[item.sentence_start:item.sentence_end]
                    if document is not None else "")
        yield {
            "id": None, "document": item.document, "subject": None, "attribute": item.attribute,
            "value": {"kind": None, "low": None, "high": None, "unit": None, "label": None,
                      "text": item.text},
            "sentence": sentence, "start": item.sentence_start, "end": item.sentence_end,
            "value_start": item.start, "value_end": item.end,
            "status": UNCLAIMED, "stage": item.stage, "reason": item.reason,
        }


def render_jsonl(report: Report, include_all: bool = False) -> str:
    return "".join(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n"
                   for row in claim_rows(report, include_all))


def render_json(report: Report, include_all: bool = False) -> str:
    return json.dumps(list(claim_rows(report, include_all)), ensure_ascii=False, indent=2,
                      allow_nan=False) + "\n"


def render_csv(report: Report, include_all: bool = False) -> str:
    """A header row and one row per claim (and per figure that became no claim, with --all);
    values flattened (``value``: as a reader reads it; ``kind``/``low``/``high``/``unit``)."""
    buffer = io.StringIO()
    columns = CSV_COLUMNS + (STATUS_COLUMNS if include_all else ())
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    claims = {claim.id: claim for claim in report.claims}
    for row in claim_rows(report, include_all):
        value = row.pop("value")
        claim = claims.get(row["id"]) if row["id"] else None
        row |= {key: value[key] for key in ("kind", "low", "high", "unit", "label")}
        row["value"] = format_value(claim.value) if claim is not None else value["text"]
        writer.writerow({key: _csv_cell(row.get(key)) for key in columns})
    return buffer.getvalue()


def _csv_cell(value: Any) -> Any:
    """A cell a spreadsheet cannot take for a formula ("=cmd|..." from an article)."""
    if isinstance(value, str):
        value = one_line(value)
        if value[:1] in ("=", "+", "-", "@") and not _number_like(value):
            return "'" + value
    return "" if value is None else value


def _number_like(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
