"""The HTML report: one self-contained file (inline CSS, a little inline JS, inline SVG) to read
in any browser without network. Article text is untrusted, so the template autoescapes and every
SVG label goes through ``escape``; only http(s) links are kept. Output is deterministic: nothing
depends on the clock unless a ``generated`` stamp is passed in.
"""

from __future__ import annotations

import base64
import hashlib
import math
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from claimcheck.display import subject_label
from claimcheck.model import Claim, Conflict, Document, Report
from claimcheck.report import StatusFilter
from claimcheck.review.store import ReviewState

TEMPLATES = Path(__file__).parent / "templates"
#: Claims beyond this many are left out of the table (and the page says so).
CLAIMS_LIMIT = 300
SEVERITY_ORDER = ("high", "medium", "low")
#: Colours of a conflict's sides in the graph, in side order (colour-blind friendly).
SIDE_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9")


def render_html(report: Report, *, states: Mapping[str, ReviewState] | None = None,
                generated: str | None = None, title: str = "claimcheck report",
                claims_limit: int = CLAIMS_LIMIT,
                status_filter: StatusFilter | None = None) -> str:
    """The report as one HTML page; ``states`` are review states by conflict id (default open);
    ``status_filter`` says what ``--status`` hid."""
    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    template = environment.get_template("report.html.j2")
    script, script_hash = page_script()
    context = html_context(report, states or {}, generated, title, claims_limit)
    if status_filter is not None:
        context["nothing_shown"] = status_filter.nothing_shown()
    return template.render(**context, script=script, script_hash=script_hash)


def page_script() -> tuple[Markup, str]:
    """The page's one script (``templates/report.js``) and the CSP source that allows exactly it:
    no ``'unsafe-inline'``, so no script an article could smuggle in would run."""
    script = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    return Markup(script), f"sha256-{digest}"


def html_context(report: Report, states: Mapping[str, ReviewState], generated: str | None,
                 title: str, claims_limit: int) -> dict[str, Any]:
    claims = {claim.id: claim for claim in report.claims}
    documents = {document.id: document for document in report.documents}
    rank = {severity: i for i, severity in enumerate(SEVERITY_ORDER)}
    ordered = sorted(report.conflicts, key=lambda c: rank.get(c.severity, len(rank)))
    cards = [_card(c, states.get(c.id, ReviewState("open")), claims, documents) for c in ordered]
    languages = Counter(d.language for d in report.documents)
    per_document = Counter(c.document for c in report.claims)
    coverage = report.coverage()
    return {
        "title": title,
        "generated": generated,
        "summary": {
            "documents": len(report.documents),
            "languages": sorted(languages.items()),
            "claims": len(report.claims),
            "conflicts": len(report.conflicts),
            "severities": [(s, sum(1 for c in cards if c["severity"] == s))
                           for s in SEVERITY_ORDER],
            "statuses": sorted(Counter(c["status"] for c in cards).items()),
        },
        "documents": [_document_row(d, per_document[d.id]) | {"figures": row.figures,
                                                               "compared": row.compared}
                      for d, row in zip(report.documents, coverage.documents, strict=True)],
        "coverage": {
            "figures": coverage.figures,
            "claims": coverage.claims,
            "compared": coverage.compared,
            "level": coverage.level,
            "reasons": coverage.top_reasons(),
            "silent": [{"id": d.id, "why": d.nothing} for d in coverage.silent],
            "verdict": coverage.verdict(),
        },
        "nothing_shown": None,
        "groups": [{"id": g.id, "label": g.label, "documents": len(g.documents)}
                   for g in report.groups] if len(report.groups) > 1 else [],
        "skipped": report.skipped,
        "cards": cards,
        "kinds": sorted({c["kind"] for c in cards}),
        "statuses": sorted({c["status"] for c in cards}),
        "severities": [s for s in SEVERITY_ORDER if any(c["severity"] == s for c in cards)],
        "claims": [_claim_row(c, documents) for c in report.claims[:claims_limit]],
        "claims_total": len(report.claims),
        "claims_limit": claims_limit,
    }


def safe_url(url: str | None) -> str | None:
    """Only web links: a ``javascript:`` URL from an article must not become a live link."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _document_row(document: Document, claims: int) -> dict[str, Any]:
    return {
        "id": document.id,
        "title": document.title or "",
        "source": document.source or "",
        "language": document.language,
        "published": document.published.isoformat() if document.published else "",
        "url": safe_url(document.url),
        "claims": claims,
    }


def highlighted(claim: Claim) -> Markup:
    """The evidence sentence, escaped, with the value's words in ``<mark>``."""
    start = max(0, min(len(claim.sentence), claim.value_start - claim.start))
    end = max(start, min(len(claim.sentence), claim.value_end - claim.start))
    s = claim.sentence
    return escape(s[:start]) + Markup("<mark>") + escape(s[start:end]) + Markup("</mark>") + \
        escape(s[end:])


def _claim_row(claim: Claim, documents: Mapping[str, Document]) -> dict[str, Any]:
    from claimcheck.display import format_value

    return {
        "document": claim.document,
        "language": documents[claim.document].language if claim.document in documents else "",
        "subject": claim.subject,
        "attribute": claim.attribute,
        "value": format_value(claim.value),
        "period": claim.period or "",
        "modality": claim.modality,
        "evidence": highlighted(claim),
        "rule": claim.rule,
    }


