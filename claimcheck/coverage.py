"""What a run could check: figures seen, claims made, claims compared, and why the rest was not.

"0 conflicts" is only reassuring when something was compared. Every report therefore carries its
coverage, and ``claims --all`` lists each figure that did not become a claim and each claim that
was left out of comparison, with the reason:

* extraction (``claimcheck.extract``) records why a figure made no claim candidate;
* ``unclaimed_by_link`` re-derives why a candidate made no claim (link found no subject);
* ``comparison_reasons`` re-derives, from the claims alone, which claims ``claimcheck.compare``
  held against another article and why the others were not: modality, a part or another event,
  no period, a document that contradicts itself, a single source.

The last two read the stages' results, never change them: a test holds them to the stages (every
claim on a conflict's side is "compared", every claim's figure is not "unclaimed").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimcheck.model import (
    OTHER_EVENT_SCOPE,
    PART_SCOPE,
    Analysis,
    Claim,
    Document,
    Report,
    Unclaimed,
    unnamed_segment_scope,
)
from claimcheck.slots import SLOTS

#: Value kinds that are figures (numbers written in the text), as opposed to categories.
FIGURE_KINDS = frozenset({"money", "percent", "count", "age"})
#: Less than ``THIN_SHARE`` of the claims compared is "little", and so is fewer than
#: ``THIN_COMPARED`` when that is less than half of them.
THIN_COMPARED = 6
THIN_SHARE = 0.2

NO_SUBJECT = ("no subject: no entity is named near it (a name two articles use, or one pinned "
              "in claimcheck.toml)")


# -- figures that did not become claims -----------------------------------------------------

def unclaimed_by_link(analyses: Sequence[Analysis], claims: Sequence[Claim]) -> list[Unclaimed]:
    """Extraction's unclaimed figures, then the candidates link made no claim of, by document."""
    made = {(claim.document, claim.value_start, claim.attribute) for claim in claims}
    found: list[Unclaimed] = []
    for analysis in analyses:
        document = analysis.document
        found.extend(analysis.unclaimed)
        seen = set()
        for mention in analysis.mentions:
            key = (document.id, mention.value_start, mention.attribute)
            if key in made or key in seen:
                continue
            seen.add(key)
            sentence = analysis.sentences[mention.sentence]
            found.append(Unclaimed(
                document.id, mention.value_start, mention.value_end, mention.value.text, "link",
                NO_SUBJECT, sentence.start, sentence.end, mention.attribute))
    return sorted(found, key=lambda u: (u.document, u.start, u.stage))


# -- claims left out of comparison ----------------------------------------------------------

def comparison_reasons(report: Report) -> dict[str, str]:
    """Why each claim that ``compare`` held against no other article was left out, by claim id.
    A claim not in the result was compared. Claims of different story groups never meet."""
    documents = {document.id: document for document in report.documents}
    groups = [set(group.documents) for group in report.groups] or [set(documents)]
    reasons: dict[str, str] = {}
    for members in groups:
        claims = [claim for claim in report.claims if claim.document in members]
        reasons.update(_left_out(claims, [documents[i] for i in sorted(members)
                                          if i in documents]))
    ungrouped = [claim for claim in report.claims
                 if not any(claim.document in members for members in groups)]
    reasons.update(_left_out(ungrouped, list(documents.values())))
    # A claim on a conflict's side was compared, whatever the whole-group view says (an evolving
    # toll is also compared day by day, where fewer outlets corroborate a clashing value).
    for conflict in report.conflicts:
        for side in conflict.sides:
            for claim_id in side.claims:
                reasons.pop(claim_id, None)
    return reasons


