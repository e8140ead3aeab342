"""The date an article's relative expressions are read against, and what to do without one.

An article with a publication date reads "yesterday" against that date. An undated article
in a corpus is read against the corpus's publication range (earliest to latest dated article):
it was most likely written within the same news cycle. That range is a :class:`ReferenceRange`,
and a relative expression keeps a value only where the range pins it — where reading it against
the first and against the last day of the range gives the same answer ("last year" in a range
within one calendar year, "Thursday" in a range that holds no Thursday but the one).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from claimcheck.model import Document, StoryGroup

#: ``Document.date_origin`` of a document read against its corpus's publication range.
CORPUS_RANGE = "corpus_range"


class ReferenceRange(date):
    """An inferred reference: some day between ``earliest`` and ``latest``.

    A ``date`` (its own value is ``latest``, the most recent day the article can have been
    read on), so that code expecting a publication date keeps working; ``periods()`` reads
    relative expressions against both ends and keeps only what they agree on. ``isoformat()``
    gives the ISO 8601 interval, "2025-06-10/2025-06-14". It is never equal to a plain date:
    an article read against a range was not published on the range's last day.
    """

    earliest: date

    def __new__(cls, earliest: date, latest: date) -> ReferenceRange:
        if earliest > latest:
            earliest, latest = latest, earliest
        self = super().__new__(cls, latest.year, latest.month, latest.day)
        self.earliest = date(earliest.year, earliest.month, earliest.day)
        return self

    def __reduce__(self):  # pickled by worker processes and caches
        return (ReferenceRange, (self.earliest, self.latest))

    @property
    def latest(self) -> date:
        return date(self.year, self.month, self.day)

    def isoformat(self) -> str:
        return f"{self.earliest.isoformat()}/{self.latest.isoformat()}"

    __str__ = isoformat

    def __repr__(self) -> str:
        return f"ReferenceRange({self.earliest!r}, {self.latest!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ReferenceRange):
            return (self.earliest, self.latest) == (other.earliest, other.latest)
        return False if isinstance(other, date) else NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(("ReferenceRange", self.earliest, self.latest))

    # arithmetic and replace() give plain dates, counted from the latest day
    def __add__(self, other: object) -> date:
        return self.latest + other  # type: ignore[operator]

    __radd__ = __add__

    def __sub__(self, other: object) -> object:
        return self.latest - other  # type: ignore[operator]

    def replace(self, *args: object, **kwargs: object) -> date:  # type: ignore[override]
        return self.latest.replace(*args, **kwargs)  # type: ignore[arg-type]


#: ``Document.date_origin`` values that come from an outlet's own metadata, not from its text.
METADATA_ORIGINS = frozenset({"front_matter", "html", "url"})

#: Days a date read from an article's text may lie before its story's metadata dates and still be
#: taken as the day it was written; further back it is the date of another moment the article
#: tells of (a birth, a founding, an earlier disaster). A later one is kept: a day looked ahead to
#: ("the meeting on 30 April") only widens the range, which pins fewer relative dates and joins
#: fewer undated figures to a period — the cautious side.
TEXT_DATE_SLACK_DAYS = 45


def corpus_range(documents: Sequence[Document]) -> ReferenceRange | None:
    """The earliest and latest publication date of the dated documents, or None if none is."""
    dates = [_plain(d.published) for d in documents if d.published is not None
             and not isinstance(d.published, ReferenceRange)]
    if not dates:
        return None
    return ReferenceRange(min(dates), max(dates))


def _without_stray_text_dates(corpus: Sequence[Document]) -> list[Document]:
    """The story's documents, those dated from their own text undated again when that date lies
    well before the days its outlets' metadata give: an undated article whose only full date is
    a player's birthday ("nasceu em 14 de março de 1990") was not written that day, and the
    story's range must not stretch back to it."""
    span = corpus_range([d for d in corpus if d.date_origin in METADATA_ORIGINS])
    if span is None:
        return list(corpus)
    slack = timedelta(days=TEXT_DATE_SLACK_DAYS)
    return [dataclasses.replace(d, published=None, date_origin=None)
            if d.date_origin == "text" and d.published is not None
            and _plain(d.published) < span.earliest - slack
            else d for d in corpus]


def with_corpus_reference(documents: Sequence[Document],
                          groups: Iterable[StoryGroup] | None = None) -> list[Document]:
    """Undated documents read against their corpus's publication range, marked as inferred.

    Run after each document got the date its metadata or its text states: only those that
    still have none (or whose text's date lies well before what the story's metadata says) get
    the range of the dated documents of their story group (of all
    ``documents`` when no groups are given), with ``date_origin`` :data:`CORPUS_RANGE`. A group
    with no dated document leaves its documents as they are. Order is kept.
    """
    corpora: list[list[Document]]
    if groups is None:
        corpora = [list(documents)]
    else:
        by_id = {d.id: d for d in documents}
        corpora = [[by_id[i] for i in group.documents if i in by_id] for group in groups]
    ranges: dict[str, ReferenceRange] = {}
    for corpus in corpora:
        corpus = _without_stray_text_dates(corpus)
        span = corpus_range(corpus)
        if span is not None:
            ranges.update({d.id: span for d in corpus if d.published is None})
    return [dataclasses.replace(d, published=ranges[d.id], date_origin=CORPUS_RANGE)
            if d.id in ranges else d for d in documents]


def _plain(day: date) -> date:
    return date(day.year, day.month, day.day)
