"""Human-readable values, shared by conflict sides and every renderer."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from claimcheck.model import EVENT_SUBJECT, Conflict, Value

#: How a story-level subject (the event itself, ``model.EVENT_SUBJECT``) is shown to a reader.
EVENT_LABEL = "the story"


def subject_label(subject: str) -> str:
    """A claim's or conflict's subject for a reader: "(event)" is shown as "the story"."""
    return EVENT_LABEL if subject == EVENT_SUBJECT else subject


_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "BRL": "R$"}
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))


def format_number(x: float, unit: str | None = None) -> str:
    """14.3e9, "USD" -> "$14.3B"; 49, "%" -> "49%"; 200 -> "200"."""
    if unit == "%":
        return f"{_trim(x)}%"
    if unit == "pp":
        return f"{_trim(x)} pp"
    text = _trim(x)
    for size, suffix in _SCALES:
        if abs(x) >= size and unit is not None:
            text = f"{_trim(x / size)}{suffix}"
            break
    if unit is None or unit == "years":
        return text if unit is None else f"{text} years"
    symbol = _SYMBOLS.get(unit)
    return f"{symbol}{text}" if symbol else f"{text} {unit}"


def _trim(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.3f}".rstrip("0").rstrip(".")


_HEDGE_WORDS = {
    "over": "over",
    "at_least": "at least",
    "almost": "almost",
    "about": "about",
    "up_to": "up to",
    "under": "under",
}


def format_value(value: Value) -> str:
    """The value as a reviewer reads it: "over $29B", "49%", "acquisition", "born 1996–1997"."""
    if value.kind in ("category", "relation"):
        return value.label or value.text
    if value.point is None:
        return value.text
    if value.kind == "money" and value.point < 0:
        # a loss, stored negative so that it clashes with a profit: "a loss of over €40M"
        return f"a loss of {format_value(value.negated())}"
    if value.hedge == "range" and value.low is not None and value.high is not None:
        return f"{format_number(value.low, value.unit)}–{format_number(value.high, value.unit)}"
    base = format_number(value.point, value.unit if value.kind != "year" else None)
    if value.kind == "year":
        base = str(int(value.point))
    hedge = _HEDGE_WORDS.get(value.hedge or "")
    return f"{hedge} {base}" if hedge else base


def severity_counts(conflicts: Iterable[Conflict]) -> str:
    """" (2 high, 1 low)" for a summary line; "" when there are none."""
    counts = Counter(c.severity for c in conflicts)
    parts = [f"{counts[s]} {s}" for s in ("high", "medium", "low") if counts[s]]
    return f" ({', '.join(parts)})" if parts else ""