def _left_out(claims: Sequence[Claim], documents: Sequence[Document]) -> dict[str, str]:
    from claimcheck import compare

    published = {document.id: document.published for document in documents}
    reasons: dict[str, str] = {}
    for claim in claims:
        reason = _never_compared(claim)
        if reason:
            reasons[claim.id] = reason
    eligible = [claim for claim in claims if claim.id not in reasons]
    periods = compare.story_periods(claims, published)
    named_by = compare.named_periods(claims)
    # Which documents state each slot at all, whatever the currency, scope or period: to say
    # why a claim stood alone ("in another currency", "for another period").
    stated: dict[tuple, set[str]] = defaultdict(set)
    for claim in eligible:
        stated[_slot_key(claim)].add(claim.document)
    for key, group in compare._comparable(eligible).items():
        pool, _subject, attribute, unit, scope, source, _holder = key
        slot = SLOTS[attribute]
        what = _what(group[0], unit, scope, source)
        others = stated[_slot_key(group[0])]
        if slot.value_kind in ("money", "percent", "count", "year", "age"):
            if attribute == "age":
                _judge(group, what, others, reasons)
                continue
            by_period: dict[str | None, list[Claim]] = defaultdict(list)
            if compare.per_period(attribute, scope):
                by_period.update(compare.per_period_groups(group, published,
                                                           periods.get(_subject), named_by))
                grouped = {c.id for members in by_period.values() for c in members}
                for claim in group:
                    if claim.id not in grouped:
                        reasons[claim.id] = (
                            f"no period: {_name(attribute)} is compared only between figures "
                            "of the same period (one written without a period joins the one "
                            "period the others give)")
            else:
                for claim in group:
                    by_period[compare.comparison_period(
                        claim, published.get(claim.document))].append(claim)
            for period, members in by_period.items():
                _judge(members, what + (f" for {period}" if period else ""), others, reasons)
            if compare.per_period(attribute, scope) and pool == "factual":
                _across_periods(group, reasons)
            if attribute == "stake" and pool == "factual":
                _against_deal_types(group, eligible, reasons)
        elif slot.value_kind == "date":
            dated = [claim for claim in group if claim.value.label]
            _judge_dates(dated, what, others, reasons)
            for claim in group:
                if not claim.value.label:
                    reasons[claim.id] = "no date: none could be read from it"
        elif attribute == "relationship":
            if pool != "factual":
                for claim in group:
                    reasons[claim.id] = ("modality: only asserted, reported or intended "
                                         "relations are compared")
                continue
            pairs: dict[tuple[str, str], list[Claim]] = defaultdict(list)
            for claim in group:
                if not claim.object:
                    reasons[claim.id] = "no other party: none is named"
                else:
                    pairs[tuple(sorted((claim.subject, claim.object)))].append(claim)
            for (first, second), members in pairs.items():
                _judge_documents(members, f"the relation of {first} and {second}", reasons)
        elif attribute == "deal_type":
            if pool != "factual":
                for claim in group:
                    reasons[claim.id] = "modality: only asserted or reported deals are compared"
                continue
            deals = [claim for claim in eligible if claim.subject == group[0].subject
                     and claim.attribute in ("deal_type", "stake")
                     and claim.modality in compare.FACTUAL]
            if len({claim.document for claim in deals}) < 2:
                for claim in group:
                    reasons[claim.id] = (f"single source: no other article describes the deal "
                                         f"for {claim.subject}")
        else:
            for claim in group:
                reasons[claim.id] = f"listed only: a {_name(attribute)} is not compared"
    return reasons


def _never_compared(claim: Claim) -> str | None:
    """The reasons that hold for a claim on its own, whatever the other articles say."""
    if claim.attribute not in SLOTS:
        return f"{_name(claim.attribute)}: not a compared slot"
    if claim.modality == "negated":
        return "modality: negated, never compared"
    if claim.modality == "hypothetical" and not claim.condition:
        return "modality: hypothetical, with no condition to compare it under"
    if claim.modality not in ("asserted", "reported", "forecast", "hypothetical"):
        return f"modality: {claim.modality}, never compared"
    if claim.attribute == "age" and not claim.period:
        return "no year: an age without one says nothing about a birth year"
    if claim.scope == PART_SCOPE:
        return "a part: of a total (\"four children among the dead\"), not compared with totals"
    if (claim.scope or "").startswith(OTHER_EVENT_SCOPE):
        return f"another event: {claim.scope[len(OTHER_EVENT_SCOPE):]}"
    if unnamed_segment_scope(claim.scope):
        return "a business segment's figure, which segment unsaid: not compared"
    return None


