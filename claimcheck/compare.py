"""Where sources cannot all be right: conflicts between claims about one subject, slot and period.

Precision rules, in the order they apply:

* Only like is compared with like: asserted and reported claims with each other, forecasts with
  forecasts, hypothetical claims only under the same condition; negated claims never.
* A document that contradicts itself on a single-valued slot is left out of that comparison:
  its values were probably misattributed, and a reviewer cannot act on it.
* Amounts in different currencies are never compared for size (no exchange rates are assumed);
  but one figure given in two currencies by different outlets is a slip in one of them.
* Two numbers conflict only when their intervals (hedges and written precision included) cannot
  overlap. A claim that fits every side is left out of the sides.
* Claims are compared for value only within one explicit period, or among undated claims —
  save a money figure written at two scales, each rounded as written ("€31.4m", "€31.42bn"):
  that is a slip in one of them, whatever the period.
* A figure more than twice every other figure of its slot (``FAR_RATIO``) is set aside: so far
  apart, it is most often another measure the extraction took for this one. Changes are exempt,
  and so is one figure written at two scales ("40 million", "40 billion"): that is a slip.
* A side of a growth, profit or revenue conflict whose every figure other outlets give exactly as
  a narrower measure of the subject (the operating profit for a plain "profit") is that measure,
  loosely named: no conflict (``LOOSELY_NAMED``).
* A conflict needs at least two documents.

Kinds (stable codes): ``value_mismatch``, ``period_mismatch`` (the same figure dated to different
periods of a per-period slot), ``category_mismatch`` (acquisition or merger vs a stake below
50%; a stake above 50% counts as control), ``polarity_mismatch`` (a relation affirmed by some
and ended by others).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from claimcheck.display import format_value
from claimcheck.model import (
    CHANGE_SCOPE,
    EVENT_SUBJECT,
    ORGANIZATION_SCOPE,
    PORTION_SCOPE,
    Claim,
    Conflict,
    Document,
    Side,
    incomparable_scope,
    strict_scope,
)
from claimcheck.normalize.calendar_math import date_span
from claimcheck.normalize.reference import ReferenceRange
from claimcheck.places import WORLD
from claimcheck.slots import CONTROL_DEAL_TYPES, HELD_SLOTS, ROUND_SLOTS, SLOTS

FACTUAL = ("asserted", "reported")
#: Points closer than this (relative) count as "the same figure" for a period mismatch.
SAME_FIGURE = 0.01
#: Factors by which one figure written with another scale word differs (million, billion…).
SCALE_SLIPS = (1e3, 1e6)
SCALE_SLIP_KEY = "The figure "
#: The widest interval, as a share of its figure, that a scale slip is told from (a last digit's
#: rounding: "€31.4m" is 31.35–31.45m).
TIGHT_SCALE_WIDTH = 0.02
#: Money figures of one slot this many times apart are two quantities, not a disagreement.
IMPLAUSIBLE_RATIO = 1e4
#: Plain figures closer than this (relative) differ in their last written digit only ("51.27%"
#: and "51.29%" of one result, one count a few thousand votes on): no editor calls that a
#: contradiction, though the rounding intervals do not touch. Years and hedged figures are
#: exempt: "2025" vs "2026", "over $29B" vs "almost $29B" are contradictions.
NEGLIGIBLE_GAP = 0.001
#: Plain percentages closer than this (in points) differ in their second decimal only ("3.12%"
#: and "3.14%" of a minor candidate, two moments of one count): no contradiction either.
NEGLIGIBLE_POINTS = 0.05
#: Shares of a vote closer than this (in points), written to different precision, are two
#: moments of one count (see ``_count_drift``).
COUNT_DRIFT_POINTS = 0.3
COUNT_DRIFT_SLOTS = frozenset({"vote_share", "turnout"})
#: Market values closer than this (relative) are one company's value read on two days ("$42.2
#: billion" at Monday's close, "US$ 47 mil millones" before the deal): a share price moves that
#: much in a week, so no editor calls it a contradiction.
MARKET_DRIFT = 0.15
MARKET_SCOPE = f"{PORTION_SCOPE}market"
#: A side whose every figure is more than this many times every figure of every other side is
#: set aside: so far apart, two figures are far more often two measures read as one (a segment's
#: profit and the group's, a year's passengers and a flight's, a dividend and a share price)
#: than one measure misreported. On the flags of ten blind splits, each scored once before any
#: fix, all fourteen so far apart were false, and none of the seven right ones was so. Figures
#: one scale word apart ("40 million", "40 billion") are a slip and stay; changes
#: (``Slot.signed``) are exempt.
FAR_RATIO = 2.0
#: Results written to one decimal that may be cut rather than rounded ("23.4" for 23.46).
CUT_DECIMAL_SLOTS = frozenset({"vote_share", "turnout"})
#: Measures outlets name loosely ("Gewinn" for the operating profit): a side that only repeats
#: what others give as a narrower measure of them is that measure, loosely named.
LOOSELY_NAMED = frozenset({"growth", "profit", "revenue"})
_NOT_MEASURES = (f"{PORTION_SCOPE}counted-", f"{PORTION_SCOPE}round-", f"{PORTION_SCOPE}abroad",
                 f"{PORTION_SCOPE}upper_house", f"{PORTION_SCOPE}on_board")


@dataclass(frozen=True, slots=True)
class Interval:
    low: float | None
    high: float | None
    low_exclusive: bool = False
    high_exclusive: bool = False
    #: The high end if the figure was cut, not rounded ("23.4" for 23.46): it holds only
    #: against a figure written more precisely, which can be seen to be cut so.
    cut_high: float | None = None

    def overlaps(self, other: Interval) -> bool:
        if _below(self, other) and _below(other, self):
            return True
        return self._cut_of(other) or other._cut_of(self)

    def _cut_of(self, other: Interval) -> bool:
        if self.cut_high is None or other.low is None or other.high is None:
            return False
        if not other.high - other.low < self.high - self.low:
            return False
        return self.low <= other.low and other.high <= self.cut_high


def _below(a: Interval, b: Interval) -> bool:
    """a's low does not exceed b's high. Bounds that meet touch when both are closed, or when a
    hedge's open bound meets an exact count: "more than 60 injured" and "60 injured" cite one
    figure, the hedge loosely said; "over 29 billion" and "almost 29 billion" cannot meet."""
    if a.low is None or b.high is None:
        return True
    if a.low < b.high:
        return True
    if a.low != b.high:
        return False
    if not (a.low_exclusive or b.high_exclusive):
        return True
    return a.low_exclusive != b.high_exclusive and (_exact(a) or _exact(b))


def _entirely_below(a: Interval, b: Interval) -> bool:
    """Every value a allows is at most b's lowest."""
    return a.high is not None and b.low is not None and a.high <= b.low


def _exact(span: Interval) -> bool:
    return span.low == span.high and not (span.low_exclusive or span.high_exclusive)


def interval(claim: Claim) -> Interval:
    v = claim.value
    if claim.attribute == "age":
        return _birth_years(claim)
    low = v.low if v.low is not None or v.hedge in ("over", "at_least") else v.point
    high = v.high if v.high is not None or v.hedge in ("over", "at_least") else v.point
    if (claim.attribute in CUT_DECIMAL_SLOTS and v.hedge is None and v.unit == "%"
            and v.point is not None and v.point >= 10 and low is not None and high is not None
            and math.isclose(high - low, 0.1, abs_tol=1e-9) and low < v.point < high):
        # "23.4 Prozent" for 23.46 %: a result written to one decimal is as often cut as
        # rounded (a growth rate's 12.3% and 12.4% still differ, and so do 31.2% and 31.3%)
        return Interval(low, high, v.low_exclusive, v.high_exclusive, cut_high=v.point + 0.1)
    return Interval(low, high, v.low_exclusive, v.high_exclusive)


def _birth_years(claim: Claim) -> Interval:
    """When the person was born, in days (ordinals): aged a on day d, after d less a + 1
    years and on or before d less a years; aged a in year y (no day known), between the
    start of y - a - 1 and the end of y - a. Days make "42" in February and "41" in March
    of one year a conflict, which years cannot tell."""
    oldest = claim.value.high if claim.value.high is not None else claim.value.point
    youngest = claim.value.low if claim.value.low is not None else claim.value.point
    period = claim.period or ""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?", period):
        # a day, or the range of days an undated article may have been written on
        first, _, last = period.partition("/")
        earliest, latest = date.fromisoformat(first), date.fromisoformat(last or first)
        return Interval(_years_before(earliest, int(oldest) + 1).toordinal() + 1,
                        _years_before(latest, int(youngest)).toordinal())
    year = int(period[:4])
    return Interval(date(year - int(oldest) - 1, 1, 1).toordinal(),
                    date(year - int(youngest), 12, 31).toordinal())


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year - years, day=28)


def _dated_by_day(claim: Claim, published: object) -> Claim:
    """An age dated only by its article's year, from an article with a known day: that day."""
    if (isinstance(published, date) and not isinstance(published, ReferenceRange)
            and claim.period == str(published.year)):
        return dataclasses.replace(claim, period=published.isoformat())
    return claim


