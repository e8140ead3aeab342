"""The Markdown report, for pull requests and ``$GITHUB_STEP_SUMMARY``."""

from __future__ import annotations

from collections.abc import Mapping

from claimcheck.display import severity_counts
from claimcheck.model import Claim, Report


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _quote(claim: Claim) -> str:
    start = max(0, claim.value_start - claim.start)
    end = max(start, claim.value_end - claim.start)
    s = claim.sentence
    return _cell(f"{s[:start]}**{s[start:end]}**{s[end:]}")


def render_markdown(report: Report, statuses: Mapping[str, str] | None = None) -> str:
    """``statuses`` (review status by conflict id) adds a status tag to each conflict."""
    lines = [
        "# claimcheck report",
        "",
        f"{len(report.documents)} documents, {len(report.claims)} claims, "
        f"{len(report.conflicts)} conflicts{severity_counts(report.conflicts)}"
        + ".",
        "",
        "| document | language | source | published |",
        "|---|---|---|---|",
    ]
    for d in report.documents:
        published = d.published.isoformat() if d.published else "–"
        lines.append(f"| {_cell(d.id)} | {d.language} | {_cell(d.source or '–')} | {published} |")
    if report.skipped:
        lines += ["", "Skipped:", ""]
        lines += [f"- `{_cell(s.path)}`: {_cell(s.reason)}" for s in report.skipped]
    claims = {c.id: c for c in report.claims}
    for conflict in report.conflicts:
        period = f" ({conflict.period})" if conflict.period else ""
        status = statuses.get(conflict.id, "open") if statuses is not None else None
        tag = f" `{status}`" if status else ""
        lines += [
            "",
            f"## {conflict.severity}: {conflict.kind} — {_cell(conflict.subject)}, "
            f"{conflict.attribute}{period}{tag}",
            "",
            f"{_cell(conflict.explanation)} `{conflict.id}`",
            "",
            "| value | document | evidence |",
            "|---|---|---|",
        ]
        for side in conflict.sides:
            for claim_id in side.claims:
                claim = claims.get(claim_id)
                if claim is not None:
                    lines.append(
                        f"| {_cell(side.value)} | {_cell(claim.document)} | {_quote(claim)} |"
                    )
    return "\n".join(lines) + "\n"
