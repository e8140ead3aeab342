"""The CI gate on curated corpora: every conflict reviewed, none changed, none lost.

A corpus passes when each conflict at or above the ``fail_on`` severity has a decision that still
covers it (not ``open``, not ``changed``), and every conflict a reviewer confirmed (or resolved)
is still found: a confirmed conflict that vanished means the extraction regressed, and the gate
names it. A corpus in which fewer than ``min_compared`` claims could be compared with another
article's fails too: with nothing compared, "no conflict" reassures for nothing. Pure functions
of a Report and the corpus's decisions; rendering is in ``claimcheck.report.ci``.
"""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.model import SEVERITIES, Claim, Conflict, Document, Report, Skipped
from claimcheck.review.store import Decision, Decisions, review_state, snapshot, vanished

#: Higher is more severe; ``fail_on`` keeps entries whose rank is at least its own.
SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}
FAILING_STATUSES = frozenset({"open", "changed"})


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a side's claim is written: the article, its file line, the sentence and the value."""

    document: str
    path: str
    line: int
    value: str
    sentence: str
    quote: str  # the value's words as written


@dataclass(frozen=True, slots=True)
class GateEntry:
    """One conflict (or one vanished confirmed conflict) as the gate sees it."""

    id: str
    kind: str
    subject: str
    attribute: str
    period: str | None
    severity: str
    status: str  # a review status, or "missing" for a vanished confirmed conflict
    failing: bool
    explanation: str
    sides: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    note: str = ""
    change: str = ""
    reviews_line: int = 0  # the decision's line in reviews.yaml, 0 when there is none

    @property
    def title(self) -> str:
        period = f" ({self.period})" if self.period else ""
        return f"{self.subject} · {self.attribute}{period}"

    @property
    def reason(self) -> str:
        """Why it fails (or passes), in one line a CI log can show."""
        if self.status == "missing":
            return (f"confirmed conflict no longer found: {self.title} [{self.id}] — "
                    "the extraction regressed")
        versus = " vs ".join(self.sides)
        if self.status == "changed":
            return f"changed since review ({self.change}): {versus}"
        if self.status == "open":
            return f"not reviewed: {versus}"
        return f"{self.status}: {versus}"


@dataclass(frozen=True, slots=True)
class CorpusGate:
    corpus: str
    reviews: str  # path of the decisions file
    entries: tuple[GateEntry, ...]
    documents: int = 1  # articles read (1 for a gate built by hand, which has no count)
    skipped: tuple[Skipped, ...] = ()  # files not read, with why
    allow_unread: bool = False  # a corpus with no article read passes (with a warning)
    figures: int = 0
    claims: int = 0
    compared: int = 0  # claims held against another article's
    min_compared: int = 0  # fewer compared claims fail the corpus
    #: Why the claims that were not compared were not, most frequent first: (reason, count).
    unchecked: tuple[tuple[str, int], ...] = ()

    @property
    def failures(self) -> tuple[GateEntry, ...]:
        return tuple(entry for entry in self.entries if entry.failing)

    @property
    def unread(self) -> bool:
        """No article could be read: nothing was checked, so nothing can pass."""
        return self.documents == 0

    @property
    def too_little_compared(self) -> bool:
        """Articles were read, but fewer claims than the floor could be compared."""
        return not self.unread and self.compared < self.min_compared

    @property
    def passed(self) -> bool:
        if self.unread:
            return not self.failures and self.allow_unread
        return not self.failures and not self.too_little_compared

    def coverage_message(self) -> str:
        """Why a corpus with too little compared fails, in one line."""
        why = ", ".join(f"{reason} ({n})" for reason, n in self.unchecked)
        return (f"only {self.compared} of {self.claims} claims could be compared with another "
                f"article's (at least {self.min_compared} needed, --min-compared)"
                + (f"; unchecked most often for: {why}" if why else "")
                + ": nothing reassuring can be said — see `claimcheck claims --all`")


