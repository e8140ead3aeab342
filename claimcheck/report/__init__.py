"""Renderers of a Report. ``payload(report)`` is the versioned JSON contract every other format
and every downstream tool reads; the renderers only present it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from claimcheck.report.payload import payload, to_json

#: Formats ``render`` produces; "html" needs review states and lives in claimcheck.report.html.
FORMATS = ("text", "markdown", "json")


@dataclass(frozen=True, slots=True)
class StatusFilter:
    """``report --status``: the statuses shown, and how many conflicts of each other status the
    filter hid, so that an empty page says "all reviewed", never "the sources agree"."""

    shown: tuple[str, ...]
    hidden: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, shown: tuple[str, ...], statuses: list[str]) -> StatusFilter:
        """The filter ``shown`` over conflicts whose statuses are ``statuses``."""
        return cls(tuple(shown), dict(sorted(Counter(s for s in statuses
                                                     if s not in shown).items())))

    def nothing_shown(self) -> str:
        """The sentence for a report the filter left empty."""
        wanted = " or ".join(self.shown)
        total = sum(self.hidden.values())
        if not total:
            return f"No conflict is {wanted}: there are no conflicts at all."
        counts = ", ".join(f"{n} {status}" for status, n in self.hidden.items())
        reviewed = all(status not in ("open", "changed") for status in self.hidden)
        return (f"No conflict is {wanted}: "
                + (f"all {total} are reviewed ({counts})" if reviewed
                   else f"the {total} conflicts are {counts}")
                + "; drop --status to see them.")


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


__all__ = ["FORMATS", "StatusFilter", "payload", "render", "to_json"]
