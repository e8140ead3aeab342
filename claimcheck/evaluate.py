"""Score a run against a curated corpus's ``expected.yaml``.

A curated corpus says, in its own words, what a correct run reports (``conflicts``), what it must
never report (``agreements``) and what may go either way (``tolerated``). Items point at evidence
by document id and by short quotes, not by claim ids or offsets, so the file stays valid while the
extractor changes. ``docs/corpora.md`` documents the format and the matching rules; in short:

* a claim matches an item when its document is listed and its *span* lies inside one of the
  item's quotes (its figure from first to last digit, or, for a value written without digits,
  its words overlapping the quote; folding case, accents, whitespace and apostrophes): a
  neighbouring figure of the same sentence does not match. An item without quotes matches on
  documents alone;
* a flag is a true positive when its attribute (and kind, if given) equal an expected conflict's
  and at least two of its sides each hold a claim matching a *different* expected side; a second
  flag matching an expected conflict already matched is a false positive (a duplicate);
* otherwise, when every claim of every side matches an agreement of the same attribute (the
  first in file order), it is a false positive reported as "agreement violated" -- unless the
  agreement says ``allow_evolving`` and the flag is marked ``evolving``, then it is tolerated.
  Agreements are checked before tolerated items because they are the more specific promise;
* otherwise it is tolerated when every claim of every side matches one tolerated item of the same
  attribute;
* every other flag is a false positive.

Precision and recall are 1.0 when there is nothing to count (no flag / no expected conflict), so
an empty corpus scores as perfect rather than as a division by zero.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from claimcheck.compare import FACTUAL
from claimcheck.errors import DataError
from claimcheck.model import CONFLICT_KINDS, Claim, Conflict, Report
from claimcheck.slots import SLOTS

#: Version of the expected.yaml format this module reads.
FORMAT_VERSION = 1
#: File suffixes a curated corpus may hold articles in; the id of an article is its file stem.
ARTICLE_SUFFIXES = (".md", ".txt", ".html", ".htm")


# --------------------------------------------------------------------------- expected.yaml model


@dataclass(frozen=True, slots=True)
class ExpectedSide:
    """One side of an expected conflict: the documents that say it and how they say it."""

    documents: tuple[str, ...]
    quotes: tuple[str, ...] = ()
    value: str | None = None  # informative only
    line: int = 0


@dataclass(frozen=True, slots=True)
class ExpectedConflict:
    """A contradiction a correct run reports."""

    name: str
    attribute: str
    sides: tuple[ExpectedSide, ...]
    kind: str | None = None
    subject: str | None = None  # informative only: matching never relies on entity names
    note: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class ExpectedGroup:
    """Claims that agree (an agreement) or may go either way (a tolerated item)."""

    name: str
    attribute: str
    documents: tuple[str, ...]
    quotes: tuple[str, ...] = ()
    subject: str | None = None
    note: str | None = None
    #: Agreements only: a flag over these claims marked ``evolving`` (a toll or headcount updated
    #: between publication dates) is tolerated instead of counted as a false positive.
    allow_evolving: bool = False
    line: int = 0


@dataclass(frozen=True, slots=True)
class Expected:
    """The parsed ``expected.yaml`` of one corpus."""

    story: str
    conflicts: tuple[ExpectedConflict, ...] = ()
    agreements: tuple[ExpectedGroup, ...] = ()
    tolerated: tuple[ExpectedGroup, ...] = ()
    version: int = FORMAT_VERSION
    path: str | None = None

    def documents(self) -> set[str]:
        """Every document id the file names, so a caller can check they exist."""
        ids: set[str] = set()
        for conflict in self.conflicts:
            for side in conflict.sides:
                ids.update(side.documents)
        for group in (*self.agreements, *self.tolerated):
            ids.update(group.documents)
        return ids


# --------------------------------------------------------------------------- loading


class _LineDict(dict):
    """A YAML mapping that remembers its own line and each key's line, for error messages."""

    line: int = 0
    key_lines: dict[str, int]


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are ``_LineDict``: a schema error can name its line."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> _LineDict:
    mapping = _LineDict(loader.construct_mapping(node, deep=True))
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {
        str(key_node.value): key_node.start_mark.line + 1 for key_node, _value in node.value
    }
    return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping  # type: ignore[arg-type]
)


