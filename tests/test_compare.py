"""The comparison rules on hand-built claims: what conflicts, and what must never."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from claimcheck.compare import compare, conflict_id
from claimcheck.model import EVENT_SUBJECT, Claim, Document, Value


def money(point, low=None, high=None, hedge=None, unit="USD", low_x=False, high_x=False):
    return Value(kind="money", text=str(point), low=low, high=high, unit=unit, point=point,
                 hedge=hedge, low_exclusive=low_x, high_exclusive=high_x)


def claim(doc, value, attribute="valuation", subject="Acme", period=None, modality="asserted",
          n=1, condition=None, label=None, obj=None):
    if label is not None:
        value = Value(kind="category" if attribute == "deal_type" else "relation", text=label,
                      label=label)
    return Claim(
        id=f"{doc}#{n}", document=doc, subject=subject, attribute=attribute, value=value,
        period=period, modality=modality, sentence="s", start=0, end=1, value_start=0,
        value_end=1, condition=condition, object=obj,
    )


def docs(*ids, published=None):
    return [Document(id=i, path=i, text="", language="en", published=published) for i in ids]


OVER_29 = money(29e9, 29e9, None, "over", low_x=True)
ALMOST_29 = money(29e9, 26.1e9, 29e9, "almost", high_x=True)
BARE_29 = money(29e9, 28.5e9, 29.5e9)
BARE_14_3 = money(14.3e9, 14.25e9, 14.35e9)
BARE_14_8 = money(14.8e9, 14.75e9, 14.85e9)


def test_over_and_almost_the_same_figure_conflict():
    conflicts = compare([claim("a", OVER_29), claim("b", ALMOST_29)], docs("a", "b"))
    assert [c.kind for c in conflicts] == ["value_mismatch"]
    assert [s.claims for s in conflicts[0].sides] == [("b#1",), ("a#1",)]


def test_a_hedge_over_an_exact_count_cites_that_count():
    """"more than 4,000 jobs" and "4,000 jobs": one figure, the hedge loosely said; "more than
    4,000" and "almost 4,000" still cannot both be right."""
    def count(hedge=None):
        low, high = (4000, None) if hedge == "over" else (3600, 4000) if hedge else (4000, 4000)
        return Value(kind="count", text="4000", low=low, high=high, point=4000, hedge=hedge,
                     low_exclusive=hedge == "over", high_exclusive=hedge == "almost")

    assert not compare([claim("a", count("over"), "layoffs"), claim("b", count(), "layoffs")],
                       docs("a", "b"))
    assert not compare([claim("a", count("almost"), "layoffs"), claim("b", count(), "layoffs")],
                       docs("a", "b"))
    assert compare([claim("a", count("over"), "layoffs"), claim("b", count("almost"), "layoffs")],
                   docs("a", "b"))


def test_a_bare_round_figure_is_compatible_with_both_hedges_and_stays_out_of_the_sides():
    conflicts = compare([claim("a", OVER_29), claim("b", ALMOST_29), claim("c", BARE_29)],
                        docs("a", "b", "c"))
    assert len(conflicts) == 1
    assert "c#1" not in {cid for side in conflicts[0].sides for cid in side.claims}


@pytest.mark.parametrize("other", [BARE_29, money(29e9, 28.5e9, 29.5e9, unit="USD")])
def test_paraphrases_of_the_same_figure_are_not_flagged(other):
    assert compare([claim("a", BARE_29), claim("b", other)], docs("a", "b")) == []


def test_written_precision_decides():
    assert compare([claim("a", BARE_14_3), claim("b", BARE_14_8)], docs("a", "b"))
    assert not compare([claim("a", BARE_29), claim("b", money(29.2e9, 29.15e9, 29.25e9))],
                       docs("a", "b"))


def test_different_currencies_are_never_compared():
    assert not compare([claim("a", BARE_14_3), claim("b", money(14.8e9, 14.75e9, 14.85e9,
                                                                 unit="EUR"))], docs("a", "b"))


def test_one_document_is_not_a_conflict():
    assert not compare([claim("a", BARE_14_3, n=1), claim("a", BARE_14_8, n=2)], docs("a"))


def test_a_document_that_contradicts_itself_abstains():
    claims = [claim("a", BARE_14_3, n=1), claim("a", BARE_14_8, n=2), claim("b", BARE_14_8)]
    assert not compare(claims, docs("a", "b"))


def test_a_self_contradiction_costs_the_clashing_claims_not_the_document():
    # a's misread 20 clashes with its own 14.3; b corroborates 14.3, so a keeps its say there
    misread = money(20e9, 19.95e9, 20.05e9)
    claims = [claim("a", BARE_14_3, n=1), claim("a", misread, n=2), claim("b", BARE_14_3),
              claim("c", BARE_14_8)]
    [conflict] = compare(claims, docs("a", "b", "c"))
    assert [set(side.claims) for side in conflict.sides] in (
        [{"a#1", "b#1"}, {"c#1"}], [{"c#1"}, {"a#1", "b#1"}])  # a#2, the misread, stays out
    # when both of a's values find support elsewhere, a abstains on both
    both = [claim("a", BARE_14_3, n=1), claim("a", BARE_14_8, n=2), claim("b", BARE_14_3),
            claim("c", BARE_14_8)]
    [conflict] = compare(both, docs("a", "b", "c"))
    assert not any(c.startswith("a#") for side in conflict.sides for c in side.claims)


@pytest.mark.parametrize("modality", ["hypothetical", "negated", "forecast"])
def test_hypothetical_negated_and_forecast_claims_never_conflict_with_asserted(modality):
    claims = [claim("a", BARE_14_3), claim("b", BARE_14_8, modality=modality)]
    assert not compare(claims, docs("a", "b"))


def test_forecasts_are_compared_with_forecasts():
    claims = [claim("a", BARE_14_3, modality="forecast"),
              claim("b", BARE_14_8, modality="forecast")]
    assert [c.kind for c in compare(claims, docs("a", "b"))] == ["value_mismatch"]


def test_conditional_claims_are_compared_under_the_same_condition_only():
    same = [claim("a", money(50, 49.5, 50.5), attribute="price_per_share", modality="hypothetical",
                  condition="object regulators"),
            claim("b", money(45, 44.5, 45.5), attribute="price_per_share",
                  modality="hypothetical", condition="object regulators")]
    assert len(compare(same, docs("a", "b"))) == 1
    different = [same[0], claim("b", money(45, 44.5, 45.5), attribute="price_per_share",
                                modality="hypothetical", condition="fails vote")]
    assert not compare(different, docs("a", "b"))


def test_the_same_figure_dated_to_two_periods_is_a_period_mismatch():
    revenue = money(870e6, 865e6, 875e6)
    claims = [claim("a", revenue, "revenue", period="2024"),
              claim("b", revenue, "revenue", period="2024"),
              claim("c", revenue, "revenue", period="2023")]
    conflicts = compare(claims, docs("a", "b", "c"))
    assert [c.kind for c in conflicts] == ["period_mismatch"]
    assert [set(s.claims) for s in conflicts[0].sides] == [{"c#1"}, {"a#1", "b#1"}]


