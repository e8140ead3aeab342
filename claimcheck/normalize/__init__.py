"""Language-independent values: quantities (numbers, money, percentages) and periods.

The small, stable API every later stage uses:

* ``quantities(text, lang) -> list[Quantity]``
* ``periods(text, lang, reference) -> list[Period]``
"""

from claimcheck.normalize.periods import infer_document_date, periods
from claimcheck.normalize.quantities import quantities

__all__ = ["infer_document_date", "periods", "quantities"]
