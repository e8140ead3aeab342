"""claimcheck: where news articles about one story contradict each other, with the evidence."""

from claimcheck.api import check
from claimcheck.model import Claim, Conflict, Document, Period, Quantity, Report, Value

__version__ = "0.1.0"
__all__ = ["Claim", "Conflict", "Document", "Period", "Quantity", "Report", "Value", "check"]