def test_a_source_that_swaps_two_years_is_flagged_once_and_its_figures_stay_out_of_each_year():
    low, high = money(870e6, 865e6, 875e6), money(910e6, 905e6, 915e6)
    other = money(850e6, 845e6, 855e6)
    claims = [claim("a", low, "revenue", period="2024", n=1),
              claim("a", high, "revenue", period="2023", n=2),
              claim("b", low, "revenue", period="2024", n=1),
              claim("b", high, "revenue", period="2023", n=2),
              claim("c", low, "revenue", period="2023", n=1),  # c swaps the years
              claim("c", high, "revenue", period="2024", n=2),
              claim("d", other, "revenue", period="2024")]  # d disagrees with a and b
    conflicts = compare(claims, docs("a", "b", "c", "d"))
    swaps = [c for c in conflicts if c.kind == "period_mismatch"]
    assert len(swaps) == 1 and "swapped the years" in swaps[0].explanation
    values = [c for c in conflicts if c.kind == "value_mismatch"]
    assert [c.period for c in values] == ["2024"]  # 850 against 870; c's 910 is not a side
    assert not any(cid.startswith("c#") for side in values[0].sides for cid in side.claims)


def test_a_rate_of_a_quarter_and_of_its_year_may_be_the_same():
    fall = Value(kind="percent", text="12%", low=11.5, high=13.0, unit="%", point=12.0)
    claims = [dataclasses.replace(claim("a", fall, "growth", period="2024"),
                                  scope="portion:growth-revenue"),
              dataclasses.replace(claim("b", fall, "growth", period="2024-Q4"),
                                  scope="portion:growth-revenue")]
    assert not compare(claims, docs("a", "b"))


def test_a_whole_rate_given_for_two_periods_is_no_period_mismatch():
    """"down 8% in the half" and "down 8% in the quarter": a whole rate recurs from one period to
    the next; a rate written to a decimal ("8.4%") is specific enough to accuse."""
    def fall(point: float) -> Value:
        return Value(kind="percent", text=f"{point}%", low=point - 0.05, high=point + 0.05,
                     unit="%", point=point)

    def dated(doc: str, point: float, period: str) -> Claim:
        return dataclasses.replace(claim(doc, fall(point), "growth", period=period),
                                   scope="portion:growth-revenue", period_source="sentence")

    assert not compare([dated("a", 8.0, "2025-H1"), dated("b", 8.0, "2024-Q2")],
                       docs("a", "b"))
    assert [c.kind for c in compare([dated("a", 8.4, "2025-H1"), dated("b", 8.4, "2024-Q2")],
                                    docs("a", "b"))] == ["period_mismatch"]


def test_an_undated_figure_of_an_article_that_dates_its_figures_to_the_year_is_no_quarters():
    """Two outlets give fourth-quarter revenue growth; a third, which dates the year's figures,
    writes "revenue grew 4.1%" with no period: it may be the year's, so it is not the quarter's."""
    def rate(point: float) -> Value:
        return Value(kind="percent", text=f"{point}%", low=point - 0.05, high=point + 0.05,
                     unit="%", point=point)

    def grew(doc: str, point: float, period: str | None, n: int = 1) -> Claim:
        return dataclasses.replace(claim(doc, rate(point), "growth", period=period, n=n),
                                   scope="portion:growth-revenue")

    quarters = [grew("a", 10.8, "2024-Q4"), grew("b", 10.8, "2024-Q4")]
    annual = dataclasses.replace(claim("c", money(9e9, 8.95e9, 9.05e9), "profit",
                                       period="2024", n=2))
    published = date(2025, 2, 5)
    assert [c.kind for c in compare([*quarters, grew("c", 4.1, None)],
                                    docs("a", "b", "c", published=published))] == [
        "value_mismatch"]
    assert not compare([*quarters, grew("c", 4.1, None), annual],
                       docs("a", "b", "c", published=published))


def test_a_plain_rate_another_outlet_gives_as_the_organic_one_is_no_conflict():
    """"sales rose 1.2%" in two outlets, where a third gives 1.2% on a comparable basis and 1.5%
    as reported: the two named the organic rate loosely, not a rival reported one."""
    def rate(point: float) -> Value:
        return Value(kind="percent", text=f"{point}%", low=point - 0.05, high=point + 0.05,
                     unit="%", point=point)

    def grew(doc: str, point: float, scope: str, n: int = 1) -> Claim:
        return dataclasses.replace(claim(doc, rate(point), "growth", period="2024", n=n),
                                   scope=f"portion:growth-{scope}")

    plain = [grew("a", 1.2, "revenue"), grew("b", 1.2, "revenue")]
    third = [grew("c", 1.2, "organic", n=1), grew("c", 1.5, "revenue", n=2)]
    assert not compare([*plain, *third], docs("a", "b", "c"))
    assert [c.kind for c in compare([*plain, third[1]], docs("a", "b", "c"))] == [
        "value_mismatch"]


def test_a_payout_for_one_year_made_in_the_next_is_no_period_mismatch():
    """"a dividend for 2024" is paid in 2025, "a €1bn buyback" for the year is launched in its
    second quarter: which period an outlet names says nothing against the other."""
    payout = money(1e9, 0.95e9, 1.05e9, unit="EUR")
    dividends = [claim("a", payout, "dividend", period="2024"),
                 claim("b", payout, "dividend", period="2025-Q2")]
    assert not compare(dividends, docs("a", "b"))
    buybacks = [dataclasses.replace(claim(d, payout, "spending", period=p), scope="portion:buyback")
                for d, p in (("a", "2024"), ("b", "2025-Q2"))]
    assert not compare(buybacks, docs("a", "b"))
    spent = [claim("a", payout, "spending", period="2024"),
             claim("b", payout, "spending", period="2025")]
    assert [c.kind for c in compare(spent, docs("a", "b"))] == ["period_mismatch"]


def test_a_sentence_naming_both_years_before_the_figure_is_no_period_mismatch():
    """"a profit for 2025 of 1.8 times the 2024 figure of €1.9 billion": which year is the
    figure's is open; a year after the figure is a base's ("€1.9bn last year, down from €2.2bn
    in 2024") and leaves the dating alone."""
    profit = money(1.9e9, 1.85e9, 1.95e9, unit="EUR")

    def said(doc: str, period: str, sentence: str) -> Claim:
        at = sentence.index("€1.9")
        return dataclasses.replace(claim(doc, profit, "profit", period=period),
                                   sentence=sentence, start=0, end=len(sentence),
                                   value_start=at, value_end=at + 12)

    both = said("a", "2024", "It reported a profit for 2025 of 1.8 times the 2024 figure of "
                             "€1.9 billion.")
    plain = said("b", "2025", "Its net profit reached €1.9 billion in 2025.")
    assert not compare([both, plain], docs("a", "b"))
    base_after = said("a", "2024", "It made €1.9 billion in 2024, up from €1.1 billion in 2025.")
    assert [c.kind for c in compare([base_after, plain], docs("a", "b"))] == ["period_mismatch"]


def test_an_undated_figure_joins_the_one_named_period_current_for_its_article():
    """Figures for 2025 and for 2024 beside an undated "net profit of €1.4bn" in February 2026:
    the undated one is of 2025, the year whose results an article then reports."""
    def profit(point: float) -> Value:
        return money(point, point * 0.99, point * 1.01, unit="EUR")

    claims = [claim("a", profit(1.1e9), "profit", period="2025", n=1),
              claim("a", profit(1.7e9), "profit", period="2024", n=2),
              claim("b", profit(1.1e9), "profit", period="2025"),
              claim("c", profit(1.4e9), "profit")]
    conflicts = compare(claims, docs("a", "b", "c", published=date(2026, 2, 20)))
    assert [(c.kind, c.period) for c in conflicts] == [("value_mismatch", "2025")]
    # a change with no period stays out: it is as often a quarter's
    changes = [dataclasses.replace(c, attribute="growth", scope="portion:growth-profit")
               for c in claims]
    assert not compare(changes, docs("a", "b", "c", published=date(2026, 2, 20)))


