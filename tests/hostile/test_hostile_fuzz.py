"""A fuzz of the normalizers: on any text, in any language, ``quantities`` and ``periods`` raise
nothing, yield only finite values, and each call stays under a second (hypothesis's deadline,
100 times what these inputs need, so a slow machine does not make it flaky)."""

from __future__ import annotations

import importlib
import math
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.lang import SUPPORTED
from claimcheck.normalize.quantities import _quantities

periods_module = importlib.import_module("claimcheck.normalize.periods")

_PIECES = [
    "9" * 320, "1e999", "2.5^-1", "0^-1", "$", "€", "%", "mil", "millones", "Milliarden",
    "dozens", "dozzine", "a", "one", "vingt et un", "- ", "minus", "Q3", "FY2024", "H1",
    "2024", "12/12/2020", "31.12.", "between", "tra", "e", "und", "half", "1,5", "1.400",
    "last year", "l'anno scorso", "im Vorjahr", "Mittwoch", "mars", "marzo", "1er", "3º",
    "##[", "::", "\n", "\x00", "\u202e", " ",
]
_texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join),
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.tuples(st.sampled_from(_PIECES), st.integers(1, 400)).map(lambda p: p[0] * p[1]),
)
_FUZZ = settings(max_examples=250, deadline=timedelta(seconds=1),
                 suppress_health_check=[HealthCheck.too_slow])

for _lang in SUPPORTED:  # build each language's grammar before the deadline applies
    _quantities("1", _lang)
    periods_module.periods("2024", _lang, None)


@_FUZZ
@given(text=_texts, lang=st.sampled_from(SUPPORTED))
def test_quantities_on_any_text(text, lang):
    for quantity in _quantities(text, lang):  # the unguarded core: an exception is a bug
        assert all(x is None or math.isfinite(x)
                   for x in (quantity.value, quantity.low, quantity.high))
        assert text[quantity.start:quantity.end] == quantity.text


@_FUZZ
@given(text=_texts, lang=st.sampled_from(SUPPORTED),
       reference=st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2100, 12, 31))))
def test_periods_on_any_text(text, lang, reference):
    for period in periods_module.periods(text, lang, reference):
        assert 0 <= period.start <= period.end <= len(text)
        assert period.value is None or isinstance(period.value, str)
