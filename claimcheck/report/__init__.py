"""Renderers of a Report. ``payload(report)`` is the versioned JSON contract every other format
and every downstream tool reads; the renderers only present it.
"""

from __future__ import annotations

from claimcheck.report.payload import payload, to_json

#: Formats ``render`` produces; "html" needs review states and lives in claimcheck.report.html.
FORMATS = ("text", "markdown", "json")


def render(report, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """The report in ``fmt``; ``color`` only matters for text."""
    if fmt == "json":
        return to_json(report)
    if fmt == "markdown":
        from claimcheck.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "text":
        from claimcheck.report.text import render_text

        return render_text(report, color=color, width=width)
    raise ValueError(f"unknown format {fmt!r}")


__all__ = ["FORMATS", "payload", "render", "to_json"]