def test_a_source_giving_the_figure_for_both_periods_is_no_period_mismatch():
    revenue = money(100e6, 99.5e6, 100.5e6)
    claims = [claim("a", revenue, "revenue", period="2024", n=1),
              claim("a", revenue, "revenue", period="2023", n=2),
              claim("b", revenue, "revenue", period="2023")]
    assert not compare(claims, docs("a", "b"))


def test_per_period_values_are_compared_within_their_period_only():
    claims = [claim("a", BARE_14_3, "revenue", period="2024"),
              claim("b", BARE_14_8, "revenue", period="2025")]
    assert not compare(claims, docs("a", "b"))
    undated = [claim("a", BARE_14_3, "revenue"), claim("b", BARE_14_8, "revenue")]
    assert not compare(undated, docs("a", "b"))


def test_acquisition_against_a_minority_stake_is_a_category_mismatch():
    stake = Value(kind="percent", text="49%", low=48.5, high=49.5, unit="%", point=49)
    claims = [claim("a", None, "deal_type", label="acquisition"),
              claim("b", stake, "stake"), claim("c", stake, "stake")]
    conflicts = compare(claims, docs("a", "b", "c"))
    assert [c.kind for c in conflicts] == ["category_mismatch"]
    # one article's stake below half may be a holding or a bid's threshold: no say alone
    assert not compare(claims[:2], docs("a", "b"))


def test_stakes_on_both_sides_of_half_are_steps_of_one_bid():
    """"X already holds 12% and bids for at least three quarters": the holding and the threshold
    say nothing of the deal's kind; only a word for it ("minority stake") stands against a
    takeover."""
    def share(n):
        return Value(kind="percent", text=f"{n}%", low=n - 0.5, high=n + 0.5, unit="%", point=n)

    takeover = claim("a", None, "deal_type", label="acquisition")
    held = [claim("b", share(12), "stake"), claim("c", share(12), "stake")]
    aim = claim("d", share(75), "stake")
    assert not compare([takeover, *held, aim], docs("a", "b", "c", "d"))
    minority = claim("e", None, "deal_type", label="minority_stake")
    (conflict,) = compare([takeover, *held, aim, minority], docs("a", "b", "c", "d", "e"))
    assert conflict.kind == "category_mismatch"
    # a stake an article says is already held is no deal's size either
    already = [dataclasses.replace(c, scope="portion:already") for c in held]
    assert not compare([takeover, *already], docs("a", "b", "c"))


def test_almost_half_is_a_minority_stake_and_a_majority_is_not():
    almost = Value(kind="percent", text="fast 50 Prozent", low=45, high=50, unit="%", point=50,
                   hedge="almost", high_exclusive=True)
    majority = Value(kind="percent", text="70%", low=69.5, high=70.5, unit="%", point=70)
    acquisition = claim("a", None, "deal_type", label="acquisition")
    assert compare([acquisition, claim("b", almost, "stake"), claim("c", almost, "stake")],
                   docs("a", "b", "c"))
    assert not compare([acquisition, claim("b", majority, "stake"),
                        claim("c", majority, "stake")], docs("a", "b", "c"))


def test_forty_nine_percent_and_almost_fifty_agree():
    stake49 = Value(kind="percent", text="49%", low=48.5, high=49.5, unit="%", point=49)
    almost = Value(kind="percent", text="fast 50", low=45, high=50, unit="%", point=50,
                   hedge="almost", high_exclusive=True)
    assert not compare([claim("a", stake49, "stake"), claim("b", almost, "stake")],
                       docs("a", "b"))


def test_relation_affirmed_and_ended_is_a_polarity_mismatch():
    claims = [claim("a", None, "relationship", label="continues", obj="Beta"),
              claim("b", None, "relationship", label="ends", obj="Beta")]
    conflicts = compare(claims, docs("a", "b"))
    assert [c.kind for c in conflicts] == ["polarity_mismatch"]


def test_ages_compare_as_birth_years():
    def age(years, period, doc):
        value = Value(kind="age", text=str(years), low=years, high=years, unit="years",
                      point=years)
        return claim(doc, value, "age", subject="Ann Lee", period=period)

    assert not compare([age(19, "2016", "a"), age(28, "2025", "b")], docs("a", "b"))
    assert compare([age(19, "2016", "a"), age(35, "2025", "b")], docs("a", "b"))
    assert not compare([age(19, None, "a"), age(35, None, "b")], docs("a", "b"))


def test_ages_compare_as_birth_days_when_the_articles_give_their_day():
    def age(years, doc):
        value = Value(kind="age", text=str(years), low=years, high=years, unit="years",
                      point=years)
        return claim(doc, value, "age", subject="Ann Lee", period="2026")

    def dated(*pairs):
        return [Document(id=i, path=i, text="", language="en", published=day)
                for i, day in pairs]

    # 42 in February, then 41 in March: an age never falls, a year-level check cannot see it
    february, march = date(2026, 2, 2), date(2026, 3, 9)
    assert compare([age(42, "a"), age(41, "b")], dated(("a", february), ("b", march)))
    # 41 in February, 42 in March: a birthday in between
    assert not compare([age(41, "a"), age(42, "b")], dated(("a", february), ("b", march)))
    # without days, years decide: 41 and 42 in 2026 may both hold
    assert not compare([age(42, "a"), age(41, "b")], docs("a", "b"))


def test_an_undated_articles_age_is_held_to_its_range_of_days():
    def age(years, period, doc):
        value = Value(kind="age", text=str(years), low=years, high=years, unit="years",
                      point=years)
        return claim(doc, value, "age", subject="Ann Lee", period=period)

    # "the 24-year-old" in an article of some day of March 2026 and "24" on 12 March: one age
    assert not compare([age(24, "2026-03-01/2026-03-20", "a"), age(24, "2026-03-12", "b")],
                       docs("a", "b"))
    # two years apart cannot both hold within three weeks
    assert compare([age(24, "2026-03-01/2026-03-20", "a"), age(26, "2026-03-12", "b")],
                   docs("a", "b"))
    # a range over a year leaves room for a birthday and more
    assert not compare([age(24, "2025-03-01/2026-06-20", "a"), age(25, "2026-03-12", "b")],
                       docs("a", "b"))


def test_evolving_counts_are_held_to_each_other_only_on_one_known_day():
    dead12 = Value(kind="count", text="12", low=11.5, high=12.5, point=12)
    dead15 = Value(kind="count", text="15", low=14.5, high=15.5, point=15)
    claims = [claim("a", dead12, "deaths"), claim("b", dead15, "deaths")]
    assert compare(claims, docs("a", "b", published=date(2026, 1, 1)))
    # a toll rising from one day to the next, or between undated articles, may be an update
    assert not compare(claims, docs("a", published=date(2026, 1, 1))
                       + docs("b", published=date(2026, 1, 2)))
    assert not compare(claims, docs("a", "b"))


def test_undated_articles_that_date_their_counts_are_held_to_that_day():
    dead12 = Value(kind="count", text="12", low=11.5, high=12.5, point=12)
    dead15 = Value(kind="count", text="15", low=14.5, high=15.5, point=15)
    # "on Monday, 12 dead" and "on Monday, 15 dead" in two undated articles: one day's clash
    monday = [claim("a", dead12, "deaths", period="2026-01-05"),
              claim("b", dead15, "deaths", period="2026-01-05")]
    assert compare(monday, docs("a", "b"))
    # Monday's and Tuesday's counts may be an update
    days = [claim("a", dead12, "deaths", period="2026-01-05"),
            claim("b", dead15, "deaths", period="2026-01-06")]
    assert not compare(days, docs("a", "b"))


