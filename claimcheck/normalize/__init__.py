"""Language-independent values: quantities (numbers, money, percentages) and periods.

The small, stable API every later stage uses:

* ``quantities(text, lang, decimal=None) -> list[Quantity]`` (``decimal_convention(text, lang)``
  finds a text written in the other decimal convention)
* ``periods(text, lang, reference) -> list[Period]``
* ``stretches(text, lang) -> list[(start, end)]`` ("two months": a number that counts no one)
"""

from claimcheck.normalize.periods import infer_document_date, periods, stretches
from claimcheck.normalize.quantities import decimal_convention, quantities

__all__ = ["decimal_convention", "infer_document_date", "periods", "quantities", "stretches"]