def conflict_id(kind: str, subject: str, attribute: str, period: str | None) -> str:
    """Stable across runs: a readable slug of what the conflict is about."""
    slug = re.sub(r"[^\w]+", "-", subject.casefold()).strip("-") or "x"
    return f"{kind}:{slug}:{attribute}:{period or 'any'}"


#: Slots whose figure is a plan's or an intention's: said as a plan or as a fact, the same one
#: ("deve ficar concluída no terceiro trimestre", "se espera para el tercer trimestre").
PLANNED_SLOTS = frozenset({"relationship", "layoffs", "workforce_cut", "savings", "investment",
                           "completed"})


def _pool(claim: Claim) -> str | None:
    if claim.modality in FACTUAL:
        return "factual"
    if claim.modality == "forecast":
        # "plans to stop buying from X" is a stance toward X, as "will keep buying" is: an
        # intended relation counts toward its polarity; a plan's size ("plans to cut 4,000
        # jobs", "taglierà 4.000 posti") is the fact a plan story reports; a forecast of a
        # period's figure stays apart
        return "factual" if claim.attribute in PLANNED_SLOTS else "forecast"
    if claim.modality == "hypothetical" and claim.condition:
        return "if " + claim.condition
    return None


def _comparable(claims: Iterable[Claim]) -> dict[tuple, list[Claim]]:
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        pool = _pool(claim)
        if pool is None or claim.attribute not in SLOTS:
            continue
        if claim.attribute == "age" and not claim.period:
            continue  # an age without a year says nothing about a birth year
        if incomparable_scope(claim.scope):
            continue  # "four children among the dead": a part; "storm Ilvar killed 12": another
        if claim.attribute == "growth" and claim.scope is None:
            continue  # "registered an 8% increase": growth of what? (shares, fees, profit…)
        unit = claim.value.unit if claim.value.kind == "money" else None
        subject = "" if claim.attribute == "relationship" else claim.subject
        groups[(pool, subject, claim.attribute, unit)].append(claim)
    split = {}
    for key, group in groups.items():
        by_scope = _split(group, _comparison_scope)
        # "nobody was hurt" and "one flight attendant was lightly hurt": a total of zero
        # contradicts any portion of it
        zeros = [c for c in by_scope.get(None, ()) if c.value.kind == "count"
                 and c.value.high == 0 and c.value.low == 0]
        if zeros:
            by_scope = {scope: members + zeros if (scope or "").startswith(PORTION_SCOPE)
                        and scope != CHANGE_SCOPE else members
                        for scope, members in by_scope.items()}
        for scope, scoped in by_scope.items():
            by_source = (_split(scoped, lambda c: c.attribution)
                         if SLOTS[key[2]].estimate else {None: scoped})
            for source, sourced in by_source.items():
                # "Norway holds 7%" and "Norvik holds 33%" of one bank: two stakes
                by_holder = (_split(sourced, lambda c: c.object)
                             if key[2] in HELD_SLOTS else {None: sourced})
                for holder, members in by_holder.items():
                    split[key + (scope, source, holder)] = members
    return split


def _comparison_scope(claim: Claim) -> str | None:
    """A company's figure "worldwide" is its figure (unscoped); a story count "worldwide" (cases,
    deaths) stays apart from the story's own, which may be one country's."""
    if claim.scope == WORLD and claim.subject != EVENT_SUBJECT:
        return None
    return claim.scope


def _split(claims: list[Claim], facet) -> dict[str | None, list[Claim]]:
    """Claims by a facet that makes figures incomparable when it differs: a place scope ("in
    France alone" is a part), a source ("selon la police" vs "selon les syndicats": two
    estimates) or a holder (two shareholders' stakes). Claims without it join the one value
    the group has, else stay by themselves."""
    by_value: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_value[facet(claim)].append(claim)
    named = [value for value in by_value if value is not None]
    if len(named) == 1 and None in by_value and not strict_scope(named[0]):
        by_value[named[0]].extend(by_value.pop(None))
    return dict(by_value)


def _self_consistent(claims: list[Claim]) -> list[Claim]:
    """Drop the claims by which a document contradicts itself within this group — only those:
    its other claims keep their say, and of its clashing values the ones another document
    corroborates stay (when they agree with each other), so a misread figure costs one claim,
    never the document."""
    by_document: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_document[claim.document].append(claim)
    intervals = {claim.id: interval(claim) for claim in claims}
    kept = []
    for document, document_claims in by_document.items():
        own = [intervals[c.id] for c in document_claims]
        clashing = {c.id for i, c in enumerate(document_claims)
                    if any(not own[i].overlaps(other) for other in own)}
        if not clashing:
            kept.extend(document_claims)
            continue
        others = [intervals[c.id] for c in claims if c.document != document]
        corroborated = [c for c in document_claims if c.id in clashing
                        and any(intervals[c.id].overlaps(o) for o in others)]
        agreeing = all(intervals[a.id].overlaps(intervals[b.id])
                       for i, a in enumerate(corroborated) for b in corroborated[i + 1:])
        stay = {c.id for c in corroborated} if agreeing else set()
        kept.extend(c for c in document_claims if c.id not in clashing or c.id in stay)
    return kept


def _sides(claims: list[Claim]) -> list[list[Claim]]:
    """Groups of mutually compatible claims; claims compatible with everyone are left out."""
    ordered = sorted(claims, key=_order)
    groups: list[list[Claim]] = []
    for claim in ordered:
        for group in groups:
            if all(interval(claim).overlaps(interval(other)) for other in group):
                group.append(claim)
                break
        else:
            groups.append([claim])
    if len(groups) < 2:
        return []
    neutral = {c.id for c in claims
               if all(interval(c).overlaps(interval(o)) for o in claims)}
    sides = [[c for c in g if c.id not in neutral] for g in groups]
    return [s for s in sides if s]


def _near_sides(sides: list[list[Claim]]) -> list[list[Claim]]:
    """The sides with a figure within ``FAR_RATIO`` of a figure of another side."""
    return [side for i, side in enumerate(sides)
            if any(_near(a, b) for j, other in enumerate(sides) if j != i
                   for a in side for b in other)]


def _near(a: Claim, b: Claim) -> bool:
    """Whether two figures may be one measure: within ``FAR_RATIO`` of each other, of
    different signs (a loss and a profit), or one scale word apart."""
    x, y = interval(a), interval(b)
    lower, upper = (x, y) if _below(x, y) else (y, x)
    if lower.high is None or upper.low is None or lower.high <= 0 or upper.low <= 0:
        return True
    if upper.low <= lower.high * FAR_RATIO:
        return True
    points = (a.value.point, b.value.point)
    return (all(points) and any(
        math.isclose(points[0] * factor, points[1], rel_tol=1e-9)
        or math.isclose(points[1] * factor, points[0], rel_tol=1e-9)
        for factor in SCALE_SLIPS)) or _scaled_alike(a, b)


def _tight(claim: Claim) -> bool:
    """A money figure as written and rounded, no wider ("€31.4m": 31.35–31.45m; not "over
    €20m", not "about €24m"): only such figures tell a scale slip."""
    value = claim.value
    return (value.kind == "money" and value.low is not None and value.high is not None
            and bool(value.point) and value.low > 0
            and (value.high - value.low) <= TIGHT_SCALE_WIDTH * value.point)


def _scaled_alike(a: Claim, b: Claim) -> bool:
    """Whether two tight money figures are one figure at two scales, each rounded as written
    ("€31.4m" and "€31.42bn")."""
    if not (_tight(a) and _tight(b)):
        return False
    low, high = a.value.low, a.value.high
    return any(low * factor <= b.value.high and b.value.low <= high * factor
               for factor in (*SCALE_SLIPS, *(1 / f for f in SCALE_SLIPS)))


def _order(claim: Claim) -> tuple:
    """Smaller values first: by the interval's low end, then the figure as written."""
    bounds = interval(claim)
    low = bounds.low if bounds.low is not None else float("-inf")
    return (low, claim.value.point or 0.0, claim.document, claim.id)


@dataclass(frozen=True, slots=True)
class _Context:
    published: dict[str, object]
    #: document id -> the outlet's name, when the article says it (explanations name outlets)
    sources: dict[str, str | None] = dataclasses.field(default_factory=dict)
    #: document -> (start, end, the exact evolving counts) of each sentence stating some: a toll
    #: update two outlets report alike ("1,644 dead") dates the figures beside it
    anchors: dict[str, list[tuple[int, int, frozenset]]] = dataclasses.field(default_factory=dict)
    #: subject -> the period most of its dated period figures give (see ``story_periods``)
    story_periods: dict[str, str] = dataclasses.field(default_factory=dict)
    #: every claim of the story: a side may be another measure other outlets name in full
    claims: Sequence[Claim] = ()
    #: (document, subject) -> the periods its per-period figures give (see ``named_periods``)
    named_by: dict[tuple[str, str], frozenset[str]] = dataclasses.field(default_factory=dict)


#: A day or month this close to the article's date is the time of the event it reports.
CURRENT_EVENT_BEFORE = timedelta(days=92)
CURRENT_EVENT_AFTER = timedelta(days=31)


#: Scopes of a per-period slot that name a one-off amount (a plan's restructuring charge):
#: compared whatever period it is written with, like a deal's price.
ONE_OFF_SCOPES = frozenset({f"{PORTION_SCOPE}restructuring"})


