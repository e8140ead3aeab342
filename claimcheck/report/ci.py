"""The CI gate's result in the formats CI systems read: text, GitHub workflow commands, JUnit XML
and JSON. Machine formats are the whole of stdout, so they can be piped or uploaded as is.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from claimcheck.gate import SEVERITY_RANK, CorpusGate, GateEntry, GateResult
from claimcheck.report.safe import neutralized, one_line, visible, xml_text

CI_FORMATS = ("text", "github", "junit", "json", "markdown")
#: A job summary stays well under GitHub's 1 MiB per step: past this, conflicts are cut (and
#: the summary says how many, and where the full list is).
MARKDOWN_LIMIT = 900_000
#: GitHub shows at most this many error annotations per step.
GITHUB_ERROR_LIMIT = 10
GATE_JSON_VERSION = 1


def render_gate(result: GateResult, fmt: str, *, json_file: str | None = None) -> str:
    """The gate result in ``fmt``; ``json_file`` is where the full JSON was also written."""
    if fmt == "text":
        return render_gate_text(result)
    if fmt == "github":
        return render_github(result, json_file=json_file)
    if fmt == "junit":
        return render_junit(result)
    if fmt == "json":
        return gate_json(result)
    if fmt == "markdown":
        return render_gate_markdown(result, json_file=json_file)
    raise ValueError(f"unknown format {fmt!r}")


# --------------------------------------------------------------------------- text


def _unread_message(corpus: CorpusGate) -> str:
    return (f"no article could be read ({len(corpus.skipped)} files skipped): nothing was "
            "checked" + (" (allowed by --allow-unread)" if corpus.allow_unread else ""))


def render_gate_text(result: GateResult) -> str:
    lines = []
    for corpus in result.corpora:
        verdict = "ok" if corpus.passed else "FAILED"
        name = one_line(corpus.corpus)
        counts: dict[str, int] = {}
        for entry in corpus.entries:
            counts[entry.status] = counts.get(entry.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "none"
        if corpus.unread:
            lines.append(f"{name}: {verdict} — {_unread_message(corpus)}")
        else:
            lines.append(f"{name}: {verdict} — {len(corpus.entries)} conflicts ({summary}); "
                         f"{corpus.compared} of {corpus.claims} claims compared")
        if corpus.too_little_compared:
            lines.append(f"  {one_line(corpus.coverage_message())}")
        for entry in corpus.failures:
            lines.append(
                f"  {entry.severity.upper():6} {entry.status:8} {one_line(entry.title)}  "
                f"[{one_line(entry.id)}]"
            )
            lines.append(f"         {one_line(entry.reason)}")
        for skipped in corpus.skipped:
            lines.append(f"  skipped {one_line(skipped.path)}: {one_line(skipped.reason)}")
    below = "" if result.fail_on == "low" else f" (gate: {result.fail_on} severity and above)"
    total = len(result.failures)
    unread = sum(1 for corpus in result.corpora if corpus.unread and not corpus.allow_unread)
    thin = sum(1 for corpus in result.corpora if corpus.too_little_compared)
    if result.passed:
        lines.append(f"check passed{below}")
    else:
        reasons = []
        if total:
            reasons.append(f"{total} conflict{'s' if total != 1 else ''} to review{below} — run "
                           "`claimcheck review CORPUS`")
        if thin:
            reasons.append(f"too little compared in {thin} corp{'ora' if thin != 1 else 'us'}")
        if unread:
            reasons.append(f"no article could be read in {unread} "
                           f"corp{'ora' if unread != 1 else 'us'}")
        lines.append("check failed: " + "; ".join(reasons))
    return neutralized("\n".join(lines) + "\n")


# --------------------------------------------------------------------------- GitHub


def _escape_data(text: str) -> str:
    """Workflow-command data: line breaks encoded as GitHub decodes them, other controls shown
    as escapes, and ``##[`` (the runner's older command form) split."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return neutralized(visible(text))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _workspace_path(path: str) -> str:
    """Paths relative to the working directory, which is the repository root in a CI job."""
    if os.path.isabs(path):
        relative = os.path.relpath(path)
        if not relative.startswith(".."):
            return relative
    return path


def _command(level: str, message: str, **properties: str | int) -> str:
    props = ",".join(f"{key}={_escape_property(str(value))}" for key, value in properties.items()
                     if value not in ("", 0, None))
    return f"::{level}{' ' + props if props else ''}::{_escape_data(message)}"


def github_annotations(entry: GateEntry, reviews: str) -> list[str]:
    """One error per article (at its first evidence sentence) of a failing conflict."""
    title = f"claimcheck {entry.status} {entry.severity}: {entry.title}"
    if not entry.evidence:  # vanished: point at the decision in reviews.yaml
        return [_command("error", entry.reason, file=_workspace_path(reviews),
                         line=entry.reviews_line, title=title)]
    annotations = []
    seen: set[tuple[str, str]] = set()
    for evidence in entry.evidence:
        if (evidence.document, evidence.value) in seen:
            continue
        seen.add((evidence.document, evidence.value))
        others = " vs ".join(
            side for side in entry.sides if not side.startswith(evidence.value + " (")
        )
        message = (f"this article says {evidence.value} («{evidence.quote}»); "
                   f"other sources: {others}. [{entry.id}]")
        if entry.status == "changed":
            message = f"changed since review ({entry.change}); " + message
        annotations.append(_command("error", message, file=_workspace_path(evidence.path),
                                    line=evidence.line, title=title))
    return annotations