def test_the_events_own_day_dates_the_event_not_the_count_of_an_undated_article():
    """"crashed on Monday, killing 12" and "crashed on Monday, killing 15" in two undated
    articles: Monday is the crash's day, and each count may be of any day after it."""
    dead12 = Value(kind="count", text="12", low=11.5, high=12.5, point=12)
    dead15 = Value(kind="count", text="15", low=14.5, high=15.5, point=15)
    monday = Value(kind="date", text="Monday", label="2026-01-05")
    crash = [claim("a", monday, "occurred", subject=EVENT_SUBJECT, n=2),
             claim("b", monday, "occurred", subject=EVENT_SUBJECT, n=2)]
    counts = [claim("a", dead12, "deaths", period="2026-01-05"),
              claim("b", dead15, "deaths", period="2026-01-05")]
    assert not compare(counts + crash, docs("a", "b"))
    assert compare(counts, docs("a", "b"))  # a day no event claim gives is the count's


def test_a_small_count_told_alike_marks_no_one_update():
    """"5 dead, 9 injured" and, days later, "10 dead, 9 injured" in undated articles: a small
    count of injured may hold while the dead are counted up; "23 dead, 1,386 injured" beside "30
    dead, 1,386 injured" is one update, told two ways."""
    def count(n, doc, attribute, k):
        return claim(doc, Value(kind="count", text=str(n), low=n, high=n, point=n), attribute,
                     n=k)

    small = [count(5, "a", "deaths", 1), count(9, "a", "injured", 2),
             count(10, "b", "deaths", 1), count(9, "b", "injured", 2)]
    assert not compare(small, docs("a", "b"))
    large = [count(23, "a", "deaths", 1), count(1386, "a", "injured", 2),
             count(30, "b", "deaths", 1), count(1386, "b", "injured", 2)]
    assert [c.attribute for c in compare(large, docs("a", "b"))] == ["deaths"]


def test_a_completion_dated_by_a_quarter_holds_its_months_and_days():
    """"in the fourth quarter of 2026" holds "in November" and "on 16 November", and lies in "the
    second half"; it contradicts "in the first half of 2027", and two days still differ."""
    def closing(doc, label):
        return claim(doc, Value(kind="date", text=label, label=label), "completed")

    for other in ("2026-11", "2026-11-16", "2026-H2", "2026"):
        assert not compare([closing("a", "2026-Q4"), closing("b", other)], docs("a", "b")), other
    for other in ("2027-H1", "2026-Q3", "2026-08"):
        assert compare([closing("a", "2026-Q4"), closing("b", other)], docs("a", "b")), other
    assert compare([closing("a", "2026-11-16"), closing("b", "2026-11-17")], docs("a", "b"))


def test_conflict_ids_are_stable_and_readable():
    assert conflict_id("value_mismatch", "Scale AI", "valuation", None) == (
        "value_mismatch:scale-ai:valuation:any")
    first = compare([claim("a", OVER_29), claim("b", ALMOST_29)], docs("a", "b"))
    second = compare([claim("b", ALMOST_29), claim("a", OVER_29)], docs("b", "a"))
    assert first == second


def test_an_evolving_count_is_one_conflict_with_the_same_day_clash_called_out_inside():
    def dead(n, doc):
        return claim(doc, Value(kind="count", text=str(n), low=n - 0.5, high=n + 0.5, point=n),
                     "deaths")

    documents = (docs("a", "b", published=date(2026, 2, 12))
                 + docs("c", published=date(2026, 2, 14)))
    conflicts = compare([dead(12, "a"), dead(15, "b"), dead(23, "c")], documents)
    assert len(conflicts) == 1
    (toll,) = conflicts
    assert toll.evolving
    assert {cid for s in toll.sides for cid in s.claims} == {"a#1", "b#1", "c#1"}
    # the same-day clash (12 vs 15 on one day) keeps the severity a same-day clash has
    assert toll.severity == "high"
    assert "On 2026-02-12" in toll.explanation


def test_an_evolving_count_without_a_same_day_clash_is_no_conflict():
    def dead(n, doc):
        return claim(doc, Value(kind="count", text=str(n), low=n - 0.5, high=n + 0.5, point=n),
                     "deaths")

    documents = docs("a", published=date(2026, 2, 12)) + docs("c", published=date(2026, 2, 14))
    assert not compare([dead(12, "a"), dead(23, "c")], documents)


def test_one_estimate_written_at_two_scales_is_a_slip_not_an_update():
    forty_million = money(40e6, 39.5e6, 40.5e6)
    forty_billion = money(40e9, 39.5e9, 40.5e9)
    fifty_five_billion = money(55e9, 54.5e9, 55.5e9)
    undated = docs("a", "b", "c")
    # an evolving estimate between undated articles may have been updated ...
    assert not compare([claim("a", forty_million, "damage"),
                        claim("c", fifty_five_billion, "damage")], undated)
    # ... but not from 40 million to 40 billion: the same figure with another scale word
    conflicts = compare([claim("a", forty_million, "damage"), claim("b", forty_billion, "damage"),
                         claim("c", fifty_five_billion, "damage")], undated)
    assert [c.attribute for c in conflicts] == ["damage"]
    assert {cid for s in conflicts[0].sides for cid in s.claims} >= {"a#1", "b#1"}
    assert "The figure 40 is written at two scales" in conflicts[0].explanation


def test_a_result_written_at_two_scales_is_a_slip_even_undated():
    # "€31.4m" beside "€31.42bn", neither dated: undated results are otherwise never compared
    # (they may be of any year), but one figure at two scales, each rounded as written, is a slip
    million = money(31.4e6, 31.35e6, 31.45e6, unit="EUR")
    billion = money(31.42e9, 31.415e9, 31.425e9, unit="EUR")
    conflicts = compare([claim("a", million, "revenue"), claim("b", billion, "revenue")],
                        docs("a", "b"))
    assert [c.attribute for c in conflicts] == ["revenue"]
    assert "another scale" in conflicts[0].explanation
    # two undated results that only look alike at another scale when hedged stay apart ...
    about = money(31e6, 27.9e6, 34.1e6, hedge="about", unit="EUR")
    assert not compare([claim("a", about, "revenue"), claim("b", billion, "revenue")],
                       docs("a", "b"))
    # ... and so do two undated results at one scale, which may be of two years
    other_year = money(29.8e9, 29.75e9, 29.85e9, unit="EUR")
    assert not compare([claim("a", other_year, "revenue"), claim("b", billion, "revenue")],
                       docs("a", "b"))


def test_a_holders_stake_of_two_days_is_an_update_not_a_contradiction():
    def stake(doc, point):
        value = Value(kind="percent", text=f"{point}%", low=point - 0.05, high=point + 0.05,
                      point=point)
        return dataclasses.replace(claim(doc, value, "stake", subject="Belmar"),
                                   object="Norvik")
    # "Norvik a porté sa participation dans Belmar à 13,2 %", months later "à 19,1 %": a holder
    # buys over time, so only sources of one day are held to each other
    months_apart = (docs("a", published=date(2025, 1, 10))
                    + docs("b", published=date(2025, 4, 2)))
    assert not compare([stake("a", 13.2), stake("b", 19.1)], months_apart)
    same_day = docs("a", "b", published=date(2025, 4, 2))
    assert compare([stake("a", 13.2), stake("b", 19.1)], same_day)


