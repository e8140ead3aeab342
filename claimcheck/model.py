"""The one data model every stage shares.

Stages are pure functions from these records to these records, so each can be cached, tested on
tiny hand-made inputs and run in parallel. Records are frozen: a stage never edits another stage's
output, it makes new records.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date

#: Value kinds of the JSON contract.
VALUE_KINDS = ("money", "percent", "count", "age", "year", "date", "category", "relation")
#: The subject of story-level counts ("12 people died") when no entity owns them.
EVENT_SUBJECT = "(event)"
#: Scope of a count that is a part of a total ("four children among the dead").
PART_SCOPE = "part"
#: Scope prefix of a count that belongs to another, named event ("storm Ilvar killed 12").
OTHER_EVENT_SCOPE = "event:"
#: Scope of a figure anchored to an earlier event ("its previous round", "a year earlier").
EARLIER_SCOPE = OTHER_EVENT_SCOPE + "earlier"
#: Scope of a count per period ("three million passengers a year"): a statistic.
RATE_SCOPE = OTHER_EVENT_SCOPE + "rate"
#: Scope of a count listed beside named events' counts with no name of its own ("ocho en el
#: incendio de Palisades y el de Eaton, 16": 8 is one fire's, none names it).
LISTED_EVENT_SCOPE = OTHER_EVENT_SCOPE + "listed"
#: Scope prefix of a story figure for one organization ("à Norvik, 44% de grévistes"): compared
#: only with figures for the same organization, never with the story's or another's.
ORGANIZATION_SCOPE = "at:"
#: Scope prefix of a portion of a story count ("30 inside and 8 outside", "two on the ground"):
#: compared only with the same portion, never with the total.
PORTION_SCOPE = "portion:"
#: Scopes of one business segment's figure or change, the segment unnamed (never compared).
SEGMENT_SCOPES = (f"{PORTION_SCOPE}segment", f"{PORTION_SCOPE}growth-segment")
#: Scope of a count that is a change ("lost 17 seats"), compared only with other changes.
CHANGE_SCOPE = PORTION_SCOPE + "change"


def strict_scope(scope: str | None) -> bool:
    """A scope that unscoped figures never join: an organization's figure or a portion. (An
    unscoped figure joins a place scope when it is the only one: "57,000 in France" and
    "57,000 vehicles".)"""
    return (scope or "").startswith((ORGANIZATION_SCOPE, PORTION_SCOPE))


def incomparable_scope(scope: str | None) -> bool:
    """A part of a total, another event's figure, or a business segment's no name tells ("in
    one of its divisions revenue fell 11%"): never compared, with the story's totals or with
    another article's segment, which may be another one."""
    return (scope == PART_SCOPE or (scope or "").startswith(OTHER_EVENT_SCOPE)
            or unnamed_segment_scope(scope))


def unnamed_segment_scope(scope: str | None) -> bool:
    """A figure of one business segment, which one unsaid ("No segmento espacial, perdeu")."""
    return (scope or "").startswith(SEGMENT_SCOPES)


#: Modalities, strongest commitment first.
MODALITIES = ("asserted", "reported", "forecast", "hypothetical", "negated")
#: Stable conflict codes.
CONFLICT_KINDS = ("value_mismatch", "period_mismatch", "category_mismatch", "polarity_mismatch")
SEVERITIES = ("high", "medium", "low")


@dataclass(frozen=True, slots=True)
class Document:
    """One article, decoded and with its language known."""

    id: str
    path: str
    text: str
    language: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    #: Where ``published`` came from: "front_matter", "html", "url" or "text" (inferred),
    #: "corpus_range" (inferred: an undated article gets its story's publication range, a
    #: ``claimcheck.normalize.reference.ReferenceRange``), or None.
    date_origin: str | None = None
    #: 1-based line of the source file on which ``text`` begins (after front matter), so that
    #: offsets in ``text`` can be turned into file lines for CI annotations. 1 for html.
    body_line: int = 1


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not read, and why, in one line."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as a language-independent value: an honest interval, a unit, the words it came from.

    ``value`` is the figure as written (scaled: "14,3 miliardi" -> 14.3e9); ``low``/``high`` bound
    what the words actually claim (hedges and written precision widen it; None is an open side).
    """

    value: float
    low: float | None
    high: float | None
    unit: str | None  # ISO 4217 code, "%", "pp" (percentage points), or None
    approximate: bool
    start: int  # character offsets of the whole expression, hedge included
    end: int
    text: str = ""
    #: "money" | "percent" | "percentage_points" | "number" | "age" | "fraction"
    kind: str = "number"
    #: "over" | "at_least" | "almost" | "about" | "up_to" | "under" | "range" | None
    hedge: str | None = None
    rule: str = ""  # id of the rule that produced it, e.g. "money.scale.v1"
    #: "over 29" excludes 29 itself, "almost 29" too: the bound is exclusive.
    low_exclusive: bool = False
    high_exclusive: bool = False


@dataclass(frozen=True, slots=True)
class Period:
    """A time a claim is about: a year, fiscal year, quarter, month or day."""

    value: str | None  # "2024", "FY2024", "2024-Q3", "2024-06", "2024-06-12"; None if unresolved
    kind: str  # "year" | "fiscal_year" | "quarter" | "half" | "month" | "date"
    start: int
    end: int
    text: str = ""
    relative: bool = False  # written relative to the document date ("last year")
    resolved: bool = True  # False when relative and the document date is unknown
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Value:
    """What a claim says, ready to compare: an interval for numbers, a label for categories."""

    kind: str  # one of VALUE_KINDS
    text: str  # as written
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    label: str | None = None
    #: The figure as written, for equality across periods and for display.
    point: float | None = None
    hedge: str | None = None
    low_exclusive: bool = False
    high_exclusive: bool = False

    def negated(self) -> Value:
        """The same interval on the other side of zero: a loss stored as a negative result, or
        a negative result shown by its size."""
        return replace(self, low=None if self.high is None else -self.high,
                       high=None if self.low is None else -self.low,
                       point=None if self.point is None else -self.point,
                       low_exclusive=self.high_exclusive, high_exclusive=self.low_exclusive)


@dataclass(frozen=True, slots=True)
class Claim:
    """One checkable statement, traceable to its sentence and the rule and trigger that made it."""

    id: str
    document: str
    subject: str  # canonical entity name
    attribute: str  # slot name, see claimcheck.slots
    value: Value
    period: str | None
    modality: str
    sentence: str
    start: int  # offsets of the sentence in the document text
    end: int
    value_start: int  # offsets of the value expression in the document text
    value_end: int
    trigger: str = ""  # the word that set subject and slot
    rule: str = ""
    confidence: float = 1.0
    condition: str | None = None  # for hypothetical claims: the condition's words, normalized
    subject_text: str = ""  # the subject as written in the sentence
    #: The other party: a relation's other organization, a stake's holder (canonical name, or a
    #: country key for a state: "Oslo controla el 5%" -> "NO").
    object: str | None = None
    #: "sentence" when the period is written in the claim's sentence, "context" when it carries
    #: over from the figure just before ("Revenue was $2bn in Q3. Net profit rose to $187m").
    period_source: str = "sentence"
    #: Key of the place the figure is scoped to ("in France alone" -> "FR"): a part of the
    #: story's total, compared only with figures of the same scope.
    scope: str | None = None
    #: Who the figure is attributed to ("selon la police" -> "police"): figures of different
    #: sources are estimates, not contradictions, and are compared only within one source.
    attribution: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    """A lexicon word found in a sentence: a slot trigger, a modality cue, a deal word..."""

    category: str  # a claims.yaml section: "slots", "deal_types", "modality", "anaphora", ...
    label: str  # the entry within it: "revenue", "forecast", "acquisition"...
    start: int  # offsets in the document text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, with the cues found in it and its clause boundaries."""

    index: int
    start: int  # offsets in the document text
    end: int
    text: str
    cues: tuple[Cue, ...] = ()
    #: (start, end) document offsets of its clauses (split at ; : and dashes).
    clauses: tuple[tuple[int, int], ...] = ()
    #: (start, end, lowercased text) of every token, document offsets.
    tokens: tuple[tuple[int, int, str], ...] = ()
    #: With a trained pipeline's parse only: the index in ``tokens`` of each token's syntactic
    #: head (its own index for the root, -1 outside the sentence); empty on the rule path.
    heads: tuple[int, ...] = ()

    def clause_at(self, position: int) -> tuple[int, int]:
        """Document offsets of the clause holding ``position`` (the sentence if none does)."""
        for start, end in self.clauses:
            if start <= position < end:
                return start, end
        return self.start, self.end

    def words_between(self, start: int, end: int) -> list[str]:
        """The lowercased tokens lying wholly between two document offsets."""
        first = bisect_left(self.tokens, start, key=_token_start)
        last = bisect_right(self.tokens, end, key=_token_end)
        return [word for _s, _e, word in self.tokens[first:last]]

    def token_before(self, position: int) -> tuple[int, int, str] | None:
        """The last token ending at or before ``position`` (tokens are in text order, so a
        binary search keeps long sentences linear)."""
        index = bisect_right(self.tokens, position, key=_token_end)
        return self.tokens[index - 1] if index else None

    def token_after(self, position: int) -> tuple[int, int, str] | None:
        """The first token starting at or after ``position``."""
        index = bisect_left(self.tokens, position, key=_token_start)
        return self.tokens[index] if index < len(self.tokens) else None

    def word_before(self, position: int) -> str | None:
        token = self.token_before(position)
        return token[2] if token else None


def _token_start(token: tuple[int, int, str]) -> int:
    return token[0]


def _token_end(token: tuple[int, int, str]) -> int:
    return token[1]


@dataclass(frozen=True, slots=True)
class Mention:
    """A value found next to a slot trigger, before its subject is known (extract → link)."""

    sentence: int
    attribute: str
    value: Value
    value_start: int
    value_end: int
    trigger: Cue
    period: str | None
    modality: str
    rule: str
    condition: str | None = None
    confidence: float = 0.9
    #: Key of the place the figure is scoped to ("in France alone" -> "FR"), see places.py.
    scope: str | None = None
    #: Who the figure is attributed to ("selon la police" -> "police", "según la UST" -> "ust").
    attribution: str | None = None
    #: Offsets of the name that owns a figure of a list whose slot word was written only once
    #: ("the PLR won 150 seats, the MPR 90"): link takes its subject from there.
    owner_span: tuple[int, int] | None = None
    #: Where the figure this one converts begins ("Em euros, esse montante equivale a..."): link
    #: gives it that figure's subject.
    carried_from: int | None = None


@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A capitalized span that may name an entity; confirmed by recurrence across documents."""

    text: str
    start: int
    end: int
    #: Mid-sentence, in a language that does not capitalize common nouns: good evidence.
    strong: bool


@dataclass(frozen=True, slots=True)
class Analysis:
    """What extraction found in one document; a pure function of the document."""

    document: Document
    sentences: tuple[Sentence, ...]
    names: tuple[NameCandidate, ...]
    mentions: tuple[Mention, ...]
    #: Figures it saw and made no claim candidate of, each with why.
    unclaimed: tuple[Unclaimed, ...] = ()


@dataclass(frozen=True, slots=True)
class Unclaimed:
    """A figure that did not become a claim, and why: extraction made no candidate of it, or
    link found no subject for the candidate. ``claims --all`` lists them and the report's
    coverage counts them, so that nothing is dropped silently."""

    document: str
    start: int  # offsets of the figure in the document text
    end: int
    text: str
    stage: str  # "extract" | "link"
    reason: str
    sentence_start: int = 0  # offsets of its sentence in the document text
    sentence_end: int = 0
    attribute: str | None = None  # the slot a candidate had (stage "link")


@dataclass(frozen=True, slots=True)
class Side:
    """Claims that agree with each other, against the other sides of a conflict."""

    value: str  # normalized, human-readable
    claims: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str  # stable across runs: derived from kind, subject, attribute, period
    kind: str  # one of CONFLICT_KINDS
    subject: str
    attribute: str
    period: str | None
    severity: str
    confidence: float
    explanation: str
    sides: tuple[Side, ...]
    evolving: bool = False


@dataclass(frozen=True, slots=True)
class StoryGroup:
    """Articles compared with each other and with no other: one story (``claimcheck.stories``)."""

    id: str  # the folder, or "story-N" in order of the first document
    label: str  # the folder, or the entities the group's articles share
    documents: tuple[str, ...]  # document ids


@dataclass(slots=True, repr=False)
class Report:
    """Everything one run found; ``claimcheck.report`` renders it.

    ``to_dict()`` / ``to_json()`` give the JSON contract (``claimcheck.report.payload``),
    ``claims_of(side)`` a side's (or a conflict's) claims, ``coverage()`` what could be checked.
    """

    documents: list[Document] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    version: int = 1
    #: The story groups compared, each only within itself; one group unless asked otherwise.
    groups: list[StoryGroup] = field(default_factory=list)
    #: Advice for the user (e.g. a folder that looks like several stories), one line each.
    warnings: list[str] = field(default_factory=list)
    #: Figures that did not become claims, with why (``claims --all``, coverage).
    unclaimed: list[Unclaimed] = field(default_factory=list)

    def __repr__(self) -> str:
        return (f"<Report: {len(self.documents)} documents, {len(self.claims)} claims, "
                f"{len(self.conflicts)} conflicts>")

    def to_dict(self) -> dict:
        """The JSON report as Python data: contract version ``version``."""
        from claimcheck.report.payload import payload

        return payload(self)

    def to_json(self) -> str:
        """The JSON report, byte-identical for the same input."""
        from claimcheck.report.payload import to_json

        return to_json(self)

    def claims_of(self, item: Side | Conflict) -> list[Claim]:
        """The claims of a side, or of every side of a conflict, in side order."""
        ids = item.claims if isinstance(item, Side) else [
            claim for side in item.sides for claim in side.claims]
        by_id = {claim.id: claim for claim in self.claims}
        return [by_id[claim_id] for claim_id in ids if claim_id in by_id]

    def coverage(self):
        """What this run could check: figures seen, claims made, claims compared, and the
        documents that contributed nothing (``claimcheck.coverage.Coverage``)."""
        from claimcheck.coverage import coverage

        return coverage(self)