def _card(conflict: Conflict, state: ReviewState, claims: Mapping[str, Claim],
          documents: Mapping[str, Document]) -> dict[str, Any]:
    sides = []
    for index, side in enumerate(conflict.sides):
        evidence = []
        for claim_id in side.claims:
            claim = claims.get(claim_id)
            if claim is None:
                continue
            document = documents.get(claim.document)
            evidence.append({
                "document": claim.document,
                "source": (document.source or "") if document else "",
                "title": (document.title or "") if document else "",
                "language": document.language if document else "",
                "published": document.published.isoformat()
                if document and document.published else "",
                "url": safe_url(document.url) if document else None,
                "sentence": highlighted(claim),
                "modality": claim.modality,
            })
        sides.append({"value": side.value, "evidence": evidence,
                      "colour": SIDE_COLOURS[index % len(SIDE_COLOURS)]})
    decision = state.decision
    return {
        "id": conflict.id,
        "anchor": "c-" + "".join(ch if ch.isalnum() else "-" for ch in conflict.id),
        "kind": conflict.kind,
        "severity": conflict.severity,
        "status": state.status,
        "change": state.change,
        "decision": decision,
        "subject": subject_label(conflict.subject),
        "attribute": conflict.attribute,
        "period": conflict.period,
        "evolving": conflict.evolving,
        "confidence": f"{conflict.confidence:.2f}",
        "explanation": conflict.explanation,
        "sides": sides,
        "graph": conflict_svg(conflict.subject, conflict.attribute, sides),
    }


# --------------------------------------------------------------------------- the graph


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def conflict_svg(subject: str, attribute: str, sides: list[dict[str, Any]],
                 width: int = 600, height: int = 300) -> Markup:
    """The claim graph around a conflict: subject in the middle, one node per side's value on an
    inner ellipse, that side's documents fanned on an outer one. Plain trigonometry, no physics:
    the same conflict always draws the same picture.
    """
    cx, cy = width / 2, height / 2
    n = max(1, len(sides))
    span = min(1.6, 2 * math.pi / n * 0.8)  # angle a side's documents may fan over
    edges: list[str] = []
    nodes: list[str] = []
    for i, side in enumerate(sides):
        angle = math.pi + 2 * math.pi * i / n  # two sides: left and right
        vx, vy = cx + 125 * math.cos(angle), cy + 80 * math.sin(angle)
        colour = side["colour"]
        edges.append(_line(cx, cy, vx, vy, colour, 2.5))
        documents = sorted({e["document"] for e in side["evidence"]})
        shown = documents[:5]
        for j, document in enumerate(shown):
            offset = 0.0 if len(shown) == 1 else (j / (len(shown) - 1) - 0.5) * span
            dx = cx + 250 * math.cos(angle + offset)
            dy = cy + 125 * math.sin(angle + offset)
            dx = min(max(dx, 48), width - 48)
            dy = min(max(dy, 14), height - 14)
            edges.append(_line(vx, vy, dx, dy, colour, 1.2))
            nodes.append(_box(dx, dy, _short(document, 12), document, 92, 22, "doc", colour))
        if len(documents) > len(shown):
            nodes.append(_text(vx, vy + 28, f"+{len(documents) - len(shown)} more", "more"))
        nodes.append(_box(vx, vy, _short(side["value"], 17), side["value"], 132, 28, "value",
                          colour))
    nodes.append(_box(cx, cy, _short(subject, 12), f"{subject} · {attribute}", 104, 32,
                      "subject", "#3a4152"))
    label = escape(f"Claim graph: {subject}, {attribute}, {len(sides)} sides")
    return Markup(
        f'<svg class="graph" viewBox="0 0 {width} {height}" role="img" aria-label="{label}" '
        f'xmlns="http://www.w3.org/2000/svg">' + "".join(edges) + "".join(nodes) + "</svg>"
    )


def _line(x1: float, y1: float, x2: float, y2: float, colour: str, stroke: float) -> str:
    return (f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{colour}" stroke-width="{stroke}" stroke-opacity="0.7"/>')


def _box(x: float, y: float, label: str, full: str, w: int, h: int, role: str,
         colour: str) -> str:
    fill = "" if role == "doc" else f'fill="{colour}" '  # documents: filled by the page's CSS
    ink = "" if role == "doc" else ' fill="#fff"'
    return (
        f'<g class="node {role}"><title>{escape(full)}</title>'
        f'<rect x="{x - w / 2:.1f}" y="{y - h / 2:.1f}" width="{w}" height="{h}" rx="{h / 2:.0f}" '
        f'{fill}stroke="{colour}" '
        f'stroke-width="1.5"/>'
        f'<text x="{x:.1f}" y="{y + 4:.1f}" text-anchor="middle"'
        f'{ink}>{escape(label)}</text></g>'
    )


def _text(x: float, y: float, label: str, role: str) -> str:
    return (f'<text class="{role}" x="{x:.1f}" y="{y:.1f}" text-anchor="middle">'
            f"{escape(label)}</text>")