def test_figures_ten_thousand_times_apart_are_two_quantities_not_a_disagreement():
    per_share = money(2.87, 2.865, 2.875, unit="EUR")
    whole = money(14.6e9, 14.55e9, 14.65e9, unit="EUR")
    assert not compare([claim("a", per_share), claim("b", whole)], docs("a", "b"))
    # the outlier leaves, the disagreement among the rest stays, without it
    other = money(14.3e9, 14.25e9, 14.35e9, unit="EUR")
    conflicts = compare([claim("a", per_share), claim("b", whole), claim("c", other),
                         claim("d", other)], docs("a", "b", "c", "d"))
    assert [c.attribute for c in conflicts] == ["valuation"]
    assert "a#1" not in {cid for s in conflicts[0].sides for cid in s.claims}


def test_a_figure_more_than_twice_every_other_is_set_aside_as_another_measure():
    two, seven, nine = (money(x * 1e9, (x - 0.5) * 1e9, (x + 0.5) * 1e9, unit="EUR")
                        for x in (2, 7, 9))
    assert not compare([claim("a", two), claim("b", seven)], docs("a", "b"))
    # the far figure leaves; the two near ones still disagree
    [conflict] = compare([claim("a", two), claim("b", seven), claim("c", nine)],
                         docs("a", "b", "c"))
    assert {cid for s in conflict.sides for cid in s.claims} == {"b#1", "c#1"}
    # the interval counts, hedge included: "almost 4 billion" may be 3.6 billion
    almost_four = money(4e9, 3.6e9, 4e9, "almost", unit="EUR", high_x=True)
    assert compare([claim("a", almost_four), claim("b", seven)], docs("a", "b"))


def test_changes_far_apart_are_still_compared():
    def rate(doc, point):
        value = Value(kind="percent", text=f"{point}%", low=point - 0.05, high=point + 0.05,
                      unit="%", point=point)
        return dataclasses.replace(claim(doc, value, "growth", period="2024"),
                                   scope="portion:growth-revenue")

    found = compare([rate("a", 1.0), rate("b", 3.0)], docs("a", "b"))
    assert [c.kind for c in found] == ["value_mismatch"]


def test_an_unnamed_segments_figures_are_never_compared():
    """"In one of its divisions revenue fell 11%" beside another article's "the fashion
    division's revenue fell 3%": which segment each means is unsaid, so no contradiction."""
    def rate(doc, point, scope):
        value = Value(kind="percent", text=f"{point}%", low=point - 0.05, high=point + 0.05,
                      unit="%", point=point)
        return dataclasses.replace(claim(doc, value, "growth", period="2024"), scope=scope)

    assert not compare([rate("a", 11.0, "portion:growth-segment"),
                        rate("b", 3.0, "portion:growth-segment")], docs("a", "b"))
    assert compare([rate("a", 11.0, "portion:growth-revenue"),
                    rate("b", 3.0, "portion:growth-revenue")], docs("a", "b"))


def test_a_change_others_give_as_a_narrower_measure_is_that_measure_loosely_named():
    """"profit fell 12.1%" beside others' "operating profit fell 12.1%" and "net profit fell
    25.3%": the first outlet named the operating profit loosely, no contradiction."""
    def rate(doc, point, scope):
        value = Value(kind="percent", text=f"{point}%", low=point - 0.05, high=point + 0.05,
                      unit="%", point=point)
        return dataclasses.replace(claim(doc, value, "growth", period="2024"), scope=scope)

    loose, net = rate("a", 12.1, "portion:growth-profit"), rate("b", 25.3, "portion:growth-profit")
    assert compare([loose, net], docs("a", "b"))
    operating = rate("c", 12.1, "portion:growth-profit-operating")
    assert not compare([loose, net, operating], docs("a", "b", "c"))
    # a share of the vote at one stage of the count is no narrower measure
    share = dataclasses.replace(rate("c", 12.1, "portion:counted-partial"), attribute="growth")
    assert compare([loose, net, share], docs("a", "b", "c"))
    # the loosely named side is set aside; two outlets' net figures still clash
    other_net = rate("d", 28.7, "portion:growth-profit")
    (conflict,) = compare([loose, net, operating, other_net], docs("a", "b", "c", "d"))
    assert sorted(i for side in conflict.sides for i in side.claims) == ["b#1", "d#1"]


def test_a_result_named_in_full_is_no_loosely_named_measure():
    """"lucro de €1.8bn" where others give €1.8bn as the adjusted profit and a loss of €63m as the
    net result: named loosely, abstain; "lucro líquido de €1.8bn" names the net result, and
    contradicts the loss."""
    def result(doc, point, scope=None, trigger="lucro"):
        value = money(point, point - 0.05e9, point + 0.05e9, unit="EUR")
        return dataclasses.replace(claim(doc, value, "profit", period="2025"), scope=scope,
                                   trigger=trigger)

    others = [result("b", -0.063e9), result("c", -0.063e9), result("b", 1.8e9, "portion:adjusted"),
              result("c", 1.8e9, "portion:adjusted")]
    documents = docs("a", "b", "c")
    assert not compare([result("a", 1.8e9), *others], documents)
    (conflict,) = compare([result("a", 1.8e9, trigger="lucro líquido"), *others], documents)
    assert conflict.kind == "value_mismatch" and conflict.attribute == "profit"


def test_dates_conflict_unless_one_contains_the_other():
    def day(label, doc):
        return claim(doc, Value(kind="date", text=label, label=label), "occurred")

    assert compare([day("2026-02-10", "a"), day("2026-02-11", "b")], docs("a", "b"))
    assert not compare([day("2026-02", "a"), day("2026-02-11", "b")], docs("a", "b"))


def test_the_same_slot_in_two_currencies_gives_two_conflicts_with_distinct_ids():
    """Told in other sentences, the euro figures are a disagreement of their own; told in the
    same sentences (a conversion in brackets), the same one again, flagged once."""
    def in_euros(doc, value):
        return dataclasses.replace(claim(doc, value, n=2), start=10, end=11)

    claims = [claim("a", BARE_14_3, n=1), claim("b", BARE_14_8, n=1),
              in_euros("a", money(1e9, 0.95e9, 1.05e9, unit="EUR")),
              in_euros("b", money(2e9, 1.95e9, 2.05e9, unit="EUR"))]
    ids = [c.id for c in compare(claims, docs("a", "b"))]
    assert len(ids) == 2 and len(set(ids)) == 2
    converted = [claim("a", BARE_14_3, n=1), claim("b", BARE_14_8, n=1),
                 claim("a", money(1e9, 0.95e9, 1.05e9, unit="EUR"), n=2),
                 claim("b", money(2e9, 1.95e9, 2.05e9, unit="EUR"), n=2)]
    assert len(compare(converted, docs("a", "b"))) == 1


def test_estimates_by_different_sources_are_not_compared_but_one_source_is():
    def marchers(n, doc, source):
        value = Value(kind="count", text=str(n), low=n, high=n, point=n)
        return dataclasses.replace(claim(doc, value, "protesters"), attribution=source)

    police_vs_union = [marchers(1_100_000, "a", "police"), marchers(2_600_000, "b", "ust")]
    assert not compare(police_vs_union, docs("a", "b"))
    union_vs_union = [marchers(2_000_000, "a", "ust"), marchers(2_300_000, "b", "ust")]
    (conflict,) = compare(union_vs_union, docs("a", "b", published=date(2026, 3, 7)))
    assert conflict.id.endswith(":by-ust")


