"""Budgets: the most work claimcheck does for one input, so that a hostile file costs seconds,
never a hang, a crash or gigabytes.

claimcheck runs in CI on folders other people write, so every input that could make work grow
faster than its size is bounded here, in one place (the README's "Reliability" section lists the
same numbers, and ``tests/hostile/`` has one test per budget):

* a file is read only up to ``MAX_FILE_BYTES``, and its article text up to ``MAX_TEXT_CHARS``;
  beyond either it is skipped with a reason, like any other unreadable file;
* no line longer than ``MAX_LINE_CHARS`` reaches the tokenizer: a longer one is broken at a
  sentence end (else a space) for extraction only, the document keeping its text as written;
* a sentence with more than ``MAX_FIGURES_PER_SENTENCE`` runs of digits is a table, not prose:
  it makes no claims (``claims --all`` lists it with the reason);
* a document with more than ``MAX_CLAIMS_PER_DOCUMENT`` claim candidates is skipped with a reason;
* claims that repeat one another (one document saying the same thing in the same words, a
  boilerplate line copied down a page) are compared once, so comparison grows with the distinct
  claims of a slot, not with their copies;
* YAML (front matter, ``reviews.yaml``) is read without anchors or aliases and up to
  ``MAX_FRONT_MATTER_BYTES`` / ``MAX_REVIEWS_BYTES``;
* a lock on ``reviews.yaml`` is waited for at most ``LOCK_TIMEOUT_SECONDS``.

Real coverage is far inside every budget: the largest article of the curated corpora has 5,430
characters and 23 claims.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from claimcheck.model import Analysis, Claim, Conflict, Document, Side, Skipped

#: Bytes read from one file (html pages carry scripts and markup; articles are far smaller).
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Characters of article text in one document, about 30,000 words: 37 times the longest
#: curated article. Extraction reads it in seconds (scripts/bench_hostile.py).
MAX_TEXT_CHARS = 200_000
#: Characters the tokenizer sees at once; spaCy refuses more than 1,000,000, and a sentence's
#: work grows with the square of its figures. A line is broken at a sentence end first, so only
#: a sentence longer than this (none in real coverage) is cut.
MAX_LINE_CHARS = 2_000
#: Runs of digits one sentence may hold and still be read for claims: more is a table or a list
#: of numbers, not a sentence (real coverage: at most a dozen), and reading each figure costs
#: regular-expression work around it. Such a sentence is listed as unclaimed, with this reason.
MAX_FIGURES_PER_SENTENCE = 60
#: Claim candidates one document may yield (real articles: up to a few dozen).
MAX_CLAIMS_PER_DOCUMENT = 1_000
#: Bytes of YAML front matter in one Markdown article.
MAX_FRONT_MATTER_BYTES = 64 * 1024
#: Bytes of a ``reviews.yaml`` (10,000 decisions take about 4.5 MB).
MAX_REVIEWS_BYTES = 64 * 1024 * 1024
#: Seconds ``review`` and ``check`` wait for another writer's lock on ``reviews.yaml``.
LOCK_TIMEOUT_SECONDS = 30.0

_SENTENCE_ENDS = (". ", "! ", "? ", "; ")


# --------------------------------------------------------------------------- lines


def short_lines(document: Document) -> Document:
    """The document as extraction should see it: no line over ``MAX_LINE_CHARS``.

    A long line is broken by turning one character into a line break (a space after a sentence
    end, else the last space, else the character at the limit), so every offset stays valid and
    the report keeps the document as written.
    """
    text = document.text
    if len(text) <= MAX_LINE_CHARS or all(
            len(line) <= MAX_LINE_CHARS for line in text.split("\n")):
        return document
    return dataclasses.replace(document, text=break_long_lines(text, MAX_LINE_CHARS))


def break_long_lines(text: str, limit: int) -> str:
    """``text`` with lines longer than ``limit`` broken, each break replacing one character."""
    characters = list(text)
    start = 0
    for line in text.split("\n"):
        position = 0
        while len(line) - position > limit:
            window = line[position:position + limit]
            cut = max(window.rfind(end) + 1 for end in _SENTENCE_ENDS)
            if cut <= 0:
                cut = window.rfind(" ")
            if cut <= 0:
                cut = limit - 1
            characters[start + position + cut] = "\n"
            position += cut + 1
        start += len(line) + 1
    return "".join(characters)


# --------------------------------------------------------------------------- claims


def within_claim_budget(
    documents: Sequence[Document], analyses: Sequence[Analysis]
) -> tuple[list[Document], list[Analysis], list[Skipped]]:
    """Documents (and their analyses) within ``MAX_CLAIMS_PER_DOCUMENT``, and the others skipped."""
    kept_documents: list[Document] = []
    kept_analyses: list[Analysis] = []
    skipped: list[Skipped] = []
    for document, analysis in zip(documents, analyses, strict=True):
        found = len(analysis.mentions)
        if found > MAX_CLAIMS_PER_DOCUMENT:
            skipped.append(Skipped(document.path, (
                f"{found:,} claim candidates, over the budget of {MAX_CLAIMS_PER_DOCUMENT:,} "
                "per document")))
        else:
            kept_documents.append(document)
            kept_analyses.append(analysis)
    return kept_documents, kept_analyses, skipped


def _repeat_key(claim: Claim) -> tuple:
    """Everything about a claim but its id and offsets: claims equal here compare alike."""
    return (claim.document, claim.subject, claim.attribute, claim.value, claim.period,
            claim.modality, claim.sentence, claim.trigger, claim.rule, claim.confidence,
            claim.condition, claim.subject_text, claim.object, claim.period_source)


def compare_repeats_once(claims: Sequence[Claim], documents: Sequence[Document]) -> list[Conflict]:
    """``compare.compare`` with each set of repeated claims stood in for by two of them.

    Two copies keep every relation the comparison looks at (a copy against another copy, against
    the rest); the conflicts found are the same, and each side then lists every copy again, in
    the order the claims came. Comparison never looks at a claim's id or offsets but to order.
    """
    from claimcheck import compare

    members: dict[tuple, list[Claim]] = {}
    for claim in claims:
        members.setdefault(_repeat_key(claim), []).append(claim)
    if all(len(group) <= 2 for group in members.values()):
        return compare.compare(claims, documents)
    standing_in: list[Claim] = []
    copies_of: dict[str, list[str]] = {}
    for group in members.values():
        if len(group) <= 2 or not _like_itself(group[0]):
            standing_in.extend(group)  # nothing to save, or a claim unlike itself: keep all
            continue
        standing_in.extend(group[:2])
        ids = [claim.id for claim in group]
        copies_of[group[0].id] = copies_of[group[1].id] = ids
    position = {claim.id: index for index, claim in enumerate(claims)}
    standing_in.sort(key=lambda claim: position[claim.id])
    conflicts = compare.compare(standing_in, documents)
    return [_with_copies(conflict, copies_of) for conflict in conflicts]


def _like_itself(claim: Claim) -> bool:
    """Whether the claim's interval overlaps itself, so that its copies side together."""
    from claimcheck.compare import interval

    try:
        bounds = interval(claim)
    except (TypeError, ValueError):  # an age without a year: never compared anyway
        return False
    return bounds.overlaps(bounds)


def _with_copies(conflict: Conflict, copies_of: dict[str, list[str]]) -> Conflict:
    sides = []
    for side in conflict.sides:
        ids: list[str] = []
        seen: set[str] = set()
        for claim_id in side.claims:
            for copy in copies_of.get(claim_id, [claim_id]):
                if copy not in seen:
                    seen.add(copy)
                    ids.append(copy)
        sides.append(Side(value=side.value, claims=tuple(ids)))
    return dataclasses.replace(conflict, sides=tuple(sides))