def _judge(claims: list[Claim], what: str, stated_by: set[str],
           reasons: dict[str, str]) -> None:
    """Self-contradicting documents leave; fewer than two documents left is a single source."""
    from claimcheck import compare

    kept = {claim.id for claim in compare._self_consistent(claims)}
    for claim in claims:
        if claim.id not in kept:
            reasons[claim.id] = (f"self-contradiction: {claim.document} gives incompatible "
                                 f"values for {what}")
    _judge_documents([claim for claim in claims if claim.id in kept], what, reasons, stated_by)


def _judge_dates(claims: list[Claim], what: str, stated_by: set[str],
                 reasons: dict[str, str]) -> None:
    from claimcheck import compare

    labels: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        labels[claim.document].add(claim.value.label or "")
    for claim in claims:
        own = labels[claim.document]
        if any(not compare._compatible_dates(a, b) for a in own for b in own):
            reasons[claim.id] = (f"self-contradiction: {claim.document} gives two dates for "
                                 f"{what}")
    _judge_documents([claim for claim in claims if claim.id not in reasons], what, reasons,
                     stated_by)


def _judge_documents(claims: list[Claim], what: str, reasons: dict[str, str],
                     stated_by: Iterable[str] = ()) -> None:
    documents = {claim.document for claim in claims}
    if len(documents) >= 2:
        return
    elsewhere = set(stated_by) - documents
    hint = (f"; {len(elsewhere)} other article{'s' if len(elsewhere) != 1 else ''} give it "
            "for another period, currency, scope or source" if elsewhere else "")
    for claim in claims:
        reasons.setdefault(claim.id, f"single source: no other article gives {what}{hint}")


def _across_periods(group: list[Claim], reasons: dict[str, str]) -> None:
    """A dated figure is also held against other articles' figures of other periods (the same
    figure dated to two periods is a period mismatch): such a claim was compared."""
    dated = [claim for claim in group if claim.period and claim.period_source == "sentence"]
    documents = {claim.document for claim in dated}
    if len(documents) < 2:
        return
    for claim in dated:
        if reasons.get(claim.id, "").startswith(("single source", "self-contradiction")):
            del reasons[claim.id]


def _against_deal_types(stakes: list[Claim], claims: Sequence[Claim],
                        reasons: dict[str, str]) -> None:
    """A stake is also held against other articles' deal types (a takeover vs a minority
    stake is a category mismatch): such a claim was compared."""
    from claimcheck import compare

    for claim in stakes:
        if not reasons.get(claim.id, "").startswith("single source"):
            continue
        if any(other.attribute == "deal_type" and other.subject == claim.subject
               and other.document != claim.document and other.modality in compare.FACTUAL
               for other in claims):
            del reasons[claim.id]


def _slot_key(claim: Claim) -> tuple:
    subject = "" if claim.attribute == "relationship" else claim.subject
    return (subject, claim.attribute)


def _name(attribute: str) -> str:
    return attribute.replace("_", " ")


def _what(claim: Claim, unit: str | None, scope: str | None, source: str | None) -> str:
    what = (_name(claim.attribute) if claim.attribute == "relationship"
            else f"{claim.subject}'s {_name(claim.attribute)}")
    if unit:
        what += f" in {unit}"
    if scope:
        what += f" (scope {scope})"
    if source:
        what += f" (according to {source})"
    if claim.modality == "forecast":
        what = "a forecast of " + what
    elif claim.modality == "hypothetical":
        what += f" if {claim.condition}"
    return what


# -- the coverage of a report ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DocumentCoverage:
    """What one document contributed."""

    id: str
    figures: int
    claims: int
    compared: int

    @property
    def nothing(self) -> str | None:
        """Why the document contributed nothing to the comparison; None when it did."""
        if self.compared:
            return None
        if self.claims:
            return (f"{self.claims} claim{'s' if self.claims != 1 else ''}, none could be "
                    "compared")
        if self.figures:
            return (f"{self.figures} figure{'s' if self.figures != 1 else ''}, none became a "
                    "claim")
        return "no figure found"


