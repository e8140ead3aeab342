"""Reviewing flagged conflicts: decisions kept in the corpus's ``reviews.yaml``, and the loop.

``claimcheck.review.store`` holds the file format and the statuses; ``claimcheck.review.session``
the interactive, key-driven review.
"""

from claimcheck.review.store import (
    DECISION_STATUSES,
    REVIEW_STATUSES,
    Decision,
    Decisions,
    ReviewState,
    SideSnapshot,
    load_decisions,
    make_decision,
    record,
    restore,
    review_payload,
    review_state,
    review_states,
    reviews_path,
    snapshot,
    vanished,
)

__all__ = [
    "DECISION_STATUSES", "REVIEW_STATUSES", "Decision", "Decisions", "ReviewState", "SideSnapshot",
    "load_decisions", "make_decision", "record", "restore", "review_payload", "review_state",
    "review_states",
    "reviews_path", "snapshot", "vanished",
]