def test_a_part_scoped_to_a_place_is_not_compared_with_the_total():
    def units(n, doc, scope):
        value = Value(kind="count", text=str(n), low=n, high=n, point=n)
        return dataclasses.replace(claim(doc, value, "units_recalled"), scope=scope)

    assert not compare([units(57_000, "a", "FR"), units(318_000, "b", "europe")],
                       docs("a", "b"))
    assert compare([units(296_000, "a", "europe"), units(318_000, "b", "europe"),
                    units(318_000, "c", None)], docs("a", "b", "c"))


def test_a_date_of_the_current_event_does_not_split_a_stable_figure():
    def cut(n, doc, period):
        value = Value(kind="count", text=str(n), low=n, high=n, point=n)
        return dataclasses.replace(claim(doc, value, "layoffs"), period=period)

    documents = docs("a", "b", published=date(2026, 3, 5))
    assert compare([cut(1_450, "a", "2026-02-24"), cut(1_540, "b", None)], documents)
    # an earlier year is another event: never compared with today's plan
    assert not compare([cut(900, "a", "2021"), cut(1_540, "b", None)], documents)
    # a later year is the plan's horizon ("1,450 cuts by 2028"), not another event
    assert compare([cut(1_450, "a", "2028"), cut(1_540, "b", None)], documents)


def test_a_loss_clashes_with_a_profit_however_far_apart_the_figures():
    """"a loss of €63m" (stored negative) and "a profit of €1.8bn" for one year cannot both be
    right, though 29 times apart in size (which alone would be two measures: abstain)."""
    loss = money(-63e6, -63.5e6, -62.5e6, unit="EUR")
    profit = money(1.8e9, 1.75e9, 1.85e9, unit="EUR")
    other_profit = money(63e6, 62.5e6, 63.5e6, unit="EUR")

    def result(doc, value):
        return claim(doc, value, "profit", period="2025")

    (conflict,) = compare([result("a", loss), result("b", loss), result("c", profit)],
                          docs("a", "b", "c"))
    assert conflict.kind == "value_mismatch" and "a loss of €63M" in conflict.explanation
    assert not compare([result("a", other_profit), result("c", profit)], docs("a", "c"))


def test_fiscal_years_a_year_apart_may_be_one_period():
    """Companies name a fiscal year by the year it starts in ("FY2024" ends in March 2025);
    "the year that ended in March" is named by the year it ends in: no period conflict."""
    def loss(doc, period):
        value = Value(kind="money", text="¥671B", low=670.5e9, high=671.5e9, unit="JPY",
                      point=671e9)
        return dataclasses.replace(claim(doc, value, "profit"), period=period)

    documents = docs("a", "b", published=date(2026, 5, 14))
    assert not compare([loss("a", "FY2025"), loss("b", "FY2024")], documents)
    (conflict,) = compare([loss("a", "FY2025"), loss("b", "FY2022")], documents)
    assert conflict.kind == "period_mismatch"


def test_explanations_name_outlets_agree_in_number_and_show_no_placeholder():
    def dead(n, doc):
        return claim(doc, Value(kind="count", text=str(n), low=n, high=n, point=n), "deaths",
                     subject="(event)")

    documents = [Document(id=i, path=i, text="", language="en", source=source,
                          published=date(2026, 2, 12))
                 for i, source in (("a", "Le Monde"), ("b", "El País"), ("c", None))]
    (conflict,) = compare([dead(12, "a"), dead(15, "b"), dead(19, "c")], documents)
    assert "Le Monde put the deaths at 12" in conflict.explanation
    assert "(event)" not in conflict.explanation
    assert "cannot all be right" in conflict.explanation  # three sides
    two = compare([dead(12, "a"), dead(15, "b")], documents[:2])
    assert two[0].explanation.endswith("these figures cannot both be right.")


def test_a_category_conflict_says_describes_for_one_outlet_and_describe_for_several():
    def deal(label, doc):
        return claim(doc, Value(kind="category", text=label, label=label), "deal_type")

    documents = [Document(id=i, path=i, text="", language="en", source=source)
                 for i, source in (("a", "Le Monde"), ("b", "El País"), ("c", "Reuters"))]
    (conflict,) = compare([deal("acquisition", "a"), deal("minority_stake", "b"),
                           deal("minority_stake", "c")], documents)
    assert conflict.explanation.startswith("Le Monde describes the deal as a takeover")
    assert "El País and Reuters describe a stake below 50%" in conflict.explanation


def test_figures_of_one_scenario_compare_and_never_with_the_unconditional_figure():
    fails_a = claim("a", BARE_14_3, modality="hypothetical", condition="deal fails", n=1)
    fails_b = claim("b", BARE_14_8, modality="hypothetical", condition="deal fails")
    unconditional = claim("c", BARE_29)
    conflicts = compare([fails_a, fails_b, unconditional], docs("a", "b", "c"))
    assert [sorted(s for side in c.sides for s in side.claims) for c in conflicts] == [
        ["a#1", "b#1"]]


def test_a_denied_takeover_is_evidence_for_the_minority_side():
    takeover = claim("a", None, attribute="deal_type", label="acquisition")
    stake = claim("b", money(49, 48.5, 49.5, unit="%"), attribute="stake")
    denial = claim("c", None, attribute="deal_type", label="acquisition", modality="negated")
    [conflict] = compare([takeover, stake, denial], docs("a", "b", "c"))
    assert conflict.kind == "category_mismatch"
    assert [set(side.claims) for side in conflict.sides] == [{"a#1"}, {"b#1", "c#1"}]
    # a denial alone against a takeover is no conflict: "not a takeover" may deny hostility
    assert not compare([takeover, denial], docs("a", "c"))


def test_an_unqualified_fee_is_not_compared_when_outlets_split_it_into_fixed_and_bonuses():
    """"£100m plus £16m in add-ons" beside "£116m" and "£100m": an unqualified figure may be
    the fixed part or the total, so only the fixed parts are held to each other — and a figure
    below every fixed part, which can be neither."""
    def fee(n, doc, scope):
        value = Value(kind="money", text=f"£{n}m", low=n * 1e6, high=n * 1e6, unit="GBP",
                      point=n * 1e6)
        return dataclasses.replace(claim(doc, value, "deal_value"), scope=scope)

    documents = docs("a", "b", "c", "d")
    assert not compare([fee(100, "a", "portion:base"), fee(116, "b", None),
                        fee(100, "c", None)], documents)
    (conflict,) = compare([fee(100, "a", "portion:base"), fee(90, "d", "portion:base"),
                           fee(116, "b", None)], documents)
    assert conflict.id.endswith("portion-base")
    # below every fixed part, an unqualified figure is neither that part nor a total: it is
    # held to the unqualified figures that match the fixed part
    (conflict,) = compare([fee(100, "a", "portion:base"), fee(120, "a", "portion:with_bonuses"),
                           fee(80, "b", None), fee(100, "c", None), fee(120, "d", None)],
                          documents)
    assert [sorted(side.claims) for side in conflict.sides] == [["b#1"], ["c#1"]]
    # above the fixed part, it may be a total with bonuses no one itemized
    assert not compare([fee(100, "a", "portion:base"), fee(110, "b", None),
                        fee(100, "c", None)], documents)


