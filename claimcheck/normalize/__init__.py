"""Language-independent values: quantities (numbers, money, percentages) and periods.

The small, stable API every later stage uses:

* ``quantities(text, lang, decimal=None) -> list[Quantity]`` (``decimal_convention(text, lang)``
  finds a text written in the other decimal convention)
* ``periods(text, lang, reference) -> list[Period]``
* ``stretches(text, lang) -> list[(start, end)]`` ("two months": a number that counts no one);
  ``time_stretches`` gives every such span with its unit, years too
"""

from claimcheck.normalize.periods import (
    STRETCH_UNITS,
    infer_document_date,
    periods,
    stretches,
    time_stretches,
)
from claimcheck.normalize.quantities import decimal_convention, quantities

__all__ = ["STRETCH_UNITS", "decimal_convention", "infer_document_date", "periods", "quantities",
           "stretches", "time_stretches"]
