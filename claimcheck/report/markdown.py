"""The Markdown report, for pull requests and ``$GITHUB_STEP_SUMMARY``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from claimcheck.coverage import Coverage
from claimcheck.display import severity_counts, subject_label
from claimcheck.model import Claim, Report
from claimcheck.report import StatusFilter
from claimcheck.report.safe import markdown


def _cell(text: str) -> str:
    """Untrusted text in a cell or a heading: no HTML, no link, no code span it can end."""
    return markdown(text)


def _code(text: str) -> str:
    """A name set in code: an HTML element, so that a backtick in it cannot end it."""
    return f"<code>{markdown(text)}</code>"


def _quote(claim: Claim) -> str:
    start = max(0, claim.value_start - claim.start)
    end = max(start, claim.value_end - claim.start)
    s = claim.sentence
    return f"{_cell(s[:start])}**{_cell(s[start:end])}**{_cell(s[end:])}"


def render_markdown(report: Report, statuses: Mapping[str, str] | None = None,
                    status_filter: StatusFilter | None = None) -> str:
    """``statuses`` (review status by conflict id) adds a status tag to each conflict;
    ``status_filter`` says what ``--status`` hid."""
    coverage = report.coverage()
    lines = ["# claimcheck report", "", summary_sentence(report), ""]
    lines += coverage_paragraph(coverage)
    lines += [
        "| document | outlet | language | published | figures | claims | compared |",
        "|---|---|---|---|--:|--:|--:|",
    ]
    for d, row in zip(report.documents, coverage.documents, strict=True):
        published = d.published.isoformat() if d.published else "–"
        lines.append(f"| {_cell(d.id)} | {_cell(d.source or '–')} | {d.language} | {published} "
                     f"| {row.figures} | {row.claims} | {row.compared} |")
    if len(report.groups) > 1:  # several stories, each compared only within itself
        lines += ["", f"{len(report.groups)} story groups, each compared within itself:", ""]
        lines += [f"- {_code(g.id)}: {len(g.documents)} documents"
                  + ("" if g.label == g.id else f", {_cell(g.label)}") for g in report.groups]
    if report.skipped:
        lines += ["", "Skipped:", ""]
        lines += [f"- {_code(s.path)}: {_cell(s.reason)}" for s in report.skipped]
    claims = {c.id: c for c in report.claims}
    outlets = {d.id: d.source or "–" for d in report.documents}
    for conflict in report.conflicts:
        period = f" ({conflict.period})" if conflict.period else ""
        status = statuses.get(conflict.id, "open") if statuses is not None else None
        tag = f" `{status}`" if status else ""
        lines += [
            "",
            f"## {conflict.severity}: {conflict.kind} — {_cell(subject_label(conflict.subject))}, "
            f"{conflict.attribute}{_cell(period)}{tag}",
            "",
            f"{_cell(conflict.explanation)} {_code(conflict.id)}",
            "",
            "| value | outlet | document | evidence |",
            "|---|---|---|---|",
        ]
        for side in conflict.sides:
            for claim_id in side.claims:
                claim = claims.get(claim_id)
                if claim is not None:
                    lines.append(
                        f"| {_cell(side.value)} | {_cell(outlets.get(claim.document, '–'))} "
                        f"| {_cell(claim.document)} | {_quote(claim)} |"
                    )
    if not report.conflicts:
        lines += ["", _cell(status_filter.nothing_shown() if status_filter is not None
                            else coverage.verdict())]
    return "\n".join(lines) + "\n"


def summary_sentence(report: Report) -> str:
    """Documents with their languages and outlets, claims, conflicts: one sentence."""
    languages = Counter(d.language for d in report.documents)
    by_language = ", ".join(f"{n} {lang}" for lang, n in sorted(languages.items()))
    outlets = sorted({d.source for d in report.documents if d.source})
    unnamed = sum(1 for d in report.documents if not d.source)
    named = ", ".join(_cell(o) for o in outlets[:12]) + (", …" if len(outlets) > 12 else "")
    from_outlets = ""
    if outlets:
        from_outlets = (f" from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''} "
                        f"({named}{f'; {unnamed} unnamed' if unnamed else ''})")
    return (f"{len(report.documents)} documents ({by_language}){from_outlets}, "
            f"{len(report.claims)} claims, "
            f"{len(report.conflicts)} conflicts{severity_counts(report.conflicts)}.")


def coverage_paragraph(coverage: Coverage) -> list[str]:
    """What could be checked, as Markdown lines (ending with a blank line)."""
    if not coverage.documents:
        return []
    text = f"**Coverage:** {coverage.summary()}."
    reasons = coverage.top_reasons()
    if reasons:
        text += " Unchecked most often for: " + ", ".join(
            f"{_cell(reason)} ({n})" for reason, n in reasons) + \
            " (<code>claimcheck claims --all</code> lists each with why)."
    if coverage.silent:
        text += " Contributed nothing: " + "; ".join(
            f"{_code(d.id)} ({d.nothing})" for d in coverage.silent[:8]) + (
            f"; and {len(coverage.silent) - 8} more" if len(coverage.silent) > 8 else "") + "."
    lines = [text, ""]
    if coverage.level == "thin":
        lines += [f"> **Little could be compared:** {coverage.compared} of {coverage.claims} "
                  "claims.", ""]
    elif coverage.level == "none":
        lines += ["> **Nothing could be compared:** a report without conflicts means nothing "
                  "was checked here, not that the sources agree.", ""]
    return lines