def render_github(result: GateResult, *, json_file: str | None = None) -> str:
    """Workflow commands, most severe first, then a notice that says where the full list is.

    GitHub shows only the first ten errors of a step, so every failing conflict gets its first
    annotation before any conflict gets a second one.
    """
    failures: list[tuple[GateEntry, CorpusGate]] = [
        (entry, corpus) for corpus in result.corpora for entry in corpus.failures
    ]
    failures.sort(key=lambda pair: (-SEVERITY_RANK.get(pair[0].severity, 1), pair[0].id))
    per_conflict = [github_annotations(entry, corpus.reviews) for entry, corpus in failures]
    errors = [_command("error", f"{corpus.corpus}: {_unread_message(corpus)}",
                       title="claimcheck check")
              for corpus in result.corpora if corpus.unread and not corpus.allow_unread]
    errors += [_command("error", f"{corpus.corpus}: {corpus.coverage_message()}",
                        title="claimcheck check: too little compared")
               for corpus in result.corpora if corpus.too_little_compared]
    errors += [annotations[0] for annotations in per_conflict]
    errors += [line for annotations in per_conflict for line in annotations[1:]]
    lines = list(errors)
    lines += [_command("warning", skipped.reason, file=_workspace_path(skipped.path),
                       title="claimcheck skipped this file")
              for corpus in result.corpora for skipped in corpus.skipped]
    if failures:
        where = json_file or "`claimcheck check CORPUS --format json`"
        hidden = max(0, len(errors) - GITHUB_ERROR_LIMIT)
        extra = (f" GitHub shows the first {GITHUB_ERROR_LIMIT}; {hidden} more are in the full "
                 "list." if hidden else "")
        lines.append(_command(
            "notice",
            f"claimcheck: {len(failures)} conflicts need review ({len(errors)} annotations, most "
            f"severe first).{extra} Full list: {where}. Review with `claimcheck review CORPUS`.",
            title="claimcheck check",
        ))
    elif not result.passed:
        lines.append(_command("notice", "claimcheck: too little was checked (no article read, or "
                              "almost nothing compared); see the errors above",
                              title="claimcheck check"))
    else:
        lines.append(_command("notice", "claimcheck: every conflict is reviewed",
                              title="claimcheck check"))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- JUnit


def render_junit(result: GateResult) -> str:
    """One testsuite per corpus, one testcase per conflict; open/changed/missing are failures."""
    root = ET.Element("testsuites", name="claimcheck",
                      tests=str(sum(len(c.entries) for c in result.corpora)),
                      failures=str(len(result.failures)))
    for corpus in result.corpora:
        suite = ET.SubElement(root, "testsuite", name=corpus.corpus,
                              tests=str(len(corpus.entries)),
                              failures=str(len(corpus.failures)), errors="0",
                              skipped=str(sum(1 for e in corpus.entries if _skipped(e))))
        for entry in corpus.entries:
            case = ET.SubElement(suite, "testcase", name=f"{entry.title} [{entry.id}]",
                                 classname=f"claimcheck.{Path(corpus.corpus).name}.{entry.kind}")
            if entry.failing:
                failure = ET.SubElement(case, "failure", message=entry.reason,
                                        type=entry.status)
                failure.text = _junit_details(entry)
            elif _skipped(entry):
                ET.SubElement(case, "skipped", message=_skip_message(entry, result.fail_on))
            else:
                out = ET.SubElement(case, "system-out")
                out.text = entry.reason + (f"\nnote: {entry.note}" if entry.note else "")
        if corpus.unread:
            case = ET.SubElement(suite, "testcase", name="articles read",
                                 classname=f"claimcheck.{Path(corpus.corpus).name}")
            ET.SubElement(case, "skipped" if corpus.allow_unread else "failure",
                          message=_unread_message(corpus))
        elif corpus.too_little_compared:
            case = ET.SubElement(suite, "testcase", name="claims compared",
                                 classname=f"claimcheck.{Path(corpus.corpus).name}")
            ET.SubElement(case, "failure", message=corpus.coverage_message(), type="coverage")
        cases = suite.findall("testcase")
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
        if corpus.skipped:
            out = ET.SubElement(suite, "system-err")
            out.text = "\n".join(f"skipped {s.path}: {s.reason}" for s in corpus.skipped)
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root.iter("testsuite"))))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in root.iter("testsuite"))))
    _xml_safe(root)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _xml_safe(root: ET.Element) -> None:
    """Drop the characters XML 1.0 forbids (article text and file names may hold them)."""
    for element in root.iter():
        for key, value in element.attrib.items():
            element.set(key, xml_text(value))
        if element.text:
            element.text = xml_text(element.text)