def test_a_growth_rate_without_its_measure_is_compared_with_none():
    """"The shares registered an 8% increase" and "profit rose 14%": growth of what? Only a
    rate whose measure is written (``portion:growth-profit``) is compared."""
    def rate(doc, point, scope=None):
        value = Value(kind="percent", text=f"{point}%", low=point - 0.5, high=point + 0.5,
                      point=point)
        return dataclasses.replace(claim(doc, value, "growth", period="2024"), scope=scope)

    assert not compare([rate("a", 8.0), rate("b", 14.0)], docs("a", "b"))
    assert compare([rate("a", 8.0, "portion:growth-profit"),
                    rate("b", 14.0, "portion:growth-profit")], docs("a", "b"))


def _share(point: float, half: float, hedge: str | None = None) -> Value:
    return Value(kind="percent", text=f"{point}%", low=point - half, high=point + half, unit="%",
                 point=point, hedge=hedge, high_exclusive=True)


def test_plain_figures_a_last_digit_apart_are_not_flagged():
    """"51.27%" and "51.29%" of one result, "3.12%" and "3.14%": rounding intervals that do not
    touch, a gap no editor calls a contradiction; "47.12%" and "47.31%" stay a conflict."""
    close = [claim("a", _share(51.27, 0.005), "vote_share"),
             claim("b", _share(51.29, 0.005), "vote_share")]
    assert compare(close, docs("a", "b")) == []
    small = [claim("a", _share(3.12, 0.005), "vote_share"),
             claim("b", _share(3.14, 0.005), "vote_share")]
    assert compare(small, docs("a", "b")) == []  # the second decimal of a small share
    apart = [claim("a", _share(47.12, 0.005), "vote_share"),
             claim("b", _share(47.31, 0.005), "vote_share")]
    assert [c.kind for c in compare(apart, docs("a", "b"))] == ["value_mismatch"]


def test_shares_of_a_vote_of_two_precisions_close_together_are_two_moments_of_the_count():
    """"17,6 %" and "17,82 %" of one candidate: a tally quoted to two decimals beside another
    moment's share to one; the same gap at one precision ("17,6 %" vs "17,8 %"), a wider one, a
    hedge, or a count of anything but a vote stays a conflict."""
    drift = [claim("a", _share(17.6, 0.05), "vote_share"),
             claim("b", _share(17.82, 0.005), "vote_share")]
    assert compare(drift, docs("a", "b")) == []
    turnout = [claim("a", _share(51.4, 0.05), "turnout"),
               claim("b", _share(51.63, 0.005), "turnout")]
    assert compare(turnout, docs("a", "b")) == []
    same = [claim("a", _share(17.6, 0.05), "vote_share"),
            claim("b", _share(17.8, 0.05), "vote_share")]
    assert [c.kind for c in compare(same, docs("a", "b"))] == ["value_mismatch"]
    wide = [claim("a", _share(17.6, 0.05), "vote_share"),
            claim("b", _share(17.94, 0.005), "vote_share")]
    assert [c.kind for c in compare(wide, docs("a", "b"))] == ["value_mismatch"]
    stake = [claim("a", _share(17.6, 0.05), "stake"), claim("b", _share(17.82, 0.005), "stake")]
    assert [c.kind for c in compare(stake, docs("a", "b"))] == ["value_mismatch"]
    # "6,51 %" against "6.59 %" of one precision, a third outlet rounding the second to "6,6 %"
    rounded = [claim("a", _share(6.51, 0.005), "vote_share"),
               claim("b", _share(6.59, 0.005), "vote_share"),
               claim("c", _share(6.6, 0.05), "vote_share")]
    assert [c.kind for c in compare(rounded, docs("a", "b", "c"))] == ["value_mismatch"]


def test_a_small_whole_percentage_holds_what_rounds_to_it():
    """"1%" and "1.2%" of one change: 1.2 rounds to 1; "1%" and "2%" still clash."""
    from claimcheck.normalize.quantities import quantities

    def rate(doc, text):
        q = quantities(text, "en")[0]
        value = Value(kind="percent", text=q.text, low=q.low, high=q.high, unit="%",
                      point=q.value, low_exclusive=q.low_exclusive,
                      high_exclusive=q.high_exclusive)
        return dataclasses.replace(claim(doc, value, "growth", period="2024"),
                                   scope="portion:growth-revenue")

    assert not compare([rate("a", "1%"), rate("b", "1.2%")], docs("a", "b"))
    assert compare([rate("a", "1%"), rate("b", "2%")], docs("a", "b"))


def test_hedged_figures_a_last_digit_apart_still_conflict():
    over = Value(kind="percent", text="over 51.3%", low=51.3, high=None, unit="%", point=51.3,
                 hedge="over", low_exclusive=True)
    under = Value(kind="percent", text="51.27%", low=51.265, high=51.275, unit="%", point=51.27)
    found = compare([claim("a", over, "vote_share"), claim("b", under, "vote_share")],
                    docs("a", "b"))
    assert [c.kind for c in found] == ["value_mismatch"]


def test_results_at_an_unsaid_stage_of_the_count_are_held_to_nothing():
    """"selon des résultats partiels" in two articles: two moments of the count, maybe."""
    partial = [dataclasses.replace(claim("a", _share(47.12, 0.005), "vote_share"),
                                   scope="portion:counted-partial"),
               dataclasses.replace(claim("b", _share(47.31, 0.005), "vote_share"),
                                   scope="portion:counted-partial")]
    assert compare(partial, docs("a", "b")) == []
    stated = [dataclasses.replace(c, scope="portion:counted-72") for c in partial]
    assert [c.kind for c in compare(stated, docs("a", "b"))] == ["value_mismatch"]


def test_an_undated_result_joins_a_year_that_has_ended_never_one_still_running():
    """In February 2026, "revenue rose 14%" (no year) is of 2025, the year just told; beside
    "growth of under 6% in 2026" it is no rival figure: 2026 is still running, an outlook's."""
    up14 = Value(kind="percent", text="14%", low=13.5, high=14.5, unit="%", point=14.0)
    under6 = Value(kind="percent", text="under 6%", low=0.0, high=6.0, unit="%", point=6.0,
                   hedge="under", high_exclusive=True)
    february = date(2026, 2, 5)
    undated = dataclasses.replace(claim("a", up14, "growth"), scope="portion:growth-revenue")
    running = dataclasses.replace(claim("b", under6, "growth", period="2026"),
                                  scope="portion:growth-revenue")
    assert compare([undated, running], docs("a", "b", published=february)) == []
    ended = dataclasses.replace(running, period="2025")
    assert [c.kind for c in compare([undated, ended], docs("a", "b", published=february))] == [
        "value_mismatch"]


def test_a_result_to_one_decimal_may_be_cut_from_a_more_precise_one():
    """"23.4" beside "23.46": a share cut, not rounded, cites the same result; two figures to
    one decimal ("31.2" and "31.3") still differ, and so do other shares cut so, and "23.4"
    beside "23.72", which no cut gives (nor a count's drift: see the test above)."""
    def share(point, half):
        return Value(kind="percent", text=str(point), low=point - half, high=point + half,
                     unit="%", point=point, high_exclusive=True)

    cut, precise = share(23.4, 0.05), share(23.46, 0.005)
    assert not compare([claim("a", cut, "vote_share"), claim("b", precise, "vote_share")],
                       docs("a", "b"))
    assert compare([claim("a", share(31.2, 0.05), "vote_share"),
                    claim("b", share(31.3, 0.05), "vote_share")], docs("a", "b"))
    assert compare([claim("a", share(23.4, 0.05), "vote_share"),
                    claim("b", share(23.72, 0.005), "vote_share")], docs("a", "b"))
    assert compare([claim("a", cut, "stake"), claim("b", precise, "stake")], docs("a", "b"))