def per_period(attribute: str, scope: str | None) -> bool:
    """Whether figures of this slot and scope are compared only within one period."""
    return SLOTS[attribute].per_period and scope not in ONE_OFF_SCOPES


def comparison_period(claim: Claim, published: object) -> str | None:
    """The period a figure is compared under: its own — except that, for a figure that does not
    change over time, a date of the current event ("On 3 May, X agreed to pay $12bn") or a later
    year (a horizon) is no other period; a figure of one day (``Slot.daily``) keeps its day."""
    slot = SLOTS[claim.attribute]
    period = claim.period
    if claim.attribute in ROUNDS and _month_before(period, published):
        return period  # "It then cut over 4,300 jobs in March" in May: another round of cuts
    if (not per_period(claim.attribute, claim.scope) and not slot.evolving
            and (_current_event(period, published) or _after_event(period, published))
            and not (slot.daily and _is_day(period))):
        return None
    return period


#: Figures of events a subject repeats in rounds (job cuts): one dated to a month or a day a
#: whole month before the article is another round's.
ROUNDS = frozenset({"layoffs", "workforce_cut"})


def _month_before(period: str | None, published: object) -> bool:
    """Whether ``period`` (a month or a day) ended over a month before ``published``."""
    days = _days_of(period)
    return (days is not None and isinstance(published, date)
            and days[1] < published - timedelta(days=31))


def _days_of(period: str | None) -> tuple[date, date] | None:
    """The first and last day of a month ("2025-05") or a day ("2025-05-13") label."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", period or "")
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12:
        return None
    if match.group(3):
        try:
            day = date(year, month, int(match.group(3)))
        except ValueError:
            return None
        return day, day
    return date(year, month, 1), date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def _after_event(period: str | None, published: object) -> bool:
    """Whether ``period`` is a year after the article's: beside a figure that does not change
    over time, a horizon or a deadline ("20,000 cuts by 2027", "under contract until 2025"),
    not another event."""
    return (period is not None and isinstance(published, date)
            and re.fullmatch(r"\d{4}", period) is not None and int(period) > published.year)


def named_periods(claims: Sequence[Claim]) -> dict[tuple[str, str], frozenset[str]]:
    """(document, subject) -> the periods that article gives the subject's per-period figures:
    an article that dates its figures to the year writes its undated ones of the year too."""
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for claim in claims:
        if SLOTS[claim.attribute].per_period and claim.period:
            found[(claim.document, claim.subject)].add(claim.period)
    return {key: frozenset(periods) for key, periods in found.items()}


def story_periods(claims: Sequence[Claim], published: dict[str, object]) -> dict[str, str]:
    """The period a subject's figures are of when most of them say it: the one year, half or
    quarter (current for its articles) that at least two thirds of the subject's dated
    period figures give ("im ersten Halbjahr", "au premier semestre")."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for claim in claims:
        if (SLOTS[claim.attribute].per_period and claim.period
                and _SPAN_PERIOD.fullmatch(claim.period)
                and _current_period(claim.period, published.get(claim.document))):
            counts[claim.subject][claim.period] += 1
    found = {}
    for subject, periods in counts.items():
        (period, n), = periods.most_common(1)
        # "el ejercicio 2024" (FY2024) beside "en 2024": the same year said two ways, no dissent
        agreeing = sum(k for p, k in periods.items()
                       if p.removeprefix("FY") == period.removeprefix("FY"))
        if n >= 2 and 3 * agreeing >= 2 * sum(periods.values()):
            found[subject] = period
    return found


_SPAN_PERIOD = re.compile(r"(?:FY)?\d{4}(?:-[HQ]\d)?")


def per_period_groups(group: Sequence[Claim], published: dict[str, object],
                      story_period: str | None = None,
                      named_by: dict[tuple[str, str], frozenset[str]] | None = None,
                      ) -> dict[str | None, list[Claim]]:
    """A per-period figure's comparison groups: by its period; a figure written with no period
    ("revenue fell 11%") is of the period the story reports — it joins the one period the
    others give when that period is current for its article ("im ersten Halbjahr" in July), or,
    when none gives one, the period most of the subject's other figures give (``story_period``);
    else it is not compared (figures without a period may be of any year). Not a quarter's or
    a half's when its own article dates the subject's figures to a year just ended (``named_by``:
    (document, subject) -> the periods its per-period figures give): its undated figure may be
    the year's."""
    by_period: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in group:
        by_period[claim.period].append(claim)
    _fiscal_as_calendar(by_period)
    named = [period for period in by_period if period is not None]
    undated = by_period.pop(None, [])
    # a change with no named measure ("rose 12%") may be a share price's on any day: it stays out
    undated = [c for c in undated if c.attribute != "growth" or c.scope is not None]
    target = named[0] if len(named) == 1 else story_period if not named else None
    if (target is not None and named and re.search(r"-Q\d$", target)
            and len({c.document for c in by_period[target]}) < 2):
        # one article's fourth quarter beside undated annual figures: a quarter only one source
        # names is no period the others' undated figures are of
        target = None
    if target is not None and re.search(r"-[QH]\d$", target) and named_by:
        undated = [c for c in undated if not any(
            re.fullmatch(r"(?:FY)?\d{4}", p) and _current_period(p, published.get(c.document))
            for p in named_by.get((c.document, c.subject), ()))]
    if target is not None and undated and all(
            _current_period(target, published.get(c.document)) for c in undated):
        by_period[target].extend(undated)
    elif target is None and len(named) > 1 and undated and undated[0].attribute != "growth":
        # "€9.4bn in 2025, down from €12.6bn in 2024" beside an undated "net profit of €9.4bn"
        # in February 2026: of the periods named, the one current for each undated figure's
        # article, when exactly one is (a quarter only one source names, as above, is none). Not
        # for a change: an undated rate is as often a quarter's, or organic where others report
        candidates = [p for p in named if not (re.search(r"-[QH]\d$", p) and len(
            {c.document for c in by_period[p]}) < 2)]
        for claim in undated:
            current = [p for p in candidates
                       if _current_period(p, published.get(claim.document))]
            if len(current) == 1:
                by_period[current[0]].append(claim)
    return dict(by_period)


def _fiscal_as_calendar(by_period: dict[str | None, list[Claim]]) -> None:
    """"el ejercicio pasado" (FY2024) beside "in 2024" at least as often: a fiscal year as many
    sources of the subject call by its calendar year is that year (most companies' fiscal year
    is the calendar year) — merged into it, so its figures are compared."""
    for period in [p for p in by_period if p and re.fullmatch(r"FY\d{4}", p)]:
        year = period[2:]
        fiscal = {c.document for c in by_period[period]}
        calendar = {c.document for c in by_period.get(year, ())}
        if calendar and len(calendar - fiscal) >= len(fiscal):
            by_period[year].extend(by_period.pop(period))


def _current_period(period: str, published: object) -> bool:
    """Whether ``period`` (a year, half, quarter, fiscal year, month or day) is the time of the
    event an article published then reports: it ends within about three months before the
    article's date, or (a half, a quarter, a month, a day) contains it; a year still running is
    no year whose results are told."""
    if not isinstance(published, date):
        return False
    if _current_event(period, published) and not re.fullmatch(r"\d{4}", period):
        return True  # a month or a day of the event; a year is an accounting period here
    match = re.fullmatch(r"(?:FY)?(\d{4})(?:-(H|Q)(\d))?", period)
    if match is None:
        return False
    year = int(match.group(1))
    if match.group(2) == "H":
        first_month, months = 6 * (int(match.group(3)) - 1) + 1, 6
    elif match.group(2) == "Q":
        first_month, months = 3 * (int(match.group(3)) - 1) + 1, 3
    else:
        first_month, months = 1, 12
    if not 1 <= first_month <= 12:
        return False
    start = date(year, first_month, 1)
    end_month = first_month + months
    end = date(year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1) - timedelta(days=1)
    # a year's results are told after it ends; a year still running when the article appeared
    # ("per il 2026 Norvik Group si attende…" in February 2026) is an outlook's. A half or a quarter
    # may be told while it runs.
    if match.group(2) is None:
        return end < published <= end + CURRENT_EVENT_BEFORE
    return start <= published <= end + CURRENT_EVENT_BEFORE


def _is_day(period: str | None) -> bool:
    return period is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", period) is not None


def _current_event(period: str | None, published: object) -> bool:
    """Whether ``period`` is the time of the event the article reports: its own year, or a month
    or day within about three months before (one after) its publication date."""
    if period is None or not isinstance(published, date):
        return False
    if re.fullmatch(r"\d{4}", period):
        return int(period) == published.year
    days = _days_of(period)
    if days is None:
        return False
    first, last = days
    return (first <= published + CURRENT_EVENT_AFTER
            and last >= published - CURRENT_EVENT_BEFORE)