def _skipped(entry: GateEntry) -> bool:
    return not entry.failing and entry.status in ("waived", "open", "changed", "missing")


def _skip_message(entry: GateEntry, fail_on: str) -> str:
    if entry.status == "waived":
        return "waived" + (f": {entry.note}" if entry.note else "")
    return f"{entry.status}, below the gate's {fail_on} severity"


def _junit_details(entry: GateEntry) -> str:
    lines = [entry.reason, entry.explanation]
    lines += [f"{e.path}:{e.line}: {e.value}: {e.sentence}" for e in entry.evidence]
    return "\n".join(line for line in lines if line)


# --------------------------------------------------------------------------- JSON


def gate_payload(result: GateResult) -> dict[str, Any]:
    return {
        "version": GATE_JSON_VERSION,
        "passed": result.passed,
        "fail_on": result.fail_on,
        "corpora": [
            {
                "corpus": corpus.corpus,
                "reviews": corpus.reviews,
                "passed": corpus.passed,
                "documents": corpus.documents,
                "coverage": {"figures": corpus.figures, "claims": corpus.claims,
                             "compared": corpus.compared, "min_compared": corpus.min_compared,
                             "too_little_compared": corpus.too_little_compared,
                             "unchecked": [{"reason": reason, "count": n}
                                           for reason, n in corpus.unchecked]},
                "skipped": [{"path": s.path, "reason": s.reason} for s in corpus.skipped],
                "conflicts": [_entry_payload(entry) for entry in corpus.entries],
            }
            for corpus in result.corpora
        ],
    }


def _entry_payload(entry: GateEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kind": entry.kind,
        "subject": entry.subject,
        "attribute": entry.attribute,
        "period": entry.period,
        "severity": entry.severity,
        "status": entry.status,
        "failing": entry.failing,
        "reason": entry.reason,
        "change": entry.change or None,
        "note": entry.note or None,
        "explanation": entry.explanation,
        "sides": list(entry.sides),
        "evidence": [
            {"document": e.document, "path": e.path, "line": e.line, "value": e.value,
             "quote": e.quote, "sentence": e.sentence}
            for e in entry.evidence
        ],
    }


def gate_json(result: GateResult) -> str:
    return json.dumps(gate_payload(result), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


# --------------------------------------------------------------------------- Markdown


def render_gate_markdown(result: GateResult, *, json_file: str | None = None) -> str:
    """Every conflict of every corpus, failing first, as Markdown for ``$GITHUB_STEP_SUMMARY``:
    GitHub shows only ten annotations of a step, a job summary shows them all."""
    from claimcheck.report.safe import markdown

    verdict = "passed" if result.passed else "failed"
    failing = len(result.failures)
    lines = [f"## claimcheck check {verdict}", ""]
    lines.append("| corpus | verdict | conflicts | failing | claims compared |")
    lines.append("|---|---|--:|--:|--:|")
    for corpus in result.corpora:
        lines.append(f"| {markdown(corpus.corpus)} | {'ok' if corpus.passed else '**FAILED**'} "
                     f"| {len(corpus.entries)} | {len(corpus.failures)} "
                     f"| {corpus.compared} of {corpus.claims} |")
    lines.append("")
    for corpus in result.corpora:
        if corpus.unread:
            lines += [f"- **{markdown(corpus.corpus)}**: {markdown(_unread_message(corpus))}"]
        if corpus.too_little_compared:
            lines += [f"- **{markdown(corpus.corpus)}**: "
                      f"{markdown(corpus.coverage_message())}"]
    rows = [(corpus, entry) for corpus in result.corpora for entry in corpus.entries]
    if rows:
        lines += ["", "| corpus | status | severity | conflict | sides | id |",
                  "|---|---|---|---|---|---|"]
    size = sum(len(line) + 1 for line in lines)
    shown = 0
    for corpus, entry in rows:
        status = f"**{entry.status}**" if entry.failing else entry.status
        line = (f"| {markdown(Path(corpus.corpus).name)} | {status} | {entry.severity} "
                f"| {markdown(entry.kind)}: {markdown(entry.title)} "
                f"| {markdown(' vs '.join(entry.sides))} | <code>{markdown(entry.id)}</code> |")
        if size + len(line) + 1 > MARKDOWN_LIMIT:
            break
        lines.append(line)
        size += len(line) + 1
        shown += 1
    if shown < len(rows):
        where = json_file or "`claimcheck check --format json`"
        lines += ["", f"{len(rows) - shown} more conflicts are not shown (GitHub caps a summary "
                      f"at 1 MiB); the full list: {markdown(where)}."]
    if failing:
        lines += ["", f"{failing} conflict{'s' if failing != 1 else ''} need review: "
                      "`claimcheck review CORPUS`."]
    return "\n".join(lines) + "\n"
