"""The JSON report contract, version 1. Tests pin it; CI tools and reviewers read it.

Additions are allowed (new keys); renaming or removing a key needs a new version. Added so far:
claims' ``value_start``/``value_end``, ``subject_text``, ``object``, ``trigger``, ``rule``,
``confidence``, ``condition``, ``period_source``; documents' ``date_origin``; conflicts'
``evolving``; and, when the corpus has a ``reviews.yaml``, a ``review`` object per conflict
(status, value, note, who, when, change), added by the CLI; and, when the run compared several
story groups (``--group-by``), ``groups`` (id, label, document ids), each compared only within
itself; and ``coverage``: figures seen, claims made and compared, per document and in total,
each figure that became no claim and each claim left out of comparison, with the reason
(``claimcheck.coverage``).
"""

from __future__ import annotations

import json
from typing import Any

from claimcheck.model import Claim, Conflict, Document, Report, Value


def _number(x: float | None) -> float | int | None:
    """Integers print as integers, so the JSON reads like the article and stays stable."""
    if x is None:
        return None
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return round(float(x), 6)


def value_payload(value: Value) -> dict[str, Any]:
    return {
        "kind": value.kind,
        "low": _number(value.low),
        "high": _number(value.high),
        "unit": value.unit,
        "label": value.label,
        "text": value.text,
    }


def document_payload(document: Document) -> dict[str, Any]:
    return {
        "id": document.id,
        "path": document.path,
        "language": document.language,
        "title": document.title,
        "source": document.source,
        "url": document.url,
        "published": document.published.isoformat() if document.published else None,
        "date_origin": document.date_origin,
    }


def claim_payload(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "document": claim.document,
        "subject": claim.subject,
        "attribute": claim.attribute,
        "value": value_payload(claim.value),
        "period": claim.period,
        "period_source": claim.period_source,
        "scope": claim.scope,
        "attribution": claim.attribution,
        "modality": claim.modality,
        "condition": claim.condition,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "value_start": claim.value_start,
        "value_end": claim.value_end,
        "subject_text": claim.subject_text,
        "object": claim.object,
        "trigger": claim.trigger,
        "rule": claim.rule,
        "confidence": round(claim.confidence, 3),
    }


def conflict_payload(conflict: Conflict) -> dict[str, Any]:
    return {
        "id": conflict.id,
        "kind": conflict.kind,
        "subject": conflict.subject,
        "attribute": conflict.attribute,
        "period": conflict.period,
        "severity": conflict.severity,
        "confidence": round(conflict.confidence, 3),
        "evolving": conflict.evolving,
        "explanation": conflict.explanation,
        "sides": [{"value": side.value, "claims": list(side.claims)} for side in conflict.sides],
    }


def payload(report: Report) -> dict[str, Any]:
    data = {
        "version": report.version,
        "documents": [document_payload(d) for d in report.documents],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "claims": [claim_payload(c) for c in report.claims],
        "conflicts": [conflict_payload(c) for c in report.conflicts],
    }
    if len(report.groups) > 1:  # a run over several stories: what was compared with what
        data["groups"] = [{"id": g.id, "label": g.label, "documents": list(g.documents)}
                          for g in report.groups]
    data["coverage"] = report.coverage().as_dict()
    return data


def to_json(report: Report) -> str:
    """Byte-identical for the same input: key order is fixed, nothing depends on time or hashing."""
    return json.dumps(payload(report), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
