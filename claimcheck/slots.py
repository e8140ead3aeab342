"""The fixed vocabulary of slots: what a claim can be about, with its value type and cardinality.

A slot's trigger words live per language in ``claimcheck/lang/<code>/claims.yaml``; this table is
the language-independent half. ``per_period`` slots (revenue, profit...) take a different value
each period, so the same figure dated to two periods is a ``period_mismatch``. ``evolving`` slots
(headcounts, tolls) legitimately change over days, so a conflict between articles published on
different dates is kept but marked and lowered. ``materiality`` (0..1) weighs severity.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Slot:
    name: str
    value_kind: str  # money | percent | count | age | year | date | category | relation
    description: str
    single: bool = True  # one true value per subject (and period)
    per_period: bool = False
    evolving: bool = False
    materiality: float = 0.5
    #: Its trigger, standing just before a figure, says what the figure is even when another
    #: slot's word follows it: "licensed to carry 120 passengers" is a capacity.
    qualifier: bool = False
    #: Competing parties estimate it (police vs unions): figures attributed to different
    #: sources are two estimates, not a contradiction, and are compared only per source.
    estimate: bool = False
    #: A figure of one day (a strike's turnout): a figure dated to another day of the current
    #: event ("contre 52% le 12 janvier") is another fact, not the same one dated.
    daily: bool = False
    #: A change, which may lie near zero: "1%" and "3%" far apart are still one measure told
    #: two ways, so figures far apart are compared like any others (see ``compare.FAR_RATIO``).
    signed: bool = False


_SLOTS = [
    # money
    Slot("deal_value", "money", "price paid or amount of a deal", materiality=1.0),
    Slot("price_per_share", "money", "price offered or paid per share", materiality=0.9),
    Slot("revenue", "money", "revenue or sales over a period", per_period=True, materiality=0.9),
    Slot("profit", "money", "profit, net income or loss over a period", per_period=True,
         materiality=0.9),
    Slot("valuation", "money", "valuation of a company (its equity)", materiality=0.8),
    Slot("enterprise_value", "money", "value of a company including its debt", materiality=0.7),
    Slot("funding", "money", "money raised in a funding round", materiality=0.8),
    Slot("investment", "money", "amount invested by the subject", materiality=0.9),
    Slot("fine", "money", "fine or penalty imposed on the subject", materiality=0.9),
    Slot("debt", "money", "loans, bonds or credit raised or owed", materiality=0.6),
    Slot("budget", "money", "budget of a program or body", per_period=True, materiality=0.6),
    Slot("spending", "money", "amount spent by the subject", per_period=True, materiality=0.5),
    Slot("damage", "money", "cost of damage or losses", evolving=True, estimate=True,
         materiality=0.6),
    # percent
    Slot("stake", "percent", "percentage of a company held or acquired", materiality=0.9),
    Slot("market_share", "percent", "share of a market", per_period=True, materiality=0.5),
    Slot("workforce_cut", "percent", "share of staff laid off", materiality=0.7),
    Slot("growth", "percent", "growth rate over a period", per_period=True, materiality=0.6,
         signed=True),
    # counts
    Slot("employees", "count", "number of employees", evolving=True, materiality=0.5),
    Slot("layoffs", "count", "number of jobs cut", materiality=0.7),
    Slot("users", "count", "number of users or customers", evolving=True, materiality=0.5),
    Slot("deaths", "count", "number of people killed", evolving=True, materiality=1.0),
    Slot("injured", "count", "number of people injured", evolving=True, materiality=0.9),
    Slot("missing", "count", "number of people missing", evolving=True, materiality=0.9),
    Slot("survivors", "count", "number of survivors", evolving=True, materiality=0.8),
    Slot("evacuated", "count", "number of people evacuated", evolving=True, materiality=0.6),
    Slot("passengers", "count", "number of passengers on board", materiality=0.7),
    Slot("crew", "count", "number of crew on board", materiality=0.6),
    Slot("capacity", "count", "how many people or units something is licensed or built for",
         materiality=0.4, qualifier=True),
    # years and dates
    Slot("founded", "year", "year the subject was founded", materiality=0.5),
    Slot("announced", "date", "date a deal or event was announced", materiality=0.4),
    Slot("completed", "date", "date a deal closed or work was completed", materiality=0.5),
    Slot("occurred", "date", "date an event happened", materiality=0.7),
    # people
    Slot("age", "age", "age of a person (compared as a birth date, dated by its article)",
         materiality=0.4),
    Slot("role", "category", "title a person holds at an organization", single=False,
         materiality=0.5),
    # deals and relations
    Slot("deal_type", "category",
         "what a deal is: acquisition, merger, minority_stake, investment, partnership",
         materiality=0.9),
    Slot("relationship", "relation",
         "whether the subject keeps working with another organization (label: the other one)",
         single=False, materiality=0.6),
    # grown from the real-coverage development set (corpora/real): each domain's own figures.
    Slot("savings", "money", "cost savings a plan targets", materiality=0.6),
    Slot("salary", "money", "pay of a person per year or season (a rate, not a period's total)",
         materiality=0.6, qualifier=True),
    Slot("signing_bonus", "money", "one-off bonus paid for signing a contract", materiality=0.5),
    Slot("dividend", "money", "dividend per share for a period", per_period=True,
         materiality=0.6),
    Slot("vote_share", "percent", "share of the vote a party or candidate won", materiality=1.0),
    Slot("turnout", "percent", "share of those eligible who took part (voters, strikers)",
         materiality=0.7, estimate=True, daily=True),
    Slot("seats", "count", "seats a party won in an assembly", materiality=0.9),
    Slot("protesters", "count", "people who demonstrated or marched", evolving=True,
         materiality=0.6, estimate=True),
    Slot("arrests", "count", "people arrested or detained", evolving=True, materiality=0.5),
    Slot("cases", "count", "cases of a disease (confirmed or suspected)", evolving=True,
         materiality=0.8),
    Slot("units_recalled", "count", "vehicles or products a recall or defect affects",
         materiality=0.7),
    Slot("contract_end", "year", "year a contract or mandate runs until", materiality=0.6),
    Slot("deliveries", "count", "units (vehicles, aircraft, devices) delivered over a period",
         per_period=True, materiality=0.7),
]

#: Counts of what happens to people: in "31 protesters were arrested" the event word (arrested),
#: not the people noun, says what is counted (see ``unit_nouns`` in the lexicon).
EVENT_COUNTS = frozenset({"layoffs", "deaths", "injured", "missing", "survivors", "evacuated",
                          "arrests", "deliveries"})

#: Slots of the vocabulary whose per-language trigger words are not written yet: claims of
#: these slots are never extracted, so the real-coverage scores count them as missed.
PENDING_TRIGGERS: frozenset[str] = frozenset()

SLOTS: dict[str, Slot] = {slot.name: slot for slot in _SLOTS}

#: Labels of the deal_type slot. A stake below 50% contradicts "acquisition" and "merger".
DEAL_TYPES = ("acquisition", "merger", "minority_stake", "investment", "partnership")
#: Deal types that mean control of the target changes hands.
CONTROL_DEAL_TYPES = frozenset({"acquisition", "merger"})


def slot(name: str) -> Slot:
    """The slot called ``name``; raises KeyError for a name outside the vocabulary."""
    return SLOTS[name]

#: Slots whose figure one party holds in another ("Norvik holds 12% of Belmar"): the holder is
#: the claim's ``object``, and two holders' figures are two facts, never compared.
HELD_SLOTS = frozenset({"stake"})
#: Election results a round of voting qualifies ("au second tour, 66,6 %").
ROUND_SLOTS = frozenset({"turnout", "vote_share", "seats"})