def test_a_quarter_named_by_the_month_it_ends_is_no_other_period():
    """"el trimestre de marzo" read as March beside "the quarter ended in March": one period;
    February is another."""
    profit = money(21e9, 20.95e9, 21.05e9)
    march = [claim("a", profit, "profit", period="2025-03"),
             claim("b", profit, "profit", period="2025-Q1")]
    assert not compare(march, docs("a", "b"))
    february = [claim("a", profit, "profit", period="2025-02"),
                claim("b", profit, "profit", period="2025-Q1")]
    assert [c.kind for c in compare(february, docs("a", "b"))] == ["period_mismatch"]


def test_a_cut_dated_a_whole_month_before_the_article_is_another_round():
    """"It then cut over 4,300 jobs in March" in a May article about 7,100 cuts: the March round
    is another; a month within the last one is the current event's."""
    def count(n):
        return Value(kind="count", text=str(n), low=n, high=n, point=n)

    published = docs("a", "b", published=date(2026, 5, 20))
    assert not compare([claim("a", count(7100), "layoffs"),
                        claim("b", count(4300), "layoffs", period="2026-03")], published)
    assert compare([claim("a", count(7100), "layoffs"),
                    claim("b", count(4300), "layoffs", period="2026-05")], published)


def test_a_story_of_both_rounds_compares_only_majorities_no_round_is_named_for():
    """Articles on a first round (47.6%) and on its runoff (53.1%): a share no round is named for
    may be of either; a majority is the deciding round's."""
    def share(p, decimals=1):
        half = 0.5 * 10 ** -decimals
        return Value(kind="percent", text=f"{p}%", low=p - half, high=p + half, unit="%",
                     point=p)

    rounds = [dataclasses.replace(claim("c", share(47.6), "vote_share", "Ruiz"),
                                  scope="portion:round-1"),
              dataclasses.replace(claim("d", share(53.1), "vote_share", "Ruiz"),
                                  scope="portion:round-2")]
    unnamed = [claim("a", share(47.6), "vote_share", "Ruiz"),
               claim("b", share(53.1), "vote_share", "Ruiz")]
    assert compare(unnamed, docs("a", "b"))
    assert not compare(unnamed + rounds, docs("a", "b", "c", "d"))
    majorities = [claim("a", share(51.2), "vote_share", "Ruiz"),
                  claim("b", share(53.1), "vote_share", "Ruiz")]
    assert compare(majorities + rounds, docs("a", "b", "c", "d"))


def test_market_values_a_share_price_move_apart_are_one_value_read_on_two_days():
    """"$42.2 billion" at Monday's close and "US$ 47 mil millones" before the deal: a market
    value moves that much in a week; one a third apart is still a contradiction."""
    def market(doc, billions):
        value = money(billions * 1e9, billions * 1e9 - 5e7, billions * 1e9 + 5e7)
        return dataclasses.replace(claim(doc, value), scope="portion:market")

    assert not compare([market("a", 42.2), market("b", 47.0)], docs("a", "b"))
    (conflict,) = compare([market("a", 30.0), market("b", 47.0)], docs("a", "b"))
    assert conflict.id.endswith("portion-market")


def test_an_outlets_own_constant_rate_figure_told_loosely_is_set_aside():
    """"ricavi … in crescita dell'8%" and, further on, "dell'8% a cambi costanti e del 7% a
    cambi correnti": the loose 8% is the outlet's constant-rate figure, not a rival of the
    others' 7% — unless the outlet gives no such figure."""
    def rate(doc, point, scope, n=1):
        value = Value(kind="percent", text=f"{point}%", low=point - 0.5, high=point + 0.5,
                      point=point)
        return dataclasses.replace(claim(doc, value, "growth", period="2025-H1", n=n),
                                   scope=scope)

    def precise(doc, point):
        value = Value(kind="percent", text=f"{point}%", low=point - 0.05, high=point + 0.05,
                      point=point)
        return dataclasses.replace(claim(doc, value, "growth", period="2025-H1"),
                                   scope="portion:growth-revenue")

    revenue = "portion:growth-revenue"
    constant = "portion:growth-constant_currency"
    assert not compare([rate("a", 8.0, revenue), rate("a", 8.0, constant, n=2),
                        precise("b", 7.1), precise("c", 7.1)], docs("a", "b", "c"))
    assert compare([rate("a", 8.0, revenue), precise("b", 7.1), precise("c", 7.1)],
                   docs("a", "b", "c"))


def test_one_figure_in_two_currencies_is_a_slip_in_one_of_them():
    """"un sueldo base de £14.067" against "14.067 euros": the same precise figure in two
    currencies cannot be right in both; a round or a loose one may be anyone's conversion, an
    outlet giving both knows it, and currencies the articles convert near par are not told
    apart."""
    def pay(doc, point, unit, hedge=None, n=1, rule="salary.money.scale.v1"):
        value = money(point, point - 0.5, point + 0.5, hedge=hedge, unit=unit)
        return dataclasses.replace(claim(doc, value, "salary", n=n), rule=rule)

    (conflict,) = compare([pay("a", 14067, "GBP"), pay("b", 14067, "EUR"),
                           pay("c", 14067, "EUR")], docs("a", "b", "c"))
    assert conflict.id.endswith(":currency")
    assert {frozenset(s.claims) for s in conflict.sides} == {frozenset({"a#1"}),
                                                             frozenset({"b#1", "c#1"})}
    # a round figure with no rate in the articles: a rough conversion, perhaps
    assert not compare([pay("a", 2e9, "USD"), pay("b", 2e9, "EUR")], docs("a", "b"))
    # both loose ("around £55m", "rund 55 Millionen Euro")
    assert not compare([pay("a", 55e6, "GBP", "about"), pay("b", 55e6, "EUR", "about")],
                       docs("a", "b"))
    # the currency borrowed from the paragraph, not the outlet's own word
    assert not compare([pay("a", 14067, "GBP"),
                        pay("b", 14067, "EUR", rule="salary.money.inherited.v1")],
                       docs("a", "b"))
    # one outlet giving the figure in both currencies
    assert not compare([pay("a", 14067, "GBP"), pay("a", 14067, "EUR", n=2),
                        pay("b", 14067, "EUR")], docs("a", "b"))


def test_a_rate_the_articles_give_decides_whether_round_figures_in_two_currencies_clash():
    """"£1bn (€1.18bn)" tells the reader a pound is worth more than a euro: "€3bn" against
    "£3bn" then names the wrong currency, round as it is; a conversion near par tells nothing."""
    def amount(doc, point, unit, attribute="deal_value", n=1, rule="money.scale.v1", start=0):
        value = money(point, point * 0.99, point * 1.01, unit=unit)
        return dataclasses.replace(claim(doc, value, attribute, n=n), rule=f"{attribute}.{rule}",
                                   value_start=start, value_end=start + 5)

    def rate(euros):
        return [amount("c", 1e9, "GBP", "revenue"),
                amount("c", euros, "EUR", "revenue", n=2, rule="money.conversion.v1", start=10)]

    deals = [amount("a", 3e9, "GBP"), amount("b", 3e9, "EUR")]
    assert not compare(deals, docs("a", "b"))  # round, and no rate
    (conflict,) = compare(deals + rate(1.18e9), docs("a", "b", "c"))
    assert conflict.id.endswith(":currency")
    assert not compare(deals + rate(1.02e9), docs("a", "b", "c"))