ROUND_SCOPE = f"{PORTION_SCOPE}round-"
#: Results of one round of a vote, which the next round's replace (seats are the final count's)
SHARES_OF_A_ROUND = frozenset({"vote_share", "turnout"})
#: Results read at a stage of the count no one says ("partial results": two articles' partial
#: results may be of two moments) or a poll's: held to nothing.
#: Payouts for one year made in the next (a dividend, a buyback "for 2024" launched in the second
#: quarter of 2025): the same figure under two periods is no period mismatch.
PAID_WHEN_DUE = frozenset({"dividend"})
PAYOUT_SCOPES = frozenset({f"{PORTION_SCOPE}buyback"})
UNCOMPARED_STAGES = frozenset({f"{PORTION_SCOPE}counted-partial", f"{PORTION_SCOPE}counted-poll"})


def _one_round(claims: Sequence[Claim]) -> Sequence[Claim]:
    """A story whose results name the second round only (a runoff's "segunda vuelta", never a
    first round) is about that round: its results that name none are of it too, and are
    compared with the ones that do. A story naming only the first round may be a runoff's that
    recalls it, so it gets no default."""
    rounds = {c.scope for c in claims if c.attribute in ROUND_SLOTS
              and (c.scope or "").startswith(ROUND_SCOPE)}
    if rounds != {f"{ROUND_SCOPE}2"}:
        return claims
    only = rounds.pop()
    return [dataclasses.replace(c, scope=only)
            if c.attribute in ROUND_SLOTS and c.scope is None else c for c in claims]


def compare(claims: Sequence[Claim], documents: Sequence[Document]) -> list[Conflict]:
    claims = _one_round(claims)
    published = {d.id: d.published for d in documents}
    context = _Context(published, {d.id: d.source for d in documents}, _anchors(claims),
                       story_periods(claims, published), claims, named_periods(claims))
    conflicts: list[Conflict] = []
    # a fee some outlets split into a fixed part and bonuses: an unqualified figure of it may be
    # either the fixed part or the total, so it is held to no other (abstain)
    split_fees = {(c.subject, c.attribute) for c in claims
                  if c.scope in (f"{PORTION_SCOPE}base", f"{PORTION_SCOPE}with_bonuses")}
    # a story that names both rounds of an election: a share no round is named for may be of
    # either ("47.6%" in the first round, "53.1%" in the runoff), so it is held to no other
    two_rounds = {f"{ROUND_SCOPE}1", f"{ROUND_SCOPE}2"} <= {
        c.scope for c in claims if c.attribute in ROUND_SLOTS}
    groups = _comparable(claims)
    for (pool, subject, attribute, _unit, scope, source, holder), group in sorted(
            groups.items(), key=lambda kv: str(kv[0])):
        if scope is None and (subject, attribute) in split_fees:
            group = _beside_split_fee(group, claims)
            if not group:
                continue
        if scope is None and two_rounds and attribute in SHARES_OF_A_ROUND:
            # but a majority is the deciding round's: no one wins one in a first round that
            # leads to a runoff ("51,2%" and "53,1 %" are both the runoff winner's)
            group = [c for c in group if c.value.low is not None and c.value.low > 50]
            if attribute != "vote_share" or len(group) < 2:
                continue
        if scope in UNCOMPARED_STAGES:
            # "selon des résultats partiels": each article's own moment of the count; a poll's
            # figures are an estimate of the pollster's, not a count
            continue
        slot = SLOTS[attribute]
        found: list[Conflict] = []
        if slot.value_kind in ("money", "percent", "count", "year", "age"):
            if (slot.evolving or holder is not None) and not per_period(attribute, scope):
                # "a porté sa participation à 13,2 %", months later "19,1 %": a holder's stake
                # grows as it buys, so only sources of one day are held to each other
                found.extend(_evolving(context, pool, subject, attribute, group))
            else:
                found.extend(_numeric(context, pool, subject, attribute, group))
        if slot.value_kind == "date":
            found.extend(_dates(context, pool, subject, attribute, group))
        if attribute == "relationship" and pool == "factual":
            found.extend(_polarity(context, subject, group))
        conflicts.extend(_qualified(found, scope, source, holder))
    conflicts.extend(_currency_slips(context, claims, groups, conflicts))
    conflicts.extend(_categories(context, claims))
    # Groups are visited in a fixed order, so a repeated id (the same slot compared once in
    # dollars and once in euros) gets the same suffix on every run.
    unique: dict[str, Conflict] = {}
    by_id = {c.id: c for c in claims}

    def told_by(conflict: Conflict) -> tuple[frozenset[frozenset[str]], dict[str, set[int]]]:
        """The pairs of documents a conflict sets against each other, and the sentences
        (their offsets) each document says it in."""
        sources: list[set[str]] = []
        sentences: dict[str, set[int]] = defaultdict(set)
        for side in conflict.sides:
            said = [by_id[i] for i in side.claims if i in by_id]
            sources.append({c.document for c in said})
            for c in said:
                sentences[c.document].add(c.start)
        return frozenset(frozenset((a, b)) for n, one in enumerate(sources)
                         for other in sources[n + 1:] for a in one for b in other
                         if a != b), sentences

    def restated(pairs, sentences, earlier) -> bool:
        before_pairs, before_sentences = earlier
        return pairs <= before_pairs and all(sentences[d] & before_sentences.get(d, set())
                                             for d in sentences)

    told: dict[str, list[tuple]] = defaultdict(list)
    for conflict in conflicts:
        pairs, sentences = told_by(conflict)
        if any(restated(pairs, sentences, earlier) for earlier in told[conflict.id]):
            # "$8.4bn (€7.2bn)" against "€8.4bn ($9.85bn)": the same sources disagree, in
            # the same sentences, on the same figure in a second currency — said once
            continue
        told[conflict.id].append((pairs, sentences))
        ident, n = conflict.id, 1
        while ident in unique:
            n += 1
            ident = f"{conflict.id}:{n}"
        unique[ident] = conflict if ident == conflict.id else _replace_id(conflict, ident)
    return sorted(unique.values(), key=lambda c: (("high", "medium", "low").index(c.severity),
                                                  c.id))


def _qualified(found: list[Conflict], scope: str | None, source: str | None,
               holder: str | None) -> list[Conflict]:
    """Conflicts of a scoped, attributed or held group, their ids and explanations saying so."""
    if scope is not None:
        at = scope.startswith(ORGANIZATION_SCOPE)
        portion = scope.startswith(PORTION_SCOPE)
        place = scope.split(":", 1)[1] if at or portion else scope
        slug = re.sub(r"[^\w]+", "-", place.casefold()).strip("-")
        suffix = f"at-{slug}" if at else f"portion-{slug}" if portion else f"in-{scope}"
        note = (f"Figures of one part: {place.replace('_', ' ')}." if portion
                else f"Figures for {place}.")
        found = [dataclasses.replace(c, id=f"{c.id}:{suffix}",
                                     explanation=f"{c.explanation} ({note})")
                 for c in found]
    if source is not None:
        found = [dataclasses.replace(c, id=f"{c.id}:by-{source}",
                                     explanation=f"{c.explanation} (Figures attributed to "
                                                 f"{source}.)")
                 for c in found]
    if holder is not None:
        slug = re.sub(r"[^\w]+", "-", holder.casefold()).strip("-")
        found = [dataclasses.replace(c, id=f"{c.id}:held-by-{slug}",
                                     explanation=f"{c.explanation} (Held by {holder}.)")
                 for c in found]
    return found


#: Rules whose currency is not the outlet's own word: an amount that took the currency of the
#: paragraph, a conversion in brackets or a sentence that converts the one before.
_BORROWED_CURRENCY = ("money.inherited", "money.conversion", "money.carried", "fee_currency")
#: Two currencies the articles themselves convert at under this distance from one to one are
#: too close to tell apart by equal figures ("$2bn" and "€2bn" when the euro is near a dollar).
PARITY_SLACK = 0.05
#: Without a rate in the articles, equal figures in two currencies count only when written this
#: precisely ("14.067", "3.3"): a round "2 billion" in either may be anyone's rough conversion.
SLIP_DIGITS = 2