@dataclass(frozen=True, slots=True)
class Coverage:
    """Figures seen, claims made and claims compared, in total and per document, with the
    figures that did not become claims and the claims left out of comparison."""

    documents: tuple[DocumentCoverage, ...]
    unclaimed: tuple[Unclaimed, ...]
    #: (claim id, reason) for each claim left out of comparison, in claim order.
    left_out: tuple[tuple[str, str], ...]

    @property
    def figures(self) -> int:
        return sum(d.figures for d in self.documents)

    @property
    def claims(self) -> int:
        return sum(d.claims for d in self.documents)

    @property
    def compared(self) -> int:
        return sum(d.compared for d in self.documents)

    @property
    def silent(self) -> tuple[DocumentCoverage, ...]:
        """The documents that contributed nothing to the comparison."""
        return tuple(d for d in self.documents if d.nothing)

    @property
    def level(self) -> str:
        """"none" (nothing compared), "thin" (little) or "ok"."""
        if self.compared == 0:
            return "none"
        if self.compared < THIN_SHARE * self.claims or (
                self.compared < THIN_COMPARED and self.compared < self.claims / 2):
            return "thin"
        return "ok"

    def summary(self) -> str:
        """"120 figures seen, 71 claims made, 40 compared"."""
        return (f"{_count(self.figures, 'figure')} seen, {_count(self.claims, 'claim')} made, "
                f"{self.compared} compared")

    def top_reasons(self, limit: int = 3) -> list[tuple[str, int]]:
        """The most frequent reasons a figure or a claim was not compared, most frequent first."""
        counts = Counter(_short_reason(u.reason) for u in self.unclaimed)
        counts.update(_short_reason(reason) for _claim, reason in self.left_out)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]

    def verdict(self) -> str:
        """One plain sentence for a report with no conflict to show."""
        if self.level == "none":
            why = "; ".join(f"{reason} ({n})" for reason, n in self.top_reasons())
            return ("Nothing could be compared: no claim was stated by two articles about the "
                    "same subject, slot and period"
                    + (f" (why: {why})" if why else "")
                    + ". No conflict found here means nothing was checked, not that the sources "
                    "agree; claimcheck claims --all shows every figure and why.")
        share = f"{self.compared} of {self.claims} claims"
        if self.level == "thin":
            return (f"No conflicts, but little could be compared: {share}; the rest could "
                    "not be checked (claimcheck claims --all says why).")
        return f"No conflicts among the {share} that could be compared."

    def as_dict(self) -> dict:
        """The ``coverage`` key of the JSON report."""
        return {
            "figures": self.figures,
            "claims": self.claims,
            "compared": self.compared,
            "level": self.level,
            "documents": [{"id": d.id, "figures": d.figures, "claims": d.claims,
                           "compared": d.compared, "nothing": d.nothing}
                          for d in self.documents],
            "unclaimed": [{"document": u.document, "text": u.text, "start": u.start,
                           "end": u.end, "stage": u.stage, "attribute": u.attribute,
                           "reason": u.reason} for u in self.unclaimed],
            "left_out": [{"claim": claim, "reason": reason} for claim, reason in self.left_out],
        }


def coverage(report: Report) -> Coverage:
    """The coverage of ``report``: a pure function of it."""
    reasons = comparison_reasons(report)
    claims_of: Counter[str] = Counter(claim.document for claim in report.claims)
    compared_of: Counter[str] = Counter(claim.document for claim in report.claims
                                        if claim.id not in reasons)
    figures: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for claim in report.claims:
        if claim.value.kind in FIGURE_KINDS:
            figures[claim.document].add((claim.value_start, claim.value_end))
    for item in report.unclaimed:
        kind = SLOTS[item.attribute].value_kind if item.attribute in SLOTS else "money"
        if item.stage == "extract" or kind in FIGURE_KINDS:
            figures[item.document].add((item.start, item.end))
    documents = tuple(
        DocumentCoverage(d.id, len(figures[d.id]), claims_of[d.id], compared_of[d.id])
        for d in report.documents)
    left_out = tuple((claim.id, reasons[claim.id]) for claim in report.claims
                     if claim.id in reasons)
    return Coverage(documents, tuple(report.unclaimed), left_out)


def _short_reason(reason: str) -> str:
    """The kind of a reason, for counting: "single source", "no subject", "modality"..."""
    return reason.split(":", 1)[0]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"
