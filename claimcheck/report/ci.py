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

CI_FORMATS = ("text", "github", "junit", "json")
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
    raise ValueError(f"unknown format {fmt!r}")


# --------------------------------------------------------------------------- text


def render_gate_text(result: GateResult) -> str:
    lines = []
    for corpus in result.corpora:
        verdict = "ok" if corpus.passed else "FAILED"
        counts: dict[str, int] = {}
        for entry in corpus.entries:
            counts[entry.status] = counts.get(entry.status, 0) + 1
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "none"
        lines.append(f"{corpus.corpus}: {verdict} — {len(corpus.entries)} conflicts ({summary})")
        for entry in corpus.failures:
            lines.append(
                f"  {entry.severity.upper():6} {entry.status:8} {entry.title}  [{entry.id}]"
            )
            lines.append(f"         {entry.reason}")
    below = "" if result.fail_on == "low" else f" (gate: {result.fail_on} severity and above)"
    total = len(result.failures)
    lines.append(f"check passed{below}" if result.passed
                 else f"check failed: {total} conflict{'s' if total != 1 else ''} to review{below}"
                 " — run `claimcheck review CORPUS`")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- GitHub


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


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
    errors = [annotations[0] for annotations in per_conflict]
    errors += [line for annotations in per_conflict for line in annotations[1:]]
    lines = list(errors)
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
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


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
    return json.dumps(gate_payload(result), ensure_ascii=False, indent=2) + "\n"