def _currency_slips(context: _Context, claims: Sequence[Claim],
                    groups: dict[tuple, list[Claim]],
                    found_so_far: Sequence[Conflict]) -> Iterable[Conflict]:
    """"un sueldo base de £14.067" against "14.067 euros": one figure given in two currencies
    by different outlets is a wrong currency in one of them — no exchange rate is needed to see
    that two currencies are not worth the same, unless the articles' own conversions put them
    near par. Only each outlet's own currency word counts (never one borrowed from the
    paragraph or a conversion), only where neither outlet gives the figure in both and one of
    them gives it plainly ("around £55m" and "rund 55 Millionen Euro" may both be loose), and
    never twice: outlets a conflict of the slot already sets apart are not set apart again."""
    rates = _stated_rates(claims)
    document_of = {c.id: c.document for c in claims}
    opposed: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    for conflict in found_so_far:
        sides = [{document_of.get(i) for i in side.claims} for side in conflict.sides]
        opposed[(conflict.subject, conflict.attribute)] |= {
            frozenset((a, b)) for n, one in enumerate(sides) for other in sides[n + 1:]
            for a in one for b in other if a and b and a != b}
    by_key: dict[tuple, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for (pool, subject, attribute, unit, scope, source, holder), group in groups.items():
        if pool == "factual" and unit and SLOTS[attribute].value_kind == "money":
            by_key[(subject, attribute, scope, source, holder)][unit].extend(group)
    for (subject, attribute, scope, source, holder), by_unit in sorted(
            by_key.items(), key=lambda kv: str(kv[0])):
        units = sorted(by_unit)
        found: list[Conflict] = []
        for n, first in enumerate(units):
            for second in units[n + 1:]:
                found.extend(_slips_between(context, subject, attribute, by_unit[first],
                                            by_unit[second], rates.get((first, second)),
                                            opposed[(subject, attribute)]))
        yield from _qualified(found, scope, source, holder)


def _stated_rates(claims: Sequence[Claim]) -> dict[tuple[str, str], list[float]]:
    """What one unit of a currency is worth in another by the articles' bracketed conversions
    ("£3.3bn (€3.9bn)": 1.18), both ways round."""
    rates: dict[tuple[str, str], list[float]] = defaultdict(list)
    by_sentence: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.value.kind == "money" and claim.value.point:
            by_sentence[(claim.document, claim.start)].append(claim)
    for said in by_sentence.values():
        for converted in said:
            if not converted.rule.endswith("money.conversion.v1"):
                continue
            origin = max((c for c in said if c.value.unit != converted.value.unit
                          and c.value_end <= converted.value_start
                          and not c.rule.endswith("money.conversion.v1")),
                         key=lambda c: c.value_end, default=None)
            if origin is None or not origin.value.point or not origin.value.unit:
                continue
            ratio = abs(converted.value.point / origin.value.point)
            pair = (origin.value.unit, converted.value.unit or "")
            rates[pair].append(ratio)
            rates[(pair[1], pair[0])].append(1 / ratio)
    return rates


def _digits(point: float) -> int:
    """Significant digits of a figure as written: 2 for 3.3e9, 5 for 14067, 1 for 1e8."""
    figure = f"{_mantissa(abs(point)):.6f}".rstrip("0").rstrip(".").replace(".", "")
    return len(figure.lstrip("0").rstrip("0")) or 1


def _slips_between(context: _Context, subject: str, attribute: str, first: list[Claim],
                   second: list[Claim], rates: list[float] | None,
                   opposed: set[frozenset[str]]) -> Iterable[Conflict]:
    """The first figure, in order, that outlets give in ``first``'s currency and others in
    ``second``'s, as one conflict (see ``_currency_slips`` for when it is one)."""
    if rates and any(abs(r - 1) <= PARITY_SLACK for r in rates):
        return
    own = [[c for c in side if not any(r in c.rule for r in _BORROWED_CURRENCY)
            and c.value.point] for side in (first, second)]
    for claim in sorted(own[0], key=lambda c: c.id):
        point = claim.value.point
        assert point is not None
        period = _slip_period(context, claim)
        twins = [o for o in own[1] if math.isclose(o.value.point or 0.0, point, rel_tol=1e-9)
                 and _slip_period(context, o) == period]
        if not twins or (not rates and _digits(point) < SLIP_DIGITS):
            continue
        sides = [[c for c in own[0] if math.isclose(c.value.point or 0.0, point, rel_tol=1e-9)
                  and _slip_period(context, c) == period], twins]
        documents = [{c.document for c in side} for side in sides]
        if documents[0] & documents[1]:
            continue  # one outlet giving the figure in both: it knows, or it quotes
        if all(c.value.hedge for side in sides for c in side):
            continue  # "around £55m", "rund 55 Millionen Euro": each may be a rough conversion
        if any(frozenset((a, b)) in opposed for a in documents[0] for b in documents[1]):
            continue  # the same outlets already disagree on the slot: said once
        slot = SLOTS[attribute]
        what = _what(subject, attribute, period)
        explanation = (
            f"{_who(context, sides[0])} put {what} at {_side_label(sides[0])}, but "
            f"{_who(context, sides[1])} at {_side_label(sides[1])}: the same figure in two "
            "currencies, which are not worth the same — one of them names the wrong currency.")
        conflict = _conflict("value_mismatch", subject, attribute, period, slot.materiality,
                             sides, explanation, False, "factual")
        yield _replace_id(conflict, f"{conflict.id}:currency")
        return  # one slip per pair of currencies: the figure told wrong


def _slip_period(context: _Context, claim: Claim) -> str | None:
    """The period a figure is compared in: its own for a per-period slot, else the current
    event's or the one it names."""
    if per_period(claim.attribute, claim.scope):
        return claim.period
    return comparison_period(claim, context.published.get(claim.document))


def _beside_split_fee(group: list[Claim], claims: Sequence[Claim]) -> list[Claim]:
    """The unqualified figures of a fee other outlets split into a fixed part and bonuses
    that may be held to each other: none, unless one lies below every fixed part and matches no
    total anyone gives ("51 million" where the others say 60 fixed, 70 with bonuses: neither
    the fixed part nor a total) — then that figure against those that match the fixed part.
    (A figure above the fixed part may be a total with bonuses no one itemized.)"""
    first = group[0]
    parts = [c for c in claims if c.subject == first.subject and c.attribute == first.attribute
             and c.value.unit == first.value.unit
             and c.scope in (f"{PORTION_SCOPE}base", f"{PORTION_SCOPE}with_bonuses")]
    fixed = [c for c in parts if c.scope == f"{PORTION_SCOPE}base"]

    def matches(claim: Claim, among: list[Claim]) -> bool:
        return any(interval(claim).overlaps(interval(part)) for part in among)

    odd = [c for c in group if not matches(c, parts)
           and all(_entirely_below(interval(c), interval(part)) for part in fixed)]
    if not odd or not fixed:
        return []
    return odd + [c for c in group if c not in odd and matches(c, fixed)]


def _another_measure(side: list[Claim], claims: Sequence[Claim]) -> bool:
    """Whether a side's figures are each what other outlets give as another measure of the
    subject ("Gewinn … minus 12,1 Prozent" where two others give 12.1% as the operating
    profit's fall, and the net profit's as 25.3%; sales up 1.2% where another gives 1.2% as the
    organic rate): that outlet named the measure loosely, and
    the side is set aside, not set against the others — unless its slot words name the measure
    in full ("lucro líquido", "net profit"): then it gave the wrong figure."""
    if not side or side[0].attribute not in LOOSELY_NAMED:
        return False
    if side[0].attribute != "growth" and any(len(c.trigger.split()) > 1 for c in side):
        return False  # "lucro líquido", "net profit": the measure named in full, not loosely
    documents = {c.document for c in side}
    return all(any(
        o.subject == c.subject and o.attribute == c.attribute
        and (_narrower(o.scope, c.scope) or (o.scope, c.scope) == _ORGANIC_OF_REVENUE
             or (o.scope, c.scope) == _CONSTANT_OF_REVENUE)
        and o.value.unit == c.value.unit
        and (o.document not in documents or (
            # "ricavi … in crescita dell'8%" and, two sentences on, "dell'8% a cambi costanti
            # e del 7% a cambi correnti": the outlet's own constant-rate figure told loosely
            (o.scope, c.scope) == _CONSTANT_OF_REVENUE and o.document == c.document))
        and o.value.point is not None and o.value.point == c.value.point
        for o in claims) for c in side)


#: Organic growth is the revenue's growth told another way: "sales rose 1.2%" where another
#: outlet gives 1.2% as the organic rate and 1.5% as the reported one names the measure loosely.
_ORGANIC_OF_REVENUE = (f"{PORTION_SCOPE}growth-organic", f"{PORTION_SCOPE}growth-revenue")
#: So is growth at constant exchange rates.
_CONSTANT_OF_REVENUE = (f"{PORTION_SCOPE}growth-constant_currency",
                        f"{PORTION_SCOPE}growth-revenue")


def _narrower(scope: str | None, than: str | None) -> bool:
    """Whether a measure's scope names a narrower measure ("growth-profit-operating" within
    "growth-profit", "operating" within the plain profit)."""
    if scope == than or scope is None:
        return False
    if than is None:
        return scope.startswith(PORTION_SCOPE) and not scope.startswith(_NOT_MEASURES)
    return scope.startswith(f"{than}-")


def _numeric(context: _Context, pool: str, subject: str, attribute: str,
             group: list[Claim]) -> Iterable[Conflict]:
    if per_period(attribute, group[0].scope):
        dated = [c for c in group if c.period]
        by_period = per_period_groups(group, context.published,
                                      context.story_periods.get(subject), context.named_by)
        periods = (list(_period_mismatch(context, subject, attribute, dated))
                   if pool == "factual" else [])
        # A source that swaps two years' figures disagrees with the others in both years: its
        # period mismatches (one per figure moved) say it; value mismatches of its figures
        # repeat them.
        document_of = {c.id: c.document for c in group}
        movers: set[str] = set()
        said: dict[frozenset[str], int] = {}  # the sources that moved a figure -> its flag
        flags: list[Conflict] = []
        for conflict in periods:  # the source on the side fewer sources take
            sources = sorted(({document_of[i] for i in side.claims} for side in conflict.sides),
                             key=len)
            if len(sources[0]) < len(sources[-1]):
                movers |= sources[0]
                key = frozenset(sources[0])
                if key in said:  # one source's two years swapped is one discrepancy, said once
                    first = flags[said[key]]
                    flags[said[key]] = dataclasses.replace(first, explanation=(
                        f"{first.explanation} The same source also moves another figure "
                        "between these periods: it may have swapped the years."))
                    continue
                said[key] = len(flags)
            flags.append(conflict)
        periods = flags
        moved = {c.id for c in group if c.document in movers}
        for period, claims in sorted(by_period.items(), key=lambda kv: kv[0] or ""):
            kept = [c for c in claims if c.id not in moved]
            yield from _value_mismatch(context, pool, subject, attribute, period, kept)
        # "€31.4m" beside "€31.42bn", neither dated: one figure at two scales is a slip in one
        # of them whatever the period, though undated figures are otherwise never compared
        joined = {c.id for claims in by_period.values() for c in claims}
        loose = [c for c in group if c.id not in joined and c.id not in moved]
        twins = _rounded_scale_twins(loose, [c for c in group if c.id not in moved])
        if twins:
            for conflict in _value_mismatch(context, pool, subject, attribute, None, twins):
                yield dataclasses.replace(conflict, explanation=(
                    f"{conflict.explanation} One is the other written at another scale "
                    "(million, billion): a slip in one of them, whatever the period."))
        yield from periods
        return
    if attribute == "age":
        group = [_dated_by_day(c, context.published.get(c.document)) for c in group]
        yield from _value_mismatch(context, pool, subject, attribute, None, group)
        return
    # Claims dated to an explicit period are compared only with claims of that period; undated
    # ones only with undated ones ("In 2019, 31 people died" is another event's toll). For a
    # figure that does not change over time (a price, a plan's job cuts), a date of the current
    # event ("On 3 May, X agreed to pay $12bn") is no other period: it does not split.
    by_period: dict[str | None, list[Claim]] = defaultdict(list)
    for claim in group:
        by_period[comparison_period(claim, context.published.get(claim.document))].append(claim)
    for period, claims in sorted(by_period.items(), key=lambda kv: kv[0] or ""):
        yield from _value_mismatch(context, pool, subject, attribute, period, claims)


def _evolving(context: _Context, pool: str, subject: str, attribute: str,
              group: list[Claim]) -> Iterable[Conflict]:
    """A figure that changes from day to day (a toll, a headcount): only sources published the
    same (known) day are held to each other. A difference across days, or between articles whose
    day is unknown, may be an update: no conflict. A same-day clash is reported as one conflict
    per disagreement, with the figures of the other days in it, in time order (marked evolving),
    never as a second conflict beside it."""
    by_day: dict[object, list[Claim]] = defaultdict(list)
    # "crashed on Monday evening, killing 9": in an article of unknown day, the day of the
    # event itself dates the event, not the count, which may be of any day after
    event_days = {c.value.label for c in context.claims
                  if c.attribute == "occurred" and c.subject == EVENT_SUBJECT and c.value.label}
    for claim in group:
        day = context.published.get(claim.document)
        if isinstance(day, date) and not isinstance(day, ReferenceRange):
            by_day[day].append(claim)
        elif (claim.period and re.fullmatch(r"\d{4}-\d{2}-\d{2}", claim.period)
              and claim.period not in event_days):
            # an undated article that dates its count ("on Monday afternoon, 41 dead"): the
            # count of that day, held to the others of that day
            by_day[date.fromisoformat(claim.period)].append(claim)
    # one toll update, told alike by several outlets ("1,644 dead" beside the injured): the
    # figures written beside it are of one moment too, whatever the articles' dates
    for anchor, claims in sorted(_by_anchor(context, attribute, group).items(), key=str):
        by_day[f"the update of {anchor[1]:g} {anchor[0]}"] = claims
    # "40 Millionen Dollar" and "40 Milliarden Dollar": one figure at two scales is a slip in
    # one of them, never an update, whatever the days
    for figure, claims in sorted(_scale_twins(group).items()):
        by_day[f"{SCALE_SLIP_KEY}{figure:g}"] = claims
    same_day: dict[str | None, list[tuple[object, Conflict]]] = defaultdict(list)
    for day, claims in sorted(by_day.items(), key=lambda kv: str(kv[0])):
        for conflict in _numeric(context, pool, subject, attribute, claims):
            same_day[conflict.period].append((day, conflict))
    for conflict in _numeric(context, pool, subject, attribute, group):
        clashes = same_day.pop(conflict.period, [])
        if not clashes:
            continue  # across days or undated: an update, not a contradiction
        worst = min((c for _day, c in clashes), key=lambda c: _SEVERITY_ORDER.index(c.severity))
        explanation = conflict.explanation
        if conflict.evolving:
            explanation += "".join(f" On {day}: {c.explanation}" for day, c in clashes)
        explanation += "".join(
            f" {day} is written at two scales: one of them is a slip,"
            " not an update." for day, _c in clashes if str(day).startswith(SCALE_SLIP_KEY))
        yield dataclasses.replace(
            conflict,
            severity=min(conflict.severity, worst.severity, key=_SEVERITY_ORDER.index),
            confidence=max(conflict.confidence, worst.confidence),
            explanation=explanation,
        )
    for period in sorted(same_day, key=lambda p: p or ""):  # a clash the overall view lost
        for day, conflict in same_day[period]:
            yield _replace_id(conflict, f"{conflict.id}:{str(day).replace(' ', '-')}")


def _of_one_magnitude(claims: list[Claim]) -> list[Claim]:
    """The money claims within ``IMPLAUSIBLE_RATIO`` of the group's median: a price per share
    (€2.87) read as the value of a company (€14.6bn) is another quantity, not a disagreement.
    Figures that differ only by a scale word ("40 million", "40 billion") stay: that slip is
    one."""
    # by size: a loss (negative) is as plausible as a profit of its size
    points = sorted(abs(c.value.point) for c in claims
                    if c.value.kind == "money" and c.value.point)
    if len(points) < 2 or points[-1] <= points[0] * IMPLAUSIBLE_RATIO:
        return claims
    half = len(points) // 2
    middle = points[half] if len(points) % 2 else math.sqrt(points[half - 1] * points[half])
    twins = {id(c) for members in _scale_twins(claims).values() for c in members}

    def plausible(claim: Claim) -> bool:
        point = claim.value.point
        if claim.value.kind != "money" or not point or id(claim) in twins:
            return True
        return middle / IMPLAUSIBLE_RATIO <= abs(point) <= middle * IMPLAUSIBLE_RATIO

    return [c for c in claims if plausible(c)]


def _scale_twins(group: Sequence[Claim]) -> dict[float, list[Claim]]:
    """Money claims whose figures differ only by a scale word (a factor of a thousand or a
    million: "40 million" and "40 billion"), by the figure as written before its scale."""
    exact = [c for c in group if c.value.kind == "money" and c.value.point]
    twins: dict[float, list[Claim]] = {}
    for claim in exact:
        point = claim.value.point
        assert point is not None
        scaled = [o for o in exact if o is not claim and o.document != claim.document
                  and any(math.isclose(o.value.point or 0.0, point * factor, rel_tol=1e-9)
                          for factor in SCALE_SLIPS)]
        if scaled:
            figure = _mantissa(point)
            twins.setdefault(figure, [])
            twins[figure].extend(c for c in (claim, *scaled) if c not in twins[figure])
    return twins


def _rounded_scale_twins(loose: Sequence[Claim], group: Sequence[Claim]) -> list[Claim]:
    """The first figure, in order, that a claim of ``loose`` and one of another source give at
    two scales, each as written and rounded ("€31.4m", "€31.42bn"): both sources' claims of it.
    Only tight figures count (no "over", no "about"): a wide interval meets anything scaled."""
    for claim in sorted(loose, key=lambda c: c.id):
        for other in sorted(group, key=lambda c: c.id):
            if other.document != claim.document and _scaled_alike(claim, other):
                return [claim, other]
    return []


def _mantissa(point: float) -> float:
    """The figure before its scale word: 50 for 5e7 and 5e10, 1.5 for 1.5e9."""
    while point >= 1000 and math.isclose(point / 1000, round(point / 1000, 6), rel_tol=1e-12):
        point /= 1000
    return round(point, 6)


def _anchors(claims: Sequence[Claim]) -> dict[str, list[tuple[int, int, frozenset]]]:
    """For each sentence, the exact counts of evolving slots it states (a toll update)."""
    found: dict[tuple[str, int, int], set] = defaultdict(set)
    for claim in claims:
        value = claim.value
        if (SLOTS[claim.attribute].evolving and value.kind == "count" and value.point
                and value.point >= ANCHOR_MIN
                and value.low == value.high == value.point and claim.modality in FACTUAL):
            found[(claim.document, claim.start, claim.end)].add((claim.attribute, value.point))
    by_document: dict[str, list[tuple[int, int, frozenset]]] = defaultdict(list)
    for (document, start, end), values in sorted(found.items(), key=str):
        by_document[document].append((start, end, frozenset(values)))
    return dict(by_document)


def _by_anchor(context: _Context, attribute: str,
               group: list[Claim]) -> dict[tuple[str, float], list[Claim]]:
    """Claims grouped by a figure of another slot stated exactly in their sentence or in the
    sentence right before it ("...ha causado 1.644 muertos. Según esa misma fuente, el número de
    heridos..."), where two or more articles state that figure so."""
    by_anchor: dict[tuple[str, float], list[Claim]] = defaultdict(list)
    for claim in group:
        for start, end, anchors in context.anchors.get(claim.document, ()):
            if start != claim.start and not (end <= claim.start <= end + ANCHOR_GAP):
                continue
            for anchor in anchors:
                if anchor[0] != attribute and claim not in by_anchor[anchor]:
                    by_anchor[anchor].append(claim)
    return {anchor: claims for anchor, claims in by_anchor.items()
            if len({c.document for c in claims}) >= 2}


#: Characters between a sentence and the next one of its paragraph (a space, or a line break).
ANCHOR_GAP = 2
#: The smallest count that marks one update: "1,644 dead" is one moment's figure, while "9
#: injured" may hold for days as the dead are counted up beside it.
ANCHOR_MIN = 20
_SEVERITY_ORDER = ("high", "medium", "low")


def _replace_id(conflict: Conflict, ident: str) -> Conflict:
    return dataclasses.replace(conflict, id=ident)


def _dates(context: _Context, pool: str, subject: str, attribute: str,
           group: list[Claim]) -> Iterable[Conflict]:
    """Dates conflict when neither contains the other ("2026-02" contains "2026-02-11")."""
    claims = [c for c in group if c.value.label]
    clusters: list[list[Claim]] = []
    for claim in sorted(claims, key=lambda c: (c.value.label, c.id)):
        for cluster in clusters:
            if all(_compatible_dates(claim.value.label, o.value.label) for o in cluster):
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    if len(clusters) < 2 or len({c.document for c in claims}) < 2:
        return
    by_document = defaultdict(set)
    for index, cluster in enumerate(clusters):
        for claim in cluster:
            by_document[claim.document].add(index)
    if any(len(indexes) > 1 for indexes in by_document.values()):
        return  # a source that gives two dates: misattribution, abstain
    slot = SLOTS[attribute]
    labels = [" / ".join(sorted({c.value.label for c in cluster})) for cluster in clusters]
    explanation = (
        f"{_who(context, clusters[0])} {_verb(context, clusters[0], 'dates', 'date')} "
        f"{_what(subject, attribute, None)} to {labels[0]}, but "
        f"{_who(context, clusters[1])} to {labels[1]}: it happened once."
    )
    yield _conflict("value_mismatch", subject, attribute, None, slot.materiality * 0.8,
                    clusters, explanation, False, pool, labels=labels)


def _compatible_dates(a: str, b: str) -> bool:
    """Whether one date contains the other: "2026-02" holds "2026-02-11", "2026-Q4" holds
    "2026-11" and lies in "2026-H2"."""
    if a.startswith(b) or b.startswith(a):
        return True
    span_a, span_b = date_span(a), date_span(b)
    if span_a is None or span_b is None:
        return False
    return (span_a[0] <= span_b[0] and span_b[1] <= span_a[1]) or (
        span_b[0] <= span_a[0] and span_a[1] <= span_b[1])


def _value_mismatch(context: _Context, pool: str, subject: str, attribute: str,
                    period: str | None, claims: list[Claim]) -> Iterable[Conflict]:
    claims = _self_consistent(_of_one_magnitude(claims))
    if len({c.document for c in claims}) < 2:
        return
    slot = SLOTS[attribute]
    sides = _sides(claims)
    if slot.value_kind in ("money", "percent", "count") and not slot.signed:
        sides = _near_sides(sides)
    sides = [side for side in sides if not _another_measure(side, context.claims)]
    if len(sides) < 2:
        return
    documents = [{c.document for c in side} for side in sides]
    if len(set().union(*documents)) < 2:
        return
    gap = _relative_gap(sides)
    negligible = gap < NEGLIGIBLE_GAP or (
        slot.value_kind == "percent" and _spread(sides) < NEGLIGIBLE_POINTS)
    if negligible and slot.value_kind in ("money", "percent", "count") and not any(
            c.value.hedge for side in sides for c in side):
        return  # two plain figures a last digit apart (hedges say more: "over" vs "almost")
    if attribute in COUNT_DRIFT_SLOTS and _count_drift(sides):
        return
    if sides[0][0].scope == MARKET_SCOPE and gap < MARKET_DRIFT:
        return  # a market value read on two days
    evolving = slot.evolving and _published_differently(context, sides)
    score = slot.materiality * min(1.0, 0.35 + 3 * gap) * (0.5 if evolving else 1.0)
    values = [_side_label(side) for side in sides]
    what = _what(subject, attribute, period)
    explanation = (
        f"{_who(context, sides[0])} put {what} at {values[0]}, but {_who(context, sides[1])} at "
        f"{values[1]}"
        + (f" (and {len(sides) - 2} more): these figures cannot all be right." if len(sides) > 2
           else ": these figures cannot both be right.")
    )
    if evolving:
        explanation += " The articles were published on different days and the figure evolves."
    if pool != "factual":
        explanation = f"[{pool}] " + explanation
    yield _conflict("value_mismatch", subject, attribute, period, score, sides, explanation,
                    evolving, pool)


def _period_mismatch(context: _Context, subject: str, attribute: str,
                     claims: list[Claim]) -> Iterable[Conflict]:
    """The same figure dated to different periods by different sources. Only periods written in
    the claim's own sentence count: one carried over from context is too weak to accuse."""
    if attribute in PAID_WHEN_DUE:
        return  # "a dividend for 2024" is paid in 2025: which period an outlet names is no clue
    claims = sorted((c for c in claims if c.period_source == "sentence"
                     and c.scope not in PAYOUT_SCOPES),
                    key=lambda c: (c.value.point or 0.0, c.id))
    clusters: list[list[Claim]] = []
    for claim in claims:
        for cluster in clusters:
            if all(_same_figure(claim, other) for other in cluster):
                cluster.append(claim)
                break
        else:
            clusters.append([claim])
    for cluster in clusters:
        by_period: dict[str, list[Claim]] = defaultdict(list)
        for claim in cluster:
            by_period[claim.period].append(claim)
        if len(by_period) < 2:
            continue
        if all(_may_be_one_period(a, b) for a in by_period for b in by_period if a < b):
            continue  # "FY2025" and "2024": a fiscal year that ends early in 2025 is both
        if SLOTS[attribute].value_kind == "percent" and all(
                _nested(a, b) for a in by_period for b in by_period if a < b):
            continue  # "sales fell 11% in the fourth quarter" and "in 2024": a rate may be both
        if SLOTS[attribute].value_kind == "percent" and all(
                c.value.point is not None and float(c.value.point).is_integer() for c in cluster):
            continue  # "down 8% in the half", "down 8% in the quarter": a whole rate recurs
        periods_of = defaultdict(set)
        for claim in cluster:
            periods_of[claim.document].add(claim.period)
        if any(len(p) > 1 for p in periods_of.values()):
            continue  # a source that gives this figure for two periods: no contradiction
        if any(_names_year_of(claim, period) for claim in cluster for period in by_period
               if period != claim.period):
            continue  # "a profit for 2025 of 1.8 times the 2024 figure of €1.9bn": whose is it?
        sides = [by_period[p] for p in sorted(by_period)]
        if len({c.document for c in cluster}) < 2:
            continue
        slot = SLOTS[attribute]
        score = slot.materiality * 0.9
        figure = format_value(cluster[0].value)
        labels = [f"{_side_label(side)} in {side[0].period}" for side in sides]
        explanation = (
            f"{_who(context, sides[0])} {_verb(context, sides[0], 'dates', 'date')} "
            f"{_what(subject, attribute, None)} of {figure} to "
            f"{sides[0][0].period}, but {_who(context, sides[1])} to {sides[1][0].period}: "
            "the same figure cannot be the "
            f"{attribute.replace('_', ' ')} of both periods."
        )
        yield _conflict("period_mismatch", subject, attribute, None, score, sides, explanation,
                        False, "factual", labels=labels)


def _names_year_of(claim: Claim, period: str) -> bool:
    """Whether the claim's sentence also writes the year of ``period`` before the figure: a
    sentence naming both periods ahead of it leaves open which one the figure is of (a year after
    it is most often a base's: "€1.1bn last year, down from €1.3bn in 2024")."""
    year = re.match(r"(?:FY)?(\d{4})", period)
    ahead = claim.sentence[:max(0, claim.value_start - claim.start)]
    return year is not None and re.search(rf"(?<!\d){year.group(1)}(?!\d)", ahead) is not None


def _nested(a: str, b: str) -> bool:
    """Whether one period label lies within the other ("2024-Q4" in "2024", "FY2024" too)."""
    years = [re.match(r"(?:FY)?(\d{4})", p) for p in (a, b)]
    return all(years) and years[0].group(1) == years[1].group(1) and (
        a.startswith(b) or b.startswith(a) or a.startswith("FY") or b.startswith("FY"))


def _may_be_one_period(a: str, b: str) -> bool:
    """Whether two period labels may name one period: a fiscal year ("FY2025", the year it
    ends in) and the calendar year it ends in or starts in ("Geschäftsjahr 2024/25" vs "2024"),
    or two fiscal years a year apart: companies name theirs by the year it starts in ("FY2024"
    ends in March 2025), "the year that ended in March" is read by the year it ends in; or a
    quarter and the month it ends in ("the March quarter", read as March where no rule knows
    the form)."""
    for one, other in ((a, b), (b, a)):
        month = re.fullmatch(r"(\d{4})-(\d{2})", one)
        if month and int(month.group(2)) % 3 == 0 and (
                other == f"{month.group(1)}-Q{int(month.group(2)) // 3}"):
            return True  # "the March quarter": the quarter named by the month it ends
    fiscal = re.compile(r"FY(\d{4})")
    both = [fiscal.fullmatch(a), fiscal.fullmatch(b)]
    if both[0] and both[1]:
        return abs(int(both[0].group(1)) - int(both[1].group(1))) <= 1
    for one, other in ((a, b), (b, a)):
        match = fiscal.fullmatch(one)
        if match and re.fullmatch(r"\d{4}", other):
            return int(match.group(1)) - int(other) in (0, 1)
    return False


def _same_figure(a: Claim, b: Claim) -> bool:
    if a.value.point is None or b.value.point is None:
        return False
    if not interval(a).overlaps(interval(b)):
        return False
    scale = max(abs(a.value.point), abs(b.value.point)) or 1.0
    return abs(a.value.point - b.value.point) / scale <= SAME_FIGURE


def _categories(context: _Context, claims: Sequence[Claim]) -> Iterable[Conflict]:
    """Control of a company changing hands vs a stake in it below 50%."""
    control: dict[str, list[Claim]] = defaultdict(list)
    minority: dict[str, list[Claim]] = defaultdict(list)
    denied: dict[str, list[Claim]] = defaultdict(list)  # "not a takeover", "keine Übernahme"
    for claim in claims:
        if (claim.modality == "negated" and claim.attribute == "deal_type"
                and claim.value.label in CONTROL_DEAL_TYPES and not claim.condition):
            denied[claim.subject].append(claim)
            continue
        if claim.modality not in FACTUAL or incomparable_scope(claim.scope) or (
                claim.scope == f"{PORTION_SCOPE}already"):
            continue  # "the remaining 30%", "already holds 12%" say nothing of the deal
        if claim.attribute == "deal_type" and claim.value.label in CONTROL_DEAL_TYPES:
            control[claim.subject].append(claim)
        elif claim.attribute == "deal_type" and claim.value.label == "minority_stake":
            minority[claim.subject].append(claim)
        elif claim.attribute == "stake" and _below_half(claim):
            minority[claim.subject].append(claim)
        elif claim.attribute == "stake" and _above_half(claim):
            control[claim.subject].append(claim)
    for subject in sorted(set(control) & set(minority)):
        if any(c.attribute == "stake" for c in control[subject]):
            # "X holds 12% of Y and bids for at least three quarters": stakes on both sides of half
            # are steps of one bid (a holding, a threshold, the result), no say on the deal's
            # kind; only a word for it ("minority stake") stands against a takeover
            minority[subject] = [c for c in minority[subject] if c.attribute != "stake"]
            if not minority[subject]:
                continue
        backing = minority[subject] + denied[subject]
        if all(c.attribute == "stake" for c in backing) and len(
                {c.document for c in backing}) < 2:
            continue  # one article's stake below half may be a holding or a threshold
        # a denied takeover backs the minority side; alone it says no more than a denial
        sides = [control[subject], minority[subject] + denied[subject]]
        if len({c.document for side in sides for c in side}) < 2:
            continue
        labels = ["acquisition / control", "minority stake (< 50%)"]
        explanation = (
            f"{_who(context, sides[0])} {_verb(context, sides[0], 'describes', 'describe')} the "
            f"deal as a takeover of {subject}, but {_who(context, sides[1])} "
            f"{_verb(context, sides[1], 'describes', 'describe')} a stake below 50%: a minority "
            "stake is not control."
        )
        yield _conflict("category_mismatch", subject, "deal_type", None,
                        SLOTS["deal_type"].materiality * 0.9, sides, explanation, False,
                        "factual", labels=labels)


def _below_half(claim: Claim) -> bool:
    high = claim.value.high if claim.value.high is not None else claim.value.point
    if high is None:
        return False
    return high < 50 or (high == 50 and claim.value.high_exclusive)


def _above_half(claim: Claim) -> bool:
    low = claim.value.low if claim.value.low is not None else claim.value.point
    if low is None:
        return False
    return low > 50 or (low == 50 and claim.value.low_exclusive)


def _polarity(context: _Context, subject: str, claims: list[Claim]) -> Iterable[Conflict]:
    """A relation is symmetric: "A keeps supplying B" and "B ends its contract with A" clash."""
    by_pair: dict[tuple[str, str], dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
    for claim in claims:
        if claim.object:
            pair = tuple(sorted((claim.subject, claim.object)))
            by_pair[pair][claim.value.label or ""].append(claim)
    for (first, second), labels in sorted(by_pair.items()):
        if not labels.get("continues") or not labels.get("ends"):
            continue
        sides = [labels["continues"], labels["ends"]]
        if len({c.document for side in sides for c in side}) < 2:
            continue
        explanation = (
            f"{_who(context, sides[0])} {_verb(context, sides[0], 'says', 'say')} {first} and "
            f"{second} keep working together, but {_who(context, sides[1])} "
            f"{_verb(context, sides[1], 'says', 'say')} the relationship is ending."
        )
        yield _conflict("polarity_mismatch", f"{first} ↔ {second}", "relationship", None,
                        SLOTS["relationship"].materiality * 0.8, sides, explanation, False,
                        "factual", labels=["keep working together", "relationship ends"])


# -- helpers -------------------------------------------------------------------------------

def _conflict(kind: str, subject: str, attribute: str, period: str | None, score: float,
              sides: list[list[Claim]], explanation: str, evolving: bool, pool: str,
              labels: list[str] | None = None) -> Conflict:
    severity = "high" if score >= 0.7 else "medium" if score >= 0.4 else "low"
    confidence = min(min(c.confidence for c in side) for side in sides)
    labels = labels or [_side_label(side) for side in sides]
    ident = conflict_id(kind, subject, attribute, period)
    if pool != "factual":
        ident += ":" + re.sub(r"[^\w]+", "-", pool).strip("-")
    return Conflict(
        id=ident, kind=kind, subject=subject, attribute=attribute, period=period,
        severity=severity, confidence=round(confidence, 3), explanation=explanation,
        sides=tuple(Side(value=label, claims=tuple(c.id for c in side))
                    for label, side in zip(labels, sides, strict=True)),
        evolving=evolving,
    )


def _side_label(side: list[Claim]) -> str:
    labels = sorted({format_value(c.value) for c in side})
    return " / ".join(labels)


def _names(context: _Context, side: list[Claim]) -> list[str]:
    """The outlets of a side, by name when the article gives one, else by file id."""
    return sorted({context.sources.get(c.document) or c.document for c in side})


def _who(context: _Context, side: list[Claim]) -> str:
    names = _names(context, side)
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _verb(context: _Context, side: list[Claim], one: str, several: str) -> str:
    """"Le Monde says", "Le Monde and El País say"."""
    return one if len(_names(context, side)) == 1 else several


def _what(subject: str, attribute: str, period: str | None) -> str:
    """"Acme's revenue for 2024"; a story-level count has no owner: "the deaths"."""
    owner = "the" if subject == EVENT_SUBJECT else f"{subject}'s"
    what = f"{owner} {attribute.replace('_', ' ')}"
    return f"{what} for {period}" if period else what


def _count_drift(sides: list[list[Claim]]) -> bool:
    """"17,6 %" and "17.82 %" of one candidate, "51,4 %" and "51,63 %" turnout: plain shares of
    a vote written to different precision, under ``COUNT_DRIFT_POINTS`` apart, are two moments of
    the count (the precise one quotes a tally, the other an earlier or later one), not a
    contradiction. Shares of one precision ("17,6 %" vs "17,8 %") each claim their last digit,
    also when a third outlet rounds one of them ("6,51 %" vs "6.59 %" beside "6,6 %")."""
    claims = [c for side in sides for c in side]
    if any(c.value.hedge or c.value.low is None or c.value.high is None for c in claims):
        return False

    def width(claim: Claim) -> float:
        return round(claim.value.high - claim.value.low, 6)

    widths = {width(c) for c in claims}
    if any(sum(any(width(c) == w for c in side) for side in sides) > 1 for w in widths):
        return False  # two sides written to the same precision disagree
    return len(widths) > 1 and _spread(sides) < COUNT_DRIFT_POINTS


def _spread(sides: list[list[Claim]]) -> float:
    points = [c.value.point for side in sides for c in side if c.value.point is not None]
    return max(points) - min(points) if points else 0.0


def _relative_gap(sides: list[list[Claim]]) -> float:
    points = [c.value.point for side in sides for c in side if c.value.point is not None]
    if not points:
        return 0.0
    low, high = min(points), max(points)
    scale = max(abs(low), abs(high)) or 1.0
    return (high - low) / scale


def _published_differently(context: _Context, sides: list[list[Claim]]) -> bool:
    dates = [{context.published.get(c.document) for c in side} for side in sides]
    known = [d - {None} for d in dates]
    if not all(known):
        return False
    return len(set().union(*known)) > 1