@dataclass(frozen=True, slots=True)
class GateResult:
    corpora: tuple[CorpusGate, ...]
    fail_on: str = "low"

    @property
    def passed(self) -> bool:
        return all(corpus.passed for corpus in self.corpora)

    @property
    def failures(self) -> tuple[GateEntry, ...]:
        return tuple(entry for corpus in self.corpora for entry in corpus.failures)


def at_least(severity: str, fail_on: str) -> bool:
    """Whether ``severity`` is inside a gate limited to ``fail_on`` and above."""
    return SEVERITY_RANK.get(severity, 1) >= SEVERITY_RANK[fail_on]


def evidence_line(document: Document, offset: int) -> int:
    """The 1-based file line of ``offset`` in the document's text (front matter counted)."""
    return document.body_line + document.text[: max(0, offset)].count("\n")


def conflict_evidence(conflict: Conflict, report: Report) -> tuple[Evidence, ...]:
    """One Evidence per claim of each side, in side order."""
    claims: dict[str, Claim] = {claim.id: claim for claim in report.claims}
    documents = {document.id: document for document in report.documents}
    found = []
    for side in conflict.sides:
        for claim_id in side.claims:
            claim = claims.get(claim_id)
            if claim is None:
                continue
            document = documents.get(claim.document)
            found.append(Evidence(
                document=claim.document,
                path=document.path if document else "",
                line=evidence_line(document, claim.start) if document else 0,
                value=side.value,
                sentence=claim.sentence,
                quote=claim.value.text,
            ))
    return tuple(found)


def _side_label(value: str, documents: tuple[str, ...]) -> str:
    return f"{value} ({', '.join(documents)})" if documents else value


def gate_corpus(corpus: str, report: Report, decisions: Decisions,
                fail_on: str = "low", allow_unread: bool = False,
                min_compared: int = 0) -> CorpusGate:
    """The gate's verdict on one corpus: entries sorted failing first, most severe first.

    A corpus of which no article could be read fails (every file skipped: nothing was checked)
    unless ``allow_unread``; the skipped files are listed either way.
    """
    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"fail_on must be one of {', '.join(SEVERITIES)}")
    entries = []
    for conflict in report.conflicts:
        state = review_state(conflict, report, decisions)
        sides = tuple(_side_label(s.value, s.documents) for s in snapshot(conflict, report))
        entries.append(GateEntry(
            id=conflict.id, kind=conflict.kind, subject=conflict.subject,
            attribute=conflict.attribute, period=conflict.period, severity=conflict.severity,
            status=state.status,
            failing=state.status in FAILING_STATUSES and at_least(conflict.severity, fail_on),
            explanation=conflict.explanation, sides=sides,
            evidence=conflict_evidence(conflict, report),
            note=state.decision.note if state.decision else "", change=state.change,
            reviews_line=state.decision.line if state.decision else 0,
        ))
    for decision in vanished(report, decisions):
        entries.append(_missing_entry(decision, fail_on))
    entries.sort(key=lambda e: (not e.failing, -SEVERITY_RANK.get(e.severity, 1), e.id))
    coverage = report.coverage()
    return CorpusGate(corpus=corpus, reviews=str(decisions.path), entries=tuple(entries),
                      documents=len(report.documents), skipped=tuple(report.skipped),
                      allow_unread=allow_unread, figures=coverage.figures,
                      claims=coverage.claims, compared=coverage.compared,
                      min_compared=min_compared, unchecked=tuple(coverage.top_reasons()))


def _missing_entry(decision: Decision, fail_on: str) -> GateEntry:
    return GateEntry(
        id=decision.id, kind=decision.kind, subject=decision.subject,
        attribute=decision.attribute, period=decision.period, severity=decision.severity,
        status="missing", failing=at_least(decision.severity, fail_on),
        explanation=f"{decision.status} by {decision.who or 'someone'} on {decision.when}",
        sides=tuple(_side_label(s.value, s.documents) for s in decision.sides),
        note=decision.note, reviews_line=decision.line,
    )