class _Reader:
    """Turns the loaded YAML into records, raising DataError that names file and line."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, line: int, message: str) -> DataError:
        return DataError(f"{self.source}:{line}: {message}")

    def mapping(self, value: Any, line: int, what: str) -> _LineDict:
        if not isinstance(value, _LineDict):
            raise self.fail(line, f"{what} must be a mapping")
        return value

    def line_of(self, mapping: _LineDict, key: str) -> int:
        return mapping.key_lines.get(key, mapping.line)

    def check_keys(self, mapping: _LineDict, allowed: set[str], what: str) -> None:
        for key in mapping:
            if key not in allowed:
                raise self.fail(
                    self.line_of(mapping, key),
                    f"unknown key {key!r} in {what} (allowed: {', '.join(sorted(allowed))})",
                )

    def text(self, mapping: _LineDict, key: str, what: str, required: bool = True) -> str | None:
        value = mapping.get(key)
        if value is None:
            if required:
                raise self.fail(mapping.line, f"{what} needs {key!r}")
            return None
        if isinstance(value, date):  # YAML reads an unquoted 2026-02-10 as a date
            return value.isoformat()
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise self.fail(self.line_of(mapping, key), f"{what}: {key!r} must be text")
        return str(value)

    def strings(self, mapping: _LineDict, key: str, what: str, required: bool) -> tuple[str, ...]:
        value = mapping.get(key)
        line = self.line_of(mapping, key)
        if value is None:
            if required:
                raise self.fail(mapping.line, f"{what} needs {key!r}")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(
            isinstance(item, str | int) and not isinstance(item, bool) for item in value
        ):
            raise self.fail(line, f"{what}: {key!r} must be a list of strings")
        items = tuple(str(item) for item in value)
        if required and not items:
            raise self.fail(line, f"{what}: {key!r} must not be empty")
        if any(not item.strip() for item in items):
            raise self.fail(line, f"{what}: {key!r} holds an empty string")
        return items

    def attribute(self, mapping: _LineDict, what: str) -> str:
        attribute = self.text(mapping, "attribute", what)
        assert attribute is not None
        if attribute not in SLOTS:
            raise self.fail(
                self.line_of(mapping, "attribute"),
                f"{what}: unknown attribute {attribute!r}; use a slot from claimcheck/slots.py",
            )
        return attribute

    def items(self, root: _LineDict, key: str) -> list[tuple[int, Any]]:
        value = root.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(self.line_of(root, key), f"{key!r} must be a list")
        line = self.line_of(root, key)
        return [(item.line if isinstance(item, _LineDict) else line, item) for item in value]

    def conflict(self, value: Any, line: int, index: int) -> ExpectedConflict:
        what = f"conflict #{index + 1}"
        item = self.mapping(value, line, what)
        self.check_keys(item, {"name", "kind", "subject", "attribute", "sides", "note"}, what)
        name = self.text(item, "name", what)
        assert name is not None
        what = f"conflict {name!r}"
        kind = self.text(item, "kind", what, required=False)
        if kind is not None and kind not in CONFLICT_KINDS:
            raise self.fail(
                self.line_of(item, "kind"),
                f"{what}: kind {kind!r} is not one of {', '.join(CONFLICT_KINDS)}",
            )
        sides_value = item.get("sides")
        sides_line = self.line_of(item, "sides")
        if not isinstance(sides_value, list) or len(sides_value) < 2:
            raise self.fail(sides_line, f"{what} needs 'sides': a list of at least two sides")
        sides = []
        for side_value in sides_value:
            side_what = f"{what}, side {len(sides) + 1}"
            side = self.mapping(side_value, sides_line, side_what)
            self.check_keys(side, {"documents", "quotes", "value"}, side_what)
            sides.append(
                ExpectedSide(
                    documents=self.strings(side, "documents", side_what, required=True),
                    quotes=self.strings(side, "quotes", side_what, required=False),
                    value=self.text(side, "value", side_what, required=False),
                    line=side.line,
                )
            )
        return ExpectedConflict(
            name=name,
            attribute=self.attribute(item, what),
            sides=tuple(sides),
            kind=kind,
            subject=self.text(item, "subject", what, required=False),
            note=self.text(item, "note", what, required=False),
            line=item.line,
        )

    def group(self, value: Any, line: int, section: str, index: int) -> ExpectedGroup:
        what = f"{section} #{index + 1}"
        item = self.mapping(value, line, what)
        allowed = {"name", "subject", "attribute", "documents", "quotes", "note"}
        if section == "agreements":
            allowed.add("allow_evolving")
        self.check_keys(item, allowed, what)
        name = self.text(item, "name", what)
        assert name is not None
        what = f"{section} item {name!r}"
        allow_evolving = item.get("allow_evolving", False)
        if not isinstance(allow_evolving, bool):
            raise self.fail(self.line_of(item, "allow_evolving"), f"{what}: must be true/false")
        return ExpectedGroup(
            name=name,
            attribute=self.attribute(item, what),
            documents=self.strings(item, "documents", what, required=True),
            quotes=self.strings(item, "quotes", what, required=False),
            subject=self.text(item, "subject", what, required=False),
            note=self.text(item, "note", what, required=False),
            allow_evolving=allow_evolving,
            line=item.line,
        )


def load_expected(path: str | Path) -> Expected:
    """Read and validate an ``expected.yaml``; a malformed file raises DataError naming the line."""
    path = Path(path)
    source = str(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"cannot read {source}: {exc}") from exc
    try:
        root = yaml.load(raw, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise DataError(f"{source}{where}: not valid YAML: {problem}") from exc
    reader = _Reader(source)
    if not isinstance(root, _LineDict):
        raise reader.fail(1, "expected.yaml must be a mapping with 'version' and 'story'")
    reader.check_keys(
        root, {"version", "story", "conflicts", "agreements", "tolerated", "notes"}, "the file"
    )
    version = root.get("version")
    if version != FORMAT_VERSION:
        raise reader.fail(
            reader.line_of(root, "version"),
            f"unsupported version {version!r} (this claimcheck reads version {FORMAT_VERSION})",
        )
    story = reader.text(root, "story", "the file")
    assert story is not None
    conflicts = tuple(
        reader.conflict(value, line, index)
        for index, (line, value) in enumerate(reader.items(root, "conflicts"))
    )
    agreements = tuple(
        reader.group(value, line, "agreements", index)
        for index, (line, value) in enumerate(reader.items(root, "agreements"))
    )
    tolerated = tuple(
        reader.group(value, line, "tolerated", index)
        for index, (line, value) in enumerate(reader.items(root, "tolerated"))
    )
    names = [item.name for item in (*conflicts, *agreements, *tolerated)]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise reader.fail(1, f"names must be unique; repeated: {', '.join(duplicates)}")
    return Expected(
        story=story,
        conflicts=conflicts,
        agreements=agreements,
        tolerated=tolerated,
        version=version,
        path=source,
    )


# --------------------------------------------------------------------------- matching

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
                              "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"',
                              "\u00bb": '"', "\u00a0": " ", "\u202f": " "})


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """``text`` folded for quote matching, and for each folded character its offset in ``text``.

    Folding works one character at a time (compatibility forms, accents dropped, case folded,
    typographic quotes straightened, whitespace runs collapsed) so that a quote found in the
    folded sentence can be mapped back onto the claim's own offsets.
    """
    folded: list[str] = []
    offsets: list[int] = []
    pending_space = False
    for index, char in enumerate(text):
        if char.isspace() or char in "\u00a0\u202f":
            pending_space = bool(folded)
            continue
        if unicodedata.combining(char):
            continue  # a decomposed accent: dropped, like a composed one below
        pieces = unicodedata.normalize("NFKD", char)
        pieces = "".join(p for p in pieces if not unicodedata.combining(p))
        pieces = unicodedata.normalize("NFKC", pieces).translate(_APOSTROPHES).casefold()
        for piece in pieces:
            if piece.isspace():
                pending_space = bool(folded)
                continue
            if pending_space:
                folded.append(" ")
                offsets.append(index)
                pending_space = False
            folded.append(piece)
            offsets.append(index)
    return "".join(folded), offsets


def normalize_text(text: str) -> str:
    """Fold case, accents, Unicode forms, typographic quotes and whitespace: quotes survive
    re-encoding and a quote typed without accents still matches."""
    return fold_with_offsets(text)[0]


def quote_spans(sentence: str, quote: str) -> list[tuple[int, int]]:
    """(start, end) offsets in ``sentence`` of every occurrence of ``quote``, folded."""
    folded, offsets = fold_with_offsets(sentence)
    needle = normalize_text(quote)
    if not needle:
        return []
    spans = []
    at = folded.find(needle)
    while at >= 0:
        spans.append((offsets[at], offsets[at + len(needle) - 1] + 1))
        at = folded.find(needle, at + 1)
    return spans


def claim_core(claim: Claim) -> tuple[int, int]:
    """Sentence offsets of what a claim's quote must contain: its figure from first to last
    digit ("about $870M" -> "870"), or its whole value span when it has no digit (a deal word,
    a spelled-out number, a relation's verb and noun)."""
    start = max(0, claim.value_start - claim.start)
    end = max(start, min(len(claim.sentence), claim.value_end - claim.start))
    span = claim.sentence[start:end]
    digits = [i for i, ch in enumerate(span) if ch.isdigit()]
    if digits:
        return start + digits[0], start + digits[-1] + 1
    return start, end


def claim_in_quote(claim: Claim, quote: str) -> bool:
    """Whether ``quote`` occurs in the claim's sentence and covers its figure (or, for a value
    written without digits, overlaps its words): a neighbouring figure of the same sentence
    does not count."""
    core_start, core_end = claim_core(claim)
    for start, end in quote_spans(claim.sentence, quote):
        if core_end > core_start and any(ch.isdigit() for ch in
                                         claim.sentence[core_start:core_end]):
            if start <= core_start and core_end <= end:
                return True
        elif start < core_end and core_start < end:
            return True
    return False


def claim_matches(claim: Claim | None, documents: tuple[str, ...], quotes: tuple[str, ...]) -> bool:
    """Whether ``claim`` is evidence for an item listing these documents and quotes.

    With quotes, the claim's *span* must lie inside one of them (see ``claim_in_quote``), not
    merely share its sentence; without quotes, its document alone decides.
    """
    if claim is None or claim.document not in documents:
        return False
    if not quotes:
        return True
    return any(claim_in_quote(claim, quote) for quote in quotes)


def sentence_holds(claim: Claim, quotes: tuple[str, ...]) -> bool:
    """The older, looser test: the claim's sentence contains a quote (for diagnosis only)."""
    sentence = normalize_text(claim.sentence)
    return any(normalize_text(quote) in sentence for quote in quotes)


# --------------------------------------------------------------------------- scoring

#: Where a missed conflict was lost, read from the run's claims (``diagnose``).
LOSS_STAGES = ("no claim", "wrong slot", "wrong subject", "excluded by modality",
               "excluded by period", "abstained")
#: The row an expected conflict without a ``kind`` is counted under in the per-kind table.
ANY_KIND = "any"


@dataclass(frozen=True, slots=True)
class FlagMatch:
    """A flagged conflict that matched an expected conflict."""

    conflict_id: str
    expected: str
    kind: str = ANY_KIND  # the expected conflict's kind, else the flag's
    languages: tuple[str, ...] = ()  # languages of the expected conflict's documents


@dataclass(frozen=True, slots=True)
class FalsePositive:
    conflict_id: str
    kind: str
    attribute: str
    subject: str
    #: Name of the agreement all its claims fall inside ("agreement violated"), else None.
    agreement: str | None = None
    #: Name of the expected conflict an earlier flag already matched: one disagreement reported
    #: twice is one true positive and one false positive.
    duplicate_of: str | None = None
    languages: tuple[str, ...] = ()  # languages of the documents its sides cite
    sides: tuple[str, ...] = ()  # "value — documents", for the verbose listing


@dataclass(frozen=True, slots=True)
class MissedConflict:
    """An expected conflict no flag matched, with the stage that lost it."""

    name: str
    kind: str
    attribute: str
    languages: tuple[str, ...]
    stage: str  # one of LOSS_STAGES
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ToleratedFlag:
    conflict_id: str
    tolerated: str  # name of the tolerated item (or allow_evolving agreement) it falls inside


@dataclass(slots=True)
class Score:
    """How one run did on one corpus, with the per-flag reasons behind the numbers."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    tolerated: int = 0
    expected_conflicts: int = 0
    matches: list[FlagMatch] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # names of expected conflicts not found
    missed_details: list[MissedConflict] = field(default_factory=list)
    false_positive_flags: list[FalsePositive] = field(default_factory=list)
    tolerated_flags: list[ToleratedFlag] = field(default_factory=list)

    def tally(self) -> Tally:
        """Its counts as one row of a table (each expected conflict is matched at most once)."""
        return Tally(self.true_positives, self.false_positives, self.false_negatives)

    @property
    def precision(self) -> float:
        """Share of counted flags that are right; 1.0 when nothing was flagged (nothing wrong)."""
        return self.tally().precision

    @property
    def recall(self) -> float:
        """Share of expected conflicts found; 1.0 when the corpus expects none."""
        return self.tally().recall

    @property
    def found(self) -> int:
        """Expected conflicts matched by a flag (each at most once: a second flag is a FP)."""
        return self.expected_conflicts - self.false_negatives

    @property
    def duplicates(self) -> int:
        return sum(1 for flag in self.false_positive_flags if flag.duplicate_of is not None)

    @property
    def agreements_violated(self) -> int:
        return sum(1 for flag in self.false_positive_flags if flag.agreement is not None)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary, for the CLI and CI artifacts."""
        return {
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "tolerated": self.tolerated,
            "expected_conflicts": self.expected_conflicts,
            "found": self.found,
            "duplicates": self.duplicates,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "matches": [
                {"conflict": m.conflict_id, "expected": m.expected, "kind": m.kind,
                 "languages": list(m.languages)}
                for m in self.matches
            ],
            "missed": [
                {"expected": m.name, "kind": m.kind, "attribute": m.attribute,
                 "languages": list(m.languages), "stage": m.stage, "detail": m.detail}
                for m in self.missed_details
            ],
            "false_positive_flags": [
                {"conflict": f.conflict_id, "kind": f.kind, "attribute": f.attribute,
                 "subject": f.subject, "agreement_violated": f.agreement,
                 "duplicate_of": f.duplicate_of, "languages": list(f.languages),
                 "sides": list(f.sides)}
                for f in self.false_positive_flags
            ],
            "tolerated_flags": [
                {"conflict": t.conflict_id, "tolerated": t.tolerated} for t in self.tolerated_flags
            ],
        }


@dataclass(slots=True)
class Tally:
    """True positives, false positives and misses of one row of a breakdown table."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        counted = self.true_positives + self.false_positives
        return self.true_positives / counted if counted else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {"true_positives": self.true_positives, "false_positives": self.false_positives,
                "false_negatives": self.false_negatives,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4)}


def pooled(scores: dict[str, Score]) -> Tally:
    """Micro-averaged total over corpora: every flag and every expected conflict counts once."""
    total = Tally()
    for score in scores.values():
        row = score.tally()
        total.true_positives += row.true_positives
        total.false_positives += row.false_positives
        total.false_negatives += row.false_negatives
    return total


def by_kind(scores: dict[str, Score]) -> dict[str, Tally]:
    """Per conflict kind: a match and a miss under the expected kind, a false flag under its own."""
    rows: dict[str, Tally] = {}
    for score in scores.values():
        for match in score.matches:
            rows.setdefault(match.kind, Tally()).true_positives += 1
        for missed in score.missed_details:
            rows.setdefault(missed.kind, Tally()).false_negatives += 1
        for flag in score.false_positive_flags:
            rows.setdefault(flag.kind, Tally()).false_positives += 1
    return dict(sorted(rows.items()))


def by_language(scores: dict[str, Score]) -> dict[str, Tally]:
    """Per language: a conflict counts once for each language among the documents it involves."""
    rows: dict[str, Tally] = {}
    for score in scores.values():
        for match in score.matches:
            for language in match.languages:
                rows.setdefault(language, Tally()).true_positives += 1
        for missed in score.missed_details:
            for language in missed.languages:
                rows.setdefault(language, Tally()).false_negatives += 1
        for flag in score.false_positive_flags:
            for language in flag.languages:
                rows.setdefault(language, Tally()).false_positives += 1
    return dict(sorted(rows.items()))


def _flag_claims(flag: Conflict, claims: dict[str, Claim]) -> list[list[Claim | None]]:
    return [[claims.get(claim_id) for claim_id in side.claims] for side in flag.sides]


def _matches_expected(sides: list[list[Claim | None]], expected: ExpectedConflict) -> bool:
    """At least two flag sides, each holding a claim matching a different expected side."""
    hits = [
        {
            index
            for index, exp_side in enumerate(expected.sides)
            if any(claim_matches(c, exp_side.documents, exp_side.quotes) for c in side)
        }
        for side in sides
    ]
    for first in range(len(hits)):
        for second in range(first + 1, len(hits)):
            for a in hits[first]:
                if hits[second] - {a}:
                    return True
    return False


def _inside(sides: list[list[Claim | None]], group: ExpectedGroup) -> bool:
    """Every claim of every side is evidence for ``group`` (and there is at least one claim)."""
    claims = [claim for side in sides for claim in side]
    return bool(claims) and all(claim_matches(c, group.documents, group.quotes) for c in claims)


def _languages(documents: Any, language_of: dict[str, str]) -> tuple[str, ...]:
    return tuple(sorted({language_of[doc] for doc in documents if doc in language_of}))


def diagnose(expected: ExpectedConflict, claims: list[Claim]) -> tuple[str, str]:
    """(stage, detail): where the run lost an expected conflict, as far as its claims show.

    Checked side by side, earliest stage first: no claim covers a side's quote; claims do, but
    in another slot; the sides' claims have no subject in common; every common-subject claim of a
    side is a forecast, hypothesis or negation; the sides sit in different periods; otherwise
    the comparison abstained (a guard, a currency, an overlap it judged compatible).
    """
    per_side = [[c for c in claims if claim_matches(c, side.documents, side.quotes)]
                for side in expected.sides]
    for number, found in enumerate(per_side, start=1):
        if not found:
            return "no claim", f"side {number}: no claim covers its quotes"
    slotted = [[c for c in found if c.attribute == expected.attribute] for found in per_side]
    for number, (found, right) in enumerate(zip(per_side, slotted, strict=True), start=1):
        if not right:
            slots = ", ".join(sorted({c.attribute for c in found}))
            return "wrong slot", f"side {number}: claims in {slots}"
    subjects = [{c.subject for c in right} for right in slotted]
    common = set.intersection(*subjects) if len(subjects) > 1 else subjects[0]
    if not common:
        seen = " vs ".join("/".join(sorted(s)) for s in subjects)
        return "wrong subject", f"subjects {seen}"
    for number, right in enumerate(slotted, start=1):
        if all(c.modality not in FACTUAL for c in right if c.subject in common):
            modalities = ", ".join(sorted({c.modality for c in right}))
            return "excluded by modality", f"side {number}: {modalities}"
    if expected.kind != "period_mismatch":
        periods = [{c.period for c in right if c.subject in common} for right in slotted]
        if not set.intersection(*periods):
            seen = " vs ".join("/".join(sorted(str(p) for p in ps)) for ps in periods)
            return "excluded by period", f"periods {seen}"
    return "abstained", "claims on every side, no flag"


def evaluate(report: Report, expected: Expected) -> Score:
    """Score ``report``'s flagged conflicts against ``expected``; see the module doc for rules."""
    claims = {claim.id: claim for claim in report.claims}
    language_of = {document.id: document.language for document in report.documents}
    score = Score(expected_conflicts=len(expected.conflicts))
    found: set[str] = set()
    for flag in report.conflicts:
        sides = _flag_claims(flag, claims)
        flag_languages = _languages(
            (c.document for side in sides for c in side if c is not None), language_of)
        candidates = [
            exp
            for exp in expected.conflicts
            if exp.attribute == flag.attribute
            and (exp.kind is None or exp.kind == flag.kind)
            and _matches_expected(sides, exp)
        ]
        if candidates:
            fresh = [exp for exp in candidates if exp.name not in found]
            if fresh:
                chosen = fresh[0]
                documents = {doc for side in chosen.sides for doc in side.documents}
                score.matches.append(FlagMatch(flag.id, chosen.name, chosen.kind or flag.kind,
                                               _languages(documents, language_of)))
                found.add(chosen.name)
                score.true_positives += 1
            else:
                score.false_positives += 1
                score.false_positive_flags.append(FalsePositive(
                    flag.id, flag.kind, flag.attribute, flag.subject,
                    duplicate_of=candidates[0].name, languages=flag_languages,
                    sides=_side_summaries(flag, claims)))
            continue
        agreement = next(
            (g for g in expected.agreements if g.attribute == flag.attribute and _inside(sides, g)),
            None,
        )
        if agreement is not None and agreement.allow_evolving and flag.evolving:
            score.tolerated += 1
            score.tolerated_flags.append(ToleratedFlag(flag.id, agreement.name))
            continue
        if agreement is None:
            tolerated = next(
                (g for g in expected.tolerated
                 if g.attribute == flag.attribute and _inside(sides, g)),
                None,
            )
            if tolerated is not None:
                score.tolerated += 1
                score.tolerated_flags.append(ToleratedFlag(flag.id, tolerated.name))
                continue
        score.false_positives += 1
        score.false_positive_flags.append(
            FalsePositive(flag.id, flag.kind, flag.attribute, flag.subject,
                          agreement.name if agreement else None, languages=flag_languages,
                          sides=_side_summaries(flag, claims))
        )
    for exp in expected.conflicts:
        if exp.name in found:
            continue
        stage, detail = diagnose(exp, report.claims)
        documents = {doc for side in exp.sides for doc in side.documents}
        score.missed.append(exp.name)
        score.missed_details.append(MissedConflict(
            exp.name, exp.kind or ANY_KIND, exp.attribute, _languages(documents, language_of),
            stage, detail))
    score.false_negatives = len(score.missed)
    return score


def _side_summaries(flag: Conflict, claims: dict[str, Claim]) -> tuple[str, ...]:
    summaries = []
    for side in flag.sides:
        documents = sorted({claims[c].document for c in side.claims if c in claims})
        summaries.append(f"{side.value} — {', '.join(documents)}")
    return tuple(summaries)


# --------------------------------------------------------------------------- corpus checks


class _TextExtractor(HTMLParser):
    """Visible text of an HTML page, enough to check that quotes exist (not the real ingest)."""

    _SKIP = {"script", "style", "noscript", "template"}
    _BREAK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
              "article", "header", "footer", "nav", "title", "figcaption", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BREAK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_front_matter(raw: str) -> tuple[dict[str, Any], str]:
    """(front matter, body) of a ``.md``/``.txt`` article; ({}, raw) when it has none."""
    match = _FRONT_MATTER.match(raw)
    if not match:
        return {}, raw
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise DataError(f"front matter is not valid YAML: {exc}") from exc
    if not isinstance(meta, dict):
        raise DataError("front matter must be a mapping")
    return meta, raw[match.end():]


def corpus_texts(corpus_dir: str | Path) -> dict[str, str]:
    """Article id -> plain text of a curated corpus, to validate ``expected.yaml`` quotes.

    Deliberately simple and independent of the ingest stage, so that a broken ingest cannot
    hide a broken corpus: front matter is dropped, HTML tags are stripped.
    """
    texts: dict[str, str] = {}
    for path in sorted(Path(corpus_dir).iterdir()):
        if path.suffix.lower() not in ARTICLE_SUFFIXES or not path.is_file():
            continue
        raw = path.read_text(encoding="utf-8")
        if path.suffix.lower() in (".html", ".htm"):
            extractor = _TextExtractor()
            extractor.feed(raw)
            texts[path.stem] = html.unescape("".join(extractor.parts))
        else:
            texts[path.stem] = split_front_matter(raw)[1]
    return texts


def check_corpus(expected: Expected, texts: dict[str, str]) -> list[str]:
    """Problems that make ``expected`` unusable on this corpus; an empty list means it is sound.

    Every listed document must exist; every quote must occur in at least one document its item
    lists; every listed document must contain at least one of the item's quotes.
    """
    problems: list[str] = []
    normalized = {doc_id: normalize_text(text) for doc_id, text in texts.items()}

    def check(where: str, line: int, documents: tuple[str, ...], quotes: tuple[str, ...]) -> None:
        missing = [doc for doc in documents if doc not in normalized]
        for doc in missing:
            problems.append(f"line {line}: {where}: no document {doc!r} in the corpus")
        present = [doc for doc in documents if doc in normalized]
        folded = [normalize_text(quote) for quote in quotes]
        for quote, fold in zip(quotes, folded, strict=True):
            if not any(fold in normalized[doc] for doc in present):
                problems.append(f"line {line}: {where}: quote {quote!r} is in none of {documents}")
        if folded:
            for doc in present:
                if not any(fold in normalized[doc] for fold in folded):
                    problems.append(f"line {line}: {where}: document {doc!r} holds none of its "
                                    "quotes")

    for conflict in expected.conflicts:
        for number, side in enumerate(conflict.sides, start=1):
            check(f"conflict {conflict.name!r} side {number}", side.line, side.documents,
                  side.quotes)
    for section, groups in (("agreement", expected.agreements), ("tolerated", expected.tolerated)):
        for group in groups:
            check(f"{section} {group.name!r}", group.line, group.documents, group.quotes)
    return problems
