"""Claim candidates from one document: values next to slot triggers, with period and modality.

A pure function of one document. Subjects are chosen later (``claimcheck.link``), because which
capitalized words name entities is only known once every document of the corpus has been read.

How a value meets its slot: a trigger written *before* the value may stand up to
``MAX_GAP_BEFORE`` tokens away in the same clause, with no other value of the same kind between;
a trigger written *after* it must follow at once or through linking words only ("870 milioni di
fatturato"), never through a conjunction ("14,3 miliardi e valuta..." is not a valuation of 14.3).
When two slots are equally close, the value is ambiguous and dropped.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from functools import cache
from typing import NamedTuple

from claimcheck.budgets import MAX_FIGURES_PER_SENTENCE
from claimcheck.lang import load
from claimcheck.lemmas import lemma, set_lemmas
from claimcheck.lexicon import (
    Lexicon,
    ends_with_phrase,
    kind_name_parts,
    lexicon,
    phrase_spans,
    speaks_of_a_transfer,
)
from claimcheck.lexicon import holds_phrase as _holds_phrase
from claimcheck.model import (
    CHANGE_SCOPE,
    EARLIER_SCOPE,
    LISTED_EVENT_SCOPE,
    ORGANIZATION_SCOPE,
    OTHER_EVENT_SCOPE,
    PART_SCOPE,
    PORTION_SCOPE,
    RATE_SCOPE,
    Analysis,
    Cue,
    Document,
    Mention,
    NameCandidate,
    Period,
    Quantity,
    Sentence,
    Unclaimed,
    Value,
)
from claimcheck.normalize import (
    STRETCH_UNITS,
    decimal_convention,
    periods,
    quantities,
    time_stretches,
)
from claimcheck.normalize.calendar_math import date_span
from claimcheck.normalize.period_grammar import compiled_grammar, language_code
from claimcheck.normalize.period_relative import SEQUEL_RULE
from claimcheck.places import WORLD, gazetteer, place_key, scopes, with_exclusions
from claimcheck.slots import EVENT_COUNTS, HELD_SLOTS, ROUND_SLOTS, SLOTS

MAX_GAP_BEFORE = 12  # tokens between a trigger and a value written after it
#: Words before and after a change within which "at constant exchange rates", "from the
#: previous quarter", "organically" say what it is measured against.
GROWTH_QUALIFIER_REACH = 6
#: Words between a count's trigger and a figure after it within which that figure is the
#: trigger's own ("e i feriti oltre 40"): the trigger names no count before a conjunction.
OWN_FIGURE_REACH = 2
MEASURE_FRONT_REACH = 4  # words of a fronted phrase ("En données récurrentes,") naming a measure
CASH_REACH = 4  # words before or after a per-share price within which "in cash" makes it a part
OLD_LEVEL_REACH = 6  # words from the level before a change to "to" across its period
SALE_REACH = 7  # words from a sale verb to its price ("vendeu a jogadora ao clube da capital por")
MAX_GAP_AFTER = 3  # linking tokens between a value and a trigger written after it
REDUCTION_WORDS_BEFORE = 3  # "a reduction of 7,500 jobs": the reduction word's reach
STAFF_CUT_BEFORE = 8  # "reducir la plantilla más de un 10%": the cut word's and staff noun's
STAFF_CUT_AFTER = 6  # reach before and after the percentage ("del 10% de su fuerza laboral")
STAFF_WHOLE_REACH = 4  # "10% de su fuerza laboral": the staff noun after the share's preposition
#: the slots a share of the staff a cut word governs is taken from ("reducir" is growth's word)
STAFF_CUT_RIVALS = frozenset({"growth", "employees", "layoffs", "workforce_cut"})
PLACE_ANAPHOR_AFTER = 7  # words after a figure a "in his province" stands within
TRAILING_PLACE_REACH = 2  # tokens after a toll its place's preposition stands within
ABANDON_REACH = 6  # words before a deal's price an abandon phrase governs it within
EACH_SHARE_LEAD = 4  # words after a price before "for every" ("in cash for every")
EACH_SHARE_WORDS = 9  # "for every outstanding X common share": the whole phrase, at most
EACH_REACH = 2  # words after a count's noun an each-word stands within ("15 mortos cada")
MOVER_REACH = 3  # tokens before a move verb the mover's name stands within
MOVE_GAP = 2  # words between a move verb's preposition and the fee ("for an initial €36m")
#: Words of an aside between commas that a trigger reaches across ("le bilan, encore
#: provisoire, atteint 145 morts"): an adjective or adverb phrase, never a clause.
ASIDE_WORDS = 3
PASSAGE_WORDS = 10  # words from a level across "est passé à" to the new level
#: Words before a period a comparison phrase may span ("rispetto allo stesso periodo del").
COMPARISON_WORDS = 6
ELLIPSIS_REACH = 6  # words from a change's figure to a second rate sharing its verb
OTHER_MEASURE_REACH = 5  # words before a change figure: "net interest income at X rose 8%"
COST_REACH = 3  # words before a change figure within which "costs", "despesas" make it one of costs
VOLUME_REACH = 8  # words before a change figure within which "volume" makes it one of volumes
ANNOUNCED_OBJECT_BEFORE = 3  # words before "presented" naming what is ("the plan presented")
ANNOUNCED_OBJECT_AFTER = 12  # words after "announced" naming what is ("announced … negotiations")
RATIO_OF_REACH = 2  # words from "rentabilité" to the measure it is a ratio of ("des ventes")
DIVIDEND_REACH = 8  # words from "dividend" to the per-share amount it is ("a dividend of €0.87")
MARGIN_REACH = 4  # words from "a lead of" to the figure that is the lead
#: tolls whose figure may count a narrower group ("four children") than the whole
TOLL_SLOTS = frozenset({"deaths", "injured", "missing", "survivors", "evacuated"})
QUARTER_REACH = 4  # sentences back within which "the quarter" is the one named last
FORECAST_REACH = 12  # tokens before a value within which a forecast cue applies
NEGATION_REACH = 6  # tokens before a trigger or value within which a negation applies
FRONTED_PLACE_WORDS = 4  # words of a place name fronted before a comma ("Em Vila Nova do Sarrado,")
OWNER_NAME_WORDS = 4  # words of a name after "de"/"di" that owns a figure set against another
EARLIER_LIST_REACH = 3  # words between two listed figures of one earlier event ("et près de")
REQUIREMENT_REACH = 5  # words after a figure within which "needed" makes it a bar to reach
PER_SHARE_REACH = 5  # words from "per share" to a price after it ("cada ação do banco em 2,87")
SHARE_OF_STAFF_REACH = 4  # words from a percentage to the staff noun it is a share of
DATE_REACH = 14  # tokens after an event word within which its date may follow
PLACE_ASIDE_TAIL = 3  # tokens from a place aside's closing comma to the date ("no")
FRONTED_OPENER = 3  # words before a fronted period ("Na madrugada de", "Early")
FRONTED_REACH = 20  # tokens from a fronted period to the event verb it dates
QUALIFIER_REACH = 4  # tokens before a value within which a qualifier slot's trigger decides
RELATION_REACH = 6  # tokens between a relation noun and the verb that gives its polarity
STAKE_REACH = 10  # tokens around an acquisition word within which a stake means "bought a stake"
#: What a per-period figure (revenue, profit, their growth) is counted over: "reported on
#: Tuesday a profit of €12bn" gives the day it was reported, not its period.
ACCOUNTING_PERIODS = ("year", "fiscal_year", "quarter", "half", "month")
EARLIER_REACH_AFTER = 6  # tokens after a figure within which "in its previous round" anchors it
EARLIER_REACH_BEFORE = 10  # tokens before a figure within which "A year earlier," anchors it
RELATIVE_REACH = 3  # tokens after a figure within which a relative clause is its noun's
BACKWARD_REACH = 300  # characters before "otherwise" searched for the deal it points back to
SENSE_REACH = 3  # tokens after an acquisition word that may give it another sense ("as CEO")
DEPENDENCY_STEPS = 2  # heads climbed from a figure or a slot word to meet the other
#: A trained parse's link between a figure and a slot word counts as this many words closer.
DEPENDENCY_BONUS = 3.0
#: Tokens from "no", "nessuno" to the toll word it empties ("nessuno è rimasto ferito").
ZERO_REACH = 3
#: Tokens from "only one" to its toll word ("solo un pasajero sufrió heridas").
ONE_REACH = 6
#: Tolls a "no one" can empty; "no forced layoffs" beside a job-cut figure is another matter.
ZERO_SLOTS = frozenset({"deaths", "injured", "missing"})
UPDATE_REACH = 12  # tokens before a total within which "bringing its total to" makes it updated
PENDING_REACH = 8  # tokens after a figure within which "yet to be allocated" makes it pending
REDUCTION_REACH = 10  # words before a headcount within which "reduce", "shrink" make it a cut
LEVEL_REACH = 3  # words between two counts within which they are levels ("from 23,000 to 14,000")
AFTER_EVENT_REACH = 3  # words from a count to the event word after it ("500 cars were delivered")
COUNTING_REACH = 5  # words after a percentage within which "counted" makes it the count's progress
# ("85% das urnas de domingo apuradas")
THRESHOLD_REACH = 4  # words before a percentage within which "threshold", "meta" make it a bar
EVENT_UNIT_REACH = 4  # words from "laying off" to the "210 engineers" it counts
PRICE_REACH = 10  # tokens after a paid amount within which "for the 25% stake" names what it buys
#: Counts that are levels, of which "lost 20 seats" is a change (jobs shed are the layoffs).
LEVEL_COUNTS = frozenset({"seats", "employees", "users"})
#: Counts of people who are on board by definition: "aboard" beside them names no part.
ABOARD_BY_DEFINITION = frozenset({"passengers", "crew"})
MAX_ON_BOARD = 10_000  # more people than the largest ship carries: traffic, not those on board
MIN_TRAFFIC = 1_000_000  # passengers no single event strands: a carrier's traffic, dated or not
CHANGE_REACH = 5  # tokens before a count within which "lost", "perdió" make it a change
#: Percentages a spelled fraction rounds ("fell by a third", "un cinquième des effectifs"),
#: read as ``FRACTION_SLACK`` either side of it; a stake or a vote share of "half" stays exact.
ROUNDED_FRACTION_SLOTS = frozenset({"growth", "workforce_cut"})
FRACTION_SLACK = 0.10
#: Shares of a workforce that may be of one part of it ("16.5% of its non-union staff").
PART_SHARE_SLOTS = frozenset({"workforce_cut"})
WORKFORCE_PART_REACH = 10  # words after a share within which its part of the staff is named
OWN_PLACE_REACH = 4  # words after a figure within which a place is its own ("de 13,7% na X")
PORTION_REACH = 7  # tokens after a count within which "outside", "on board" make it a portion
#: Results of a vote that a place's own count has ("Em Serravalle, X ganhou com 68%"); a
#: turnout fronted so is often a strike's at one organization ("À Norvik, 44% de grévistes").
CANDIDATE_RESULTS = frozenset({"vote_share"})
ATTRIBUTION_VERB_REACH = 4  # tokens before a counting verb in which a name is its source
LIGHT_VERB_REACH = 3  # tokens between a light verb ("put") and the amount it puts
#: Money slots with portions of their own ("a pre-money valuation of $2.8bn", "an operating
#: profit of €310m" beside a net loss, "€2.16 per preferred share" beside the ordinary ones).
PORTIONED_MONEY = frozenset({"valuation", "profit", "deal_value", "damage", "salary", "dividend",
                             "spending"})
#: Money a bonus can raise: its fixed part ("portion:base") is compared apart.
BONUS_SLOTS = frozenset({"deal_value"})
BASE_FEE_REACH = 8  # words after a fee within which "plus ... add-ons" makes it the fixed part
MAXIMUM_SLACK = 0.025  # a fee's "up to" maximum, read as a figure at its written precision
#: Portions written in apposition after a comma ("35.900 millones, deuda incluida").
APPOSITIVE_PORTIONS = frozenset({"with_debt", "with_bonuses"})
#: Portions that name another measure of a figure, whose changes are compared apart.
MEASURE_PORTIONS = frozenset({"operating", "gross", "ebitda", "ebitdaal", "attributable",
                              "pretax", "continuing"})
#: Portions that name a kind of the slot word itself ("interim dividend"), read only beside it.
CUE_PORTIONS = frozenset({"interim_dividend", "final_dividend", "buyback",
                          "restructuring"})
#: Of those, the ones a figure's own words after it may name too ("80 millones en cargos de
#: reestructuración").
TRAILING_PORTIONS = frozenset({"restructuring"})
ALREADY_REACH = 10  # words before a stake within which "già", "déjà" make it a holding
REGION_CHANGE_REACH = 8  # words from a place to the change figure of that place, no measure
OTHER_EVENT_AFTER_REACH = 4  # words after an event verb its inverted subject noun stands within
EXISTING_REACH = 4  # words before a stake within which "existing", "bisherigen" do
ALREADY_AFTER_REACH = 6  # words after a stake its "qu'il détient déjà" clause stands within
FEE_PART_REACH = 3  # words after an amount within which "fijos", "di parte fissa" make it a fee's
#: Words between a segment noun and the relative pronoun that goes on about it ("il comparto
#: chiave della moda e pelletteria, i cui ricavi").
SEGMENT_RELATIVE_REACH = 8
#: Words of a name heading a clause before its verb ("Ana María Ruiz cost £66.5m").
NAME_HEAD_WORDS = 3
#: Words between an arrival verb and the place it reaches ("alcançou o centro-norte do Vietnã").
ARRIVAL_REACH = 5
#: Months before an article's date beyond which an event's date is another event's.
EARLIER_EVENT_MONTHS = 12
#: Words between a share of the staff cut and the heads it comes to ("5 % de sa masse
#: salariale globale, soit près de 3 600 salariés").
EQUIVALENCE_REACH = 8
MEASURE_REACH = 6  # words from a measure's slot word within which its portion word stands
#: Year slots whose year is the end of a term: only a year after an "until" word is theirs.
UNTIL_SLOTS = frozenset({"contract_end"})
#: Slots an election of two chambers gives twice: the upper house's are a portion of their own.
CHAMBER_SLOTS = frozenset({"seats", "vote_share"})
UPPER_HOUSE_SCOPE = f"{PORTION_SCOPE}upper_house"
NEW_BUSINESS_REACH = 8  # words before a change within which "new lending" says what grew
PER_SHARE_CEILING = 10_000  # a company's value beside a share noun below this is one share's price
STILL_REACH = 7  # words before a contract's end within which "still" makes it the one held now
#: Date slots a quarter or a half may give ("closing expected in the second half of 2026").
SPAN_DATED = frozenset({"completed"})
OPTION_REACH = 8  # words before a contract's end year within which "option" makes it optional
#: Words after an amount within which a bonus word makes it add-ons ("£9m potentially payable
#: in add-ons").
ADD_ON_REACH = 4
#: Words before an event's date within which a night word makes it a night's (two dates).
NIGHT_REACH = 3
AGE_PERIOD_REACH = 12  # characters between an age and a period that dates it ("in 2016, aged")
AGE_MOMENT_REACH = 3  # words around an age within which "when", "a los" tie it to another time
PLACE_ANAPHOR_REACH = 2  # words before a figure within which "there" ("allein dort") places it
SINCE_REACH = 3  # words from "since" to the event noun it names ("since the derailment")
ORIGIN_REACH = 2  # words after a count and its noun within which "were from" makes it a part
OCCURRENCE_REACH = 6  # words around "took place" within which an event noun makes it the story's
GATHERING_REACH = 5  # words after a crowd noun within which a rally word makes it protesters
MIN_CROWD = 100  # a protest crowd a source counts: smaller groups are delegations, not crowds
YEAR_REACH = 3  # words after an amount within which a year says no noun follows it
#: Words after a figure within which a segment noun makes it that segment's.
SEGMENT_AFTER_REACH = 5
#: Words after "had", "avait" within which a signing participle makes it an auxiliary.
PARTICIPLE_REACH = 2
#: "a twelve-year lease" is no player's contract: longer lengths are not read as one.
MAX_CONTRACT_YEARS = 8
#: "pay €48m (£41m) for the winger": how far after a sum its "for" may stand.
PAID_FOR_REACH = 8
PLAYER_AFTER_FOR = 7
NUMBER_OF_REACH = 6  # words before a count within which "the number of plants" names what it counts
RECORDED_REACH = 2  # words from a place's recording verb to its toll ("has already")
PEOPLE_EVENT_REACH = 8  # words from "ten people" to the event word of its clause
ABOARD_REACH = 3  # words after a count of people within which "on board" makes it everyone's
DEAL_FOR_REACH = 4  # words of the name after "the deal for"
BOUGHT_SHARE_REACH = 8  # words from an acquisition verb to the share it takes ("übernimmt … 51%")
BOUGHT_TARGET_REACH = 4  # words after "of" within which the company a share is of is named
FRONTED_ROUND_REACH = 3  # words a round phrase may stand from the start of the sentence it opens
APPOSITIVE_REACH = 4
#: Date slots that are the story's only when the sentence speaks of a deal or an agreement.
DEAL_DATES = frozenset({"announced", "completed"})
AGREEMENT_REACH = 2  # words beside a completion word within which an agreement is its object
INTERIM_REACH = 4  # tokens around a count within which "so far" makes it an interim count
RATE_REACH = 6  # tokens around a count within which "every year" makes it a statistic
SCOPE_REACH = 10  # tokens between a figure and the place that scopes it ("in France alone")
GAP_REACH = 6  # words between two figures of one list ("..., the MPR 90, the UDN 71")
SEPARABLE_REACH = 16  # words between a German verb and the particle that ends its clause
ATTRIBUTION_REACH = 8  # tokens between a figure and the "according to" that attributes it
LOSS_LOOKBACK = 30  # characters before a profit word within which "pérdidas en" makes it a loss
EARLIER_EVENT_DAYS = 21  # days before its article beyond which an event's count is another's
CONVERSION_SLACK = 0.10  # a converted amount in brackets claims its figure ±10% (rates differ)

_DIGIT_RUN = re.compile(r"\d+")
#: Clause boundaries. Parentheses are not: "$2.14bn (R$11.6bn) in the third quarter".
_CLAUSE_BREAK = re.compile(r"[;:]\s|\s[–—]\s|\s-\s")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_BRACKETED_TEXT = re.compile(r"\(([^()]{1,80})\)")
#: Between an amount and the word after it: nothing, or a bracketed conversion ("(US$3.5m)").
_BRACKET_OR_NOTHING = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?")
_SAME_LENGTH_FOLDS = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "\u00a0": " ", "\u202f": " "})
#: Lowercase words that may join the parts of one name ("Bank of America"); conjunctions may
#: not: "Kestrel e Vantor" is two names.
_CONNECTORS = frozenset({"of", "de", "di", "von", "van", "der", "du", "da", "do", "del", "des",
                         "dei", "della", "delle", "degli", "dello", "dos", "das", "zur", "zum",
                         "&", "/", "for", "para", "für", "pour", "per"})

#: Value kinds a figure may take from the figure before it (pro-verbs, counter-figures).
_INHERITED_KINDS = ("money", "percent", "count")
#: Value kinds each quantity kind can fill.
_PERCENT_KINDS = ("percent", "fraction")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for line in text.split("\n"):
        if line.strip():
            yield start, line
        start += len(line) + 1


def _clauses(sentence_start: int, text: str) -> tuple[tuple[int, int], ...]:
    bounds, last = [], 0
    for match in _CLAUSE_BREAK.finditer(text):
        bounds.append((sentence_start + last, sentence_start + match.start()))
        last = match.end()
    bounds.append((sentence_start + last, sentence_start + len(text)))
    return tuple(b for b in bounds if b[1] > b[0])


def _is_title_case(words: list[str]) -> bool:
    """Headlines in Title Case capitalize ordinary words; names found there are not evidence."""
    alpha = [w for w in words if w[:1].isalpha()]
    if len(alpha) < 4:
        return False
    capital = sum(1 for w in alpha if w[0].isupper())
    return capital / len(alpha) >= 0.7


@cache
def _party_family_words(lang: str) -> frozenset[str]:
    """The words that show a party family in a name ("libéral", "socialista"), of the kinds this
    language's names may take (``named_kinds``); the words themselves are every language's."""
    lex = lexicon(lang)
    return frozenset(word for kind in lex.named_kinds for word in kind_name_parts(kind))


def _name_like(token: str) -> bool:
    if not token[:1].isalpha():
        return False
    if token[0].isupper():
        return True
    # "xAI", "iPhone": a lowercase start with capitals inside.
    return len(token) > 1 and any(c.isupper() for c in token[1:])


@cache
def _phrase_lemmas(phrase: str, lang: str) -> tuple[str, ...]:
    return tuple(lemma(word, lang) for word in phrase.split())


@cache
def _verb_lemmas(verbs: tuple[str, ...], lang: str) -> frozenset[tuple[str, ...]]:
    """The lemmas of a lexicon's verb phrases, word by word, read once per language."""
    return frozenset(_phrase_lemmas(verb, lang) for verb in verbs)


class _DocumentExtractor:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.lexicon: Lexicon = lexicon(document.language)
        self.text = document.text
        self.folded = document.text.translate(_SAME_LENGTH_FOLDS)
        #: The decimal mark of an article written in the other convention ("12.5%" in Spanish)
        self._decimal = decimal_convention(document.text, document.language)
        self._last_count_cue: Cue | None = None  # of the sentence before ("208 of them")
        self._sentence_index = -1  # the sentence being read
        self._vehicle_kinds: set[str] = set()
        self._sentence_vehicles: list[list[tuple[int, str]]] = []
        #: Whether the article is about a recall at all: "two cars", "22 vehicles" elsewhere
        #: count no recalled units.
        lowered = self.folded.lower()
        self._recall_story = any(word in lowered for word in self.lexicon.recall_words)
        #: Whether the article is about a vote: its words for votes come twice or more, so
        #: that "with 31%" after a name is a share of the vote.
        self._vote_story = len(re.findall(self.lexicon.vote_words, lowered)) >= 2 if (
            self.lexicon.vote_words) else False
        #: Whether the article says the count was still going on ("le dépouillement se
        #: poursuit"): its results, seats and shares alike, are of a stage of the count.
        self._count_ongoing = self._vote_story and bool(
            self.lexicon.count_ongoing and re.search(self.lexicon.count_ongoing, lowered))
        #: The scenario of the last condition read, which "otherwise" flips.
        self._last_scenario: str | None = None
        #: each sentence's place scopes and periods, as read (a paragraph's opening place is
        #: looked up again from its later sentences)
        self._scopes_of: dict[int, list[tuple[int, int, str]]] = {}
        self._periods_of: dict[int, list[Period]] = {}
        #: Why a figure made no claim candidate, by its offsets (``claims --all``).
        self._why_not: dict[tuple[int, int], str] = {}
        #: Currencies written so far in the paragraph, and where the last sentence read ends.
        self._currencies: set[str] = set()
        self._all_currencies: set[str] | None = None
        #: amount span -> the span of the name it is paid for ("por Ana Ruiz")
        self._paid_for: dict[tuple[int, int], tuple[int, int]] = {}
        self._figures: list[Quantity] = []  # the current sentence's figures
        self._years: list[tuple[int, int]] = []  # its spans of "N years"
        #: (figure offsets) -> the span after "of" naming what a bought share is of
        self._share_of: dict[tuple[int, int], tuple[int, int]] = {}
        self._currency_end = 0
        #: The last money figure read, and where its sentence ends ("Em euros, esse montante
        #: equivale a..." converts it).
        self._last_money: Mention | None = None
        self._last_money_end = 0
        self._article_slots: set[str] = set()
        self._opens_on_other_vote = False
        #: The toll word a "no one" / "only one" was read with, by its offsets.
        self._toll_words: dict[tuple[int, int], Cue] = {}
        #: Spans of the levels before a change ("from 8% in 2022 to 19%") in the sentence at hand.
        self._old_levels: list[tuple[int, int]] = []
        self._dated_old_levels: set[tuple[int, int]] = set()

    # -- sentences -------------------------------------------------------------------------
    def sentences(self) -> Iterator[Sentence]:
        nlp, matcher = self.lexicon.nlp, self.lexicon.matcher
        index = 0
        for line_start, line in _lines(self.folded):
            doc = set_lemmas(nlp(line), self.document.language)
            matches = sorted(set(matcher(doc)) | set(self.lexicon.lemma_matcher(doc)))
            vocab = nlp.vocab.strings
            for sent in _whole_sentences(doc, _dotted_scales(self.document.language)):
                if not sent.text.strip():
                    continue
                cues = []
                for match_id, start, end in matches:
                    if start >= sent.start and end <= sent.end:
                        category, _, label = vocab[match_id].partition(":")
                        span = doc[start:end]
                        c_start = line_start + span.start_char
                        c_end = line_start + span.end_char
                        cues.append(Cue(category, label, c_start, c_end,
                                        self.text[c_start:c_end]))
                s_start = line_start + sent.start_char
                s_end = line_start + sent.end_char
                kept = [t for t in sent if not t.is_space]
                tokens = tuple(
                    (line_start + t.idx, line_start + t.idx + len(t.text), t.lower_)
                    for t in kept
                )
                heads = _heads(kept) if doc.has_annotation("DEP") else ()
                cues += self._separable_verbs(sent, line_start)
                cues += self._compounds(kept, line_start, cues)
                cues += self._conditional_mood(kept, line_start)
                cues = self._without_idle_negations(cues, tokens)
                generic = [(c.start, c.end) for c in cues
                           if c.category in ("generic_deals", "other_senses")]
                cues = [c for c in cues if not any(  # "fusiones y adquisiciones": a trade
                    s <= c.start and c.end <= e for s, e in generic)
                    or c.category in ("generic_deals", "other_senses")]
                if not self._recall_story:  # "1.63 million vehicles in 2024": no recall
                    cues = [c for c in cues if c.label != "units_recalled"]
                yield Sentence(
                    index=index, start=s_start, end=s_end, text=self.text[s_start:s_end],
                    cues=tuple(_longest_per_category(cues)),
                    clauses=_clauses(s_start, self.folded[s_start:s_end]), tokens=tokens,
                    heads=heads,
                )
                index += 1

    def _separable_verbs(self, sent, line_start: int) -> list[Cue]:
        """"Norvane baut 12.500 Stellen ab": a particle that ends its clause joins the verb
        before it (within ``SEPARABLE_REACH`` words) when the compound's lemma is an entry."""
        lex = self.lexicon
        if not lex.separable_particles:
            return []
        tokens = [t for t in sent if not t.is_space]
        found: list[Cue] = []
        for i, token in enumerate(tokens):
            if token.lower_ not in lex.separable_particles:
                continue
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            if following is not None and following.is_alpha:
                continue  # "ab 2026", "an der Börse": a preposition, not a particle
            for verb in reversed(tokens[max(0, i - SEPARABLE_REACH):i]):
                if verb.is_punct:
                    break
                entry = lex.separable_entries.get(lemma(token.lower_ + verb.lower_, lex.lang))
                if entry is not None:
                    start = line_start + verb.idx
                    end = start + len(verb.text)
                    found.append(Cue(entry[0], entry[1], start, end, self.text[start:end]))
                    break
        return found

    def _compounds(self, tokens, line_start: int, cues: list[Cue]) -> list[Cue]:
        """"Sockelablöse", "Rekordumsatz", "Nettogewinn": a capitalized compound whose head is a
        slot's noun is that slot's word (German)."""
        heads = self.lexicon.compound_heads
        if not heads:
            return []
        taken = {c.start for c in cues}
        found = []
        for token in tokens:
            start = line_start + token.idx
            word = token.lower_
            if start in taken or not token.text[:1].isupper():
                continue
            entry = self._compound_head(word)
            if entry is not None:
                found.append(Cue(entry[0], entry[1], start, start + len(token.text),
                                 token.text))
        return found

    def _without_idle_negations(self, cues: list[Cue],
                                tokens: tuple[tuple[int, int, str], ...]) -> list[Cue]:
        """"no obstante", "not only", "non seulement": a negation word in a phrase that negates
        nothing is no negation cue."""
        if not self.lexicon.idle_negations:
            return cues
        idle = phrase_spans(tokens, self.lexicon.idle_negations)
        return [c for c in cues if not (c.label == "negation"
                                        and any(s <= c.start < e for s, e in idle))]

    def _conditional_mood(self, tokens, line_start: int) -> list[Cue]:
        """"l'opération donnerait au groupe une valorisation de...": a verb in the conditional
        mood makes the figure hypothetical without a listed word ("sarebbe" is listed, "darebbe"
        need not be)."""
        found = []
        for previous, token in zip((None, *tokens), tokens, strict=False):
            if (self._conditional_form(token.lower_)
                    or self._singular_conditional(previous, token)):
                start = line_start + token.idx
                end = start + len(token.text)
                found.append(Cue("modality", "hypothetical", start, end, self.text[start:end]))
        return found

    def _singular_conditional(self, previous, token) -> bool:
        """"esta alianza lograría 41 escaños": Spanish and Portuguese write the conditional's
        third person singular like a noun ("batería", "parceria"); a noun follows an article, a
        determiner or a preposition, or is capitalized, a verb does not."""
        lex = self.lexicon
        word = token.text
        if not (word.isalpha() and word.islower() and len(word) >= 6
                and word not in lex.conditional_exceptions
                and any(word.endswith(e) for e in lex.conditional_singular_endings)):
            return False
        if previous is None:
            return False
        before = previous.lower_
        return not (before in lex.determiners or before in lex.indefinite_articles
                    or before in lex.possessives or before in lex.genitive_prepositions
                    or before in lex.locative_prepositions or before in lex.noun_prepositions)

    def _conditional_form(self, word: str) -> bool:
        lex = self.lexicon
        return (word.isalpha() and word not in lex.conditional_exceptions
                and any(word.endswith(e) and len(word) > len(e)
                        for e in lex.conditional_endings))

    # -- names -----------------------------------------------------------------------------
    def names(self, sentence: Sentence, masked: list[tuple[int, int]]) -> Iterator[NameCandidate]:
        tokens = sentence.tokens
        words = [self.text[s:e] for s, e, _ in tokens]
        if _is_title_case(words):
            return
        lex = self.lexicon
        places = gazetteer(self.document.language)
        i = 0
        while i < len(tokens):
            if not self._name_token(i, tokens, words, masked):
                i += 1
                continue
            j = i + 1
            while j < len(tokens):
                if self._name_token(j, tokens, words, masked):
                    j += 1
                elif j == i + 1 and self._party_adjective(tokens[i][2], words[j]):
                    j += 1  # "Parti libéral", "Partito democratico": a party's name goes on
                elif (words[j] in lex.name_infixes and j + 1 < len(tokens)
                      and self._name_token(j + 1, tokens, words, masked)):
                    j += 2  # "Keurig Dr Pepper": a title between two name words
                elif (tokens[j][2] in _CONNECTORS and j + 1 < len(tokens)
                      and self._name_token(j + 1, tokens, words, masked)
                      and words[j + 1][0].isupper()):
                    j += 2
                elif (tokens[j][2] in _CONNECTORS and j + 2 < len(tokens)
                      and tokens[j + 1][2] in lex.definite_articles
                      and self._name_token(j + 2, tokens, words, masked)
                      and words[j + 2][0].isupper()):
                    j += 3  # "Movimento para a Reforma", "Banco de la Nación"
                else:
                    break
            start, end = tokens[i][0], tokens[j - 1][1]
            place = places.pattern.match(self.text, start) if places.pattern is not None else None
            if place is not None and place.end() > end:
                # "Oriente Medio": a place name whose second word is no name word on its own
                while j < len(tokens) and tokens[j][1] <= place.end():
                    j += 1
                end = tokens[j - 1][1]
            single = j - i == 1
            initial = i == 0 or words[i - 1] in {'"', "«", "“", "-", "–", "—", "(", "'"}
            word = words[i]
            distinctive = (not single) or word.isupper() or any(c.isupper() for c in word[1:])
            strong = not initial and (distinctive or not lex.capitalized_nouns)
            yield NameCandidate(text=self.text[start:end], start=start, end=end, strong=strong)
            i = j

    def _name_token(self, i: int, tokens, words, masked) -> bool:
        start, end, lower = tokens[i]
        word = words[i]
        if not _name_like(word) or len(word) < 2:
            return False
        if lower in self.lexicon.stop_words or lower in self.lexicon.cue_words:
            return False
        if lower in self.lexicon.kinship_words:
            return False  # "Familie Norvik": the family of a name, not a name of its own
        if self._compound_head(lower) == ("anaphora", "all"):
            return False  # "Großbank BBVA": a kind of company before its name
        return not any(s < end and start < e for s, e in masked)

    def _valued_deal(self, sentence: Sentence, cue: Cue, q: Quantity) -> bool:
        """Whether a valuation word qualifies a deal noun right before it ("the deal, valued
        at", "una transacción valorada en"), with nothing but a preposition before its figure
        ("a bid valuing it at €9 billion" values the company)."""
        if cue.end > q.start or len(sentence.words_between(cue.end, q.start)) > 1:
            return False
        before = [w for w in sentence.words_between(sentence.start, cue.start)[-3:]
                  if w.isalnum() or "-" in w]
        return bool(before) and self.lexicon.holds(self.lexicon.deal_nouns, before[-1])

    def _party_adjective(self, previous: str, word: str) -> bool:
        """French and Italian write a party's family in lower case after its generic word
        ("Parti libéral du Canada", "Partito democratico"): that word is the name's own."""
        return (previous in self.lexicon.name_generic_words and word.islower()
                and word in _party_family_words(self.document.language))

    def _compound_head(self, word: str) -> tuple[str, str] | None:
        """The slot or anaphora entry a compound ends with ("sockelablöse" -> ablöse)."""
        heads = self.lexicon.compound_heads
        if not heads or len(word) < 8:
            return None
        for cut in range(2, len(word) - 3):  # the longest head first
            entry = heads.get(word[cut:])
            if entry is not None:
                return entry
        return None

    # -- mentions --------------------------------------------------------------------------
    def run(self) -> Analysis:
        sentences, names, mentions, unclaimed = [], [], [], []
        stages: dict[int, str] = {}  # sentence index -> the stage of the count it names
        reference = self.document.published
        read = list(self.sentences())
        self._read = read
        #: The kinds of vehicle the article names: "on board" without one in its sentence is
        #: the one vehicle's only when there is one (two aircraft collide: whose passengers?).
        self._sentence_vehicles = [self._vehicles(s) for s in read]
        self._vehicle_kinds = {kind for found in self._sentence_vehicles for _o, kind in found}
        self._last_quarter: tuple[int, str] | None = None  # (sentence, value) named last
        #: The slots the article speaks of anywhere: what a word of two senses means in it.
        self._article_slots = {c.label for s in read for c in s.cues if c.category == "slots"}
        #: A transfer story: a player noun and a transfer word ("winger", "fee") in the article.
        words = {w for s in read for _s, _e, w in s.tokens}
        self._transfer_article = speaks_of_a_transfer(self.lexicon, words)
        #: A player's arrival told ("l'arrivo di X", "the winger"): its move verbs name a fee.
        self._arrival_article = self._transfer_article or bool(
            words & self.lexicon.player_nouns and words & self.lexicon.arrival_nouns)
        self._events_named = {name for s in read for _p, name in self._event_names(s)}
        #: A referendum named in the title or first sentence: the article's own vote is one.
        opening = f"{self.document.title or ''} {read[0].text if read else ''}".lower()
        self._opens_on_other_vote = any(self.lexicon.holds(self.lexicon.other_vote_nouns, w)
                                        for w in re.findall(r"\w+", opening))
        #: words the article writes after "in", "en": places (see ``_known_place``)
        self._located: set[str] | None = None
        #: A strike story: its contracts are a union's, whose lengths end in no player's year.
        self._strike_article = any(self.lexicon.holds(self.lexicon.strike_words, w)
                                   for s in read for _s, _e, w in s.tokens)
        for index, sentence in enumerate(read):
            self._sentence_index = index
            if len(_DIGIT_RUN.findall(sentence.text)) > MAX_FIGURES_PER_SENTENCE:
                # a table of figures, not a sentence: not parsed at all (see budgets.py)
                unclaimed.append(Unclaimed(
                    self.document.id, sentence.start, sentence.end, sentence.text[:40] + "…",
                    "extract", f"over budget: more than {MAX_FIGURES_PER_SENTENCE} figures in "
                    "one sentence", sentence.start, sentence.end))
                sentences.append(sentence)
                continue
            found_quantities = _shift(
                quantities(sentence.text, self.document.language, self._decimal), sentence.start)
            found_quantities = self._with_inherited_currency(sentence, found_quantities)
            ranks = self._ranks(sentence, found_quantities)
            zeros = [(q.start, q.end) for q in ranks  # spans that hold their own number word
                     if q.rule in ("count.zero.v1", "count.only_one.v1")]
            found_quantities = [q for q in found_quantities  # "no one": no count of one
                                if not any(s <= q.start and q.end <= e for s, e in zeros)]
            found_quantities += ranks
            found_periods = _shift(periods(sentence.text, self.document.language, reference),
                                   sentence.start)
            # "Deux jours après, un avion s'est écrasé": two days after the event told before,
            # not after the article's date: a time, but none a claim can be dated by
            found_periods = [dataclasses.replace(p, value=None, resolved=False)
                             if p.rule == SEQUEL_RULE else p for p in found_periods]
            dates = [(p.start, p.end) for p in found_periods if p.kind in ("date", "month")]
            self._periods_of[index] = found_periods
            timed = [(start + sentence.start, end + sentence.start, unit) for start, end, unit
                     in time_stretches(sentence.text, self.document.language)]
            dates += [(start, end) for start, end, unit in timed if unit in STRETCH_UNITS]
            #: "un manifestante de 27 años que falleció": years, an age or a length, never
            #: the count a toll word after them names (ages and contract lengths read them)
            self._years = [(start, end) for start, end, unit in timed if unit == "year"]
            found_quantities = [  # "on 2 March": a day of a date, not a count; nor "two months"
                q for q in found_quantities
                if not any(s <= q.start and q.end <= e for s, e in dates)]
            self._figures = found_quantities  # the sentence's figures, for place scopes
            masked = [(q.start, q.end) for q in found_quantities]
            masked += [(p.start, p.end) for p in found_periods]
            # "6,7 Milliarden Dollar (5,8 Mrd. Euro)": a conversion is no figure of its own,
            # and its "Mrd. Euro" no name either
            masked += [conversion[1:] for q in found_quantities if q.kind == "money"
                       and (conversion := self._conversion(sentence, q)) is not None]
            names.extend(self.names(sentence, masked))
            found = list(self.mentions(sentence, found_quantities, found_periods))
            found += self._carried(sentence, found_quantities, found)
            # ("10 in più rispetto al secondo trimestre dell'anno scorso": a base's quarter is
            # never the one "the quarter" means later)
            quarters = [p.value for p in found_periods if p.kind == "quarter" and p.value
                        and not _after_comparison(sentence, p, self.lexicon.comparison_phrases)]
            if quarters:
                self._last_quarter = (index, quarters[-1])
            found = self._with_anaphoric_quarter(index, sentence, found)
            self._last_money = next((m for m in reversed(found) if m.value.kind == "money"
                                     and m.value.unit), None) or (
                self._last_money if not found_quantities else None)
            self._last_money_end = sentence.end
            mentions.extend(found)
            unclaimed.extend(self._unclaimed(sentence, found_quantities, found))
            # the stage of the count a sentence names, with or without a result in it ("Das geht
            # aus offiziellen Teilergebnissen hervor")
            if self._vote_story and (stage := self._count_stage(sentence, None, found_quantities)):
                stages[index] = stage
            sentences.append(sentence)
        mentions = _shares_bounded_by_their_cut(_staged_by_neighbours(mentions, stages))
        return Analysis(document=self.document, sentences=tuple(sentences), names=tuple(names),
                        mentions=_interim_throughout(mentions), unclaimed=tuple(unclaimed))

    def _with_anaphoric_quarter(self, index: int, sentence: Sentence,
                                found: list[Mention]) -> list[Mention]:
        """Undated figures of a sentence about "the quarter" ("In the quarter, passengers
        totalled...", "I ricavi trimestrali") are the quarter's the article named last, a few
        sentences before; when it named none, which quarter is unknown and they claim nothing
        (never the year's figure they would otherwise be compared with)."""
        phrases = self.lexicon.quarter_anaphora
        if not phrases or not any(m.period is None for m in found):
            return found
        if not _holds_phrase([w for _s, _e, w in sentence.tokens], (" ".join(p) for p in phrases)):
            return found
        last = self._last_quarter
        quarter = last[1] if last is not None and index - last[0] <= QUARTER_REACH else None
        kept = []
        for mention in found:
            if mention.period is not None or SLOTS[mention.attribute].value_kind in (
                    "year", "date"):
                kept.append(mention)
            elif quarter is not None:
                kept.append(dataclasses.replace(mention, period=quarter))
            else:
                self._why_not[(mention.value_start, mention.value_end)] = (
                    "a quarter's figure, and the article names no quarter")
        return kept

    def _opens_with_place_anaphor(self, sentence: Sentence, position: int) -> bool:
        """"Dort stieg das Wachstum auf 7,1 Prozent", "Allí murieron 9 personas": a clause
        opened by "there" is about a place or a business unit named before it — which one, the
        sentence does not say, and it is not the whole; so is a figure "there" stands right
        before ("starben allein dort 217 Menschen"), and one after "en ese país", "in that
        country" (``country_anaphora``) anywhere in its clause before it."""
        words = self.lexicon.place_anaphora
        clause = sentence.clause_at(position)
        first = sentence.token_after(clause[0])
        if first is not None and first[0] < position and first[2] in words:
            return True
        before = sentence.words_between(clause[0], position)[-PLACE_ANAPHOR_REACH:]
        if any(w in words for w in before):
            return True  # "starben allein dort 217 Menschen": there, right before the figure
        # "Norvik tiene en ese país una plantilla de unas 17.000 personas": a country's; "one
        # of the three people who died in his province": a province's, named after the figure
        return _holds_phrase(sentence.words_between(clause[0], position),
                             self.lexicon.country_anaphora) or _holds_phrase(
            sentence.words_between(position, clause[1])[:PLACE_ANAPHOR_AFTER],
            self.lexicon.country_anaphora)

    def _skip(self, q: Quantity, reason: str) -> None:
        """Remember why ``q`` makes no claim candidate (a generator may ``return`` this)."""
        self._why_not[(q.start, q.end)] = reason

    def _unclaimed(self, sentence: Sentence, qs: list[Quantity],
                   found: list[Mention]) -> Iterator[Unclaimed]:
        """The sentence's figures (years aside: they are periods) that no candidate covers."""
        for q in qs:
            if "year_like" in (q.rule or "") or any(
                    m.value_start < q.end and q.start < m.value_end for m in found):
                continue
            yield Unclaimed(self.document.id, q.start, q.end, q.text, "extract",
                            self._why_not.get((q.start, q.end), "no slot: none takes it"),
                            sentence.start, sentence.end)

    def _ranks(self, sentence: Sentence, found: list[Quantity]) -> list[Quantity]:
        """Counts written as a rank or as "the only": "the 9th death in France" says 9 have
        died, "el único superviviente" one survived — when a count word follows at once."""
        lex = self.lexicon
        count_cues = {c.start: c for c in sentence.cues
                      if c.category == "slots" and SLOTS[c.label].value_kind == "count"}
        taken = [(q.start, q.end) for q in found]
        ranks: list[Quantity] = []

        def followed_by_count(end: int) -> bool:
            following = sentence.token_after(end)
            return following is not None and following[0] in count_cues

        if lex.rank is not None:
            for match in lex.rank.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                if any(s < end and start < e for s, e in taken) or not followed_by_count(end):
                    continue
                value = float(match.group(1))
                ranks.append(Quantity(value, value, value, None, False, start, end,
                                      self.text[start:end], "number", None, "count.rank.v1"))
        tokens = sentence.tokens
        for n, (start, end, word) in enumerate(tokens):
            if word in lex.exactly_one and followed_by_count(end) and _singular(
                    sentence.token_after(end)[2], lex.lang):
                # "the only survivor" is one; "the only survivors" are not
                ranks.append(Quantity(1.0, 1.0, 1.0, None, False, start, end,
                                      self.text[start:end], "number", None, "count.only_one.v1"))
            elif (word in lex.exactly_one and n + 1 < len(tokens)
                  and tokens[n + 1][2] in _one_words(lex.lang)):
                # "solo un pasajero sufrió heridas leves": "only one" and, a few words
                # on, the toll word
                toll = self._toll_word(tokens[n + 2:n + 2 + ONE_REACH], count_cues)
                if toll is not None:
                    ranks.append(self._toll_count(1.0, start, tokens[n + 1][1], toll,
                                                  "count.only_one.v1"))
            elif word in lex.zero_words or (
                    n + 1 < len(tokens) and f"{word} {tokens[n + 1][2]}" in lex.zero_words):
                # "No one was injured", "nessuno è rimasto ferito": a toll of zero, when
                # a toll word follows within a few words and no figure comes between
                if word not in lex.zero_words:  # "no one": the phrase, not a count of one
                    end = tokens[n + 1][1]
                toll = self._toll_word(tokens[n + 1:n + 1 + ZERO_REACH], count_cues)
                if toll is not None:
                    ranks.append(self._toll_count(0.0, start, end, toll, "count.zero.v1"))
        return ranks

    @staticmethod
    def _toll_word(tokens, count_cues: dict[int, Cue]) -> Cue | None:
        """The first toll word (deaths, injured, missing) among ``tokens``, before any token
        that is no word (a figure, a comma)."""
        for start, _end, word in tokens:
            cue = count_cues.get(start)
            if cue is not None and cue.label in ZERO_SLOTS:
                return cue
            if not word.isalpha():
                return None
        return None

    def _toll_count(self, value: float, start: int, end: int, toll: Cue, rule: str) -> Quantity:
        """A count written in words around its toll word ("nessuno", "solo un"), remembered with
        that toll word."""
        self._toll_words[(start, end)] = toll
        return Quantity(value, value, value, None, False, start, end, self.text[start:end],
                        "number", None, rule)

    def mentions(self, sentence: Sentence, qs: list[Quantity],
                 ps: list[Period]) -> Iterator[Mention]:
        slot_cues = [c for c in sentence.cues if c.category == "slots"]
        made: list[Mention] = []
        # "fell by €120m to €1bn": the change claims nothing, and stands between no trigger and
        # the level after it
        self._old_levels = [(q.start, q.end) for q in qs if self._old_level(sentence, q, qs, ps)]
        # "dropped from 62.7% in 2020 to 59.7%": a level before a change that names its own
        # period is a claim about that period
        self._dated_old_levels = {
            (q.start, q.end) for q in qs if (q.start, q.end) in self._old_levels
            and _period_between(q, _next_figure(q, qs, ps), ps, resolved=True)}
        levels = [q for q in qs if not (q.kind == "money" and self._change_amount(sentence, q))
                  and (q.start, q.end) not in self._old_levels]
        for q in qs:
            found = list(self._quantity_mentions(sentence, q, levels if q in levels else qs,
                                                 ps, slot_cues))
            if not found and not any(m.value_end <= q.start
                                     and SLOTS[m.attribute].value_kind == "count" for m in made):
                # ("9 fallecidos, seis de ellos pescadores": a part of the count just given)
                found = self._anaphoric_count(sentence, q, ps)
            made.extend(found)
        made = self._earlier_lists(sentence, self._gapped(sentence, qs, made, slot_cues))
        made += self._light_verbs(sentence, qs, made, ps)
        made += self._elliptical_changes(sentence, qs, made, ps)
        made += self._implied_votes(sentence, qs, made, ps)
        made += self._attributed_crowds(sentence, qs, made, ps)
        made += self._bracketed_changes(sentence, qs, made)
        made = self._cuts_in_heads(sentence, qs, made)
        for m in [m for m in made if m.attribute == "growth"]:
            q = next((q for q in qs if q.start == m.value_start), None)
            if q is not None and self._ratio(sentence, q, qs):
                made.remove(m)  # "il margine operativo è sceso dal 16,1% al 15,8%": ratios
                self._skip(q, "a ratio (a margin, a return on sales), not a change")
        made = [self._per_share(sentence, m) for m in _first_tranches(made)]
        for m in self._inherited(sentence, qs, made, ps, slot_cues):
            if self._opens_with_place_anaphor(sentence, m.value_start):
                # "Dort stieg das Wachstum…", "Allí murieron…": a place's or a unit's
                self._why_not[(m.value_start, m.value_end)] = (
                    "a figure of \"there\": of a place or unit named before")
                continue
            yield self._signed(m)
        counted = [c for c in slot_cues if SLOTS[c.label].value_kind == "count"]
        self._last_count_cue = counted[-1] if counted else None
        ended = False
        for cue in sentence.cues:
            if cue.category == "slots" and SLOTS[cue.label].value_kind in ("year", "date"):
                if cue.label in DEAL_DATES and not self._about_a_deal(sentence):
                    continue  # "closed the half-year with a loss", "unveiled its figures"
                if cue.label == "announced" and self._announces_another_thing(sentence, cue):
                    continue  # "le plan de croissance présenté en mars", "announced talks"
                if cue.label == "completed" and self._agreement_made(sentence, cue):
                    continue  # "ha cerrado un acuerdo con Belmar": an agreement struck
                if cue.label == "occurred" and (self._of_something_new(sentence, cue)
                                                or self._occurrence_of_no_event(sentence, cue)
                                                or self._counted_events(sentence, cue, qs)
                                                or self._several_events(sentence, cue)
                                                or self._arrival_place(sentence, cue) is None
                                                or self._start_inflected(cue)):
                    continue  # "uma passarela desabou nesta terça-feira": no story's
                mention = self._time_mention(sentence, cue, qs, ps)
                if mention is not None:
                    ended = ended or mention.attribute in UNTIL_SLOTS
                    yield mention
            elif cue.category == "deal_types":
                mention = self._deal_mention(sentence, cue, qs, ps)
                if mention is not None:
                    yield mention
            elif cue.category == "relation_nouns":
                mention = self._relation_noun_mention(sentence, cue)
                if mention is not None:
                    yield mention
            elif cue.category in ("roles", "relations"):
                kind = "category" if cue.category == "roles" else "relation"
                attribute = "role" if cue.category == "roles" else "relationship"
                value = Value(kind=kind, text=cue.text, label=cue.label)
                modality, condition = self._modality(sentence, cue.start, cue.start)
                yield Mention(sentence.index, attribute, value, cue.start, cue.end, cue, None,
                              modality, f"{attribute}.cue.v1", condition, 0.8)

        if not ended and not self._strike_article:
            # "until 2030" says more than "a three-year contract"; a player's, not a union's
            # (a rejected four-year offer and the ratified five-year deal end in no one year)
            yield from self._contract_lengths(sentence, qs, ps)

    def _contract_lengths(self, sentence: Sentence, qs: list[Quantity],
                          ps: list[Period]) -> Iterator[Mention]:
        """"a three-year deal", "un contrato de tres años", "einen Dreijahresvertrag": a
        contract's length, counted from the article's date, is the year it runs until (a
        "contract_end" like "hasta 2030"). Without a date to count from, nothing."""
        lex = self.lexicon
        published = self.document.published
        if published is None or not lex.contract_length_nouns:
            return
        if getattr(published, "earliest", published).year != published.year:
            return  # an undated article of a story spread over two years: no year to count from
        tokens = sentence.tokens
        for n, (start, end, word) in enumerate(tokens):
            years = lex.contract_length_words.get(word)
            if years is None:
                continue
            before = tokens[n - 1][2] if n else ""
            if not (lex.holds(lex.contract_length_nouns, before)
                    or any(word.endswith(noun) for noun in lex.contract_length_nouns)):
                continue  # "triennale" alone: no contract said
            if self._counts_from_now(sentence, start, ps):
                yield self._contract_length(sentence, start, end, years,
                                            "contract_end.length.word.v1")
        for q in qs:
            lead = q.text.lower().split()[:1] if q.hedge is not None else []
            if lead and (lead[0],) not in lex.contract_length_joiners:
                continue  # "about three years"; but "Vertrag über zwei Jahre" joins, no hedge
            if q.kind != "number" or not q.value.is_integer() or not (
                    1 <= q.value <= MAX_CONTRACT_YEARS):
                continue
            after = [t for t in tokens if t[0] >= q.end][:3]
            if after and after[0][2] == "-":
                after = after[1:]  # "three-year": the hyphen
            if not after or after[0][2] not in lex.contract_length_units:
                continue
            rest = [t[2] for t in after[1:] if t[2] != "-"][:1]
            before = sentence.words_between(sentence.start, q.start)[-6:] + lead
            if before and before[-1] in lex.indefinite_articles:
                before = before[:-1]  # "d'une durée de", "por un año"
            joined = any(
                len(before) > len(j) and tuple(before[-len(j):]) == j
                and lex.holds(lex.contract_length_nouns, before[-len(j) - 1])
                for j in lex.contract_length_joiners)
            if (joined or (rest and lex.holds(lex.contract_length_nouns, rest[0]))) and (
                    self._counts_from_now(sentence, q.start, ps)):
                yield self._contract_length(sentence, q.start, after[0][1], int(q.value),
                                            "contract_end.length.v1")

    def _option_years(self, sentence: Sentence, end: int) -> int:
        """"a two-year deal with an option for a third", "bis 2027, mit Option auf ein weiteres
        Jahr": an option after the agreed end may add a year, and outlets count it or not ("a
        three-year deal"), so the end claimed runs to one year later."""
        following = sentence.words_between(end, sentence.end)
        return 1 if any(w in self.lexicon.option_words for w in following) else 0

    def _counts_from_now(self, sentence: Sentence, start: int, ps: list[Period]) -> bool:
        """Whether a contract's length runs from the article's date: not the contract a player
        had ("the five-year deal he signed in 2021", "tinha um contrato de quatro anos")."""
        clause = sentence.clause_at(start)
        year = str(self.document.published.year)
        if any(p.kind in ("year", "month", "date") and p.value and not p.value.startswith(year)
               and clause[0] <= p.start < clause[1] for p in ps):
            return False
        return not self._holds_past_state(sentence, clause)

    def _holds_past_state(self, sentence: Sentence, clause: tuple[int, int]) -> bool:
        """Whether a clause speaks of the contract held before ("tinha contrato até 2027",
        "ursprünglich bis 2025"): a past-state word, not "old" in "the 24-year-old", nor an
        auxiliary right before a signing participle ("avait prolongé son contrat jusqu'en 2031",
        "had extended": the contract signed)."""
        tokens = [t for t in sentence.tokens if clause[0] <= t[0] < clause[1]]
        lex = self.lexicon
        return any(w in lex.past_state_words and self.text[s - 1:s] != "-"
                   and not any(t[2] in lex.signing_participles
                               for t in tokens[n + 1:n + 1 + PARTICIPLE_REACH])
                   # "clubs had been chasing": a progressive of another verb, no state held
                   and not (w in lex.pluperfect_auxiliaries and n + 2 < len(tokens)
                            and self._participle(tokens[n + 1][2])
                            and tokens[n + 2][2].endswith(lex.gerund_endings or ("\0",)))
                   for n, (s, _e, w) in enumerate(tokens))

    def _contract_left(self, sentence: Sentence, end: int, cue: Cue) -> bool:
        """Whether a contract is the one its holder leaves: a leaving verb after its end date
        and a comma ("Tied to X until 2027, he leaves…"), and no signing word for a cue (not
        "signed until 2029, he leaves X")."""
        lex = self.lexicon
        if lex.holds(lex.signing_participles, cue.text.lower()):
            return False
        end = max(end, cue.end)  # "bis 2027 gebunden, verlässt …"
        return any(s >= end and lex.holds(lex.leave_verbs, w)
                   and "," in sentence.words_between(end, s)
                   for s, _e, w in sentence.tokens)

    def _article_day(self) -> str | None:
        """The day the article was written, as a period ("2026-03-12"), or the range of days an
        undated one may have been ("2026-03-10/2026-03-14"); None when nothing dates it."""
        published = self.document.published
        return published.isoformat() if published is not None else None

    def _age_of_another_moment(self, sentence: Sentence, q: Quantity) -> bool:
        """"when he was 17", "a los 17 años", "mit 17 Jahren", "35 years old when the contract
        ends": an age at another moment than the article's (``age_moment_words`` before it,
        ``age_moment_after_words`` after it), never compared as today's."""
        clause = sentence.clause_at(q.start)
        lex = self.lexicon
        # the age's own words too: "à l'âge de 7 ans", "at age 7"
        before = sentence.words_between(clause[0], q.start)[-AGE_MOMENT_REACH:]
        # "was named as 33-year-old X": a participle after "was" makes it a passive's, no moment
        participle = max((n for n, w in enumerate(before) if self._participle(w)
                          and w not in lex.age_moment_words), default=-1)
        before = before[participle + 1:] + [
            w for w in q.text.lower().split() if not any(ch.isdigit() for ch in w)][:2]
        after = sentence.words_between(q.end, clause[1])[:AGE_MOMENT_REACH]
        return (_starts_within(before, lex.age_moment_words, len(before))
                or _starts_within(after, lex.age_moment_after_words, AGE_MOMENT_REACH))

    def _contract_length(self, sentence: Sentence, start: int, end: int, years: int,
                         rule: str) -> Mention:
        year = float(self.document.published.year + years)
        text = self.text[start:end]
        value = Value(kind="year", text=text, low=year, high=year + self._option_years(
            sentence, end), point=year)
        modality, condition = self._modality(sentence, start, start)
        cue = Cue("slots", "contract_end", start, end, text)
        return Mention(sentence.index, "contract_end", value, start, end, cue, None, modality,
                       rule, condition, 0.8)

    def _quantity_mentions(self, sentence, q, qs, ps, slot_cues) -> Iterator[Mention]:
        if q.kind == "age":
            value = _numeric_value("age", q)
            # "de 24 años, firma hasta 2030": a term's end is no moment the age is told at
            dated = [p for p in ps if not self._until(sentence, p)]
            # "In 2016, aged 19": a period right beside the age dates it; one further off in the
            # sentence is another fact's ("X, de 47 años, que fundó la empresa en 2011")
            dated = [p for p in dated if _gap(q.start, q.end, p) <= AGE_PERIOD_REACH]
            period = _nearest_period(sentence, q.start, q.end, dated,
                                     kinds=("year", "date", "month"))
            if period is None and not self._age_of_another_moment(sentence, q):
                period = self._article_day()  # "the 24-year-old": aged 24 as the article says
            modality, condition = self._modality(sentence, q.start, q.start)
            cue = Cue("quantity", "age", q.start, q.end, q.text)
            yield Mention(sentence.index, "age", value, q.start, q.end, cue, period, modality,
                          q.rule or "age.v1", condition, 0.85)
            return
        if q.kind == "money":
            wanted = ("money",)
        elif q.kind in _PERCENT_KINDS:
            wanted = ("percent",)
        elif q.kind == "number" and "year_like" not in (q.rule or ""):
            if (q.value < 1 and q.rule != "count.zero.v1") or not float(q.value).is_integer():
                return self._skip(q, "not a count: not a whole number")
            if "vague_plural" in (q.rule or ""):
                # "dozens of millions": a floor too loose to hold a source to
                return self._skip(q, "too vague: a floor too loose to hold a source to")
            if q.value < 1000 and re.fullmatch(r"\d{1,3}[.,]\d{3}", q.text.strip()):
                # "12,500" read with a decimal comma: 12.5 or 12.5 thousand, ambiguous
                return self._skip(q, "ambiguous: a decimal comma or a thousands separator")
            if (q.value == 1 and not any(ch.isdigit() for ch in q.text)
                    and q.rule != "count.only_one.v1"):
                # "one of the tributaries", "un" / "ein": an article, not a count
                return self._skip(q, "not a count: an article (one, un, ein)")
            if self._is_difference(sentence, q):
                return self._skip(q, "a difference: a change, not a figure of its own")
            wanted = ("count",)
        else:
            return self._skip(q, f"{q.kind.replace('_', ' ')}: no slot takes it")
        candidates = [c for c in slot_cues if SLOTS[c.label].value_kind in wanted
                      and not (c.label == "growth" and (q.start, q.end) in self._dated_old_levels)]
        following = sentence.token_after(q.end)
        if q.kind == "number" and following is not None and (
                following[2] in self.lexicon.clock_words):
            return self._skip(q, "a time of day: the word after it is a clock word")
        preceding = sentence.token_before(q.start)
        if (q.kind == "number" and preceding is not None
                and preceding[2] in self.lexicon.clock_articles
                and re.fullmatch(r"[0-2]?\d[.:][0-5]\d", q.text.strip())):
            return self._skip(q, "a time of day: a clock article before it (\"a las 17.30\")")
        if wanted == ("count",) and any(s <= q.start and q.end <= e for s, e in self._years):
            return self._skip(q, "years: an age or a length of time, no count")
        toll = self._toll_words.get((q.start, q.end))
        if toll is None and wanted == ("count",) and not self._counts_what_it_says(
                sentence, q, qs, candidates):
            return self._skip(q, "counts something else: the word after it is no slot's")
        if self._threshold(sentence, q):
            return self._skip(q, "a threshold or target, not a figure reached")
        if self._change_range(sentence, q, qs, ps):
            return self._skip(q, "one end of a change's range (\"une baisse de 23 % à 29 %\")")
        if q.kind != "money" and self._margin(sentence, q):
            return self._skip(q, "a margin: the gap between two, no one's figure")
        if q.kind == "money" and self._change_amount(sentence, q):
            return self._skip(q, "a change: what something rose or fell by, not its level")
        if (q.start, q.end) in self._old_levels and (q.start, q.end) not in self._dated_old_levels:
            return self._skip(q, "the level before a change (\"from X to Y\"), not the new one")
        if self._level_before_after_change(sentence, q, qs):
            return self._skip(q, "the level before a change (\"rose to 12%, up from 10%\")")
        if self._name_number(sentence, q):
            return self._skip(q, "part of a name ('Vela 3', 'the Norvik 737')")
        if self._counting_progress(sentence, q):
            return self._skip(q, "how much of the vote is counted, no one's share")
        if q.kind == "number" and self._opening_whole(sentence, q, qs):
            return self._skip(q, "a whole: the total a figure after it is taken from")
        if q.kind == "number" and self._denominator(sentence, q):
            return self._skip(q, "a whole: the total a figure before it is counted out of")
        if q.kind == "number" and (counted := self._number_of(sentence, q)):
            return self._skip(q, f"counts something else: the number of {counted}")
        if q.kind == "fraction" and _holds_phrase(
                sentence.words_between(q.end, sentence.end)[:3], self.lexicon.fraction_of_previous):
            return self._skip(q, "a share of a figure already given ('half of that holding')")
        per_share = next((c for c in candidates if c.label == "price_per_share"
                          and q.end <= c.start
                          and len(_outside_brackets(sentence.words_between(q.end, c.start)))
                          <= 2), None)
        if per_share is None and q.kind == "money":
            per_share = self._each_share_after(sentence, q)  # "$210 for every X share"
        following_noun = sentence.token_after(q.end) if q.kind == "money" else None
        dividend = next((c for c in candidates if c.label == "dividend" and c.end <= q.start
                         and len(sentence.words_between(c.end, q.start)) <= DIVIDEND_REACH), None)
        if per_share is not None and dividend is not None:
            # "eine Dividende von 0,87 Euro je Aktie": a dividend per share, no share price
            cue, distance, after = dividend, 0, False
        elif per_share is not None and self._moved_to(sentence, q):
            return self._skip(q, "a price the share moved to: a market price, no offer")
        elif per_share is not None:  # "pagou 83,50 dólares por cada ação": whatever the verb
            cue, distance, after = per_share, 0, True
        elif q.kind == "money" and (total := self._per_share_total(sentence, q, qs, candidates)):
            cue, distance, after = total, 0, False  # "47 dollari ad azione, cioè 12,3 miliardi"
        elif following_noun is not None and following_noun[2] in self.lexicon.priced_deal_nouns:
            # "the $14.9 billion deal": the amount names the deal it stands before
            cue = Cue("slots", "deal_value", following_noun[0], following_noun[1],
                      self.text[following_noun[0]:following_noun[1]])
            distance, after = 0, True
        elif following_noun is not None and self._prenominal(sentence, q) and (named := next(
                (c for c in candidates if c.start == following_noun[0]), None)) is not None:
            # "a €900 million share buyback", "a $3 billion investment": the amount names the
            # thing it stands right before, whatever slot word came earlier
            cue, distance, after = named, 0, True
        elif q.kind == "money" and (bought := self._player_price(sentence, q)):
            cue, distance, after = bought, 0, False  # "a jogadora custou", "paid for the winger"
        elif q.kind == "money" and (named := self._fee_of_named(sentence, q)):
            cue, distance, after = named, 0, True  # "80 Millionen für Ana Ruiz", "Ruiz (80 M€)"
        else:
            cue, distance, after = self._price_of_deal(sentence, q) if q.kind == "money" else (
                toll, 0, False)
        if cue is None and q.kind in _PERCENT_KINDS:
            cue = (self._share_of_workforce(sentence, q, slot_cues)
                   or self._share_beside_seats(sentence, q, qs, slot_cues))
            distance, after = 0, True
        elif cue is None and q.kind == "number":
            cue = self._cut_in_brackets(sentence, q, qs, slot_cues)
            distance, after = 0, False
        if cue is None:
            cue, distance, after = self._trigger_for(sentence, q, qs, candidates)
            if cue is not None and cue.label == "valuation" and self._valued_deal(sentence,
                                                                                 cue, q):
                # "the deal, valued at $85 billion", "una transacción valorada en": what the
                # deal is worth, its price — not what a company is worth
                cue = dataclasses.replace(cue, label="deal_value")
        if cue is None and q.kind == "number":
            cue = self._event_of_people(sentence, q, qs, candidates)
            distance, after = 0, True
        bare = self._aboard_right_after(sentence, q) if q.kind == "number" else None
        if (cue is None or (cue.end <= q.start and cue.label in ("passengers", "crew"))
                or (bare is not None and cue.end <= q.start
                    and len(sentence.words_between(cue.end, q.start)) > AFTER_EVENT_REACH)) and (
                q.kind == "number" and (aboard := self._people_aboard(sentence, q, bare))):
            # "con 64 personas a bordo": all on board ("a passenger plane with 62 people on
            # board": the people counted, not the plane's kind, say what the figure counts)
            cue, distance, after = aboard, 0, True
        elif cue is not None and q.kind == "number" and (
                both := self._passengers_and_crew(sentence, q, cue)):
            cue, distance, after = both, 0, True
        if cue is None and q.kind == "percent" and (bought := self._bought_share(sentence, q)):
            cue, distance, after = bought, 0, False
        part = None
        if (cue is None or cue.label in ("salary", "spending")) and q.kind == "money" and (
                part := self._fee_part_after(sentence, q)):
            cue, distance, after = part, 0, True
        if cue is None and q.kind == "number" and (sold := self._units_sold(sentence, q)):
            cue, distance, after = sold, 0, True
        if cue is None and q.kind == "number" and (cut := self._jobs_reduced(sentence, q)):
            cue, distance, after = cut, 0, False  # "una reducción de 7.500 empleos"
        if (q.kind == "percent" and (cue is None or cue.label in STAFF_CUT_RIVALS)
                and (cut := self._staff_share_cut(sentence, q))):
            cue, distance, after = cut, 0, False  # "cutting its headcount by more than 10%"
        if cue is None:
            return self._skip(q, "no slot word: none (revenue, stake, deaths…) in its clause")
        if cue.label == "valuation" and cue.end <= q.start and (
                valued := self._deal_valued(sentence, cue, q)) is not None:
            cue = valued  # "valuing the deal at about $6.4bn": the deal's value, no company's
        if (cue.label == "debt" and self._transfer_article
                and self.lexicon.holds(self.lexicon.loan_words, cue.text.lower())):
            # "le prêt d'Ana Ruiz contre 5 millions": a player lent, no money borrowed
            cue = Cue(cue.category, "deal_value", cue.start, cue.end, cue.text)
        if cue.label == "spending" and (self._base_fee_word(sentence, q, cue)
                                        or self._add_ons(sentence, q, qs)):
            # "pagarão 80 milhões fixos, mais 15 milhões em bônus": a price's parts, no spending
            cue = Cue(cue.category, "deal_value", cue.start, cue.end, cue.text)
        if SLOTS[cue.label].value_kind == "count" and self._add_ons(sentence, q, qs):
            # "a que se juntaram dois milhões em objetivos": bonuses, no crowd that gathered
            return self._skip(q, "an amount of bonuses: a bonus word follows it")
        if cue.label in ("deal_value", "price_per_share") and self._given_up(sentence, q):
            # "has walked away from its $19bn merger with X": a deal given up, not the story's
            return self._skip(q, "the price of a deal given up")
        if SLOTS[cue.label].value_kind == "count" and self._for_each(sentence, q, cue):
            # "quatro acidentes com 15 mortos cada", "je 15 Tote": each one's, no total
            return self._skip(q, "a figure for each of several, not one total")
        if SLOTS[cue.label].value_kind in ("count", "money") and self._whole_of_fraction(
                sentence, q, qs):
            # "la metà dei 14.000 esuberi toccherà questo comparto": the half is the claim
            return self._skip(q, "the whole a fraction before it is taken of")
        if cue.label == "deal_value" and part is None and (
                rate := self._pay_rate_after(sentence, q)):
            cue = rate  # "the agreement pays him €3m (US$3.5m) per season": his pay, no fee
        if cue.label == "growth" and (level := self._raised_to(sentence, q, candidates)):
            cue = level  # "hat ihre Beteiligung auf 9,4 Prozent erhöht": the stake's new level
        elif cue.label == "growth" and self._level_reached(sentence, q, cue):
            return self._skip(q, "a level a rate fell or rose to ('fell to 4.4%'), no change")
        if cue.label in ABOARD_BY_DEFINITION and q.value >= MAX_ON_BOARD and (
                q.value >= MIN_TRAFFIC or any(p.kind in ACCOUNTING_PERIODS for p in ps)):
            # "carried 31.4 million passengers in 2024": traffic over a period, no load
            # ("180,000 passengers stranded on Friday" are people an event touched)
            return self._skip(q, "traffic over a period: more than any vehicle carries")
        kind = SLOTS[cue.label].value_kind
        value = _numeric_value(kind, q, rounded=cue.label in ROUNDED_FRACTION_SLOTS)
        abstention = cue.label == "turnout" and self.lexicon.holds(
            self.lexicon.abstention_words, cue.text.lower())
        if abstention:
            value = _complement(value)  # "a abstenção foi de 27,4%": a turnout of 72.6%
        if SLOTS[cue.label].evolving and q.hedge == "up_to" and cue.label in TOLL_SLOTS:
            # "up to 40 people have died", "jusqu'à 40 morts": an estimate of a toll still
            # rising, no ceiling a later count could break
            return self._skip(q, "an upper estimate of a toll still rising")
        if cue.label in ABOARD_BY_DEFINITION and self._counted_so_far(sentence, q, qs, cue):
            # "12 crew members have already gone home": those of them counted so far
            return self._skip(q, "a part of those on board, counted so far")
        if (SLOTS[cue.label].evolving and self._interim(sentence, q, qs)) or (
                cue.label == "turnout" and self._clock_time_in(sentence, q.start)):
            # "già arrestato 118", "118 so far": a count still rising, a floor for later ones;
            # "une participation de 31 % à 17 heures": a turnout of the afternoon, a floor too
            value = dataclasses.replace(value, high=None, hedge="at_least",
                                        high_exclusive=False)
        dated = [p for p in self._periods_for(cue.label, sentence, ps) if not any(
            end <= p.start and p.end <= q.start
            for _, end in self._old_levels)  # "from 8% in 2022 to 19%": 2022 is the 8%'s
            and not (q.end <= p.start and _LABEL_COLON.match(self.text, p.end))]
            # "auf 211,4 Milliarden Euro (2025: 209,5 Milliarden)": a year and a colon label
            # the figure after them
        period = _nearest_period(sentence, q.start, q.end, dated, own=cue, others=qs,
                                 bases=self.lexicon.comparison_words,
                                 base_phrases=self.lexicon.comparison_phrases,
                                 year_bases=self.lexicon.year_comparison_words,
                                 qualifiers=self.lexicon.qualifier_period_words,
                                 relatives=self.lexicon.relative_pronouns,
                                 kinds=ACCOUNTING_PERIODS if SLOTS[cue.label].per_period
                                 else None)
        if period is None and SLOTS[cue.label].evolving:
            period = self._said_on(sentence, q, dated)  # "killed 164, officials said on Friday"
        modality, condition = self._modality(sentence, min(cue.start, q.start), q.start)
        if modality in ("asserted", "reported") and self._pending(sentence, q, qs):
            modality = "hypothetical"  # "les quatre mandats restant à attribuer": not yet held
        confidence = 0.9 - 0.02 * distance - (0.1 if after else 0.0)
        scope = self._scope(sentence, q.start, q.end) if kind == "count" else None
        portion = self._portion(sentence, q, qs) if kind == "count" else None
        if portion == f"{PORTION_SCOPE}on_board" and cue.label in ABOARD_BY_DEFINITION:
            portion = None  # "19 crew members aboard": every crew member is on board
        if portion is not None:
            scope = portion  # "dont cinq dans un état critique": a named part, compared as such
        if cue.category == "aboard":  # everyone on one vehicle: "on_board-plane"
            scope = f"{PORTION_SCOPE}on_board-{cue.text}"
        elif cue.label in CHAMBER_SLOTS and self._upper_house(sentence, q):
            scope = UPPER_HOUSE_SCOPE  # "11 bancas en el Senado": the other chamber's seats
        elif cue.label in ROUND_SLOTS and (stage := self._count_stage(sentence, q, qs)):
            # "con el 90% escrutado, X suma el 52,3%": a partial count's figure, compared only
            # with figures at the same stage of the count
            scope = f"{PORTION_SCOPE}counted-{stage}"
        elif cue.label in ROUND_SLOTS and (round_ := self._election_round(sentence, q, qs)):
            scope = f"{PORTION_SCOPE}round-{round_}"  # "au second tour, 66,6 %"
        elif kind == "count" and cue.label in LEVEL_COUNTS and self._is_change(sentence, q):
            scope = CHANGE_SCOPE  # "lost 17 seats": a change, not the new level
        elif kind == "count" and self._is_part(sentence, q, cue):
            scope = PART_SCOPE
        elif kind == "count" and _starts_within(
                sentence.words_between(max(q.end, cue.end), sentence.clause_at(q.start)[1]),
                self.lexicon.origin_phrases, ORIGIN_REACH):
            scope = PART_SCOPE  # "31 passengers were from Norway": one origin's, a part
        elif cue.label in TOLL_SLOTS and self._counts_a_subgroup(sentence, q):
            scope = PART_SCOPE  # "Tre passeggeri sono morti": those of one bus, a part
        elif kind == "money" and self._of_which(sentence, q):
            scope = PART_SCOPE  # "$9bn by 2028, of which $2bn for a new plant"
        elif (kind == "count" and portion is None and cue.start >= q.end
              and self._out_of_group(sentence.words_between(q.end, cue.start))):
            scope = PART_SCOPE  # "Tres de las víctimas murieron", "three of the dead were…"
        elif cue.label in HELD_SLOTS and self._already_held(sentence, q):
            # "ha già in tasca il 12,5%", "déjà premier actionnaire avec 12,5 %": a holding from
            # before the deal, never the deal's size
            scope = f"{PORTION_SCOPE}already"
        elif self._is_remainder(sentence, q):
            scope = PART_SCOPE  # "conservará el 15% restante": what is left, not the deal
        elif cue.label in BONUS_SLOTS and self._base_fee_word(sentence, q, cue):
            # "an initial £70m …, with add-ons that could take it to £85m": the fixed part,
            # though a bonus portion follows
            scope = f"{PORTION_SCOPE}base"
        elif cue.label == "price_per_share" and self._cash_part(sentence, q):
            scope = f"{PORTION_SCOPE}cash"  # "3,85 euro in contanti e 0,6 azioni": a part
        elif cue.label in PORTIONED_MONEY:
            scope = self._portion(sentence, q, qs, cue)  # "10 miliardi pre-money"
            restated = [o for o in qs if o.kind == "money" and o.end <= q.start]
            if scope is None and restated and self._restated(sentence, q):
                # "31 milioni di sterline, add-on compresi, ossia 36 milioni di euro": the same
                # sum again, of the same portion
                scope = self._portion(sentence, restated[-1], qs)
            if (scope is None or scope == f"{PORTION_SCOPE}attributable") and (
                    cue.label == "profit" and self._excluding(sentence, q)):
                # "Excluding the item tied to X, net income came to €437m": a measure
                # without one item, no reported profit
                scope = f"{PORTION_SCOPE}adjusted"
            if scope is None and cue.label == "deal_value" and self._loan_fee(sentence, q):
                scope = f"{PORTION_SCOPE}loan"  # "on a season-long loan for a fee of €5m"
            if scope is None and cue.label in BONUS_SLOTS and self._base_fee(sentence, q, cue):
                scope = f"{PORTION_SCOPE}base"  # "£100m plus £16m in add-ons": the fixed part
            elif scope is None and cue.label in BONUS_SLOTS and self._bonus_total(sentence, q):
                scope = f"{PORTION_SCOPE}with_bonuses"  # "bis zu 150 Millionen inklusive Boni"
                if value.point is not None and value.hedge == "up_to":
                    # the most a fee can reach is a figure, not a ceiling: "up to €150m" and "up
                    # to €140m" with bonuses disagree
                    value = dataclasses.replace(
                        value, low=value.point * (1 - MAXIMUM_SLACK),
                        high=value.point * (1 + MAXIMUM_SLACK), low_exclusive=False,
                        high_exclusive=False)
        if kind == "count" and scope is None and self._updated_total(sentence, q, qs):
            scope = f"{PORTION_SCOPE}updated"  # "two more seats, bringing its total to 60"
        elif scope is None and kind in ("count", "money") and self._tranche(sentence, q, qs, cue):
            scope = f"{PORTION_SCOPE}additional"  # "another 11,000 jobs": a tranche, not the total
        if cue.label == "growth":
            if self._share_price_move(sentence, q, cue):
                return self._skip(q, "a share price's move: of any hour, compared with nothing")
            scope = self._growth_scope(sentence, q, cue, qs, ps)
        elif kind == "money" and SLOTS[cue.label].per_period and (
                scope is None or scope.startswith(PORTION_SCOPE)) and self._in_segment(sentence, q):
            scope = f"{PORTION_SCOPE}segment"  # "No segmento espacial, perdeu 512 milhões"
        elif kind == "money" and SLOTS[cue.label].per_period and scope is None:
            # "Na Europa, as vendas...": a region's figure; "dans le monde" is the whole
            place = self._place_of(sentence, q, cue)
            scope = f"{PORTION_SCOPE}@{place}" if place and place != WORLD else None
            scope = self._rate(sentence, q, qs, ps) or scope  # "cada día de huelga, 4 millones"
            if scope is None and cue.label == "revenue" and self._net_revenue(sentence, cue):
                scope = f"{PORTION_SCOPE}net"  # "as receitas líquidas": less excise duties
        if (scope is None and kind in ("money", "count") and SLOTS[cue.label].per_period
                and (months := self._months_to_date(sentence, q))):
            scope = f"{PORTION_SCOPE}months-{months}"  # "in the first nine months of 2024"
        if self._earlier_event(sentence, q, qs) or (
                modality == "asserted" and not SLOTS[cue.label].evolving
                and not SLOTS[cue.label].estimate and self._pluperfect(sentence, q, qs)) or (
                kind == "count" and not SLOTS[cue.label].per_period
                and self._weeks_before_publication(period)):
            scope = EARLIER_SCOPE  # "raised $300m in its previous round": not this round
        elif kind == "count":
            named = self._named_event(sentence, q, qs)
            if named and scope is not None and self._one_named_event():
                named = None  # "Storm Ilvar killed 25 in Norway": the story's storm, there
            scope = named or self._rate(sentence, q, qs, ps) or scope
            if scope is None:
                scope = (self._fronted_place(sentence, q, ps) or self._where_place(sentence, q, ps)
                         or self._recording_place(sentence, q, cue)
                         or self._trailing_place(sentence, q, cue, ps)
                         or self._paragraph_place(sentence))
        elif cue.label in CANDIDATE_RESULTS and scope is None and self._abroad(sentence, q):
            scope = f"{PORTION_SCOPE}abroad"  # "en el voto del exterior, con el 61,2 %"
        elif cue.label in CANDIDATE_RESULTS and (
                scope is None or scope.startswith(f"{PORTION_SCOPE}round-")):
            scope = self._result_region(sentence, q, ps, scope)
        if cue.label == "dividend" and self._special(sentence, cue):
            scope = f"{PORTION_SCOPE}special"  # "eine Sonderdividende von 0,21 Euro"
        elif (cue.label in PART_SHARE_SLOTS and scope is None
              and (part := self._workforce_part(sentence, q, qs))):
            scope = f"{PORTION_SCOPE}{part}"  # "16.5% of its non-union staff": a part's share
        elif cue.label == "employees" and scope is None and self._strike_in(
                sentence, sentence.clause_at(q.start)):
            # "2.650 trabajadores están en huelga": the strikers, a part of the staff, compared
            # only with other counts of strikers
            scope = f"{PORTION_SCOPE}striking"
        attribution = self._attribution(sentence, q, qs)
        owner = self._paid_for.get((q.start, q.end))  # "pagará 125 millones por Ana Ruiz"
        owner = owner or self._share_of.get((q.start, q.end))  # "übernimmt 60 % von X"
        if owner is None and cue.label == "deal_value":
            owner = self._deal_for(sentence, q)  # "the deal for Ana Ruiz is worth €64m"
        rule = ("turnout.abstention.v1" if abstention
                else f"{cue.label}.named_fee.v1" if cue.category == "named_fee"
                else f"{cue.label}.{q.rule or q.kind}")
        yield Mention(sentence.index, cue.label, value, q.start, q.end, cue, period, modality,
                      rule, condition, round(max(0.5, confidence), 3),
                      scope=scope, attribution=attribution, owner_span=owner)
        converted = self._conversion(sentence, q) if kind == "money" else None
        if converted is not None:
            # "€1.84bn (almost $2.2bn)": the outlet also claims a dollar figure, compared with
            # other dollar figures, loosely, since exchange rates differ by day and by outlet.
            value, start, end = converted
            yield Mention(sentence.index, cue.label, value, start, end, cue, period, modality,
                          f"{cue.label}.money.conversion.v1", condition,
                          round(max(0.5, confidence - 0.1), 3), scope=scope,
                          attribution=attribution, owner_span=owner)

    def _share_of_workforce(self, sentence: Sentence, q: Quantity,
                            cues: list[Cue]) -> Cue | None:
        """"reducirá el 12% de su enorme plantilla", "cut 12% of its global staff": a share of
        the staff, in a clause that cuts or changes something, is the share laid off — however
        many adjectives stand before the staff noun."""
        clause = sentence.clause_at(q.start)
        staff = next((c for c in cues if c.label == "employees" and c.start >= q.end
                      and c.start < clause[1]), None)
        if staff is None:
            return None
        between = sentence.words_between(q.end, staff.start)
        lex = self.lexicon
        if not 1 <= len(between) <= SHARE_OF_STAFF_REACH or not (
                between[0] in lex.linking_words or between[0] in lex.stop_words) or any(
                not w.isalpha() for w in between) or any(
                c.category == "slots" and q.end <= c.start < staff.start for c in cues):
            return None  # "12% de son effectif", "12 Prozent ihrer weltweiten Belegschaft"
        if not any(c.label in ("growth", "layoffs", "workforce_cut") and c is not staff
                   and clause[0] <= c.start < clause[1] for c in cues):
            return None
        return Cue("slots", "workforce_cut", staff.start, staff.end, staff.text)

    def _share_beside_seats(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                            cues: list[Cue]) -> Cue | None:
        """"obtient 7 sièges avec 6,3 %", "won 12 seats with 2.5%": a bare percentage that
        "with" joins to a seat count is the share of the vote that won them."""
        lex = self.lexicon
        clause = sentence.clause_at(q.start)
        seats = next((c for c in reversed(cues) if c.label == "seats"
                      and clause[0] <= c.start and c.end <= q.start), None)
        if seats is None:
            return None
        between = [w for w in sentence.words_between(seats.end, q.start)
                   if w not in lex.determiners]
        counted = any(o.kind == "number" and o.end <= seats.start
                      and len(sentence.words_between(o.end, seats.start)) <= 1 for o in qs)
        if not counted or len(between) != 1 or between[0] not in lex.seat_share_joiners:
            return None
        following = sentence.token_after(q.end)
        if following is not None and following[2].isalnum() and (
                following[2] not in lex.conjunctions):
            return None  # "12 seats with 2.5% more votes": a percentage of something else
        return Cue("slots", "vote_share", seats.start, seats.end, seats.text)

    def _cut_in_brackets(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                         cues: list[Cue]) -> Cue | None:
        """"cut 12% of its workforce (about 9,000 jobs)": a count in brackets right after a
        share of the staff cut is that cut in people — layoffs, not a headcount."""
        opening = self.text.rfind("(", sentence.start, q.start)
        if opening < 0 or ")" in self.text[opening:q.start] or any(
                o.start < q.start and o.start > opening for o in qs):
            return None
        share = [o for o in qs if o.kind in _PERCENT_KINDS and o.end <= opening
                 and self._share_of_workforce(sentence, o, cues) is not None]
        if not share or len(sentence.words_between(share[-1].end, opening)) > MAX_GAP_BEFORE:
            return None
        layoffs = next((c for c in cues if c.label == "layoffs"), None)
        start, end = (layoffs.start, layoffs.end) if layoffs else (share[-1].start, opening)
        return Cue("slots", "layoffs", start, end, self.text[start:end])

    def _counts_what_it_says(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                             cues: list[Cue]) -> bool:
        """"500 contractors" counts contractors: a number followed by a noun that is no trigger
        (and not a generic "people") is not a count of the slot a nearby trigger names."""
        if re.match(r"-[^\W\d]", self.text[q.end:q.end + 2]):
            return False  # "a 30-storey building", "a 7.7-magnitude quake": a measure of a thing
        following = sentence.token_after(q.end)
        if following is None:
            return True
        if self.lexicon.holds(self.lexicon.measure_units, following[2]):
            return False  # "spread over 300 hectares and killed residents": land, no one
        before = sentence.word_before(q.start)
        if before is not None and self.lexicon.holds(self.lexicon.measure_units, before):
            return False  # "38 mortos no km 286 da BR-116": a kilometre post, no one
        if any(c.label in EVENT_COUNTS and c.end <= q.start
               and len(sentence.words_between(c.end, q.start)) <= EVENT_UNIT_REACH
               and not _counted_noun(sentence, c, qs)
               for c in cues):
            # "laying off 210 engineers": what happens to them says what is counted — unless
            # the trigger is a noun a figure before it counts ("23 deaths across nine counties")
            return True
        if any(c.label in EVENT_COUNTS and c.start >= q.end
               and len(sentence.words_between(q.end, c.start)) <= AFTER_EVENT_REACH
               and all(w.isalpha() for w in sentence.words_between(q.end, c.start))
               for c in cues):
            return True  # "402.111 Fahrzeuge wurden ausgeliefert", "500 cars were delivered"
        start, _, word = following
        if word in self.lexicon.affected_words:  # "9.000 betroffene Mitarbeiter"
            following = sentence.token_after(following[1])
            if following is None:
                return True
            start, _, word = following
        if not word.isalpha() or word in self.lexicon.stop_words:
            return True
        if word in self.lexicon.count_nouns:
            return True
        return any(c.start == start for c in cues)

    def _price_of_deal(self, sentence: Sentence, q: Quantity) -> tuple[Cue | None, int, bool]:
        """"agreed to buy a 70% stake in X from Y for €1.78bn": an amount right after a price
        preposition, in a clause whose deal word stands before it, is the deal's price."""
        if sentence.word_before(q.start) not in self.lexicon.price_prepositions:
            return self._priced_deal(sentence, q)
        clause = sentence.clause_at(q.start)
        deals = [c for c in sentence.cues if c.category == "deal_types"
                 and c.label in ("acquisition", "merger") and clause[0] <= c.start < q.start]
        if not deals:
            return self._sale_price(sentence, q, clause)
        deal = deals[-1]
        cue = Cue("slots", "deal_value", deal.start, deal.end, deal.text)
        return cue, len(sentence.words_between(deal.end, q.start)), False

    def _units_sold(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """"Norvik vendió 1,6 millones de unidades", "vendite per 1,6 milioni di
        unità": units a sale verb or a sales word counts are the units delivered."""
        following = sentence.words_between(q.end, sentence.end)[:2]
        if following[:1] and following[0] in self.lexicon.genitive_prepositions:
            following = following[1:]
        if not following or following[0] not in self.lexicon.sold_unit_nouns:
            return None
        unit = next((t for t in sentence.tokens if t[0] >= q.end and t[2] == following[0]),
                    None)
        clause = sentence.clause_at(q.start)
        before = sentence.words_between(clause[0], q.start)
        sold = any(w in self.lexicon.sale_verbs for w in before[-SALE_REACH:]) or any(
            c.category == "slots" and c.label == "revenue" and clause[0] <= c.start < q.start
            for c in sentence.cues)
        if not sold or unit is None:
            return None
        return Cue("slots", "deliveries", unit[0], unit[1], self.text[unit[0]:unit[1]])

    def _cash_part(self, sentence: Sentence, q: Quantity) -> bool:
        """"the cash portion stays at €3.85 per share", "3,85 Euro in bar": the cash part of
        an offer paid partly in shares, compared only with cash parts."""
        clause = sentence.clause_at(q.start)
        before = sentence.words_between(clause[0], q.start)[-CASH_REACH:]
        after = sentence.words_between(q.end, clause[1])[:CASH_REACH]
        return any(_holds_phrase(words, self.lexicon.cash_words) for words in (before, after))

    def _sale_price(self, sentence: Sentence, q: Quantity,
                    clause: tuple[int, int]) -> tuple[Cue | None, int, bool]:
        """"vendeu a jogadora ao Belmar por 45 ME", "sold him to Norvik for €80m": what a sale
        verb a few words before the price preposition says the thing was sold for."""
        sales = [(s, e, w) for s, e, w in sentence.tokens
                 if clause[0] <= s and e <= q.start and w in self.lexicon.sale_verbs]
        if not sales:
            return None, 0, False
        start, end, _ = sales[-1]
        distance = len(sentence.words_between(end, q.start))
        if distance > SALE_REACH:
            return None, 0, False
        cue = Cue("slots", "deal_value", start, end, self.text[start:end])
        return cue, distance, False

    def _updated_total(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """"won two more seats, bringing its total to 60", "erhält zwei zusätzliche Mandate und
        verfügt damit über 60 Sitze": a total after a change the sentence reports is a later
        figure, compared only with totals so updated."""
        phrases = self.lexicon.update_phrases
        if not phrases:
            return False
        before = [w for s, e, w in sentence.tokens if sentence.start <= s and e <= q.start]
        return (_holds_phrase(before[-UPDATE_REACH:], phrases)
                and any(o.end <= q.start for o in qs if o is not q))

    def _pending(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """"quatre mandats ... restant à attribuer", "seats yet to be allocated": a figure still
        to be decided, written after it in its clause."""
        _, after = _window(sentence, q, qs)
        return _holds_phrase(after[:PENDING_REACH], self.lexicon.pending_phrases)

    def _threshold(self, sentence: Sentence, q: Quantity) -> bool:
        """"la meta inicial de 50%", "the 30% threshold", "al menos la mitad ... para que la
        oferta fuera válida": a figure set as a bar to reach is no figure reached."""
        clause = sentence.clause_at(q.start)
        before = sentence.words_between(clause[0], q.start)[-THRESHOLD_REACH:]
        after = sentence.words_between(q.end, clause[1])
        if q.kind in ("number", *_PERCENT_KINDS) and any(
                _holds_phrase(words, self.lexicon.requirement_words)
                for words in (before, after[:REQUIREMENT_REACH])):
            return True  # "the 301 seats needed", "la majorité absolue de 301 sièges"
        words = self.lexicon.threshold_words
        if not words or q.kind not in _PERCENT_KINDS:
            return False
        return any(self.lexicon.holds(words, w) for w in before + after[:2])

    def _name_number(self, sentence: Sentence, q: Quantity) -> bool:
        """"Vela 3 und Vela X", "the Norvik 737.": a bare number written right after a
        capitalized word inside a sentence, with nothing counted after it, names a product."""
        if q.kind != "number" or not re.fullmatch(r"\d{1,4}", q.text):
            return False
        before = [t for t in sentence.tokens if t[1] <= q.start]
        if len(before) < 2 or self.text[before[-1][1]:q.start] != " ":
            return False
        start, end, _word = before[-1]
        if not self._is_name(start, end):
            return False
        if (len(q.text) >= 3 and not self.lexicon.capitalized_nouns
                and before[-2][2] in self.lexicon.determiners
                and place_key(self.text[start:end]) is None):
            return True  # "the Norvik 737 killed 47": a type number ("A Parigi 400": a place)
        following = sentence.token_after(q.end)
        return following is None or not following[2].isalnum() or (
            following[2] in self.lexicon.conjunctions)

    def _counting_progress(self, sentence: Sentence, q: Quantity) -> bool:
        """"Con más del 98% del voto escrutado", "with 95% of ballots counted", "nach Auszählung
        von 99 Prozent": a share of the count done is how far the count has got ("Norvik took
        33% of the votes counted" is Norvik's: no fronting preposition opens it)."""
        if q.kind not in _PERCENT_KINDS:
            return False
        clause = sentence.clause_at(q.start)
        before = sentence.words_between(clause[0], q.start)[-3:]
        if "," in before:
            before = before[len(before) - before[::-1].index(","):]
        if any(self.lexicon.holds(self.lexicon.counting_nouns, w) for w in before):
            return True
        if any(self.lexicon.holds(self.lexicon.counting_words, w) for w in before[-2:]) and any(
                c.category == "slots" and c.label == "vote_share" and c.start >= q.end
                and len(sentence.words_between(q.end, c.start)) <= 2 for c in sentence.cues):
            # "une fois dépouillés 98,24 % des bulletins": the ballots counted so far (never
            # "management counted 44.15% strikers")
            return True
        lex = self.lexicon
        after = sentence.words_between(q.end, clause[1])[:COUNTING_REACH + 2]
        after = after[:after.index(",")] if "," in after else after
        if any(w in lex.fronting_prepositions for w in before) and any(
                lex.holds(lex.counting_nouns, w) for w in after[:COUNTING_REACH]):
            return True  # "Con más del 96,3% del escrutinio completado": no one's share
        counted = next((n for n, w in enumerate(after) if lex.holds(lex.counting_words, w)), None)
        if counted is None:
            return False
        if any(w in lex.fronting_prepositions for w in before):
            return counted < COUNTING_REACH
        # "alors que 80 % des votes avaient été décomptés": the counting verb says it, where
        # "X took 33% of the votes counted" only qualifies a share
        # ("nach denen 97,8 Prozent der Stimmen ausgezählt sind": the verb closes the clause)
        return any(w in lex.passive_auxiliaries or w in lex.pluperfect_auxiliaries
                   for w in after[:counted + 2])

    def _priced_deal(self, sentence: Sentence, q: Quantity) -> tuple[Cue | None, int, bool]:
        """"L'operazione costa 3,4 miliardi", "the stake, worth just over £2bn", "O negócio tem
        um valor de...": a price word right before an amount is the deal's price when a deal or
        stake word stands before it in the clause; "agreed to pay £2bn for the 30% stake" when
        one follows the amount after a price preposition."""
        lex = self.lexicon
        if not lex.deal_price_words:
            return None, 0, False
        clause = sentence.clause_at(q.start)
        if any(c.category == "other_senses" and clause[0] <= c.start < q.start
               for c in sentence.cues):
            return None, 0, False  # "reducción del valor nominal de las acciones, por un importe"
        before = [(s, e, w) for s, e, w in sentence.tokens if clause[0] <= s and e <= q.start]
        first = None  # where the price phrase begins, within the four words before the amount
        for n in range(max(0, len(before) - 4), len(before)):
            tail = [w for _, _, w in before[n:]]
            # "Norvik FC's summer spending to £270m": a gerund is a noun of its own, never "spend"
            if _holds_phrase(tail, lex.deal_price_words) or _holds_phrase(
                    [w if lex.gerund_endings and w.endswith(lex.gerund_endings)
                     else lemma(w, lex.lang) for w in tail], lex.deal_price_words):
                first = n
        if first is None:
            return None, 0, False
        start = before[first][0]
        stakes = [(c.start, c.end) for c in sentence.cues if c.category == "stake_words"]
        deal_words = [(s, e) for s, e, w in before[:first]
                      if lex.holds(lex.deal_nouns, w)] + [
            (s, e) for s, e in stakes if clause[0] <= s < start] + [
            (s, e) for s, e, w in before if w in lex.bonus_words]  # "zahlt inklusive Boni"
        if not deal_words:
            # "pagará 90 millones (más 10 en variables) por el fichaje": a price preposition
            # after the amount, in its clause, and a deal or stake word right after it
            after = [(s, e, w) for s, e, w in sentence.tokens
                     if q.end <= s and e <= clause[1]
                     and not _in_brackets(self.text, q.end, s)][:PRICE_REACH]
            for n, (_s, e, w) in enumerate(after):
                if w not in lex.price_prepositions:
                    continue
                following = after[n + 1:n + 6]
                deal_words = [(s2, e2) for s2, e2, w2 in following
                              if lex.holds(lex.deal_nouns, w2)] + [
                    (s2, e2) for s2, e2 in stakes
                    if following and e <= s2 and e2 <= following[-1][1]]
                if not deal_words and following and self._is_name(*following[0][:2]):
                    # "pagará 125 millones por Ana Ruiz", "paid $2bn for Belmar Foods": the
                    # price of whom or what is bought, who owns it
                    deal_words = [following[0][:2]]
                    self._paid_for[(q.start, q.end)] = self._name_span(following)
                break
        if not deal_words:
            return None, 0, False
        cue = Cue("slots", "deal_value", start, before[-1][1], self.text[start:before[-1][1]])
        return cue, 0, False

    def _base_fee(self, sentence: Sentence, q: Quantity, cue: Cue) -> bool:
        """"£100m plus £16m in add-ons", "90 millions, auxquels s'ajoutent des bonus", "125
        millones fijos", "Sockelablöse": the fixed part of a fee that bonuses may raise."""
        lex = self.lexicon
        if self._base_fee_word(sentence, q, cue):
            return True
        clause = sentence.clause_at(q.start)
        after = " ".join(sentence.words_between(q.end, clause[1])[:BASE_FEE_REACH + 2])
        after = after.replace(" - ", "-").split()[:BASE_FEE_REACH]  # "add - ons": "add-ons"
        return any(w in lex.bonus_words and any(a in lex.addition_words for a in after[:n])
                   for n, w in enumerate(after))

    def _base_fee_word(self, sentence: Sentence, q: Quantity, cue: Cue) -> bool:
        """"fijos" right after the amount, "an initial £70m", "Sockel-" on its trigger, "an
        initial fee of £70m", "garantierte Ablösesumme von…" before a trigger that comes first."""
        lex = self.lexicon
        before_cue = ([t[2] for t in sentence.tokens if t[1] <= cue.start][-1:]
                      if cue.end <= q.start else [])
        after = sentence.words_between(q.end, q.end + 60)
        if after[:1] == ["("] and ")" in after:  # "80 milhões (R$ 512 milhões) fixos"
            after = after[after.index(")") + 1:]
        return any(lex.holds(lex.base_fee_words, w)
                   or any(w.startswith(b) and len(w) > len(b) + 3 for b in lex.base_fee_words)
                   for w in [cue.text.lower(), *after[:2],
                             *[t[2] for t in sentence.tokens if t[1] <= q.start][-1:],
                             *before_cue])

    def _fee_part_after(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """"prevede 48 milioni di euro di parte fissa", "80 millones fijos", "$6.8 billion is
        paid upfront": in an article about a transfer or a deal, an amount a fixed-fee word
        follows (within three words) is the price's fixed part, though no fee word is written."""
        if not (self._transfer_article or "deal_value" in self._article_slots):
            return None  # "Of the total, $6.8 billion is paid upfront": a price's part too
        after = [t for t in sentence.tokens if t[0] >= q.end][:FEE_PART_REACH]
        word = next((t for t in after if self.lexicon.holds(self.lexicon.base_fee_words, t[2])),
                    None)
        if word is None:
            return None
        return Cue("slots", "deal_value", word[0], word[1], self.text[word[0]:word[1]])

    def _already_held(self, sentence: Sentence, q: Quantity) -> bool:
        """Whether an "already" word ("già", "déjà", "bereits", ``interim_words``) stands
        before a stake in its clause, a few words back at most."""
        clause = sentence.clause_at(q.start)
        before = sentence.words_between(clause[0], q.start)[-ALREADY_REACH:]
        if _holds_phrase(before, self.lexicon.interim_words) or any(
                w in self.lexicon.existing_words for w in before[-EXISTING_REACH:]):
            return True  # "ha già in tasca il 12,5%", "its existing 9.9% stake"
        # "la participation de 9,9 % qu'il détient déjà", "que ya posee": a relative clause
        # right after the stake says it is held already
        after = sentence.words_between(q.end, sentence.end)[:ALREADY_AFTER_REACH]
        relative = next((n for n, w in enumerate(after[:3])
                         if w in self.lexicon.relative_pronouns), None)
        return relative is not None and _holds_phrase(after[relative + 1:],
                                                      self.lexicon.interim_words)

    def _add_ons(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """Whether a bonus word follows the amount within two words ("€12m in add-ons", "12
        Millionen Euro an Bonuszahlungen", "12 di bonus"), past a conversion in brackets, and
        no "bonuses included" makes it a total."""
        after = sentence.words_between(q.end, sentence.clause_at(q.start)[1])[:12]
        if after[:1] == ["("] and ")" in after:
            after = after[after.index(")") + 1:]
        after = " ".join(after).replace(" - ", "-").split()  # "add - ons": "add-ons"
        bonus = self.lexicon.bonus_words
        return (any(w in bonus for w in after[:ADD_ON_REACH])  # "€12m in potential add-ons"
                and self._portion(sentence, q, qs) != f"{PORTION_SCOPE}with_bonuses")

    def _bonus_total(self, sentence: Sentence, q: Quantity) -> bool:
        """"up to €150m with bonuses", "einschließlich Bonuszahlungen bis zu 150 Millionen",
        "potrà salire fino a quota 160" beside "i bonus": a fee's most, bonuses included — an
        "up to" amount in a clause that speaks of bonuses. Or a total a colon breaks down ("estimé
        à 60 millions d'euros : 52 millions, auxquels s'ajoutent 8 millions de bonus")."""
        lex = self.lexicon
        if q.hedge != "up_to":
            colon = sentence.token_after(q.end)
            if colon is None or colon[2] != ":" or colon[0] - q.end > 1:
                return False
            tail = sentence.words_between(colon[1], sentence.end)
            figures = sum(1 for w in tail if w[:1].isdigit())
            return figures >= 2 and any(w in lex.bonus_words for w in tail)
        clause = sentence.clause_at(q.start)
        return any(w in lex.bonus_words
                   for w in sentence.words_between(clause[0], clause[1]))

    def _is_name(self, start: int, end: int) -> bool:
        """Whether a token is part of a proper name: capitalized, and no deal word ("por Ana
        Ruiz", not "por El fichaje")."""
        word = self.text[start:end]
        return (word[:1].isupper() and word.replace("-", "").isalpha()
                and not self.lexicon.holds(self.lexicon.deal_nouns, word.lower()))

    def _plus_bonus(self, words: list[str]) -> bool:
        """Whether ``words`` begin with a difference word and a bonus word ("più bonus", "más
        variables"): what is added to a fee, not a difference."""
        return (len(words) >= 2 and words[0] in self.lexicon.difference_words
                and words[1] in self.lexicon.bonus_words)

    def _genitive_owner(self, sentence: Sentence, q: Quantity,
                        previous: Mention) -> list[tuple[int, int]]:
        """"il 21,4% di Norvik e il 12% di Belmar": in a list whose figures are each followed by
        "of" and a name, the name after a figure owns it, not the one before."""
        genitive = self.lexicon.genitive_prepositions

        def owner_after(end: int) -> list[tuple[int, int]]:
            after = [t for t in sentence.tokens if t[0] >= end][:1 + OWNER_NAME_WORDS]
            if not after or after[0][2] not in genitive:
                return []
            name = []
            for s, e, _w in after[1:]:
                if not self.text[s:e][:1].isupper():
                    break
                name.append((s, e))
            return name

        if not owner_after(previous.value_end):
            return []
        return owner_after(q.end)

    def _workforce_part(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> str | None:
        """"cutting 16.5% of its non-union staff", "un sixième des salariés non syndiqués":
        the words after a share, up to the next figure, may name the part of the staff it is
        of — then it is no share of the whole workforce another outlet gives."""
        following = [o.start for o in qs if o.start >= q.end]
        words = sentence.words_between(q.end, min(following, default=sentence.end))
        words = words[:WORKFORCE_PART_REACH]
        return next((key for phrase, key in self.lexicon.workforce_parts
                     if _holds_phrase(words, (phrase,))), None)

    def _special(self, sentence: Sentence, cue: Cue) -> bool:
        """"a special dividend", "eine Sonderdividende", "un dividendo straordinario": a one-off
        payment, written in the word itself or a word beside it."""
        words = self.lexicon.special_words
        text = cue.text.lower()
        beside = [w for s, e, w in sentence.tokens if cue.start - 30 <= s and e <= cue.start][-2:]
        after = sentence.words_between(cue.end, cue.end + 30)[:1]
        return any(text.startswith(w) for w in words) or any(w in words for w in beside + after)

    def _raised_to(self, sentence: Sentence, q: Quantity, candidates: list[Cue]) -> Cue | None:
        """"hat ihre Beteiligung auf 9,4 Prozent erhöht", "elevó su participación al 9,4%": a
        percentage a change word raises a share *to* is that share's new level, when the clause
        names a share slot (a stake, a market share) before it."""
        before = sentence.token_before(q.start)
        if before is None or before[2] not in self.lexicon.level_to_words:
            return None
        clause = sentence.clause_at(q.start)
        shares = [c for c in candidates if c.label != "growth" and c.end <= q.start
                  and SLOTS[c.label].value_kind == "percent" and clause[0] <= c.start]
        if not shares or len({c.label for c in shares if c.start == shares[-1].start}) > 1:
            return None  # "Beteiligung": a stake or a turnout, the word alone does not say
        return shares[-1]

    def _old_level(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                   ps: list[Period]) -> bool:
        """"von 1,9 Mrd. Euro auf 610 Mill. Euro", "from $1.9bn to $610m", "seats fell from 23
        to 19": a figure after "from" with another of its kind right after "to" is the level
        before the change (a range, "from 30 to 50 workers", is read as one figure before)."""
        if self._passed_from(sentence, q, qs):
            return True
        if not self.lexicon.from_to_words:
            return False
        if q.kind == "number" and _holds_phrase(
                sentence.words_between(*sentence.clause_at(q.start)), self.lexicon.reduction_words):
            return False  # "reduce its workforce from 23,000 to 14,000": two headcounts
        before = sentence.token_before(q.start)
        after = _next_figure(q, qs, ps)
        if before is None or after is None or after.kind != q.kind:
            return False
        between = sentence.words_between(q.end, after.start)
        if len(between) > 1 and not (len(between) <= OLD_LEVEL_REACH
                                     and _period_between(q, after, ps)):
            return False  # "from 8% in the 2022 poll to over 19%": only a period between
        if self._change_range(sentence, q, qs, ps):
            return False  # "une baisse de 23 % à 29 %": a change's range, no level before it
        return bool(between) and (before[2], between[-1]) in self.lexicon.from_to_words

    def _passed_from(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """"d'un bénéfice de 1,4 milliard, il est passé à une perte de 9,8 milliards": a figure
        a few words before "est passé à", "went to", with one of its kind a few words after,
        is the level the change started from."""
        following = next((o for o in qs if o.start >= q.end and o.kind == q.kind), None)
        if following is None:
            return False
        between = sentence.words_between(q.end, following.start)
        return len(between) <= PASSAGE_WORDS and _holds_phrase(between,
                                                               self.lexicon.passage_phrases)

    def _level_before_after_change(self, sentence: Sentence, q: Quantity,
                                   qs: list[Quantity]) -> bool:
        """"rose to 12%, up from 10%", "fell to $3bn, down from $4bn": a figure after a change
        word and "from", once the new level of its kind is written, is the level before."""
        froms = {pair[0] for pair in self.lexicon.from_to_words}
        before = [t for t in sentence.tokens if t[1] <= q.start][-3:]
        if len(before) < 3 or before[0][2] != "," or before[2][2] not in froms:
            return False  # ("ein Plus von 44 Sitzen": "von" after a change noun is its size)
        before = before[1:]
        if not any(c.category == "slots" and c.label == "growth"
                   and c.start <= before[0][0] < c.end for c in sentence.cues):
            return False
        return any(o.kind == q.kind and o.end <= before[0][0] for o in qs)

    def _months_to_date(self, sentence: Sentence, q: Quantity) -> str | None:
        """"$438.6m in sales in the first nine months of 2024": the number of a year's first
        months a figure in the clause is of (``months_to_date``), so it never meets the year's."""
        words = sentence.words_between(*sentence.clause_at(q.start))
        return next((months for phrase, months in self.lexicon.months_to_date
                     if _holds_phrase(words, (phrase,))), None)

    def _change_range(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                      ps: list[Period]) -> bool:
        """"une baisse de 23 % à 29 %", "una caída del 23% al 29%": right after a change word,
        "from … to" spans the change's range (either end of it), not a level and its change."""
        if q.kind not in _PERCENT_KINDS or not self.lexicon.from_to_words:
            return False
        first = q
        earlier = [o for o in qs if o.kind == q.kind and o.end <= q.start]
        if earlier and _next_figure(earlier[-1], qs, ps) is q:
            between = sentence.words_between(earlier[-1].end, q.start)
            opener = sentence.token_before(earlier[-1].start)
            if (between and opener is not None
                    and (opener[2], between[-1]) in self.lexicon.from_to_words):
                first = earlier[-1]
        opener = sentence.token_before(first.start)
        after = _next_figure(first, qs, ps)
        if opener is None or after is None or after.kind != first.kind:
            return False
        between = sentence.words_between(first.end, after.start)
        lex = self.lexicon
        # a change noun, an article before it ("une baisse de"), never a verb ("rose from")
        return (len(between) == 1 and (opener[2], between[-1]) in lex.from_to_words
                and any(c.category == "slots" and c.label == "growth" and c.end <= opener[0]
                        and not sentence.words_between(c.end, opener[0])
                        and (article := sentence.token_before(c.start)) is not None
                        and (article[2] in lex.indefinite_articles
                             or article[2] in lex.definite_articles)
                        for c in sentence.cues))

    def _level_reached(self, sentence: Sentence, q: Quantity, cue: Cue) -> bool:
        """"a taxa desce para 4,4%", "ha subido hasta el 6,9%", "fell to 4.4%": a percentage
        right after a change verb and "to" is the level a rate reached, not how much it
        changed ("rose 5% to €3bn", "growth slowed to 2%" keep their change)."""
        if q.kind not in _PERCENT_KINDS or cue.end > q.start:
            return False
        between = sentence.words_between(cue.end, q.start)
        points = [o for o in self._figures if o.kind == "percentage_points"
                  and cue.end <= o.start and o.end <= q.start]
        if points:  # "fell 4.7 percentage points to 12.8%": the level past the change's size
            between = sentence.words_between(points[-1].end, q.start)
        if not between and q.hedge is not None:  # "hasta el 6,9%" read as a hedge, "up to"
            between = q.text.lower().split()[:1]
        if between and between[-1] in self.lexicon.definite_articles:
            between = between[:-1]
        return len(between) == 1 and between[0] in self.lexicon.level_to_words

    def _change_amount(self, sentence: Sentence, q: Quantity) -> bool:
        """"net profit fell by €120 million", "una caída de 120 millones", "sank um 120
        Millionen": the amount of a change, right after the words that say so."""
        phrases = self.lexicon.change_amount_phrases
        if not phrases or (q.low is not None and q.high is not None and q.low < q.high
                           and q.hedge is None and "range" in (q.rule or "")):
            return False  # "rose by €310m to €1.4bn" read as one range: it holds the level
        return ends_with_phrase(sentence.words_between(q.start - 60, q.start)[-4:], phrases)

    def _margin(self, sentence: Sentence, q: Quantity) -> bool:
        """"con una ventaja de casi el 14 % sobre X", "a lead of 12 points": a figure a few words
        after a margin noun, in its clause, is the gap between two results."""
        nouns = self.lexicon.margin_nouns
        if not nouns:
            return False
        clause = sentence.clause_at(q.start)
        before = sentence.words_between(clause[0], q.start)[-MARGIN_REACH:]
        # the noun's own preposition after it: "a lead of", never the verb ("could lead to")
        genitive = self.lexicon.genitive_prepositions
        return any(self.lexicon.holds(nouns, w) and before[n + 1] in genitive
                   for n, w in enumerate(before[:-1]) if w.isalpha())

    def _is_difference(self, sentence: Sentence, q: Quantity) -> bool:
        """"23 more than allowed", "23 a mais", "23 personas más": a difference, not a count;
        so is a signed one in brackets after a count ("17 sièges (+6)", "12 Sitze (−1)")."""
        if re.search(r"\(\s*[+\-−–]\s*$", self.text[max(sentence.start, q.start - 3):q.start]):
            return True
        following = [(s, t) for s, e, t in sentence.tokens if s >= q.end][:5]
        triggers = {c.start for c in sentence.cues if c.category == "slots"}
        for n, (start, word) in enumerate(following[:4]):
            if word in self.lexicon.difference_words:
                if n and word in self.lexicon.tranche_words_after:
                    return False  # "11 000 emplois supplémentaires": a tranche of a count
                # "80 milioni più bonus": a figure and what is added to it
                return not self._plus_bonus([w for _s, w in following[n:n + 2]])
            if not (word in self.lexicon.count_nouns or word in self.lexicon.linking_words
                    or start in triggers):
                break
        return False

    def _trigger_for(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                     cues: list[Cue]) -> tuple[Cue | None, int, bool]:
        """The slot trigger a value belongs to; see the module docstring for the rules.

        A count is named by the noun or verb that follows it ("31 are missing", "12 people were
        killed"), so for counts a following trigger wins over a preceding one, through any three
        words; a qualifier slot's trigger just before the value wins over everything.
        """
        clause = sentence.clause_at(q.start)
        is_count = q.kind == "number"
        best: list[tuple[float, Cue, int, bool]] = []
        for cue in cues:
            if not (clause[0] <= cue.start < clause[1]):
                continue
            if cue.end <= q.start:
                between = _without_relative_clauses(sentence.words_between(cue.end, q.start),
                                                    self.lexicon.relative_pronouns)
                if is_count:  # (a money figure's reach is not lengthened by an aside)
                    between = _without_asides(between, self.lexicon)
                if len(between) > MAX_GAP_BEFORE and not (
                        len(between) <= 2 * MAX_GAP_BEFORE
                        and self._level_after_change(sentence, q, cue, qs)):
                    continue
                if any(o is not q and o.kind == q.kind and cue.end <= o.start and o.end <= q.start
                       for o in qs):
                    continue
                if is_count and any(t in (",", ";") or t in self.lexicon.conjunctions
                                    for t in between):
                    continue
                if is_count and any(t in self.lexicon.relative_pronouns for t in between[1:]):
                    continue  # "disparues dans cette ville qui compte 210 000 habitants"
                if cue.label == "price_per_share" and (
                        len(between) > PER_SHARE_REACH or _counted_noun(sentence, cue, qs)):
                    # "48 dollars par action, …, pour un total de 12,7 milliards", "48 Dollar je
                    # Aktie, insgesamt 12,7 Milliarden": the price before it is the per-share one
                    continue
                if SLOTS[cue.label].qualifier and len(between) <= QUALIFIER_REACH:
                    best.append((-1.0, cue, len(between), False))
                    continue
                best.append((len(between) + (1.5 if is_count else 0.0), cue, len(between), False))
            elif cue.start >= q.end:
                between = sentence.words_between(q.end, cue.start)
                if not is_count:  # "5 Mrd. Dollar (4,3 Mrd. Euro) an Schulden": past the aside
                    between = _outside_brackets(between)
                if is_count and self._tally_phrase(between):
                    between = between[-1:]  # "a 174 la cifra total de fallecidos": the toll's
                if len(between) > MAX_GAP_AFTER:
                    continue
                if is_count and self._out_of(between):
                    between = between[:1]  # "74 of the 210 seats": the seats are the 74's too
                if is_count:
                    if any(not t.isalpha() for t in between):
                        continue
                    if any(self.lexicon.holds(self.lexicon.thing_nouns, t) for t in between):
                        continue  # "mil millones de registros de clientes": records counted
                    if any(t in self.lexicon.conjunctions for t in between) and any(
                            o.start >= cue.end and len(sentence.words_between(
                                cue.end, o.start)) <= OWN_FIGURE_REACH for o in qs):
                        continue  # "i morti sono 12 e i feriti oltre 40": the next one's
                elif not self._links(between):
                    continue
                best.append((len(between) + (0.0 if is_count else 0.5), cue, len(between), True))
        if not best:
            return None, 0, False
        if sentence.heads:  # a trained parse: the slot word the figure hangs on comes first
            best = [(score - DEPENDENCY_BONUS if _attached(sentence, q, cue) else score, cue,
                     distance, after) for score, cue, distance, after in best]
        best.sort(key=lambda item: (item[0], item[1].start))
        if is_count and self._is_unit_noun(best[0][1]) and not _holds_phrase(
                sentence.words_between(clause[0], q.start)[-3:], self.lexicon.denominator_words):
            # ("the only survivors out of 181 passengers": a total the others are part of
            # counts its own noun)
            # "la policía detuvo a 30 manifestantes": the people noun is the unit, the event
            # word of the clause (detuvo) says what the count is.
            # ("473 arrests by 5 p.m., as 250,000 protesters rallied": an event word another
            # figure stands between is that figure's)
            events = [item for item in best if item[1].label in EVENT_COUNTS
                      and not self._figure_between(q, item[1], qs)]
            # ("A X, que emprega 23.000 pessoas, vai cortar…": not across a comma)
            events += [(99.0, c, 0, False) for c in cues
                       if clause[0] <= c.start < clause[1] and c.label in EVENT_COUNTS
                       and all(c is not item[1] for item in best)
                       and not self._figure_between(q, c, qs)
                       and "," not in sentence.words_between(min(q.end, c.end),
                                                             max(q.start, c.start))]
            if events:
                best = sorted(events, key=lambda item: (item[0], item[1].start))
        score, cue, distance, after = best[0]
        rivals = {c.label for s, c, _, _ in best if s == score}
        if len(rivals) > 1:
            sense = self._sense_by_article(rivals, self._stake_in_name(sentence, best[0][1], q))
            if sense is None:
                # "posee una participación del 35%": another word of the clause ("posee")
                # names one of the senses only
                backed = {c.label for s, c, _, _ in best if s != score and c.label in rivals}
                sense = backed.pop() if len(backed) == 1 else None
            if sense is None:
                return None, 0, False
            cue = next(c for s, c, _, _ in best if s == score and c.label == sense)
            return cue, distance, after
        if cue.label == "valuation" and (noun := self._valued_noun(sentence, cue, cues, q)):
            cue = noun  # "un préjudice évalué à 4,8 milliards", "damage valued at $2bn"
        elif self._on_strike(sentence, clause, cue, cues):
            cue = Cue("slots", "turnout", cue.start, cue.end, cue.text)
        elif self._staff_affected(sentence, cue):
            cue = Cue("slots", "layoffs", cue.start, cue.end, cue.text)
        elif cue.label == "employees" and self._reduced_staff(sentence, q, qs):
            cue = Cue("slots", "layoffs", cue.start, cue.end, cue.text)
        elif cue.label == "employees" and any(
                c.label == "passengers" and clause[0] <= c.start < clause[1] for c in cues):
            # "carrying 287 passengers and 9 employees": the staff on board are its crew
            cue = Cue("slots", "crew", cue.start, cue.end, cue.text)
        return cue, distance, after

    def _valued_noun(self, sentence: Sentence, cue: Cue, cues: list[Cue],
                     q: Quantity) -> Cue | None:
        """The slot noun a valuing participle describes ("un préjudice évalué à", "damage
        valued at"): what is valued is that noun's figure, not a company's worth."""
        for other in cues:
            if (other.label != "valuation" and other.category == "slots" and other.end <= cue.start
                    and len(sentence.words_between(other.end, cue.start)) <= 1
                    and _fits(SLOTS[other.label].value_kind, q)):
                return other
        return None

    def _level_after_change(self, sentence: Sentence, q: Quantity, cue: Cue,
                            qs: list[Quantity]) -> bool:
        """"El beneficio neto de X cayó un 47,6 % en el primer semestre de 2025, hasta 2.415
        millones", "…, hasta quedarse en 2.415 millones": an amount a "to" word leads to, past
        the change a slot word governs, is that slot's new level, however long the change's
        words."""
        if q.kind != "money" or not any(w in self.lexicon.level_to_words for w in
                                        sentence.words_between(sentence.start, q.start)[-3:]):
            return False
        return any(o.kind in _PERCENT_KINDS and cue.end <= o.start and o.end <= q.start
                   for o in qs)

    def _reduced_staff(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """"shrink its workforce by 9,000", "prescindirá de 18.000 empleados", "18mila
        dipendenti in uscita": a headcount a reduction word governs is the staff cut — not the
        levels of "reducing it from 23,000 to 14,000", which stand beside another count."""
        if q.kind != "number" or not self.lexicon.reduction_words:
            return False
        clause = sentence.clause_at(q.start)
        for o in qs:
            if o is q or o.kind != "number" or not clause[0] <= o.start < clause[1]:
                continue
            between = sentence.words_between(min(o.end, q.end), max(o.start, q.start))
            if len(between) <= LEVEL_REACH and any(w in self.lexicon.level_to_words
                                                   for w in between):
                return False  # "from 23,000 to 14,000": two levels
        before = sentence.words_between(clause[0], q.start)[-REDUCTION_REACH:]
        stops = [n for n, w in enumerate(before) if w == "," or w in self.lexicon.conjunctions]
        if stops:
            before = before[stops[-1] + 1:]
        after = sentence.words_between(q.end, clause[1])[:3]
        return _holds_phrase(before, self.lexicon.reduction_words) or _holds_phrase(
            after, self.lexicon.reduction_words)

    def _staff_affected(self, sentence: Sentence, cue: Cue) -> bool:
        """"le nombre des salariés concernés se chiffre à 7.400", "9.000 betroffene
        Mitarbeiter": staff the layoffs an article reports on affect are those laid off."""
        if cue.label != "employees" or "layoffs" not in self._article_slots:
            return False
        before, after = sentence.token_before(cue.start), sentence.token_after(cue.end)
        return any(t is not None and t[2] in self.lexicon.affected_words for t in (before, after))

    def _sense_by_article(self, rivals: set[str], held_in_named: bool) -> str | None:
        """"participación", "participação", "Beteiligung": a stake in a deal story, turnout in an
        election or a strike — told by the other slots the article speaks of, else a stake when
        it is held in a named company ("participación en X"), else by no one."""
        if rivals != {"stake", "turnout"}:
            return None
        voting = bool(self._article_slots & {"vote_share", "seats", "protesters"})
        dealing = bool(self._article_slots & {"deal_value", "price_per_share", "valuation"})
        if voting != dealing:
            return "turnout" if voting else "stake"
        return "stake" if held_in_named else None

    def _stake_in_name(self, sentence: Sentence, cue: Cue, q: Quantity | None = None) -> bool:
        """"participación en Belmar", "participation dans Belmar", "Anteil an Belmar", "una
        participación del 35% en Belmar": a share held in a named company, named after the
        share word or after its figure."""
        for end in (cue.end, *((q.end,) if q is not None else ())):
            following = [(s, w) for s, e, w in sentence.tokens if s >= end][:3]
            if (len(following) >= 2 and following[0][1] in self.lexicon.stake_prepositions
                    and any(self.text[s:s + 1].isupper() for s, _w in following[1:])):
                return True
        return False

    @staticmethod
    def _figure_between(q: Quantity, cue: Cue, qs: list[Quantity]) -> bool:
        low, high = (cue.end, q.start) if cue.end <= q.start else (q.end, cue.start)
        return any(o is not q and o.kind == q.kind and low <= o.start < high for o in qs)

    def _strike_in(self, sentence: Sentence, clause: tuple[int, int]) -> bool:
        """Whether a strike word stands in the clause ("2,650 machinists have been on strike
        since", "Rund 2650 Beschäftigte streiken", "paró el 28% de la plantilla")."""
        lex = self.lexicon
        return any(clause[0] <= s < clause[1] and lex.holds(lex.strike_words, w)
                   for s, _, w in sentence.tokens)

    def _on_strike(self, sentence: Sentence, clause: tuple[int, int], cue: Cue,
                   cues: list[Cue]) -> bool:
        """"paró el 28% de la plantilla": a share of the staff is the slot the clause's event
        says — a strike rate beside a strike word, a cut only beside a cut word."""
        lex = self.lexicon
        if cue.label != "workforce_cut" or cue.text.lower() not in lex.staff_shares:
            return False
        if any(c is not cue and clause[0] <= c.start < clause[1]
               and c.label in ("workforce_cut", "layoffs") for c in cues):
            return False
        return self._strike_in(sentence, clause)

    def _attribution(self, sentence: Sentence, q: Quantity,
                     others: list[Quantity] = ()) -> str | None:
        """Who a figure is attributed to, in its clause: the source after a "reported" cue
        before the figure ("D'après le ministère, ... 1,2 million") or just after it ("2
        millones según la UST"), never across another figure; else a source named before a
        counting verb that precedes the figure ("La UST a revendiqué 2 millions")."""
        clause = sentence.clause_at(q.start)
        found: list[tuple[int, str]] = []
        for cue in sentence.cues:
            if cue.label != "reported" or not (clause[0] <= cue.start < clause[1]):
                continue
            low, high = (q.end, cue.start) if cue.start >= q.end else (cue.end, q.start)
            if any(o is not q and low <= o.start and o.end <= high for o in others):
                continue  # "1,2 million selon X, contre 2 millions selon Y"
            gap = len(sentence.words_between(low, high))
            if cue.start >= q.end and gap > ATTRIBUTION_REACH:
                continue
            key = self._source_after(sentence, cue.end)
            if key is not None:
                found.append((gap, key))
        if found:
            return min(found)[1]
        verbs = [(s, w) for s, e, w in sentence.tokens
                 if clause[0] <= s < q.start and w in self.lexicon.count_verbs]
        if verbs:
            before = [(s, e) for s, e, w in sentence.tokens if clause[0] <= s < verbs[-1][0]]
            # a source noun anywhere before its verb in the clause ("Sus organizadores, en
            # cambio, sostienen que…"), and first, since German capitalizes every noun; a name
            # only right before it ("À Norvik, la direction a recensé": not Norvik's count)
            for s, e in reversed(before):
                key = self._source_noun(s, e)
                if key is not None:
                    return key
            for s, e in reversed(before[-ATTRIBUTION_VERB_REACH:]):
                if any(o.start <= s < o.end for o in (q, *others)):
                    continue  # "at USD 64.10, which put…": a currency code is no source
                key = self._source_word(s, e)
                if key is not None:
                    return key
        return None

    def _source_after(self, sentence: Sentence, position: int) -> str | None:
        window = [t for t in sentence.tokens if t[0] >= position][:6]
        for n, (s, e, word) in enumerate(window[:5]):
            if not any(ch.isalnum() for ch in word):
                return None
            key = self._source_word(s, e)
            if key is not None:
                if self._source_noun(s, e) is None and n + 1 < len(window) and (
                        following := self._source_noun(*window[n + 1][:2])) is not None:
                    return following  # "the Norvik police": the police, of a place
                return key
        return None

    def _source_noun(self, start: int, end: int) -> str | None:
        """The source an attribution noun names ("policía" -> "police")."""
        return self.lexicon.attributions.get(lemma(self.text[start:end], self.lexicon.lang))

    def _source_word(self, start: int, end: int) -> str | None:
        """An attribution noun ("policía" -> "police") or a name in capitals ("UST" -> "ust")."""
        written = self.text[start:end]
        key = self._source_noun(start, end)
        if key is None and len(written) >= 2 and written[:1].isupper() and (
                written.replace("'", "").replace("’", "").isalnum()) and (
                written.isupper() or not self.lexicon.capitalizes_nouns):
            # "según la UST", "selon JPMorgan", "AccuWeather"; in German, where every noun is
            # capitalized ("Hochrechnungen zufolge"), only an acronym ("laut UST")
            key = written.lower()
            grammar = compiled_grammar(language_code(self.lexicon.lang))
            if not written.isupper() and (key in grammar.weekdays or key in grammar.full_months):
                key = None  # "In a statement released on Monday": a day, no source
            elif key in self.lexicon.stop_words:
                key = None  # "He put turnout at 61.35%": a pronoun opening a sentence, no source
        return key

    def _anaphoric_count(self, sentence: Sentence, q: Quantity,
                         ps: list[Period]) -> list[Mention]:
        """"The parliament has 400 seats in total. The PLR will hold 150 of them": a count
        followed by "of them" takes the slot of the count word of the sentence before."""
        cue = self._last_count_cue
        if cue is None or q.kind != "number" or not _fits("count", q):
            return []
        rest = self.text[q.end:q.end + 40].lower().lstrip()
        if not any(rest.startswith(w) and not rest[len(w):len(w) + 1].isalpha()
                   for w in self.lexicon.anaphoric_counts):
            return []
        value = _numeric_value("count", q)
        modality, condition = self._modality(sentence, q.start, q.start)
        period = _nearest_period(sentence, q.start, q.end, ps)
        return [Mention(sentence.index, cue.label, value, q.start, q.end,
                        Cue("slots", cue.label, q.start, q.end, q.text), period, modality,
                        f"{cue.label}.anaphoric_count.v1", condition, 0.7)]

    def _gapped(self, sentence: Sentence, qs: list[Quantity], made: list[Mention],
                slot_cues: list[Cue]) -> list[Mention]:
        """"The PLR won 31.5%, the MPR 18.2% and the UDN 12.4%": in a list the slot word is
        written once, and each later figure belongs to the name just before it, not to the
        clause's first name. A figure with no trigger of its own, or that shares the trigger of
        the figure before it, continues that figure's slot when only a name, articles and list
        punctuation stand between them (``GAP_REACH`` words at most)."""
        result = list(made)
        previous: Mention | None = None
        for q in sorted(qs, key=lambda q: q.start):
            own = [m for m in result if m.value_start == q.start]
            owner = (self._owner_after_counter(sentence, previous, q)
                     if previous is not None and not own else None)
            if owner is not None and _fits(SLOTS[previous.attribute].value_kind, q):
                # "131 seggi, contro i 117 di Belmar": the figure after a comparison word is the
                # slot of the one before, and belongs to the name that follows it
                previous = dataclasses.replace(
                    previous, value=_numeric_value(SLOTS[previous.attribute].value_kind, q),
                    value_start=q.start, value_end=q.end,
                    rule=f"{previous.attribute}.counter_owner.v1", owner_span=owner,
                    scope=_shared_context(previous.scope),
                    attribution=self._attribution(sentence, q, qs),
                    confidence=round(max(0.5, previous.confidence - 0.1), 3))
                result.append(previous)
                continue
            if previous is not None and self._passive_agent_after(sentence, q):
                # "owned 80.5% by X and 19.5% by Y": each share's owner follows it, so the name
                # before this one is the first share's, no list of names and figures
                previous = None
                continue
            if previous is not None and self._continues_list(sentence, previous, q, slot_cues):
                shared = [m for m in own if m.attribute == previous.attribute
                          and m.trigger.start == previous.trigger.start]
                if own and not shared:
                    previous = own[0]
                    continue
                kind = SLOTS[previous.attribute].value_kind
                if not shared and (not _fits(kind, q)
                                   or kind == "count" and self._counts_another_noun(
                                       sentence, previous, q)):
                    previous = None
                    continue
                names = self._genitive_owner(sentence, q, previous) or [
                    (s, e) for s, e, _ in sentence.tokens
                    if previous.value_end <= s and e <= q.start
                    and self.text[s:e][:1].isupper()]
                scope = (shared[0] if shared else previous).scope
                if kind == "count" and (own_place := self._scope(sentence, q.start, q.end)) and (
                        scope is None or ":" not in scope):
                    scope = own_place  # "25 muertos en Noruega y ocho en Islandia": each its place
                elif (scope or "").startswith(OTHER_EVENT_SCOPE) and scope != EARLIER_SCOPE:
                    # "ocho en el incendio de Palisades y el de Eaton, 16": each its own event,
                    # the unnamed one none's
                    scope = self._named_event(sentence, q, qs) or LISTED_EVENT_SCOPE
                gapped = dataclasses.replace(
                    shared[0] if shared else previous, scope=scope,
                    value=shared[0].value if shared else _numeric_value(kind, q),
                    value_start=q.start, value_end=q.end,
                    rule=f"{previous.attribute}.gapping.v1",
                    owner_span=(names[0][0], names[-1][1]),
                    attribution=self._attribution(sentence, q, qs),
                    confidence=round(max(0.5, previous.confidence - 0.1), 3))
                result = [m for m in result if m not in shared] + [gapped]
                previous = gapped
                continue
            previous = own[0] if own else None
        return sorted(result, key=lambda m: (m.value_start, m.attribute))

    def _owner_after_counter(self, sentence: Sentence, previous: Mention,
                             q: Quantity) -> tuple[int, int] | None:
        """The span of the name owning a figure set against the one before ("contro i 117 di
        Belmar", "contra 117 da Belmar", "frente a los 117 de Belmar"): only a comparison word
        and articles between the two figures, a genitive preposition and a name right after."""
        trigger = previous.trigger
        between = [w for s, e, w in sentence.tokens
                   if previous.value_end <= s and e <= q.start
                   and not (trigger.start <= s and e <= trigger.end)]
        lex = self.lexicon
        words = [w for w in between if w != "," and w not in lex.definite_articles]
        if not 1 <= len(words) <= 2 or words[-1] not in lex.comparison_words:
            return None  # "contro i", "frente a los", "contra", "against"
        after = [t for t in sentence.tokens if t[0] >= q.end][:1 + OWNER_NAME_WORDS]
        if len(after) < 2 or not (after[0][2] in lex.genitive_prepositions
                                  or after[0][2] in lex.result_prepositions):
            return None
        name = []
        for start, end, _word in after[1:]:
            if not self.text[start:end][:1].isupper():
                break
            name.append((start, end))
        if not name and len(after) >= 3 and after[1][2] in lex.definite_articles and (
                lex.anaphora_kinds.get(lemma(after[2][2], lex.lang)) in lex.named_kinds):
            return after[1][0], after[2][1]  # "contre 144 pour les conservateurs": a party
        return (name[0][0], name[-1][1]) if name else None

    def _cuts_in_heads(self, sentence: Sentence, qs: list[Quantity],
                       made: list[Mention]) -> list[Mention]:
        """"al 5 % de su plantilla, lo que equivale a unos 3.600 empleados", "5% of its
        workforce, or about 3,600 employees": a staff count right after a share of the staff
        cut, joined by an equivalence word, is that cut in heads — the layoffs, never the
        workforce; so is the staff a cut reaches (``_affected_staff``)."""
        lex = self.lexicon
        cuts = [m for m in made if m.attribute == "workforce_cut"]
        out = []
        for m in made:
            m = self._affected_staff(sentence, qs, m)
            cut = max((c for c in cuts if c.value_end <= m.value_start), default=None,
                      key=lambda c: c.value_end)
            if m.attribute == "employees" and cut is not None and not any(
                    cut.value_end <= q.start and q.end <= m.value_start for q in qs):
                between = sentence.words_between(cut.value_end, m.value_start)
                if (len(between) <= EQUIVALENCE_REACH
                        and _holds_phrase(between, lex.equivalence_words + lex.restatement_words)):
                    m = dataclasses.replace(m, attribute="layoffs", modality=cut.modality,
                                            rule="layoffs.equivalent_of_cut.v1")
            out.append(m)
        return out

    def _affected_staff(self, sentence: Sentence, qs: list[Quantity], m: Mention) -> Mention:
        """"a medida atinge aproximadamente 5.000 trabalhadores", "the cuts will affect 3,600
        employees": in an article about layoffs, a staff count right after a verb of reaching is
        the staff the cut reaches."""
        if m.attribute != "employees" or "layoffs" not in self._article_slots:
            return m
        after_figure = max((q.end for q in qs if q.end <= m.value_start), default=sentence.start)
        before = [t for t in sentence.tokens if after_figure <= t[0] and t[1] <= m.value_start][-2:]
        if not any(self.lexicon.holds(self.lexicon.affecting_verbs, w) for _s, _e, w in before):
            return m
        return dataclasses.replace(m, attribute="layoffs", rule="layoffs.affected_staff.v1")

    def _earlier_lists(self, sentence: Sentence, made: list[Mention]) -> list[Mention]:
        """"Un premier bilan faisait état de quatre morts et près de soixante blessés": a figure
        listed right after an earlier event's figure (only its trigger, a conjunction, a comma or
        a dash between: "cut 7,400 workers – almost 7% of its staff") is that earlier event's
        too."""
        result = sorted(made, key=lambda m: m.value_start)
        for n in range(1, len(result)):
            previous, current = result[n - 1], result[n]
            if previous.scope != EARLIER_SCOPE or current.scope is not None:
                continue
            trigger = previous.trigger
            between = [w for s, e, w in sentence.tokens
                       if previous.value_end <= s and e <= current.value_start
                       and not (trigger.start <= s and e <= trigger.end)]
            if (sentence.clause_at(previous.value_start) != sentence.clause_at(current.value_start)
                    and not _DASHES & set(between)):
                continue  # (a dash breaks a clause, but lists the figure after it)
            if (len(between) <= EARLIER_LIST_REACH and between
                    and any(w in _LIST_MARKS or w in self.lexicon.conjunctions
                            for w in between)):
                result[n] = dataclasses.replace(current, scope=EARLIER_SCOPE)
        return result

    def _people_aboard(self, sentence: Sentence, q: Quantity,
                       bare: tuple[int, int, str] | None) -> Cue | None:
        """"con 64 personas a bordo", "a bordo iban unas 140 personas", "the boat was
        carrying 137 people": everyone on board, passengers and crew, when no slot word names
        the figure — a count of its own, of the vehicle named nearest (``portion:on_board-
        plane``): in the sentence, else the article's one kind of vehicle, wherever it is named
        ("The boat left Dakar. … With 130 people on board, …"); ``bare``, "on board" right
        after the figure ("among 178 on board"), says so alone."""
        if bare is not None:
            return self._aboard_cue(sentence, q, bare)
        following = [t for t in sentence.tokens if t[0] >= q.end][:1 + ABOARD_REACH]
        if not following or following[0][2] not in self.lexicon.count_nouns:
            return None
        clause = sentence.clause_at(q.start)
        words = [w for _s, _e, w in following[1:]]
        before = [w for s, _e, w in sentence.tokens if clause[0] <= s < q.start][-ABOARD_REACH:]
        aboard = any(key == "on_board" and (_holds_phrase(words, (phrase,))
                                            or _holds_phrase(before, (phrase,)))
                     for phrase, key in self.lexicon.portions)
        carried = any(w in self.lexicon.carrying_words
                      or lemma(w, self.document.language) in self.lexicon.carrying_words
                      for w in before[-2:])
        occupants = following[0][2] in self.lexicon.occupant_nouns
        if not (aboard or carried or occupants):
            return None
        if before and before[-1] in self.lexicon.tranche_words:
            return None  # "los otros siete ocupantes": the rest of them, a part
        if len(following) >= 3 and following[1][2] in self.lexicon.genitive_prepositions and (
                self._known_place(self.text[following[2][0]:following[2][1]])):
            return None  # "viajaban 37 ciudadanos de Azerbaiyán, seis de…": a part by origin
        return self._aboard_cue(sentence, q, following[0])

    def _event_of_people(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                         cues: list[Cue]) -> Cue | None:
        """"Zehn Menschen kamen bei dem Unglück ums Leben", "las 10 personas que viajaban a
        bordo perdieron la vida": a count of people ("Menschen", "personas") is named by the
        clause's event word after them, past a place or a relative clause that says who they
        were, as long as no comma, conjunction or other figure stands between."""
        following = sentence.token_after(q.end)
        if following is None or following[2] not in self.lexicon.count_nouns:
            return None
        clause = sentence.clause_at(q.start)
        for cue in cues:
            if not (cue.label in EVENT_COUNTS and following[1] <= cue.start < clause[1]):
                continue
            between = sentence.words_between(following[1], cue.start)
            if (len(between) > PEOPLE_EVENT_REACH
                    or any(not w.isalpha() or w in self.lexicon.conjunctions for w in between)
                    or any(following[1] <= o.start < cue.start for o in qs)
                    or any(following[1] <= c.start < cue.start for c in cues)
                    or any(w in self.lexicon.relative_pronouns
                           and w not in self.lexicon.definite_articles for w in between[1:])
                    or any(o.start >= cue.end and len(sentence.words_between(
                        cue.end, o.start)) <= OWN_FIGURE_REACH for o in qs)):
                # ("Unas 300 personas viven en la aldea donde murieron 3": the village's people,
                # and the event word has a figure of its own)
                return None
            return cue
        return None

    def _aboard_right_after(self, sentence: Sentence,
                            q: Quantity) -> tuple[int, int, str] | None:
        """The first token of "on board", "a bordo", "an Bord" written right after a number
        ("the 34 who died were among 178 on board"): everyone aboard, whatever word came
        before."""
        following = [t for t in sentence.tokens if t[0] >= q.end][:3]
        words = [w for _s, _e, w in following]
        if any(key == "on_board" and words[:len(phrase.split())] == phrase.split()
               for phrase, key in self.lexicon.portions):
            return following[0]
        return None

    def _passengers_and_crew(self, sentence: Sentence, q: Quantity, cue: Cue) -> Cue | None:
        """"mit 47 Passagieren und Besatzungsmitgliedern an Bord", "with 47 passengers and
        crew": one count of both is everyone on board, never the passengers alone."""
        if cue.label not in ABOARD_BY_DEFINITION or cue.start < q.end:
            return None
        after = [t for t in sentence.tokens if t[0] >= cue.end][:3]
        if not after or after[0][2] not in self.lexicon.conjunctions:
            return None
        other = next((c for c in sentence.cues if c.category == "slots"
                      and c.label in ABOARD_BY_DEFINITION and c.label != cue.label
                      and c.start in {t[0] for t in after[1:]}), None)
        if other is None or any(q.end <= o.start < other.start for o in self._figures
                                if o.start != q.start):
            return None
        return self._aboard_cue(sentence, q, (cue.start, cue.end, cue.text))

    def _aboard_cue(self, sentence: Sentence, q: Quantity,
                    noun: tuple[int, int, str]) -> Cue | None:
        """Everyone aboard the vehicle a count is of: the nearest named before the figure in
        its sentence, else after it in its clause, else the only kind the article names; none
        named, no claim (two aircraft collide: whose passengers?)."""
        clause = sentence.clause_at(q.start)
        vehicles = self._sentence_vehicles[self._sentence_index]
        earlier = [v for v in vehicles if v[0] < q.start]
        later = [v for v in vehicles if q.end <= v[0] < clause[1]]
        kind = (earlier[-1][1] if earlier else later[0][1] if later
                else next(iter(self._vehicle_kinds)) if len(self._vehicle_kinds) == 1 else None)
        if kind is None:
            return None
        return Cue("aboard", "passengers", noun[0], noun[1], kind)

    def _player_price(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """"a jogadora custou 48 milhões", "la llegada de X le ha costado 35 millones", "will
        pay €48m for the 23-year-old winger": a
        sum a player costs, or is paid for, is a transfer fee (link gives it to the player)."""
        lex = self.lexicon
        clause = sentence.clause_at(q.start)
        tokens = [t for t in sentence.tokens if clause[0] <= t[0] < clause[1]]
        before = [t for t in tokens if t[1] <= q.start]
        lang = self.document.language
        verb = next((n for n in range(len(before) - 1, max(-1, len(before) - 5), -1)
                     if lemma(before[n][2], lang) in lex.cost_verbs
                     or before[n][2] in lex.cost_verbs), None)
        if verb is not None and (
                any(w in lex.player_nouns or w in lex.arrival_nouns
                    for _s, _e, w in before[:verb])
                or (self._transfer_article and verb > 0 and self._name_heads(before[:verb]))):
            # ("Ruiz cost an initial £66.5m": in a transfer story, a name the verb follows)
            start, end, _w = before[verb]
            return Cue("player_price", "deal_value", start, end, self.text[start:end])
        if self._arrival_article and (moved := self._moved_for(sentence, q, before)) is not None:
            return moved
        payments = [c for c in sentence.cues if c.category == "slots" and c.label == "spending"
                    and clause[0] <= c.start and c.end <= q.start]
        if self._transfer_article and payments and self._paid_to_a_club(sentence, payments[-1], q):
            # "el United abonará al Leipzig 66,3 millones de libras": in a transfer story, a
            # sum paid to a club named right before it is the fee
            c = payments[-1]
            return Cue("player_price", "deal_value", c.start, c.end, c.text)
        after = [t for t in tokens if t[0] >= q.end][:PAID_FOR_REACH]
        if any(c.label == "spending" and clause[0] <= c.start < clause[1] for c in sentence.cues):
            after = before + after  # "El club pagará por él 47 millones": a payment's "for"
        for n, (start, end, word) in enumerate(after):
            if word not in lex.price_prepositions:
                continue
            # "for the winger", "for the 23-year-old winger" (seven tokens with the hyphens),
            # "por él", "pour lui"
            named = [w for _s, _e, w in after[n + 1:n + 1 + PLAYER_AFTER_FOR]]
            if named and (named[0] in lex.player_objects
                          or any(w in lex.player_nouns for w in named)):
                return Cue("player_price", "deal_value", start, end, self.text[start:end])
        return None

    def _moved_for(self, sentence: Sentence, q: Quantity,
                   before: list[tuple[int, int, str]]) -> Cue | None:
        """"joins from X for an initial €36 million", "est transféré à 36,5 M€", "passa alla
        squadra … per 40 milioni": in a transfer story, the amount a move verb earlier in the
        clause says a player moves for is the fee — the amount right after the preposition (an
        article or adjective between), with no other slot word between verb and amount."""
        lex = self.lexicon
        if q.kind != "money" or not lex.move_verbs:
            return None
        lang = self.document.language
        moves = lex.move_verbs | lex.leave_verbs  # "the club Eze left for £19.5m"
        verb = next((n for n in range(len(before) - 1, -1, -1)
                     if before[n][2] in moves or lemma(before[n][2], lang) in moves), None)
        if verb is None:
            return None
        tail = before[verb + 1:]
        preposition = next((n for n in range(len(tail) - 1, max(-1, len(tail) - 2 - MOVE_GAP),
                                             -1) if tail[n][2] in lex.move_prepositions), None)
        if preposition is None or any(
                not w.isalpha() or w in lex.cue_words for _s, _e, w in tail[preposition + 1:]):
            return None
        if any(c.category == "slots" and before[verb][1] <= c.start < q.start
               for c in sentence.cues):
            return None  # "joined in 2023 on a salary of €5m": another slot's amount
        mover = [t for t in before[max(0, verb - MOVER_REACH):verb] if self._is_name(t[0], t[1])]
        if mover:
            # "derrière Dominic Solanke, arrivé l'été dernier pour 76,2 millions": the fee of
            # the one named right before the verb
            first = len(mover) - 1
            while first > 0 and mover[first - 1][1] + 1 >= mover[first][0]:
                first -= 1
            self._paid_for[(q.start, q.end)] = (mover[first][0], mover[-1][1])
        start, end, _w = tail[preposition]
        return Cue("player_price", "deal_value", start, end, self.text[start:end])

    def _jobs_reduced(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """A reduction word a few words before a count of jobs ("a reduction of 7,500 jobs",
        "uma redução de 7,5 mil vagas"), or an equivalence word after a cut ("…, lo que supone
        15.000 puestos de trabajo"): job cuts, though no layoff word is written."""
        lex = self.lexicon
        following = sentence.token_after(q.end)
        if following is None or following[2] not in lex.job_nouns:
            return None
        clause = sentence.clause_at(q.start)
        before = [t for t in sentence.tokens if clause[0] <= t[0] and t[1] <= q.start]
        for start, end, word in before[-REDUCTION_WORDS_BEFORE:]:
            if word in lex.reduction_words or lemma(word, lex.lang) in lex.reduction_words:
                return Cue("slots", "layoffs", start, end, self.text[start:end])
        # "prescindirá del 10% de su plantilla, lo que supone 15.000 puestos de trabajo": a
        # share of the staff cut, then the same cut in jobs after an equivalence word
        lead = sentence.words_between(sentence.start, q.start)[-EQUIVALENCE_REACH:]
        if _holds_phrase(lead, lex.equivalence_words) and any(
                c.category == "slots" and c.label in ("workforce_cut", "layoffs")
                and c.end <= q.start for c in sentence.cues):
            return Cue("slots", "layoffs", following[0], following[1],
                       self.text[following[0]:following[1]])
        return None

    def _staff_share_cut(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """A cut word and a staff noun beside a percentage in its clause ("cutting its
        headcount by more than 10%", "reducir la plantilla más de un 10%", "die Zahl der Stellen
        um mehr als zehn Prozent zu senken", "despido de más del 10% de su fuerza laboral"): the
        share of the staff cut, though no "of its workforce" is written. Another slot's word
        between them and the figure ("cut staff, and sales fell 5%") keeps it that slot's."""
        lex = self.lexicon
        if not lex.workforce_nouns:
            return None
        clause = sentence.clause_at(q.start)
        before = [t for t in sentence.tokens if clause[0] <= t[0] and t[1] <= q.start]
        after = [t for t in sentence.tokens if q.end <= t[0] and t[1] <= clause[1]]
        before, after = before[-STAFF_CUT_BEFORE:], after[:STAFF_CUT_AFTER]
        cut = next((t for t in [*before, *after] if lex.holds(lex.staff_cut_words, t[2])), None)
        if cut is None:
            return None
        # the staff is what is cut: between the cut word and the figure ("cutting its
        # headcount by", "die Zahl der Stellen um … zu senken"), or the whole the figure is a
        # share of ("del 10% de su fuerza laboral"), not a noun of another clause part
        # ("reduced costs by 10% while its employees grew")
        objects = [t[2] for t in before if t[0] >= cut[1]] if cut[0] < q.start else [
            t[2] for t in before]
        whole = [t[2] for t in after[:STAFF_WHOLE_REACH]]
        if not (_holds_phrase(objects, lex.workforce_nouns) or (
                whole and whole[0] in lex.genitive_prepositions
                and _holds_phrase(whole[1:], lex.workforce_nouns))):
            return None
        if any(
                c.category == "slots" and c.label not in STAFF_CUT_RIVALS
                and min(cut[0], q.start) <= c.start < max(cut[1], q.end)
                for c in sentence.cues):
            return None
        return Cue("slots", "workforce_cut", cut[0], cut[1], self.text[cut[0]:cut[1]])

    def _said_on(self, sentence: Sentence, q: Quantity, ps: list[Period]) -> str | None:
        """The day a speech verb after a still-rising count dates it ("have now killed 46
        people, the authorities said on Thursday" in Saturday's article): the count as it stood
        when it was given. Not the article's own day: a count of the day it was written on is
        the article's current one, as an undated one is."""
        published = self.document.published
        own_day = published.isoformat() if isinstance(published, date) else None
        for cue in sentence.cues:
            if cue.label != "speech" or cue.start < q.end:
                continue
            day = next((p for p in ps if p.kind == "date" and p.value and p.start >= cue.end
                        and len(sentence.words_between(cue.end, p.start)) <= 1), None)
            if day is not None:
                return day.value if day.value != own_day else None
        return None

    def _given_up(self, sentence: Sentence, q: Quantity) -> bool:
        """Whether an abandon phrase stands a few words before the amount in its clause
        ("walked away from its $19bn merger", "a renoncé à son offre de 5 milliards")."""
        clause = sentence.clause_at(q.start)
        before = sentence.words_between(clause[0], q.start)[-ABANDON_REACH:]
        return _holds_phrase(before, self.lexicon.abandon_phrases)

    def _each_share_after(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """""$210.00 in cash for every outstanding X common share", "roughly $210 for each X
        share": a price preposition and a per-share determiner a few words after the amount,
        then at most a few words (a name, "outstanding") before a share noun."""
        lex = self.lexicon
        if not lex.per_share_determiners:
            return None
        after = [t for t in sentence.tokens if t[0] >= q.end][:EACH_SHARE_WORDS]
        determiner = next((n for n, t in enumerate(after[:EACH_SHARE_LEAD])
                           if t[2] in lex.per_share_determiners), None)
        if determiner is None or not any(t[2] in lex.price_prepositions
                                         for t in after[:determiner]):
            return None
        for n, (_start, end, word) in enumerate(after[determiner + 1:], determiner + 1):
            if word in lex.share_nouns:
                begin = after[determiner][0]
                named = [t for t in after[determiner + 1:n] if self._is_name(t[0], t[1])]
                if named:  # "for every Belmar share": Belmar's shares, whoever pays
                    self._paid_for[(q.start, q.end)] = (named[0][0], named[-1][1])
                return Cue("slots", "price_per_share", begin, end, self.text[begin:end])
            if not word.isalpha() or word in lex.cue_words:
                return None
        return None

    def _tally_phrase(self, between: list[str]) -> bool:
        """Whether the words between a count and its slot word are a tally phrase: an article,
        a tally noun, an adjective at most, a genitive ("subieron a 174 la cifra total de
        fallecidos", "porte à 174 le bilan des morts")."""
        lex = self.lexicon
        lang = self.document.language
        return (3 <= len(between) <= 4 and between[0] in lex.definite_articles
                and (between[1] in lex.tally_nouns or lemma(between[1], lang) in lex.tally_nouns)
                and (between[-1] in lex.genitive_prepositions or between[-1] in lex.linking_words
                     or between[-1] in lex.partitive_phrases)
                and all(w.isalpha() for w in between[1:-1]))

    def _for_each(self, sentence: Sentence, q: Quantity, cue: Cue) -> bool:
        """Whether an each-word stands right after the count and its noun ("15 mortos cada",
        "15 morts chacun") or right before the count ("je 15 Tote", "jeweils 15 Tote")."""
        lex = self.lexicon
        after = sentence.words_between(max(q.end, cue.end), sentence.end)[:EACH_REACH]
        return (_holds_phrase(after, lex.each_words)
                or sentence.word_before(q.start) in lex.each_words_before)

    def _whole_of_fraction(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """Whether a spelled fraction stands right before the figure, with only partitive words
        between ("la metà dei 14.000", "half of the 14,000", "la mitad de los 14.000"): the
        figure is the whole the part is taken of."""
        lex = self.lexicon
        fraction = next((o for o in qs if o.kind == "fraction" and o.end <= q.start
                         and len(sentence.words_between(o.end, q.start)) <= 2), None)
        if fraction is None:
            return False
        between = sentence.words_between(fraction.end, q.start)
        return bool(between) and all(w in lex.whole_words or w in lex.partitive_phrases
                                     or w in lex.definite_articles for w in between)

    def _paid_to_a_club(self, sentence: Sentence, payment: Cue, q: Quantity) -> bool:
        """Whether only a dative preposition and a name stand between a payment verb and the
        sum ("abonará al Leipzig 66,3 millones", "will pay Belmar £60m" has no preposition and
        is not read so)."""
        between = [t for t in sentence.tokens if payment.end <= t[0] and t[1] <= q.start]
        if len(between) < 2 or between[0][2] not in self.lexicon.dative_prepositions:
            return False
        rest = [t for t in between[1:] if t[2] not in self.lexicon.definite_articles]
        return bool(rest) and self._name_heads(rest)

    def _name_heads(self, tokens: list[tuple[int, int, str]]) -> bool:
        """Whether a clause's words before its verb are one name alone ("Ruiz", "Ana Ruiz"):
        every one capitalized, none a stop word."""
        return len(tokens) <= NAME_HEAD_WORDS and all(
            self.text[start:end][:1].isupper() and word not in self.lexicon.stop_words
            for start, end, word in tokens)

    def _bought_share(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """"Norvik acquires 60% of Belmar", "übernimmt 60 Prozent der Sparte X",
        "compra el 60% de X": the share an acquisition verb right before the figure takes of
        what the genitive after it names is a stake, though no stake word is written."""
        lex = self.lexicon
        clause = sentence.clause_at(q.start)
        # the verb right before ("compra el 60%"), or, verb second, before its subject
        # ("übernimmt die Gesellschaft Norvik 60 Prozent"): no other slot word between
        deals = [c for c in sentence.cues if c.category == "deal_types"
                 and c.label == "acquisition" and clause[0] <= c.start and c.end <= q.start]
        deal = deals[-1] if deals else None
        if deal is not None and (
                len([w for w in sentence.words_between(deal.end, q.start)
                     if any(ch.isalpha() for ch in w)]) > BOUGHT_SHARE_REACH
                or any(c.category == "slots" and deal.end <= c.start < q.start
                       for c in sentence.cues)):
            deal = None
        following = sentence.token_after(q.end)
        if deal is None or following is None or following[2] not in lex.genitive_prepositions:
            return None
        # what it is a share of: a name within the few words after "of", or no one's
        after = [t for t in sentence.tokens if t[0] >= following[1]][:BOUGHT_TARGET_REACH]
        self._share_of[(q.start, q.end)] = (following[1], after[-1][1] if after else following[1])
        return Cue("slots", "stake", deal.start, deal.end, deal.text)

    def _deal_for(self, sentence: Sentence, q: Quantity) -> tuple[int, int] | None:
        """The span of the name a deal noun before the figure is "for" ("the deal for Ana Ruiz
        is worth €64m", "el acuerdo por Belmar, valorado en"): whose price it is."""
        lex = self.lexicon
        clause = sentence.clause_at(q.start)
        before = [t for t in sentence.tokens if clause[0] <= t[0] and t[1] <= q.start]
        for n, (_s, _e, word) in enumerate(before[:-1]):
            if (not lex.holds(lex.deal_nouns, word)
                    or before[n + 1][2] not in lex.price_prepositions):
                continue
            names = before[n + 2:n + 2 + DEAL_FOR_REACH]
            if not names or not self._is_name(*names[0][:2]):
                return None
            return self._name_span(names)
        return None

    def _fee_of_named(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """In a transfer story, an amount written against a name is that one's fee, whatever the
        verb: "80 Millionen Euro für Ana Ruiz", "40 mln per Ruiz", "Ana Ruiz (75 Millionen Euro)".
        The name owns it (a player the article names once owns nothing here)."""
        if not self._transfer_article:
            return None
        clause = sentence.clause_at(q.start)
        after = [t for t in sentence.tokens if q.end <= t[0] and t[1] <= clause[1]][:6]
        if self._for_a_name(after):
            self._paid_for[(q.start, q.end)] = self._name_span(after[1:])
            start, end, _w = after[0]
            return Cue("named_fee", "deal_value", start, end, self.text[start:end])
        before = [t for t in sentence.tokens if clause[0] <= t[0] and t[1] <= q.start]
        if len(before) >= 2 and before[-1][2] == "(" and self._is_name(*before[-2][:2]):
            # "Ana Ruiz (75 Millionen Euro)", "Ruiz (67 M EUR à l'été 2019)"
            first = len(before) - 2
            while first > 0 and self._is_name(*before[first - 1][:2]):
                first -= 1
            self._paid_for[(q.start, q.end)] = (before[first][0], before[-2][1])
            start, end, _w = before[-1]
            return Cue("named_fee", "deal_value", start, end, self.text[start:end])
        return None

    def _for_a_name(self, tokens: list[tuple[int, int, str]]) -> bool:
        """Whether ``tokens`` open with a price preposition and a name ("für Ana Ruiz")."""
        return (len(tokens) >= 2 and tokens[0][2] in self.lexicon.price_prepositions
                and self._is_name(*tokens[1][:2]))

    def _name_span(self, tokens: list[tuple[int, int, str]]) -> tuple[int, int]:
        """The span of the name the first of ``tokens`` opens, through the name tokens after it."""
        end = tokens[0][1]
        for start, stop, _w in tokens[1:]:
            if not self._is_name(start, stop):
                break
            end = stop
        return (tokens[0][0], end)

    def _vehicles(self, sentence: Sentence) -> list[tuple[int, str]]:
        """(offset, kind) of each vehicle the sentence names ("cayuco" -> ship)."""
        kinds = self.lexicon.vehicle_kinds
        return [(start, kind) for start, _e, word in sentence.tokens
                if (kind := kinds.get(word) or kinds.get(lemma(word, self.document.language)))]

    def _counts_another_noun(self, sentence: Sentence, previous: Mention, q: Quantity) -> bool:
        """"24 Menschen kamen ums Leben, mehr als 12.000 Gebäude": the later figure counts a
        noun of its own (buildings), not people: no continuation of the toll."""
        after = sentence.token_after(q.end)
        if after is None or not after[2].isalpha() or after[2] in self.lexicon.count_nouns:
            return False
        if after[2] in self.lexicon.linking_words or after[2] in self.lexicon.conjunctions:
            return False
        before = sentence.token_after(previous.value_end)
        return before is None or before[2] != after[2]

    def _result_region(self, sentence: Sentence, q: Quantity, ps: list[Period],
                       scope: str | None) -> str | None:
        """``scope`` narrowed to the province an election result is of, if it names one ("Em
        Serravalle, X ganhou com 68%", "in the North, where she won 58.2%", "22% of the votes
        in Flanders"): not the country's result; of the round named, if one is
        ("portion:round-2@at:Serravalle")."""
        region = (self._fronted_place(sentence, q, ps, countries=False)
                  or self._where_place(sentence, q, ps, countries=False)
                  or self._region_of_vote(sentence, q))
        if region is None:
            return scope
        return region if scope is None else f"{scope}@{region}"

    def _region_of_vote(self, sentence: Sentence, q: Quantity) -> str | None:
        """The region an election result is of ("En Norvik, X ganó con el 47,3 %", "31% of
        the votes in Wallonia"): a place that is no country in its clause; a country is taken
        for the one voting ("in Norway, X won 30%" is the national result)."""
        place = self._scope(sentence, q.start, q.end, before_first=True)
        if place is None or re.fullmatch(r"(?:at:)?[A-Z]{2}", place):
            return None
        return place

    def _abroad(self, sentence: Sentence, q: Quantity) -> bool:
        """Whether a vote share is of the votes cast abroad: its clause says so, or the
        sentence did before it with no contrast between ("X se impuso en el voto del
        exterior, con el 61,2 % frente al 38,8 % de Y")."""
        lex = self.lexicon
        clause = sentence.clause_at(q.start)
        if _holds_phrase(sentence.words_between(clause[0], clause[1]), lex.abroad_phrases):
            return True
        before = sentence.words_between(sentence.start, q.start)
        return (_holds_phrase(before, lex.abroad_phrases)
                and not any(w in lex.contrast_conjunctions for w in before))

    def _after_contrast(self, sentence: Sentence, q: Quantity | None) -> list[str]:
        """The sentence's words from the last contrast conjunction before ``q`` on: "Ninguna
        encuesta lo anticipaba, pero terminó primero con el 28%" sets the poll against the
        result, whose share is no poll's."""
        whole = sentence.words_between(sentence.start, sentence.end)
        if q is None:
            return whole
        before = sentence.words_between(sentence.start, q.start)
        turns = [n for n, w in enumerate(before) if w in self.lexicon.adversatives]
        return whole[turns[-1] + 1:] if turns else whole

    def _count_stage(self, sentence: Sentence, q: Quantity | None,
                     qs: list[Quantity]) -> str | None:
        """How far the count had got when the sentence's results were read ("con el 90%
        escrutado", "una vez escrutado el 90% del total", "with 97% of ballots counted"), when
        it is short of the whole, or the article says the count was still going on; None for a
        final result."""
        words = self.lexicon.counting_words
        whole = sentence.words_between(sentence.start, sentence.end)
        if _holds_phrase(self._after_contrast(sentence, q), self.lexicon.poll_phrases):
            return "poll"  # "un sondage donne X à 52,4 %": a poll's, no count's
        if _holds_phrase(whole, self.lexicon.partial_count_phrases):
            return "partial"  # "selon des résultats officiels partiels": some stage, unsaid
        shares = (q.kind in _PERCENT_KINDS if q is not None
                  else any(o.kind in _PERCENT_KINDS for o in qs))  # the sentence's, for None
        if shares and self.lexicon.clock_time.search(sentence.text):
            return "partial"  # "os dados publicados por volta das 22h20 davam a X 41,37%"
        for other in qs:
            if other is q or other.kind not in _PERCENT_KINDS or not 0 < other.value < 100:
                continue
            before = [w for w in sentence.words_between(sentence.start, other.start)[-2:]
                      if w not in self.lexicon.definite_articles]
            if self._counting_progress(sentence, other) or (
                    before and self.lexicon.holds(words, before[-1])):
                return f"{other.value:g}"
        return "partial" if self._count_ongoing else None

    def _upper_house(self, sentence: Sentence, q: Quantity) -> bool:
        """Whether a seat count or a vote share is the upper house's ("52 bancas en Diputados y
        11 en el Senado", "Au Sénat, X obtient 13 sièges"): an upper-house word nearer to it than
        to any other figure of the sentence. In an election of both chambers, another count."""
        houses = phrase_spans(sentence.tokens, self.lexicon.upper_house_words)
        others = [o for o in self._figures if o.kind == q.kind and o is not q]
        if not houses or not others:
            return bool(houses)
        starts = [s for s, _e, _w in sentence.tokens]

        def at(offset: int) -> int:  # a token index: distance in words, not characters
            return bisect.bisect_left(starts, offset)

        own = at(q.start)
        return any(abs(at(h) - own) <= min(abs(at(h) - at(o.start)) for o in others)
                   for h, _e in houses)

    def _election_round(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> str | None:
        """The round of an election a result is of: the round phrase nearest the figure in its
        clause, with no other figure between them ("Turnout was 67.1%, up from 59.4% in the
        first round": only 59.4% is the first round's)."""
        if not self.lexicon.election_rounds:
            return None
        clause = sentence.clause_at(q.start)
        tokens = [t for t in sentence.tokens if clause[0] <= t[0] < clause[1]]
        found = []
        for n, size, key in self._round_phrases(tokens):
            start, end = tokens[n][0], tokens[n + size - 1][1]
            low, high = (end, q.start) if end <= q.start else (q.end, start)
            if not any(o is not q and low <= o.start < high for o in qs) and (
                    not self._in_relative_aside(sentence, start, q)):
                found.append((len(sentence.words_between(low, high)), start, key))
        if found:
            return min(found)[2]
        opening = self._fronted_round(sentence)
        if opening is not None:
            return opening  # "Au premier tour, le 4 mai, X avait 34 %, et Y près de 27 %"
        # "al primo turno X aveva raccolto il 46,1%, contro il 39,8% di Y": a figure set
        # against the one before it (across the comma that opens the comparison) is of that
        # one's round
        earlier = [o for o in qs if o.end <= q.start and o.kind == q.kind]
        if earlier:
            previous = max(earlier, key=lambda o: o.end)
            lex = self.lexicon
            in_cues = {w for s, e, w in sentence.tokens if previous.end <= s and e <= q.start
                       and any(c.start <= s and e <= c.end for c in sentence.cues)}
            between = _outside_brackets(sentence.words_between(previous.end, q.start))
            between = [w for w in between if w not in lex.definite_articles and w != ","
                       and w not in in_cues  # "44% de los votos, frente al 23%"
                       and w not in lex.genitive_prepositions and w not in lex.partitive_phrases
                       and not lex.holds(lex.cue_words, w)]
            if between and len(between) <= 2 and (
                    between[-1] in lex.comparison_words
                    or _after_comparison_word(sentence, q, lex.comparison_phrases)):
                return self._election_round(sentence, previous, qs)
        return None

    def _fronted_round(self, sentence: Sentence) -> str | None:
        """The round a sentence opens with, before its first comma ("Au premier tour, …",
        "In the first round, …"), when it names no other round: every result in it is of it."""
        tokens = sentence.tokens
        comma = next((n for n, t in enumerate(tokens) if t[2] == ","), None)
        if comma is None:
            return None
        found = self._round_phrases(tokens)
        fronted = [key for n, size, key in found
                   if n + size <= comma and n <= FRONTED_ROUND_REACH]
        return fronted[0] if fronted and len({key for _n, _s, key in found}) == 1 else None

    def _round_phrases(self, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """(token index, length, round) of each election-round phrase among ``tokens``."""
        words = [w for _s, _e, w in tokens]
        found = []
        for n in range(len(tokens)):
            for phrase, key in self.lexicon.election_rounds:
                size = len(phrase.split())
                if " ".join(words[n:n + size]) == phrase:
                    found.append((n, size, key))
                    break
        return found

    def _in_relative_aside(self, sentence: Sentence, position: int, q: Quantity) -> bool:
        """Whether ``position`` lies in a relative clause set off by commas (or running to the
        end) that does not hold the figure ("Y, che al primo turno era arrivato in testa, ha
        chiuso con 131 seggi")."""
        aside = _relative_aside(sentence, position, self.lexicon.relative_pronouns,
                                to_end=True)
        return aside is not None and not aside[0] <= q.start < aside[1]

    def _names_own_noun(self, sentence: Sentence, previous: Mention, q: Quantity) -> bool:
        """Whether a figure stands before a noun of its own rather than a portion word ("two
        pilots aboard" after "19 crew members", not "30 inside" after "38 dead")."""
        if not self._counts_another_noun(sentence, previous, q):
            return False
        after = sentence.token_after(q.end)
        assert after is not None  # _counts_another_noun found a word there
        if after[2] in self.lexicon.stop_words:
            return False  # "dont cinq dans un état critique": a preposition, no noun
        return not any(phrase.split()[0] == after[2] for phrase, _key in self.lexicon.portions)

    def _bracketed_changes(self, sentence: Sentence, qs: list[Quantity],
                           made: list[Mention]) -> list[Mention]:
        """"ricavi per 4,1 miliardi (+12%)", "Umsatz: 4,1 Mrd. Euro (−3 %)": a signed percentage in
        brackets right after a period's money figure is that figure's change; so is one after a
        comma with a comparative word after it ("facturó 3.412 millones, un 2,7 % más")."""
        found = []
        for q in qs:
            if q.kind != "percent" or any(m.value_start == q.start for m in made):
                continue
            before = self.text[max(sentence.start, q.start - 3):q.start]
            match = re.search(r"\(\s*([+\-−–])\s*$", before)
            if match is not None:
                opening = q.start - len(before) + match.start()
            elif (opening := self._comparative_change(sentence, q)) is None:
                continue
            figure = [m for m in made if m.value.kind == "money"
                      and SLOTS[m.attribute].per_period
                      and self._year_at_most_between(sentence, m.value_end, opening)]
            if not figure:
                continue
            source = figure[-1]
            measure = source.attribute
            portion, _at, place = (source.scope or "").removeprefix(PORTION_SCOPE).partition("@")
            if source.scope and source.scope.startswith(PORTION_SCOPE) and (
                    portion in MEASURE_PORTIONS):
                measure += f"-{portion}"  # "operating profit of 4.1bn (+3%)": that profit's
            if place:
                measure += f"@{place}"  # "facturó en Noruega 3.412 millones, un 2,7 % más"
            cue = Cue("slots", "growth", q.start, q.end, q.text)
            found.append(Mention(sentence.index, "growth", _numeric_value("percent", q), q.start,
                                 q.end, cue, source.period, source.modality,
                                 "growth.bracketed.v1", source.condition, 0.7,
                                 scope=f"{PORTION_SCOPE}growth-{measure}"))
        return found

    def _year_at_most_between(self, sentence: Sentence, start: int, end: int) -> bool:
        """Nothing between two offsets but a year and its small words ("4,1 miliardi nel 2025,
        il 4,6% in più")."""
        return start <= end and all(
            _YEAR.fullmatch(w) or w in self.lexicon.stop_words
            for w in sentence.words_between(start, end))

    def _comparative_change(self, sentence: Sentence, q: Quantity) -> int | None:
        """The comma before ", un 2,7 % más", ", ein Prozent weniger", ", 2% higher": a
        percentage with a comparative word right after it, set off after the figure before."""
        lex = self.lexicon
        if not _starts_within(sentence.words_between(q.end, sentence.end),
                              lex.change_comparatives, 1):
            return None
        between = [t for t in sentence.tokens if t[1] <= q.start][-2:]
        if between and (between[-1][2] in lex.indefinite_articles
                        or between[-1][2] in lex.definite_articles):  # "il 4,6% in più"
            between = between[:-1]
        if not between or between[-1][2] != ",":
            return None
        return between[-1][0]

    def _implied_votes(self, sentence: Sentence, qs: list[Quantity], made: list[Mention],
                       ps: list[Period]) -> list[Mention]:
        """"Her main challenger, X, was second with around 31%", "Y se impuso con el 51,2%", "Z
        secured 26.4%": in an article about a vote, a percentage right after "with" or a result
        verb in a clause with no slot word and a name before it is that name's share of the vote
        (which name, link decides)."""
        lex = self.lexicon
        if not self._vote_story or not lex.result_with_words:
            return []
        found = []
        reported = {c.start for c in sentence.cues
                    if c.category == "modality" and c.label == "reported"}
        for q in qs:
            if q.kind not in _PERCENT_KINDS or any(m.value_start == q.start for m in made):
                continue
            clause = sentence.clause_at(q.start)
            if any(c.category == "slots" and clause[0] <= c.start < clause[1]
                   for c in sentence.cues):
                continue  # a slot word says what the figure is
            before = [t for t in sentence.tokens if clause[0] <= t[0] and t[1] <= q.start]
            words = [w for _s, _e, w in before]
            while words and (words[-1] in lex.definite_articles
                             or before[len(words) - 1][0] in reported):
                words.pop()  # "X holte demnach 17 Prozent": a source's adverb in between
            # "X frôle les 19 %": the hedge is the result verb
            verb_hedge = q.text.lower().split()[0] in lex.result_verbs
            # "Il devance X (6,18 %), Y (3,47 %)": a bracketed share right after a name
            bracketed = (len(words) >= 2 and words[-1] == "(" and self.text[
                before[len(words) - 2][0]:][:1].isupper())
            if not (verb_hedge or bracketed) and (
                    not words or (words[-1] not in lex.result_with_words
                                  and words[-1] not in lex.result_verbs)):
                continue  # "X se impuso con el 51,2%", "X secured 26.4%"
            if self._counting_progress(sentence, q):
                continue  # "with 99% of ballots counted"
            # (a sentence's capitalized first word counts only when it is no common word:
            # "Quiroga secured 26.4%", never "The party secured 26.4%")
            named = [t for n, t in enumerate(before) if self.text[t[0]:t[1]][:1].isupper()
                     and (n > 0 or t[2] not in lex.stop_words and t[2] not in lex.cue_words)]
            if not named:
                continue
            if verb_hedge:
                cue = Cue("slots", "vote_share", q.start, q.end, q.text)
            else:
                preposition = before[len(words) - 1]
                cue = Cue("slots", "vote_share", preposition[0], preposition[1],
                          self.text[preposition[0]:preposition[1]])
            period = _nearest_period(sentence, q.start, q.end, ps, others=qs,
                                     bases=lex.comparison_words,
                                     base_phrases=lex.comparison_phrases)
            modality, condition = self._modality(sentence, q.start, q.start)
            # "an updated late poll put X ahead on 52.9%": a poll's, or a stage's, or a round's
            stage = self._count_stage(sentence, q, qs)
            round_ = None if stage else self._election_round(sentence, q, qs)
            scope = (f"{PORTION_SCOPE}counted-{stage}" if stage
                     else f"{PORTION_SCOPE}round-{round_}" if round_ else None)
            if scope is None and self._earlier_event(sentence, q, qs):
                scope = EARLIER_SCOPE  # "who won 12% in the previous presidential election"
            if scope is None or scope.startswith(f"{PORTION_SCOPE}round-"):
                scope = self._result_region(sentence, q, ps, scope)
            found.append(Mention(sentence.index, "vote_share", _numeric_value("percent", q),
                                 q.start, q.end, cue, period, modality,
                                 "vote_share.implied.v1", condition, 0.6, scope=scope))
        return found

    def _attributed_crowds(self, sentence: Sentence, qs: list[Quantity], made: list[Mention],
                           ps: list[Period]) -> list[Mention]:
        """"laut Polizei 12 000 Menschen", "le syndicat parlait de 40 000 personnes": in
        a protest story, a crowd of people a source counts, in a clause with no slot word, is a
        count of the protesters, that source's estimate; so is one gathered at a rally ("kamen
        8.600 Menschen zu einer Kundgebung zusammen"), whoever counted it."""
        lex = self.lexicon
        if not lex.crowd_nouns:
            return []
        found = []
        for q in qs:
            if (q.kind != "number" or q.value < MIN_CROWD
                    or any(m.value_start == q.start for m in made)):
                continue
            after = sentence.token_after(q.end)
            if after is None or after[2] not in lex.crowd_nouns:
                continue
            clause = sentence.clause_at(q.start)
            if any(c.category == "slots" and c.label != "protesters"
                   and clause[0] <= c.start < clause[1] for c in sentence.cues):
                continue  # a slot word says what the people are (dead, arrested, evacuated)
            gathered = any(lex.holds(lex.gathering_nouns, w) for w in
                           sentence.words_between(after[1], clause[1])[:GATHERING_REACH])
            if "protesters" not in self._article_slots and not gathered:
                continue
            source = self._attribution(sentence, q, qs)
            if source is None and not gathered:
                continue  # an unattributed crowd may be anyone (residents, passengers)
            cue = Cue("slots", "protesters", after[0], after[1], self.text[after[0]:after[1]])
            period = _nearest_period(sentence, q.start, q.end, ps, others=qs)
            modality, condition = self._modality(sentence, q.start, q.start)
            found.append(Mention(sentence.index, "protesters", _numeric_value("count", q),
                                 q.start, q.end, cue, period, modality,
                                 "protesters.crowd.v1", condition, 0.6, attribution=source,
                                 scope=self._scope(sentence, q.start, q.end)))
        return found

    def _per_share(self, sentence: Sentence, m: Mention) -> Mention:
        """"L'action Belmar se trouve ainsi valorisée à 5,91 euros", "womit eine Belmar-Aktie
        mit 5,91 Euro bewertet wird": a value of a few units of money beside a share noun in its
        clause is the price of one share, not the company's value."""
        if (m.attribute != "valuation" or m.value.kind != "money" or m.value.high is None
                or m.value.high >= PER_SHARE_CEILING):
            return m
        clause = sentence.clause_at(m.value_start)
        nouns = self.lexicon.share_nouns
        if not any(w in nouns or w.rsplit("-", 1)[-1] in nouns
                   for w in sentence.words_between(clause[0], clause[1])):
            return m
        return dataclasses.replace(m, attribute="price_per_share",
                                   rule=m.rule.replace("valuation.", "price_per_share.", 1),
                                   trigger=dataclasses.replace(m.trigger, label="price_per_share"))

    def _elliptical_changes(self, sentence: Sentence, qs: list[Quantity], made: list[Mention],
                            ps: list[Period]) -> list[Mention]:
        """"fell 16% in absolute terms and 1% on a comparable basis", "une baisse de 16 % … et de
        1 % dans des données comparables": a rate joined by "and" to a change's figure, with no
        slot word of its own, is a change of the same measure (its own qualifier may set it
        apart: "comparable" is organic growth)."""
        lex = self.lexicon
        found: list[Mention] = []
        for q in sorted(qs, key=lambda q: q.start):
            if q.kind != "percent" or any(m.value_start == q.start for m in made + found):
                continue
            previous = max((m for m in made + found
                            if m.attribute == "growth" and m.value_end <= q.start),
                           key=lambda m: m.value_end, default=None)
            if previous is None or any(o is not q and previous.value_end <= o.start < q.start
                                       for o in qs):
                continue
            between = sentence.words_between(previous.value_end, q.start)
            joins = [n for n, w in enumerate(between) if w in lex.conjunctions
                     and w not in lex.contrast_conjunctions and w not in lex.adversatives]
            if (not between or len(between) > ELLIPSIS_REACH or not joins
                    or any(not w.isalpha() for w in between)
                    or any(not (w.isalpha() and len(w) <= 3) for w in between[joins[-1] + 1:])
                    or len(between) - joins[-1] > 2
                    or any(c.category == "slots" and previous.value_end <= c.start < q.start
                           for c in sentence.cues)):
                continue
            found.append(dataclasses.replace(
                previous, value=_numeric_value("percent", q), value_start=q.start,
                value_end=q.end, rule="growth.elliptical.v1",
                scope=self._growth_scope(sentence, q, previous.trigger, qs, ps),
                confidence=round(max(0.5, previous.confidence - 0.1), 3)))
        return found

    def _light_verbs(self, sentence: Sentence, qs: list[Quantity], made: list[Mention],
                     ps: list[Period]) -> list[Mention]:
        """"put $2bn into X", "a mis 2 milliards sur la table": a light verb a few words before
        an amount and its particle right after it say what the amount is, though neither is a
        slot word alone. So for a count: "a fire that claimed 23 lives" (never "saved 23
        lives")."""
        lex = self.lexicon
        if not lex.light_verbs:
            return []
        found = []
        kinds = {"money": "money", "number": "count"}
        for q in qs:
            if q.kind not in kinds or any(m.value_start == q.start for m in made):
                continue
            before = [(s, e, w) for s, e, w in sentence.tokens if e <= q.start][-LIGHT_VERB_REACH:]
            after_words = sentence.words_between(q.end, sentence.end)
            if after_words[:1] == ["("] and ")" in after_words:
                # a conversion in brackets sits between the amount and its particle
                after_words = after_words[after_words.index(")") + 1:]
            after = " " + " ".join(after_words[:4]) + " "
            # the verb before the amount, or right after its particle where the verb closes
            # the clause ("soll 14 Millionen Euro pro Jahr verdienen")
            closing = [t for t in sentence.tokens if t[0] >= q.end]
            closing = closing[len(closing) - len(after_words):]
            for s, e, w in [*reversed(before), *closing[:LIGHT_VERB_REACH]]:
                slot = next((slot for verb, particle, slot in lex.light_verbs
                             if lemma(w, lex.lang) == verb and after.startswith(f" {particle} ")
                             and SLOTS[slot].value_kind == kinds[q.kind]
                             and (s < q.start or self._closes_particle(closing, s, particle))),
                            None)
                if slot is None:
                    continue
                cue = Cue("slots", slot, s, e, self.text[s:e])
                period = _nearest_period(sentence, q.start, q.end,
                                         self._periods_for(slot, sentence, ps), others=qs,
                                         bases=lex.comparison_words,
                                         base_phrases=lex.comparison_phrases)
                modality, condition = self._modality(sentence, s, q.start)
                # "earn £200,000 a week": a weekly pay, compared only with weekly ones
                scope = self._portion(sentence, q, qs, cue) if slot in PORTIONED_MONEY else None
                found.append(Mention(sentence.index, slot, _numeric_value(kinds[q.kind], q),
                                     q.start, q.end, cue, period, modality,
                                     f"{slot}.light_verb.v1", condition, 0.75, scope=scope))
                break
        return found

    @staticmethod
    def _closes_particle(closing: list[tuple[int, int, str]], start: int, particle: str) -> bool:
        """Whether the token at ``start`` comes right after the particle that follows the
        amount: "14 Millionen Euro pro Jahr verdienen", not "… pro Jahr, und will verdienen"."""
        words = [w for _s, _e, w in closing]
        size = len(particle.split())
        return (len(closing) > size and closing[size][0] == start
                and words[:size] == particle.split())

    def _inherited(self, sentence: Sentence, qs: list[Quantity], made: list[Mention],
                   ps: list[Period], slot_cues: list[Cue]) -> list[Mention]:
        """Figures that take the slot of the figure before them in their clause, with no slot
        word between them:

        * a portion of a count: "38 dead: 30 inside and 8 outside";
        * after a pro-verb: "paró el 37% de la plantilla, y en X lo hizo un 22%";
        * after a comparison word, when the figure has its own date: "47% de grévistes, contre
          52% le 12 janvier" — a base with no date of its own ("from $142m") stays no claim,
          since it would borrow the claim's period."""
        result = list(made)
        lex = self.lexicon
        for q in sorted(qs, key=lambda q: q.start):
            if any(m.value_start == q.start for m in result):
                continue
            clause = sentence.clause_at(q.start)
            portion = self._portion(sentence, q, qs) if q.kind == "number" else None
            # a portion may follow its total across a colon: "38 dead: 30 inside, 8 outside"
            start = sentence.start if portion else clause[0]
            before = [m for m in result if start <= m.value_start and m.value_end <= q.start
                      and SLOTS[m.attribute].value_kind in _INHERITED_KINDS]
            if not before:
                # "1,2 millones según los sindicatos; 480.000 según la policía": another
                # source's estimate may stand in the next clause
                before = [m for m in result if sentence.start <= m.value_start
                          and m.value_end <= q.start and SLOTS[m.attribute].estimate
                          and self._attribution(sentence, q, qs) is not None]
            if not before:
                continue
            previous = max(before, key=lambda m: m.value_end)
            kind = SLOTS[previous.attribute].value_kind
            if (kind == "money" and q.kind == "number" and previous.attribute in BONUS_SLOTS
                    and previous.value.unit and self._add_ons(sentence, q, qs)):
                q = _in_currency_of(previous.value, q)  # "€48m, más 12 en variables"
            if not _fits(kind, q) or any(previous.value_end <= c.start and c.end <= q.start
                                         and not (previous.trigger.start <= c.start
                                                  < previous.trigger.end)
                                         and not self._change_before_base(sentence, c, q)
                                         for c in slot_cues):
                continue  # another slot word between them: not the same slot
            between = " ".join(sentence.words_between(previous.value_end, q.start))
            period = _nearest_period(sentence, q.start, q.end, ps, others=qs,
                                     bases=lex.comparison_words,
                                     base_phrases=lex.comparison_phrases,
                                     qualifiers=lex.qualifier_period_words)
            if portion is not None and kind == "count":
                if self._names_own_noun(sentence, previous, q):
                    continue  # "19 crew members and three pilots aboard": pilots, not crew
                rule = "portion"
            elif any(f" {phrase} " in f" {between} " for phrase in lex.pro_verbs):
                rule = "pro_verb"
            elif previous.attribute in BONUS_SLOTS and self._add_ons(sentence, q, qs):
                # "a fee of €80m, plus €12m in add-ons": the add-ons alone, compared only with
                # add-ons
                rule, portion = "add_ons", f"{PORTION_SCOPE}add_ons"
            elif (sentence.word_before(q.start) in lex.comparison_words and period is not None
                  and any(p.start >= q.end and p.value == period for p in ps)):
                rule = "counter"
            elif (SLOTS[previous.attribute].estimate and kind == "count"
                  and (own := self._attribution(sentence, q, qs)) is not None
                  and own != previous.attribution):
                # "1,2 million selon la CGT, contre 480 000 selon la police": the same count as
                # another source estimates it
                rule = "estimate"
            else:
                continue
            modality, condition = self._modality(sentence, q.start, q.start)
            if rule == "add_ons" and modality == "hypothetical" and condition is None:
                # "could add €12m in bonuses": add-ons are payments that may come by nature;
                # the "could" says so, and the amount is still what the outlet claims
                modality = previous.modality
            result.append(dataclasses.replace(
                previous, value=_numeric_value(kind, q), value_start=q.start, value_end=q.end,
                period=period, modality=modality, condition=condition,
                rule=f"{previous.attribute}.{rule}.v1",
                # "€64m for Ana Ruiz, plus €9m in add-ons": the same price's, the same owner
                owner_span=previous.owner_span if rule == "add_ons" else None,
                scope=portion or (self._scope(sentence, q.start, q.end)
                                  if kind == "count" else None),
                attribution=self._attribution(sentence, q, qs),
                confidence=round(max(0.5, previous.confidence - 0.1), 3)))
        return sorted(result, key=lambda m: (m.value_start, m.attribute))

    def _change_before_base(self, sentence: Sentence, cue: Cue, q: Quantity) -> bool:
        """"59.7%, down from 62.9% in 2020": a change word right before the comparison word of a
        base figure links the two levels, it names no slot of its own."""
        return (cue.label == "growth" and sentence.word_before(q.start)
                in self.lexicon.comparison_words
                and len(sentence.words_between(cue.end, q.start)) <= 1)

    def _prenominal(self, sentence: Sentence, q: Quantity) -> bool:
        """"a €900 million share buyback", "its $3 billion investment": an amount between a
        determiner and a noun, in a language that writes amounts before nouns."""
        lex = self.lexicon
        before = sentence.word_before(q.start)
        return lex.amounts_before_nouns and before is not None and (
            before in lex.indefinite_articles or before in lex.definite_articles
            or before in lex.possessives)

    def _passive_agent_after(self, sentence: Sentence, q: Quantity) -> bool:
        """"al 19,5% da Kestrel", "19.5% by Y", "à 19,5 % par Y": a passive agent preposition and
        a name right after the figure name whose it is."""
        after = [t for t in sentence.tokens if t[0] >= q.end][:3]
        if not after or after[0][2] not in self.lexicon.agent_prepositions:
            return False
        rest = [t for t in after[1:] if t[2] not in self.lexicon.definite_articles]
        return bool(rest) and self.text[rest[0][0]:rest[0][1]][:1].isupper()

    def _continues_list(self, sentence: Sentence, previous: Mention, q: Quantity,
                        slot_cues: list[Cue]) -> bool:
        trigger = previous.trigger
        between = [(s, e, w) for s, e, w in sentence.tokens
                   if previous.value_end <= s and e <= q.start
                   and not (trigger.start <= s and e <= trigger.end)]  # "31.5% of the vote, X 20%"
        if not between or len([w for _s, _e, w in between if w != ","]) > GAP_REACH:
            return False
        if not any(self.text[s:e][:1].isupper() for s, e, _ in between):
            return False
        if any(c.start >= previous.value_end and c.end <= q.start and c.start != trigger.start
               for c in slot_cues):
            return False
        lex = self.lexicon
        back = {w for phrase in lex.anaphoric_counts for w in phrase.split()}  # "208 of them,"
        return all(w == "," or w in lex.conjunctions or w in lex.definite_articles or w in back
                   or w in lex.list_joiners or len(w) <= 3 or self.text[s:e][:1].isupper()
                   for s, e, w in between)

    def _named_event(self, sentence: Sentence, q: Quantity,
                     qs: list[Quantity] = ()) -> str | None:
        """"la tempête Ilvar, qui avait fait 12 morts", "the Eaton fire killed 16": a named event
        in the clause makes the count that event's (scope "event:ilvar") — the nearest one with
        no other figure between them ("24 died in the fires, 16 of them in the Eaton fire": 24 is
        no fire's own)."""
        found = self._event_names(sentence, sentence.clause_at(q.start))
        clear = [(abs(position - q.start), name) for position, name in found
                 if not any(o is not q and min(position, q.start) <= o.start < max(position, q.end)
                            for o in qs)]
        return f"{OTHER_EVENT_SCOPE}{min(clear)[1]}" if clear else None

    def _event_names(self, sentence: Sentence,
                     span: tuple[int, int] | None = None) -> list[tuple[int, str]]:
        """(position, name) of each named event in the sentence (or in ``span`` of it): "la
        tempête Ilvar", "l'incendie d'Eaton", "the Eaton fire", "das Eaton-Feuer"."""
        nouns = self.lexicon.named_event_nouns
        clause = span or (sentence.start, sentence.end)
        tokens = [t for t in sentence.tokens if clause[0] <= t[0] < clause[1]]

        def named(token: tuple[int, int, str]) -> str | None:
            name = self.text[token[0]:token[1]]
            if (name[:1].isupper() and name.isalpha() and token[2] not in self.lexicon.stop_words
                    and token[2] not in nouns):
                return name.lower()
            return None

        found: list[tuple[int, str]] = []  # (position, name)
        for n, (start, end, word) in enumerate(tokens):
            if word in nouns:
                # "la tempête Ilvar", "l'incendie d'Eaton", "el incendio de Palisades"
                after = tokens[n + 1:n + 3]
                if after and (name := named(after[0])):
                    found.append((start, name))
                elif (len(after) == 2 and after[0][2].rstrip("'’") in self.lexicon.event_name_links
                      and (name := named(after[1]))):
                    found.append((start, name))
                elif (before := [t for t in tokens[max(0, n - 2):n] if t[2] != "-"]) and (
                        name := named(before[-1])):
                    found.append((start, name))  # "the Eaton fire", "das Eaton-Feuer"
            elif "-" in word and word.rsplit("-", 1)[1] in nouns:
                head = self.text[start:end].rsplit("-", 1)[0]
                if head[:1].isupper() and head.isalpha():
                    found.append((start, head.lower()))  # "Eaton-Feuer" as one token
        return found

    def _one_named_event(self) -> bool:
        """Whether the article names a single event ("Storm Ilvar" and no other): then that
        event is the story's own, and a count's place ("25 in Norway") says more of it."""
        return len(self._events_named) == 1

    def _owns_next_figure(self, sentence: Sentence, q: Quantity, cue: Cue,
                          qs: list[Quantity]) -> bool:
        """"in crescita dell'8%, e un utile netto di 2,2 miliardi": a measure word after a
        conjunction that a figure of its own follows within a few words is the next item of a
        list, not what the change before it measures."""
        between = sentence.words_between(q.end, cue.start)
        if not any(w in self.lexicon.conjunctions for w in between):
            return False
        return any(o is not q and o.start >= cue.end and o.kind in ("money", "count")
                   and len(sentence.words_between(cue.end, o.start)) <= MEASURE_REACH
                   for o in qs)

    def _excluding(self, sentence: Sentence, q: Quantity | Cue) -> bool:
        """Whether an exclusion word ("excluding", "hors", "ohne", "al netto di") stands
        before the figure (or the measure word) in its sentence, with no other figure
        between."""
        before = [(s, w) for s, _e, w in sentence.tokens if s < q.start]
        after_figure = max((o.end for o in self._figures if o.end <= q.start and o is not q
                            and o.start != q.start), default=sentence.start)
        words = [w for s, w in before if s >= after_figure]
        return _holds_phrase(words, self.lexicon.exclusion_words)

    def _deal_valued(self, sentence: Sentence, cue: Cue, q: Quantity) -> Cue | None:
        """The deal noun a valuation word values ("valuing the deal at", "valora la operación
        en"), between it and the amount: the price of that deal."""
        lex = self.lexicon
        for start, end, word in sentence.tokens:
            if cue.end <= start and end <= q.start and lex.holds(lex.deal_nouns, word):
                return Cue("slots", "deal_value", start, end, self.text[start:end])
        return None

    def _loan_fee(self, sentence: Sentence, q: Quantity) -> bool:
        """"signed on a season-long loan for a fee of €5m", "la cesión de X por 5 millones": in a
        transfer story, an amount a loan word stands before in its clause is the loan's fee,
        never the price of a permanent move (an option to buy is its own portion)."""
        lex = self.lexicon
        if not self._transfer_article or not lex.loan_words:
            return False
        clause = sentence.clause_at(q.start)
        return any(lex.holds(lex.loan_words, w)
                   for w in sentence.words_between(clause[0], q.start))

    def _moved_to(self, sentence: Sentence, q: Quantity) -> bool:
        """"Beim Debüt sprang die Aktie auf 38 Dollar je Aktie", "the stock rose to $38 a share":
        the level a change word leads the share to."""
        lex = self.lexicon
        if sentence.word_before(q.start) not in lex.level_to_words or not any(
                lex.holds(lex.share_price_nouns, w)
                for w in sentence.words_between(sentence.start, q.start)):
            return False  # "raised its offer to $52 a share": the offer's new price
        clause = sentence.clause_at(q.start)
        return any(c.category == "slots" and c.label == "growth" and clause[0] <= c.start
                   and c.end <= q.start for c in sentence.cues)

    def _weeks_before_publication(self, period: str | None) -> bool:
        """"em 3 de maio, um avião com 26 pessoas a bordo caiu" in an article of 2 July: a
        count an event's day dates weeks before the article is another, earlier event's."""
        published = self.document.published
        if period is None or published is None or not _DAY.fullmatch(period):
            return False
        # an undated article is read against its story's dates: weeks before the earliest
        earliest = getattr(published, "earliest", published)
        return (earliest - date.fromisoformat(period)).days > EARLIER_EVENT_DAYS

    def _earlier_event(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """"$300m in its previous round", "A year earlier, X had raised $150m": a phrase that
        anchors the figure to an earlier event, right after it or before it in its clause, with
        no other figure between (in "up 14% from $71m a year earlier" only $71m is earlier)."""
        before, after = _window(sentence, q, qs)
        after = _own_words_after(sentence, q, qs, after)[:EARLIER_REACH_AFTER]
        clause = sentence.clause_at(q.start)
        base = next((n for n, w in enumerate(after) if w in self.lexicon.comparison_words),
                    None) if q.kind in _PERCENT_KINDS else None
        if base is not None:
            after = after[:base]  # "un 15% más que hace un año": the base's time, not its own
        if "," in before:
            comma = len(before) - 1 - before[::-1].index(",")
            if _holds_phrase(before[:comma], self.lexicon.comparison_words):
                # "il 48% in meno rispetto all'anno precedente, e con ricavi per 15 miliardi":
                # the earlier year is the base of the figure before the comma
                before = before[comma + 1:]
        if any(_holds_phrase(words, self.lexicon.earlier_event_phrases)
               for words in (after, before[-EARLIER_REACH_BEFORE:])):
            return True
        # "Before the announcement, its shares traded at $64, which put its value at $9bn":
        # a phrase that opens the sentence before a comma dates all of it
        opening = sentence.words_between(sentence.start, q.start)[:EARLIER_REACH_BEFORE + 1]
        if "," in opening and _holds_phrase(opening[:opening.index(",")],
                                            self.lexicon.earlier_event_phrases):
            return True
        # "the deadliest since 2001, when 265 people died": a past year, then "when"
        recent = sentence.words_between(clause[0], q.start)[-EARLIER_REACH_BEFORE:]
        return any(w in self.lexicon.retro_when_words and n >= 2 and recent[n - 1] == ","
                   and _YEAR.fullmatch(recent[n - 2]) is not None
                   for n, w in enumerate(recent)) or self._another_event(sentence, q)

    def _another_event(self, sentence: Sentence, q: Quantity) -> bool:
        """"un autre séisme qui avait fait 40 morts": a figure whose sentence last named, before
        it, an event with an other-event word beside it ("another", "précédent") is that other
        event's; so is one in a sentence an anaphoric opener starts ("Il avait fait 40 morts")
        when the sentence before ended on such an event."""
        words = sentence.words_between(sentence.start, q.start)
        if self._another_kind_of_vote(sentence, q):
            return True
        other = self._last_event_is_other(words)
        if other is None and words and words[0] in self.lexicon.anaphoric_openers \
                and self._sentence_index > 0:
            before = self._read[self._sentence_index - 1]
            told = before.words_between(before.start, before.end)
            other = self._last_event_is_other(told)
            # ("Vor zwei Wochen hatte ein Beben den Süden getroffen. Dabei starben 40"): an event
            # told in the pluperfect is one before the article's
            other = other or (other is not None and self._pluperfect_words(told))
        return bool(other)

    def _another_kind_of_vote(self, sentence: Sentence, q: Quantity) -> bool:
        """"os guineenses aprovaram em referendo uma nova Constituição; … a participação
        oficial foi de 91%": a share or a turnout in a sentence that names a referendum before
        it, in an article whose title and first sentence name none (an election's), is that
        other vote's."""
        lex = self.lexicon
        if q.kind not in _PERCENT_KINDS or self._opens_on_other_vote:
            return False
        return any(lex.holds(lex.other_vote_nouns, w)
                   for w in sentence.words_between(sentence.start, q.start))

    def _other_event_after(self, sentence: Sentence, cue: Cue) -> bool:
        """"se produjo otro fuerte sismo", "struck another powerful quake": an event verb whose
        subject, after it, an other-event word marks tells of another event than the story's."""
        after = sentence.words_between(cue.end, sentence.clause_at(cue.start)[1])
        noun = next((n for n, w in enumerate(after[:OTHER_EVENT_AFTER_REACH])
                     if w in self.lexicon.event_nouns), None)
        return noun is not None and bool(self._last_event_is_other(after[:noun + 1]))

    def _last_event_is_other(self, words: list[str]) -> bool | None:
        """Whether the last event noun among ``words`` has an other-event word beside it (two
        words before, one after: "ein anderes schweres Beben", "le séisme précédent"); None when
        they name no event."""
        lex = self.lexicon
        for n in range(len(words) - 1, -1, -1):
            if words[n] in lex.event_nouns:
                return any(w in lex.other_event_words for w in [*words[max(0, n - 2):n],
                                                                *words[n + 1:n + 2]])
        return None

    def _pluperfect(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """"In November it had announced 9,000 cuts", "aveva comunicato", "hatte … angekündigt":
        a figure under a pluperfect is an earlier event's. Reported speech ("said it had
        raised") is left alone: there the pluperfect is only the tense shifted back; tolls and
        estimates too ("had risen to 40" updates a count)."""
        lex = self.lexicon
        if not lex.pluperfect_auxiliaries:
            return False
        if any(c.label == "speech" and c.end <= q.start
               and len(sentence.words_between(c.end, q.start)) <= EARLIER_REACH_BEFORE
               for c in sentence.cues):
            return False  # "Norvik said it had identified £40m in savings": the tense shifted
        before, after = _window(sentence, q, qs, skip=_closed_asides_before(
            sentence, q.start, lex.relative_pronouns))
        following = min([o.start for o in qs if o.start >= q.end] + [sentence.end])
        if self._pluperfect_relative(sentence.words_between(q.end, following)):
            return True  # (the relative clause may be a clause of its own)
        return self._pluperfect_words(before[-EARLIER_REACH_BEFORE:], after[:EARLIER_REACH_AFTER])

    def _pluperfect_words(self, words: list[str], then: list[str] | tuple = ()) -> bool:
        """Whether ``words`` hold a pluperfect: its auxiliary, then a participle (German: up to
        the clause's end, which ``then`` goes on to, "hatte … angekündigt"; elsewhere within two
        words, "had announced")."""
        lex = self.lexicon
        for n, word in enumerate(words):
            if word not in lex.pluperfect_auxiliaries:
                continue
            following = [*words[n + 1:], *then] if lex.participle_infix else words[n + 1:n + 3]
            if any(self._participle(w) for w in following):
                return True
        return False

    def _participle(self, word: str) -> bool:
        """A past participle by its ending (German also by its "ge": "angekündigt", never
        "Angebot" or "gegen")."""
        lex = self.lexicon
        if not (word.isalpha() and word.endswith(lex.participle_endings)):
            return False
        if lex.participle_infix:
            return len(word) > 4 and word not in lex.stop_words and any(
                i in word[:-2] or word.endswith(i) for i in lex.participle_infix)
        return len(word) >= 3

    def _pluperfect_relative(self, after: list[str]) -> bool:
        """"the $5.1bn offer that Norvik had made in May", "das Angebot über 5,1 Mrd., das
        Norvik im Mai vorgelegt hatte": a relative clause right after the figure, in the
        pluperfect, sets the figure's thing in an earlier event."""
        lex = self.lexicon
        opener = next((n for n, w in enumerate(after[:RELATIVE_REACH])
                       if w in lex.relative_pronouns), None)
        if opener is None:
            return False
        tail = after[opener + 1:opener + 1 + EARLIER_REACH_AFTER]
        return any(w in lex.pluperfect_auxiliaries for w in tail) and any(
            self._participle(w) and w not in lex.pluperfect_auxiliaries for w in tail)

    def _counted_so_far(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                        cue: Cue) -> bool:
        """An interim word around a count or right after its noun ("118 membri dell'equipaggio
        sono già tornati")."""
        after_noun = sentence.words_between(max(cue.end, q.end), sentence.clause_at(q.start)[1])
        return self._interim(sentence, q, qs) or _holds_phrase(after_noun[:INTERIM_REACH],
                                                               self.lexicon.interim_words)

    def _interim(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """Whether the words around a count say it is an interim one ("so far", "finora",
        "bisher", "à la mi-journée"), or its sentence gives the time of day it was counted at."""
        before, after = _window(sentence, q, qs)
        clause = sentence.clause_at(q.start)
        opening = sentence.words_between(clause[0], q.start)
        if any(_holds_phrase(words, self.lexicon.interim_words)
               for words in (before[-INTERIM_REACH:], after[:INTERIM_REACH], opening)):
            return True
        if _starts_within(sentence.words_between(q.end, clause[1]), self.lexicon.interim_words,
                          INTERIM_REACH):
            return True  # "Quasi 260 i fermi a metà giornata": a phrase begun within reach
        # "473 arrests by 5 p.m.", "bis 17 Uhr": a count as of a time of day is still rising
        pattern = self.lexicon.as_of_time
        if pattern is None:
            return False
        for match in pattern.finditer(self.text, clause[0], clause[1]):
            low, high = sorted((match.start(), q.start))
            if not any(low < o.start < high and not match.start() <= o.start < match.end()
                       for o in qs if o is not q):
                return True  # no other figure between the count and its time
        return False

    def _clock_time_in(self, sentence: Sentence, at: int) -> bool:
        """Whether the clause at ``at`` names a time of day ("à 17 heures", "um 18 Uhr", "alle
        12", "a las 13.30", "às 13h", "by 5 p.m.")."""
        clause = sentence.clause_at(at)
        tokens = [t for t in sentence.tokens if clause[0] <= t[0] < clause[1]]
        lex = self.lexicon
        for n, (_s, _e, word) in enumerate(tokens):
            if re.fullmatch(r"[0-2]?\d(?:[.:h][0-5]\d)?", word) is None:
                if re.fullmatch(r"[0-2]?\dh(?:[0-5]\d)?", word):
                    return True  # "13h", "17h30"
                continue
            if n + 1 < len(tokens) and tokens[n + 1][2] in lex.clock_words:
                return True
            if (n and tokens[n - 1][2] in lex.clock_articles
                    and int(word[:2].rstrip(".:h")) <= 24
                    and (n + 1 == len(tokens) or not tokens[n + 1][2].isalpha())):
                return True  # "alle 12", not "le 12 regioni"
        return False

    def _rate(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
              ps: list[Period]) -> str | None:
        """"carrying more than three million passengers every year", "4,000 deaths a year": a
        count per period is a statistic, never the story's event count — but "im Jahr 2025",
        "l'anno scorso" are a period the figure is of, no rate."""
        before, after = _window(sentence, q, qs, skip=ps)
        after = _own_words_after(sentence, q, qs, after)
        phrases = self.lexicon.rate_phrases
        if any(_holds_phrase(words, phrases)
               for words in (before[-RATE_REACH:], after[:RATE_REACH])):
            return RATE_SCOPE
        return None

    def _portion(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                 cue: Cue | None = None) -> str | None:
        """"30 inside and 8 outside", "19 died outside the building", "two on the ground", "a
        pre-money valuation of $2.8bn": a portion word within a few words after the figure
        (before the next one), or right before it, makes it that portion's ("portion:outside")."""
        portions = self.lexicon.portions
        if not portions:
            return None
        clause = sentence.clause_at(q.start)
        _, after = _window(sentence, q, qs)
        if "," in after:
            # "35.900 millones, deuda incluida": a qualifier in apposition right after a comma
            # — unless another figure follows it: "125 millions, bonus compris jusqu'à 150"
            comma = after.index(",")
            appositive = after[comma + 1:comma + 1 + APPOSITIVE_REACH]
            # ("dont 3 M€ de bonus", "ossia 36 milioni di euro": a part or the same sum
            # again follows, no other figure)
            followed = any(q.end <= o.start < clause[1] and o is not q
                           and not self._of_which(sentence, o)
                           and not self._restated(sentence, o) for o in qs) and (
                len(after) - comma - 1 <= APPOSITIVE_REACH)
            for phrase, key in portions:
                if (key in APPOSITIVE_PORTIONS and not followed
                        and _holds_phrase(appositive, (phrase,))):
                    return f"{PORTION_SCOPE}{key}"
            after = after[:comma]  # another clause's words
        before = sentence.words_between(clause[0], q.start)[-2:]
        qualified = (sentence.words_between(clause[0], cue.end)[-5:]
                     if cue is not None and cue.end <= q.start else [])  # "pre-money valuation"
        # "profit from recurring operations fell 14% to €19.6bn": the measure's own words
        measured = (sentence.words_between(cue.end, q.start)[:MEASURE_REACH]
                    if cue is not None and cue.end <= q.start else [])
        # "the 1.4 billion interim dividend", "Schlussdividende von 1,6 Milliarden": a kind of
        # payout qualifies only its own slot word, not the next figure's
        own_cue = (qualified + measured if cue is not None and cue.end <= q.start else
                   sentence.words_between(q.end, cue.end) if cue is not None else [])
        # ("Das Ebitda AL soll … auf 27,8": the slot word's own next word may end its name)
        trailing = after[:PORTION_REACH]
        for words in (own_cue, trailing, before, qualified + measured[:1], measured):
            # ("un gasto de 80 millones en cargos de reestructuración": a one-off kind of
            # amount may also follow it)
            keys = [key for phrase, key in portions if _holds_phrase(words, (phrase,))
                    and ((key in CUE_PORTIONS) == (words is own_cue)
                         or (key in TRAILING_PORTIONS and words is trailing))]
            if not keys:
                continue
            # "resultado operacional bruto (Ebitda)": the named measure is the narrower one
            # ("Ebitda AL": EBITDA after leases, narrower still)
            key = next((k for k in ("ebitdaal", "ebitda") if k in keys), keys[0])
            if key == "pretax":
                key = self._before_interest(sentence, q) or key
            if key == "operating" and cue is not None and self._adjusted(sentence, q, cue):
                key = "adjusted_operating"  # "resultado operacional ajustado": another
            elif key == "ebitda" and cue is not None and self._adjusted(sentence, q, cue,
                                                                         recurring=True):
                key = "adjusted_ebitda"  # "o EBITDA recorrente": not the reported one
            return f"{PORTION_SCOPE}{key}"
        if cue is not None and cue.label == "profit" and self._adjusted(sentence, q, cue,
                                                                        recurring=True):
            return f"{PORTION_SCOPE}adjusted"  # "el beneficio neto ajustado": not the reported
        return None

    def _before_interest(self, sentence: Sentence, q: Quantity) -> str | None:
        """"o resultado antes de impostos, juros, amortizações e depreciações": a measure before
        interest is an operating one (EBIT), before depreciation too EBITDA — no pre-tax profit."""
        words = sentence.words_between(sentence.start, q.start)[-MEASURE_REACH * 2:]
        lex = self.lexicon
        if not any(w in lex.interest_words for w in words):
            return None
        return "ebitda" if any(w in lex.depreciation_words for w in words) else "operating"

    def _net_revenue(self, sentence: Sentence, cue: Cue) -> bool:
        """"net revenue", "as receitas líquidas", "Nettoumsatz": a brewer's or a carmaker's
        revenue less excise duties or discounts, a measure of its own beside "revenue"."""
        words = self.lexicon.net_words
        if not words:
            return False
        near = ([w for _s, e, w in sentence.tokens if e <= cue.start][-1:]
                + cue.text.lower().split()
                + [w for s, _e, w in sentence.tokens if s >= cue.end][:1])
        return any(w in words for w in near)

    def _adjusted(self, sentence: Sentence, q: Quantity, cue: Cue,
                  recurring: bool = False) -> bool:
        """Whether an adjusted measure is meant ("adjusted operating income", "bereinigtes
        operatives Ergebnis", "resultado operacional ajustado"): a word from two before the slot
        word up to the figure; or an if-clause before it that leaves items out ("if one-off
        items are excluded, it earned …"); with ``recurring``, a recurring net profit too ("o
        resultado líquido recorrente"; a recurring operating result is the operating one)."""
        if any(c.category == "modality" and c.label == "condition" and c.start < q.start
               and self._defines_measure(sentence, c) for c in sentence.cues):
            return True
        words = self.lexicon.adjusted_words | (self.lexicon.recurring_words if recurring
                                               else frozenset())
        low, high = (cue.start, q.start) if cue.start <= q.start else (q.end, cue.end)
        before = [w for s, e, w in sentence.tokens if e <= low][-2:]
        # "Em termos recorrentes, o resultado líquido subiu 6%": a fronted phrase says it
        opening = sentence.words_between(sentence.clause_at(low)[0], low)
        if "," in opening and opening.index(",") <= MEASURE_FRONT_REACH:
            before += opening[:opening.index(",")]
        return any(self.lexicon.holds(words, w)
                   for w in before + sentence.words_between(low, high))

    def _is_change(self, sentence: Sentence, q: Quantity) -> bool:
        """"lost 17 seats", "han perdido 17", "perdieron 17 asientos": a verb of
        change a few words before a count, in its clause and in no slot phrase of its own
        ("perdieron la vida 14 personas" is a toll), makes the count a change."""
        verbs = self.lexicon.change_verbs
        if not verbs:
            return False
        clause = sentence.clause_at(q.start)
        in_cues = [(c.start, c.end) for c in sentence.cues
                   if c.category == "slots" and c.label != "growth"]  # "ein Plus von 44 Sitzen"
        before = [(s, e, w) for s, e, w in sentence.tokens if clause[0] <= s and e <= q.start]
        for s, e, w in reversed(before[-CHANGE_REACH:]):
            if not (w.isalnum() or any(ch.isdigit() for ch in w)):
                return False
            if self.lexicon.holds(verbs, w):
                return not any(cs <= s and e <= ce for cs, ce in in_cues)
        return False

    def _is_remainder(self, sentence: Sentence, q: Quantity) -> bool:
        """"the remaining 15%", "el 15% restante", "die restlichen 15 Prozent": the part of a
        whole left after the deal (or the payment), never compared with the deal's own."""
        words = self.lexicon.remainder_words
        if not words:
            return False
        before = [w for s, e, w in sentence.tokens if e <= q.start][-2:]
        after = [w for s, e, w in sentence.tokens if s >= q.end][:1]
        return any(self.lexicon.holds(words, w) for w in before + after)

    def _out_of_group(self, words: list[str]) -> bool:
        """Whether ``words`` between a count and its trigger open with "of the" (and at most
        one noun): "tres de las víctimas", "drei der Toten", "three of the passengers died",
        "zwei der Opfer seien ums Leben gekommen" (an auxiliary may follow the noun)."""
        phrases = self.lexicon.partitive_phrases
        if " ".join(words) in phrases:
            return True
        for phrase in phrases:
            size = len(phrase.split())
            if (" ".join(words[:size]) == phrase and len(words) > size
                    and words[size].isalpha()
                    and all(w in self.lexicon.passive_auxiliaries
                            or w in self.lexicon.pluperfect_auxiliaries for w in words[size + 1:])):
                return True
        return False

    def _out_of(self, words: list[str]) -> bool:
        """Whether ``words`` say "out of a whole": "of the 210", "sur 612", "de los 210"."""
        if len(words) < 2 or words[0] not in self.lexicon.whole_words:
            return False
        rest = words[2:] if words[1] in self.lexicon.definite_articles else words[1:]
        return len(rest) == 1 and re.fullmatch(r"\d[\d.,\s]*", rest[0]) is not None

    def _denominator(self, sentence: Sentence, q: Quantity) -> bool:
        """"152 sièges sur 630", "152 escaños de 630", "152 von 630 Sitzen": after a count and
        its noun, the figure that follows "sur" is the whole it is counted out of."""
        before = [t for t in sentence.tokens if t[1] <= q.start][-8:]
        words = " ".join(w for _s, _e, w in before)
        for phrase in self.lexicon.total_phrases:  # "161 seggi su un totale di 489"
            if words == phrase or words.endswith(" " + phrase):
                before = before[:-len(phrase.split())]
                break
        before = before[-4:]
        if (len(before) >= 2 and before[-1][2] not in self.lexicon.whole_words
                and before[-1][2] in self.lexicon.definite_articles):
            before = before[:-1]  # "74 of the 210 seats", "74 de los 210 escaños"
        else:
            before = before[1:]
        if len(before) < 2 or before[-1][2] not in self.lexicon.whole_words:
            return False
        return any(re.fullmatch(r"\d[\d.,\s]*", w) for _s, _e, w in before[:-1])

    def _opening_whole(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """"Von den 7.000 Stellen im Support sollen 3.000 wegfallen", "Of the 7,000 jobs, 3,000
        go": a count the sentence opens with after "of (the)" is the whole a later count is
        taken from."""
        lex = self.lexicon
        before = sentence.words_between(sentence.start, q.start)
        if not 1 <= len(before) <= 2 or not any(
                o is not q and o.kind == "number" and o.start >= q.end for o in qs):
            return False
        phrase = " ".join(before)
        return (phrase in lex.whole_words or phrase in lex.partitive_phrases
                or (len(before) == 2 and before[0] in lex.whole_words
                    and before[1] in lex.definite_articles))

    def _number_of(self, sentence: Sentence, q: Quantity) -> str | None:
        """"cutting the number of plants to 10 from 17": the figure counts the noun after
        "number of" (a few words before it); the noun, when it is no slot's and no person's."""
        phrases = self.lexicon.number_of_phrases
        if not phrases:
            return None
        clause = sentence.clause_at(q.start)
        before = [(s, w) for s, e, w in sentence.tokens if clause[0] <= s and e <= q.start]
        words = [w for _s, w in before]
        triggers = [(c.start, c.end) for c in sentence.cues if c.category == "slots"]
        for n in range(max(0, len(words) - NUMBER_OF_REACH), len(words)):
            for phrase in phrases:
                size = len(phrase.split())
                if " ".join(words[n:n + size]) == phrase and n + size < len(words):
                    start, noun = before[n + size]
                    if noun in self.lexicon.count_nouns or any(
                            s <= start < e for s, e in triggers):
                        return None  # ("o número de mortos": a slot's own phrase)
                    return noun
        return None

    def _tranche(self, sentence: Sentence, q: Quantity, qs: list[Quantity], cue: Cue) -> bool:
        """"another 11,000 jobs", "otros 11.000", "weitere 11.000 Stellen", "11 000 emplois
        supplémentaires": an amount added to one given before, not a total — unless the figure
        before it in the sentence is of another fact ("two dead and 14 others injured": others
        than the dead, all the injured)."""
        if any(o.end <= q.start for o in qs if o is not q) and any(
                c.category == "slots" and c.label != cue.label and c.end <= q.start
                for c in sentence.cues):
            return False
        if cue.label in TOLL_SLOTS and self._sentence_index > 0 and any(
                c.category == "slots" and c.label in TOLL_SLOTS and c.label != cue.label
                for c in self._read[self._sentence_index - 1].cues):
            return False  # "Der Fahrer starb. 26 weitere Menschen wurden verletzt": all the injured
        before = sentence.token_before(q.start)
        # ("6.400 millones de dólares (más de 5.500 millones de euros)": not past its aside)
        after = _outside_brackets([w for s, e, w in sentence.tokens if s >= q.end])[:2]
        return (before is not None and before[2] in self.lexicon.tranche_words) or any(
            w in self.lexicon.tranche_words_after for w in after)

    def _is_part(self, sentence: Sentence, q: Quantity, cue: Cue) -> bool:
        """"Fra le vittime figurano quattro bambini", "dont 57 000 en France", "darunter 41.000":
        a subgroup word right before the count or its trigger makes the count a part."""
        words = self.lexicon.subgroup_words
        if not words:
            return False
        if cue.label in ABOARD_BY_DEFINITION and not any(
                c.category == "slots" and c.label == cue.label and c.end <= q.start
                for c in sentence.cues):
            # "19 others on board, including four crew members": everyone of a role on board
            # is among those on board; a part of the crew needs the crew named first
            return False
        for anchor in (q.start, cue.start):
            before = [w for s, e, w in sentence.tokens if e <= anchor][-4:]
            if _holds_phrase(before, words):
                return True
        return False

    def _counts_a_subgroup(self, sentence: Sentence, q: Quantity) -> bool:
        """"four passengers died", "tre bambini sono morti": the noun counted right after the
        figure names a narrower group than everyone the event touched."""
        following = sentence.token_after(q.end)
        return following is not None and self.lexicon.holds(self.lexicon.subgroup_nouns,
                                                            following[2])

    def _per_share_total(self, sentence: Sentence, q: Quantity, qs: list[Quantity],
                         candidates: list[Cue]) -> Cue | None:
        """"$47 a share, or $12.3 billion", "47 Dollar je Aktie, insgesamt 12,3 Milliarden": an
        amount that restates a per-share price just before it is the deal's total price."""
        for cue in candidates:
            if cue.label != "price_per_share" or cue.end > q.start:
                continue
            between = [w for w in sentence.words_between(cue.end, q.start) if w not in (",", ";")]
            if " ".join(between) not in self.lexicon.restatement_words:
                continue
            if any(o.kind == "money" and o.end <= cue.start and
                   len(sentence.words_between(o.end, cue.start)) <= 2 for o in qs):
                return Cue("slots", "deal_value", cue.end, q.start, self.text[cue.end:q.start])
        return None

    def _restated(self, sentence: Sentence, q: Quantity) -> bool:
        """"ossia 36 milioni di euro", "soit 36 millions": right after a restatement word, an
        amount is the one before it again (converted or rounded)."""
        return _holds_phrase(sentence.words_between(sentence.start, q.start)[-3:],
                             self.lexicon.restatement_words)

    def _of_which(self, sentence: Sentence, q: Quantity) -> bool:
        """"of which $2bn", "davon 2 Milliarden": right after a relative partitive, an amount is
        part of the one before it."""
        return _holds_phrase(sentence.words_between(sentence.start, q.start)[-4:],
                             self.lexicon.of_which_words)

    def _with_inherited_currency(self, sentence: Sentence,
                                 qs: list[Quantity]) -> list[Quantity]:
        """"ricavi per 4,1 miliardi di euro e un utile di 310 milioni": a scaled amount written
        without its currency takes the one currency written before it in its paragraph (never
        across paragraphs, never when two currencies were written there, never before a noun:
        "3 milioni di persone")."""
        if "\n" in self.text[self._currency_end:sentence.start]:
            self._currencies = set()
        self._currency_end = sentence.end
        out = []
        for q in qs:
            if q.kind == "money" and q.unit and q.unit not in ("%", "pp"):
                self._currencies.add(q.unit)
            elif q.kind == "number" and q.rule == "number.scale.v1" and q.value >= 1e6:
                currencies = self._currencies or self._article_currencies()
                if len(currencies) == 1 and self._bare_amount(sentence, q):
                    q = dataclasses.replace(q, kind="money", unit=next(iter(currencies)),
                                            rule="money.inherited.v1")
            out.append(q)
        return out

    def _signed(self, mention: Mention) -> Mention:
        """"a net loss of €63m", "unas pérdidas de 63 millones": a loss is a negative result,
        so that it clashes with a profit of the same period however far apart the figures; a
        change written with its minus sign is its size."""
        value = mention.value
        if mention.attribute == "growth" and (value.point or 0) < 0 and (value.high or 0) <= 0:
            # "è sceso del -3,8%" beside "fell 3.8%": a change is compared by its size, the way
            # its words give it (whose direction no figure carries)
            return dataclasses.replace(mention, value=value.negated())
        # "unas pérdidas en el resultado neto de 9.472 millones": the loss word
        # may stand a few words before the slot word, or between it and the figure
        start = min(mention.trigger.start, mention.value_start)
        words = re.split(r"[\d.;:]", self.text[max(0, start - LOSS_LOOKBACK):start])[-1]
        words += " " + self.text[mention.trigger.end:mention.value_start]
        if mention.attribute != "profit" or value.kind != "money" or not any(
                self.lexicon.holds(self.lexicon.loss_words, w)
                for w in re.findall(r"\w+", f"{mention.trigger.text} {words}".lower())):
            return mention
        if (value.point or 0) < 0 or (value.low or 0) < 0:
            return mention  # "a loss of -12 million": written with its sign already
        return dataclasses.replace(mention, value=value.negated())

    def _year_follows(self, sentence: Sentence, q: Quantity) -> bool:
        """"un beneficio de 75 millones en 2025": only small words and a year word stand
        between the figure and a year, and the slot word before it in its clause takes money
        ("delivered 1.2 million, against 1.4 million in 2024" counts cars)."""
        lex = self.lexicon
        clause = sentence.clause_at(q.start)
        before = [c for c in sentence.cues if c.category == "slots"
                  and clause[0] <= c.start and c.end <= q.start]
        if not before or SLOTS[max(before, key=lambda c: c.end).label].value_kind != "money":
            return False
        for _s, _e, word in [t for t in sentence.tokens if t[0] >= q.end][:YEAR_REACH]:
            if _YEAR.fullmatch(word):
                return True
            if word not in lex.stop_words and word not in lex.contract_length_units:
                return False
        return False

    def _bare_amount(self, sentence: Sentence, q: Quantity) -> bool:
        """"310 milioni." or "310 milioni e...", "80 milioni di stipendio" (a money word after
        it), "80 milioni più bonus", "52 millones fijos", never "3 milioni di persone"."""
        following = [t for t in sentence.tokens if t[0] >= q.end][:2]
        word = following[0][2] if following else ""
        if not word.isalpha() or word in self.lexicon.conjunctions:
            return True
        if self._year_follows(sentence, q):
            return True  # "un beneficio de 75 millones en 2025": a year, no noun, after it
        if self._plus_bonus([t[2] for t in following]):
            return True  # "80 milioni più bonus"
        if word in self.lexicon.base_fee_words or word in self.lexicon.bonus_words:
            return True  # "52 millones fijos", "8 millones en variables" (next word: "en")
        if self._transfer_article and self._for_a_name(following):
            return True  # "altri 40 mln per Ruiz": a fee, in a transfer story
        if following and any(c.category == "modality" and c.start == following[0][0]
                             for c in sentence.cues):
            return True  # "até aos 120 milhões caso sejam cumpridos": a condition after it
        return (word in self.lexicon.genitive_prepositions and len(following) == 2
                and any(c.start == following[1][0] and c.category == "slots"
                        and SLOTS[c.label].value_kind == "money" for c in sentence.cues))

    def _article_currencies(self) -> set[str]:
        """The currencies of the whole article's amounts: with one only, a sports page's "80
        milioni" are in it even in a paragraph that does not write it. Read once, when needed."""
        if self._all_currencies is None:
            # the conversions in brackets too ("6.400 millones de dólares (más de 5.500
            # millones de euros)"): an article that writes two currencies leaves a bare
            # "5.500 millones" in neither
            texts = [self.text, *(m.group(1) for m in _BRACKETED_TEXT.finditer(self.text))]
            self._all_currencies = {
                q.unit for text in texts
                for q in quantities(text, self.document.language, self._decimal)
                if q.kind == "money" and q.unit and q.unit not in ("%", "pp")}
        return self._all_currencies

    def _carried(self, sentence: Sentence, qs: list[Quantity],
                 found: list[Mention]) -> list[Mention]:
        """"In dollars, that price comes to $939m", "Umgerechnet entspricht das 1,3 Milliarden
        Dollar": a sentence that only converts the money figure of the sentence before (same
        paragraph, another currency) claims it again, loosely, for the same subject."""
        source = self._last_money
        if (source is None or not self.lexicon.conversion_words
                or "\n" in self.text[self._last_money_end:sentence.start]):
            return []
        money = [q for q in qs if q.kind == "money" and q.unit and q.unit != source.value.unit
                 and not any(m.value_start == q.start for m in found)]
        if len(money) != 1 or not _holds_phrase(
                sentence.words_between(sentence.start, money[0].start),
                self.lexicon.conversion_words):
            return []
        q = money[0]
        low, high = q.low, q.high
        if q.hedge is None:
            low, high = q.value * (1 - CONVERSION_SLACK), q.value * (1 + CONVERSION_SLACK)
        value = Value(kind="money", text=q.text, low=low, high=high, unit=q.unit, point=q.value,
                      hedge=q.hedge or "about")
        cue = Cue("slots", source.attribute, q.start, q.end, q.text)
        return [dataclasses.replace(
            source, sentence=sentence.index, value=value, value_start=q.start, value_end=q.end,
            trigger=cue, rule=f"{source.attribute}.money.carried.v1",
            confidence=round(max(0.5, source.confidence - 0.2), 3),
            owner_span=None, carried_from=source.value_start)]

    def _conversion(self, sentence: Sentence, q: Quantity) -> tuple[Value, int, int] | None:
        """The amount in brackets right after a money figure, in another currency, as a loose
        value: its own hedge if it has one, else ±``CONVERSION_SLACK``."""
        local = q.end - sentence.start
        opening = re.match(r"\s*[(\[]\s*", sentence.text[local:])
        if opening is None:
            return None
        inner_start = local + opening.end()
        closing = sentence.text.find(")" if "(" in opening.group(0) else "]", inner_start)
        if closing < 0:
            return None
        inner = quantities(sentence.text[inner_start:closing], self.document.language,
                           self._decimal)
        money = [c for c in inner if c.kind == "money" and c.unit and c.unit != q.unit]
        if not money or money[0].start > 12:  # "(almost $2.2bn", "(o equivalente a R$ 74,2"
            return None
        c = money[0]
        low, high = c.low, c.high
        if c.hedge is None:
            low, high = c.value * (1 - CONVERSION_SLACK), c.value * (1 + CONVERSION_SLACK)
        value = Value(kind="money", text=c.text, low=low, high=high, unit=c.unit, point=c.value,
                      hedge=c.hedge or "about",
                      low_exclusive=c.low_exclusive and c.hedge is not None,
                      high_exclusive=c.high_exclusive and c.hedge is not None)
        start = sentence.start + inner_start + c.start
        return value, start, start + len(c.text)

    def _scope(self, sentence: Sentence, start: int, end: int,
               before_first: bool = False) -> str | None:
        """The place a figure is scoped to: the nearest scope in its clause within
        ``SCOPE_REACH`` tokens ("In France alone, 57,000 vehicles", "317.000 Autos europaweit");
        with ``before_first``, a scope written before the figure wins over one after it ("En
        Europa los ingresos bajaron un 4%, y en Oriente Medio, un 1,6%")."""
        clause = sentence.clause_at(start)
        best: tuple[int, str] | None = None
        asides = _closed_asides_before(sentence, start, self.lexicon.relative_pronouns)
        found = [(s, e, key) for s, e, key in self._sentence_scopes(sentence)
                 if clause[0] <= s < clause[1]
                 and not any(a.start <= s < a.end for a in asides)]  # "…, qui … à l'UE, …"
        if before_first and any(s < start for s, _e, _k in found) and not self._own_place_after(
                sentence, start, end, found):
            found = [(s, e, key) for s, e, key in found if s < start]
        contrast = self.lexicon.contrast_conjunctions
        for s, e, key in found:
            between = (sentence.words_between(end, s) if s >= end
                       else sentence.words_between(e, start))
            if _holds_phrase(between, contrast):
                continue  # "…2,85%, ao passo que na Ásia…": the place of the clause after "while"
            if s >= end and (any(any(ch.isdigit() for ch in word) and not _YEAR.fullmatch(word)
                                 for word in between)
                             or any(end <= o.start < s and not _year_figure(o)
                                    for o in self._figures)):
                continue  # "1,450 jobs, including 620 ... in Italy": the later figure's place
                # ("25 morts ... et huit en Islande": a figure in words counts as well)
            if s < start and any(o.end <= s and o.start != start
                                 and not _year_figure(o)
                                 and len(sentence.words_between(o.end, s)) <= 2
                                 for o in self._figures):
                continue  # "25 muertos en Noruega y ocho en Islandia": Noruega is the 25's
                # (a place written first scopes the clause: "nel continente 17.000 casi e 517")
            if s < start and "," in between and any(
                    any(ch.isdigit() for ch in word) and not _YEAR.fullmatch(word)
                    for word in sentence.words_between(clause[0], s)[-2:]):
                continue  # "including 57,000 in France, over airbags linked to 18 deaths"
            if _holds_phrase(sentence.words_between(clause[0], s)[-4:], self.lexicon.mostly_words):
                continue  # "3.000 posti, in gran parte in Svezia": most of it, not all, there
            gap = len(between)
            if gap <= SCOPE_REACH and (best is None or gap < best[0]):
                best = (gap, key)
        return best[1] if best else None

    def _own_place_after(self, sentence: Sentence, start: int, end: int,
                         found: list[tuple[int, int, str]]) -> bool:
        """"na Ásia, as entregas caíram 9,45%, com uma quebra de 13,7% das entregas na
        China": a place a few words after a figure is its own when every place before it is
        another figure's (one stands between them)."""
        def figure_between(a: int, b: int) -> bool:
            return any(a <= o.start and o.end <= b and o.start != start and not _year_figure(o)
                       for o in self._figures)
        after = [(s, e) for s, e, _k in found if s >= end
                 and len(sentence.words_between(end, s)) <= OWN_PLACE_REACH
                 and not figure_between(end, s)]
        fronted = [(s, e) for s, e, _k in found if e <= start and not figure_between(e, start)]
        return bool(after) and not fronted

    def _fronted_place(self, sentence: Sentence, q: Quantity, ps: list[Period],
                       countries: bool = True) -> str | None:
        """"Em Vila Nova do Sarrado, o presidente referiu quatro feridos": a name fronted by a
        locative preposition at the head of the clause, before a comma, is the place the count
        is of even when no gazetteer knows it ("at:Vila Nova do Sarrado", never joined by an
        unscoped count). Not a month or a weekday ("In March, 12 died"). A result's place
        (``countries`` off) may head the sentence rather than the clause ("En Norvik también
        ganó Ruiz, con el 47,3 %")."""
        clause = sentence.clause_at(q.start)
        head = sentence.start if not countries else clause[0]
        tokens = [t for t in sentence.tokens if head <= t[0] and t[1] <= q.start]
        if len(tokens) < 3 or tokens[0][2] not in self.lexicon.locative_prepositions:
            return None
        comma = next((n for n, t in enumerate(tokens) if t[2] == ","), None)
        if not countries and (comma is None or comma > FRONTED_PLACE_WORDS + 1):
            # a result's place needs no comma: "En Norvik también ganó Ruiz, con el 47,3 %"
            comma = next((n for n, t in enumerate(tokens) if n and not self.text[t[0]].isupper()),
                         None)
        if comma is None or not 2 <= comma <= FRONTED_PLACE_WORDS + 1:
            return None
        name = tokens[1:comma]
        if not self.text[name[0][0]].isupper() or not self.text[name[-1][0]].isupper():
            return None
        if any(not w[2].replace("-", "").isalpha() for w in name):
            return None
        return self._place_scope(name[0][0], name[-1][1], ps, countries)

    def _paragraph_place(self, sentence: Sentence) -> str | None:
        """"En Norvik, el viento tumbó árboles. Más de 70 personas resultaron heridas": a
        paragraph that opens on a fronted place tells of that place, so a count in a later
        sentence of it is that place's — when no sentence since names a place. Not the lead's:
        "À Varenna, un navire a heurté un pont. L'accident a fait 17 blessés" places the story."""
        text, read = self.document.text, self._read
        first = sentence.index
        while first > 0 and text[read[first - 1].end:read[first].start].count("\n") < 2:
            first -= 1
        if first in (0, sentence.index) or first not in self._periods_of or any(
                self._sentence_scopes(s) for s in read[first + 1:sentence.index + 1]):
            return None
        opening = read[first]
        comma = next((t for t in opening.tokens if t[2] == ","), None)
        if comma is None:
            return None
        anchor = Quantity(0.0, 0.0, 0.0, None, False, comma[1], comma[1], "", "number", None,
                          "paragraph.anchor")
        return self._fronted_place(opening, anchor, self._periods_of[first])

    def _place_scope(self, start: int, end: int, ps: list[Period], countries: bool) -> str | None:
        """The scope of a figure a name places ("at:Norvik Province"): none when the name is a
        time ("In March, …", "Am Montag, …"), nor, when ``countries`` is off, a country ("En
        Argentina, X ganó con el 55%": the country's whole vote)."""
        if any(p.start < end and start < p.end for p in ps):
            return None
        key = place_key(self.text[start:end])
        if not countries and key is not None and len(key) == 2 and key.isupper():
            return None
        return f"{ORGANIZATION_SCOPE}{self.text[start:end]}"

    def _where_place(self, sentence: Sentence, q: Quantity, ps: list[Period],
                     countries: bool = True) -> str | None:
        """"Landslides hit Norvik Province, where 17 people were killed", "in the North,
        where she won 58.2%": a figure in a clause opened by "where" after a name and
        a comma is that place's (a country's vote share is the whole vote's)."""
        words = self.lexicon.place_relatives
        if not words:
            return None
        tokens = [t for t in sentence.tokens if t[1] <= q.start]
        opening = next((n for n in range(len(tokens) - 1, 0, -1) if tokens[n][2] in words), None)
        if opening is None or tokens[opening - 1][2] != "," or any(
                t[2] in (",", ";") for t in tokens[opening + 1:]):
            return None
        name: list[tuple[int, int, str]] = []
        for token in reversed(tokens[max(0, opening - 1 - FRONTED_PLACE_WORDS):opening - 1]):
            if not self.text[token[0]].isupper() or not token[2].replace("-", "").isalpha():
                break
            name.insert(0, token)
        if not name:
            return None
        return self._place_scope(name[0][0], name[-1][1], ps, countries)

    def _trailing_place(self, sentence: Sentence, q: Quantity, cue: Cue,
                        ps: list[Period]) -> str | None:
        """"25 people had died in Aceh", "se añaden 35 fallecidos en Aceh": a toll followed
        by a locative preposition and a name no gazetteer knows is that place's ("at:Aceh") —
        unless the article's title or first sentence names it: there it is the story's own
        place ("Floods in Sumatra have killed 164"), whose toll is the whole."""
        lex = self.lexicon
        if cue.label not in TOLL_SLOTS:
            return None
        clause = sentence.clause_at(q.start)
        # after the toll, or after its noun before it ("the number of dead in X had climbed")
        starts = [max(q.end, cue.end)] + ([cue.end] if cue.end <= q.start else [])
        for begin in starts:
            after = [t for t in sentence.tokens if t[0] >= begin and t[1] <= clause[1]]
            lead = next((n for n, t in enumerate(after[:TRAILING_PLACE_REACH])
                         if t[2] in lex.locative_prepositions), None)
            if lead is not None and (place := self._place_named_after(after[lead + 1:], ps)):
                return place
        return None

    def _place_named_after(self, rest: list[tuple[int, int, str]],
                           ps: list[Period]) -> str | None:
        """The scope of the capitalized name opening ``rest`` (past articles), when no
        gazetteer knows it and the article's title and first sentence do not name it."""
        lex = self.lexicon
        while rest and rest[0][2] in lex.definite_articles:
            rest = rest[1:]
        name = []
        for token in rest[:FRONTED_PLACE_WORDS]:
            if not (self.text[token[0]].isupper() and token[2].replace("-", "").isalpha()):
                break
            name.append(token)
        if not name:
            return None
        text = self.text[name[0][0]:name[-1][1]]
        first = self._read[0].text if self._read else ""
        if place_key(text) is not None or text in (self.document.title or "") or text in first:
            return None
        return self._place_scope(name[0][0], name[-1][1], ps, True)

    def _recording_place(self, sentence: Sentence, q: Quantity, cue: Cue) -> str | None:
        """"Norvik Bay has recorded 19 deaths", "Vila Belmar registrou 41 mortos": a toll
        recorded by a name of two or more words (or one inside the sentence) heading its clause
        is that place's. One capitalized word opening a sentence may be a common noun
        ("Officials")."""
        verbs = self.lexicon.recording_verbs
        if not verbs or cue.label not in TOLL_SLOTS:
            return None
        clause = sentence.clause_at(q.start)
        tokens = [t for t in sentence.tokens if clause[0] <= t[0] and t[1] <= q.start]
        commas = [n for n, t in enumerate(tokens) if t[2] == ","]
        if commas:  # "En cuanto a las desapariciones, Varenna tiene 43": past a fronted topic
            tokens = tokens[commas[-1] + 1:]
        name = []
        for token in tokens[:FRONTED_PLACE_WORDS]:
            if not self._is_name(token[0], token[1]):
                break
            name.append(token)
        if not name or (len(name) == 1 and name[0][0] == sentence.start
                        and not self._known_place(self.text[name[0][0]:name[0][1]])):
            return None
        rest = [t[2] for t in tokens[len(name):]]
        if not any(tuple(rest[:len(v)]) == v and len(rest) - len(v) <= RECORDED_REACH
                   for v in verbs):
            return None  # ("Norvik Air has confirmed that 12…": the verb is no recording)
        return f"{ORGANIZATION_SCOPE}{self.text[name[0][0]:name[-1][1]]}"

    def _known_place(self, word: str) -> bool:
        """Whether one word is a place: the gazetteer knows it, or the article writes it after a
        locative preposition ("en Hidalgo") — "Officials" or "Reuters" it never does."""
        if place_key(word) is not None:
            return True
        if self._located is None:  # read once per article
            self._located = {t[2] for s in self._read for n, t in enumerate(s.tokens)
                             if n and s.tokens[n - 1][2] in self.lexicon.locative_prepositions}
        return word.lower() in self._located

    def _in_segment(self, sentence: Sentence, q: Quantity) -> bool:
        """"No segmento espacial, perdeu 512 milhões", "in its defence division, revenue rose
        to", "revenue rose 5% in its defence division": a figure of one business segment, not
        the group's — never a segment word far after it ("fell 5.6%, … prices fell in all
        segments": the group's, with a cause)."""
        clause = sentence.clause_at(q.start)
        words = (sentence.words_between(clause[0], q.start)
                 + sentence.words_between(q.end, clause[1])[:SEGMENT_AFTER_REACH])
        if any(self.lexicon.holds(self.lexicon.segment_nouns, w) for w in words):
            return True
        # "il comparto della moda e pelletteria, i cui ricavi si sono fermati a 19,1 miliardi,
        # con un calo dell'8%": a relative clause after a segment noun goes on about the segment
        start = max([o.end for o in self._figures if o.end <= q.start] + [sentence.start])
        before = sentence.words_between(start, q.start)
        nouns = [n for n, w in enumerate(before)
                 if self.lexicon.holds(self.lexicon.segment_nouns, w)]
        after_noun = before[nouns[-1] + 1:nouns[-1] + 1 + SEGMENT_RELATIVE_REACH] if nouns else []
        return any(w in self.lexicon.relative_pronouns for w in after_noun)

    def _ratio(self, sentence: Sentence, q: Quantity, qs: list[Quantity]) -> bool:
        """"une rentabilité des ventes comprise entre 5 et 7 %", "la marge opérationnelle reste à
        4,3 %": a margin noun before the figure (back to the figure before it), nearer to it than
        any money or count slot word, makes it a ratio of two measures, not the change of one."""
        nouns = self.lexicon.ratio_nouns
        if not nouns:
            return False
        # back to the figure before, across commas: "il margine è sceso, dal 16,1% al 15,8%"
        start = max([o.end for o in qs if o.end <= q.start] + [sentence.start])
        found = [(s, e) for s, e, w in sentence.tokens
                 if start <= s and e <= q.start and self.lexicon.holds(nouns, w)]
        if not found:
            return False
        ratios = [_words_apart(sentence, s, e, q.start) for s, e in found]
        # "la rentabilité des ventes": the measure a ratio is of belongs to the ratio
        measures = [_words_apart(sentence, c.start, c.end, q.start) for c in sentence.cues
                    if c.category == "slots" and c.label != "growth" and c.end <= q.start
                    and SLOTS[c.label].value_kind in ("money", "count") and start <= c.start
                    and not any(c.start <= s < c.end for s, _e in found)  # "margine operativo"
                    and not any(e <= c.start and "," not in (between := sentence.words_between(
                        e, c.start)) and len(between) <= RATIO_OF_REACH for _s, e in found)]
        return not measures or min(ratios) < min(measures)

    def _share_price_move(self, sentence: Sentence, q: Quantity, cue: Cue) -> bool:
        """"as ações da X valorizaram 5,83%", "the shares fell 5%": a share price's change, which
        differs by the hour it is read at — when a share noun is nearer the change word than
        any money or count slot word of the clause."""
        nouns = self.lexicon.share_price_nouns
        if not nouns:
            return False
        clause = sentence.clause_at(q.start)
        shares = [_words_apart(sentence, s, e, cue.start) for s, e, w in sentence.tokens
                  if clause[0] <= s < clause[1] and self.lexicon.holds(nouns, w)]
        if not shares:
            return False
        measures = [_words_apart(sentence, c.start, c.end, cue.start) for c in sentence.cues
                    if c.category == "slots" and c.label != "growth"
                    and SLOTS[c.label].value_kind in ("money", "count")
                    and clause[0] <= c.start < clause[1]]
        return not measures or min(shares) < min(measures)

    def _growth_scope(self, sentence: Sentence, q: Quantity, cue: Cue,
                      qs: list[Quantity], ps: Sequence[Period] = ()) -> str | None:
        """What grew, and against what: a change "at constant exchange rates" is compared only
        with such changes, one "from the previous quarter" only with changes against the period
        before ("...-sequential"), whatever grew."""
        near, after = _window(sentence, q, qs)
        around = (near[-GROWTH_QUALIFIER_REACH:], after[:GROWTH_QUALIFIER_REACH])
        lex = self.lexicon
        if any(_holds_phrase(words, lex.constant_currency_phrases) for words in around) and (
                not _holds_phrase(around[1], lex.current_currency_phrases)):
            # ("dell'8% a cambi costanti e del 7% a cambi correnti": the constant-rate phrase
            # before the 7% ends the 8%)
            return f"{PORTION_SCOPE}growth-constant_currency{self._where(sentence, q, cue)}"
        scope = self._growth_measure(sentence, q, cue, qs, ps)
        if scope is not None and any(_holds_phrase(words, lex.sequential_phrases)
                                     for words in around):
            scope += "-sequential"
        return scope

    def _region_changed(self, sentence: Sentence, q: Quantity) -> bool:
        """Whether a place named a few words before a change is what changed ("Europa creció un
        9,3%", "i mercati emergenti, che … sono cresciuti del 17,7%") — not a place the clause
        opens on long before ("Aux États-Unis, la croissance a été à deux chiffres, malgré …
        une hausse de prix de 5 %": the prices' rise)."""
        g = gazetteer(self.document.language)
        if g.pattern is None:
            return False
        named = list(g.pattern.finditer(self.text, sentence.start, q.start))
        if not named:
            return False
        nearest = named[-1]
        words = [w for w in sentence.words_between(nearest.end(), q.start)
                 if any(ch.isalnum() for ch in w)]
        return len(words) <= REGION_CHANGE_REACH

    def _where(self, sentence: Sentence, q: Quantity, cue: Cue) -> str:
        """A change's place as a scope suffix ("@EU"); nothing for the world or no place."""
        place = self._place_of(sentence, q, cue)
        return f"@{place}" if place and place != WORLD else ""

    def _growth_measure(self, sentence: Sentence, q: Quantity, cue: Cue,
                        qs: list[Quantity], ps: Sequence[Period] = ()) -> str | None:
        """What grew, and where: "la cifra de negocio cayó un 11 %" is revenue's change,
        "le résultat opérationnel a chuté de 81%" profit's, "Na Europa, as vendas caíram 4%"
        revenue's in Europe — each compared only with the same measure and place
        ("portion:growth-revenue@EU"). The measure is the nearest other money or count slot word
        in the clause; the place a scope or a place name before the figure in the clause."""
        clause = sentence.clause_at(q.start)
        where = self._where(sentence, q, cue)
        near, after = _window(sentence, q, qs)  # back to the figure before, not across it
        joins = [n for n, w in enumerate(near) if w in self.lexicon.conjunctions]
        # ("3,0 % à données comparables et de 1,6 % en données publiées": the qualifier before
        # "et" is the figure before's)
        own = near[joins[-1] + 1:] if joins else near
        if any(_holds_phrase(words, (phrase,)) for phrase, key in self.lexicon.portions
               if key == "organic" for words in (own, after[:GROWTH_QUALIFIER_REACH])):
            # "organic growth of 3.4%", "En términos orgánicos, las ventas crecieron un 1,3%":
            # growth without currency effects and deals is a measure of its own, named before
            # the figure with no other figure between ("una crescita organica del 3,4% e una
            # crescita interna reale dello 1,3%": only 3,4% is organic)
            return f"{PORTION_SCOPE}growth-organic{where}"
        if _holds_phrase(near[-NEW_BUSINESS_REACH:], self.lexicon.new_business_phrases):
            # "New lending jumped by 27.4%", "La concesión de crédito aumentó un 27,4%": loans
            # granted in the year, not the loan book's growth
            return f"{PORTION_SCOPE}growth-new_business{where}"
        # ("o volume de negócios recuou 17%": a revenue word's own "volume" is no volume)
        in_revenue = {w for c in sentence.cues if c.category == "slots" and c.label == "revenue"
                      and clause[0] <= c.start and c.end <= q.start for w in c.text.lower().split()}
        if any(self.lexicon.holds(self.lexicon.volume_words, w) and w not in in_revenue
               for w in near[-VOLUME_REACH:]):
            # "and volume growth of 1.7%", "the amount of cider it sold grew by 2.4%"
            return f"{PORTION_SCOPE}growth-volume{where}"
        if any(self.lexicon.holds(self.lexicon.cost_nouns, w) for w in near[-COST_REACH:]):
            # "as despesas avançaram 2,1%", "while costs rose 3%": a change of costs, no
            # revenue's or profit's however near their words stand
            return f"{PORTION_SCOPE}growth-costs{where}"
        if any(self.lexicon.holds(self.lexicon.other_measure_nouns, w)
               for w in near[-OTHER_MEASURE_REACH:]):
            # "e o fluxo de caixa operacional caiu 82%", "orders fell 5%": a measure no slot
            # holds, however near a revenue word stands
            return f"{PORTION_SCOPE}growth-other{where}"
        if self._in_segment(sentence, q):
            # "Im Pkw-Bereich sank der Umsatz um 4,2 Prozent": one business segment's change
            return f"{PORTION_SCOPE}growth-segment{where}"
        if (changed := self._changed_thing(sentence, q, ps)) is not None:
            # "un recorte del 9% en su tarifa media", "a 9% cut in fares": the change of what
            # the words after the figure name, though "profit" stands nearer before it
            return f"{PORTION_SCOPE}growth-of-{changed}{where}"
        measures = [c for c in sentence.cues if c.category == "slots" and c.label != "growth"
                    and SLOTS[c.label].value_kind in ("money", "count")
                    and clause[0] <= c.start < clause[1]
                    and not (c.start >= q.end and (any(
                        o is not q and q.end <= o.start and o.end <= c.start
                        and len(sentence.words_between(o.end, c.start)) <= 1 for o in qs)
                        or any(w in self.lexicon.relative_pronouns
                               for w in sentence.words_between(q.end, c.start))
                        or self._owns_next_figure(sentence, q, c, qs)))
                    and not any(o is not q and o.kind == "percent" and o.end <= c.start
                                and len(sentence.words_between(o.end, c.start)) <= 1
                                for o in qs)]
        # ("rose 8% as the lender added eight million customers": a noun another figure counts
        # is that figure's, not what changed; "un 25% más, una mejora que le permite subir el
        # dividendo": a relative clause's noun is another matter; "in crescita dell'8%, e un
        # utile netto di 2,2 miliardi": a measure after "and" with its own amount is the next
        # item of a list; "3,33 miliardi, il 41,4% del fatturato, con un aumento del 6%": a
        # measure right after a percentage is what that share is of)
        if not measures:
            # "Europa creció un 9,3%", "los mercados emergentes subieron un 11,7%": a region's
            # change, of what the article's other figures say (most often sales), compared only
            # with changes of that region no measure is named for
            return f"{PORTION_SCOPE}growth{where}" if where and self._region_changed(
                sentence, q) else None
        nearest = min(measures, key=lambda c: (_words_apart(sentence, c.start, c.end, cue.start),
                                               c.start))
        lex = self.lexicon
        right_after = [c for c in measures if c.start >= q.end and all(
            (w in lex.possessives or w in lex.definite_articles)
            and w not in lex.genitive_prepositions  # "40% do lucro": a share of it
            for w in sentence.words_between(q.end, c.start))
            and len(sentence.words_between(q.end, c.start)) <= 1]
        if right_after:
            # "ha aumentado sus ingresos y ha disparado un 73% su beneficio": the measure the
            # figure itself governs, though the trigger stands nearer another
            nearest = right_after[0]
        measure = nearest.label
        if measure == "price_per_share":
            # "un dividendo de 2,15 euros por acción, un 2,4% más", "le bénéfice net par action
            # … en progression de 2,5 %": the dividend's or the earnings' change, not the price's
            owner = next((c.label for c in sentence.cues if c.category == "slots"
                          and c.label in ("dividend", "profit")
                          and clause[0] <= c.start < nearest.start), None)
            measure = {"dividend": "dividend", "profit": "profit-per_share"}.get(owner, measure)
        if measure == "revenue" and (product := self._sales_of(sentence, nearest)) is not None:
            return f"{PORTION_SCOPE}growth-revenue-of-{product}{where}"
        if measure in PORTIONED_MONEY:
            # "operating profit fell 14%", "net profit fell 17%": two measures, two changes
            end = q.start if nearest.start < q.start else nearest.end
            words = ([w for _s, e, w in sentence.tokens if e <= nearest.start][-2:]
                     + sentence.words_between(nearest.start, end)[:MEASURE_REACH])
            keys = [key for phrase, key in self.lexicon.portions
                    if key in MEASURE_PORTIONS and _holds_phrase(words, (phrase,))]
            # "l'EBITDAaL … en hausse de 4,86 %": after leases, the narrower measure
            key = next((k for k in ("ebitdaal", "ebitda") if k in keys), keys[0] if keys else None)
            if key == "pretax":
                key = self._before_interest(sentence, q) or key
            if key == "operating" and self._adjusted(sentence, q, nearest):
                key = "adjusted_operating"
            elif key == "ebitda" and self._adjusted(sentence, q, nearest, recurring=True):
                key = "adjusted_ebitda"  # "Em termos recorrentes, a descida do EBITDA foi de 1%"
            elif key is None and measure == "profit" and (
                    self._adjusted(sentence, q, nearest, recurring=True)
                    or self._excluding(sentence, q)
                    or self._excluding(sentence, nearest)):
                # "Em termos recorrentes, o resultado líquido subiu 6%", "Hors cet effet, le
                # résultat net affiche une progression de 6 %": the adjusted measure's change
                key = "adjusted"
            measure += f"-{key}" if key else ""
        return f"{PORTION_SCOPE}growth-{measure}{where}"

    def _sales_of(self, sentence: Sentence, cue: Cue) -> str | None:
        """"nas vendas de sumos sem açúcar", "sales of electric cars": the lemma of the
        product whose sales a revenue word names, by the common noun after its genitive; None
        for the organization's ("sales of the group", "ventas de Norvik")."""
        after = [t for t in sentence.tokens if t[0] >= cue.end][:2]
        if len(after) < 2 or after[0][2] not in self.lexicon.genitive_prepositions:
            return None
        lex = self.lexicon
        if after[1][2] in lex.possessives:  # "as vendas do seu medicamento", "sales of its drug"
            after = [t for t in sentence.tokens if t[0] >= cue.end][1:3]
            if len(after) < 2:
                return None
        start, _end, word = after[1]
        if any(p.start <= start < p.end for p in self._periods_of.get(self._sentence_index, ())):
            return None  # "a receita dos primeiros seis meses": a period's, no product's
        if (not word.isalpha() or self.text[start].isupper() or word in lex.stop_words
                or word in lex.determiners or word in lex.possessives or word in lex.cue_words):
            return None
        return lemma(word, lex.lang)

    def _changed_thing(self, sentence: Sentence, q: Quantity,
                       ps: Sequence[Period]) -> str | None:
        """The lemma of a noun no slot names right after a change figure and its preposition
        ("del 9% en su tarifa", "9% des tarifs", "9% in fares"); None when the words after it
        name a slot, a period, a place or nothing."""
        lex = self.lexicon
        linking = lex.change_object_prepositions
        if not linking:
            return None
        after = [t for t in sentence.tokens if t[0] >= q.end][:5]
        if (len(after) > 1 and after[1][2] in linking
                and any(c.category == "slots" and c.start <= after[0][0] < c.end
                        for c in sentence.cues)):
            after = after[1:]  # "a 9% cut in fares": past the change word itself
        skipped = 0
        while skipped < len(after) - 1 and (after[skipped][2] in linking
                                           or after[skipped][2] in lex.determiners
                                           or after[skipped][2] in lex.definite_articles):
            skipped += 1
        if not skipped or not any(t[2] in linking or t[2] in lex.determiners
                                  for t in after[:skipped]):
            return None
        start, end, word = after[skipped]
        if (lex.holds(lex.change_bases, word) and skipped + 1 < len(after)
                and after[skipped + 1][2].isalpha() and after[skipped + 1][2] not in linking):
            if after[skipped + 1][2] in lex.other_event_words:
                return None  # "sull'anno precedente", "sobre el año anterior": a basis
            start, end, word = after[skipped + 1]  # "in average fares": an adjective before it
        if (not word.isalpha() or not self.text[start:start + 1].islower()
                or any(c.start <= start < c.end for c in sentence.cues if c.category == "slots")
                or any(p.start <= start < p.end for p in ps)
                or word in lex.count_nouns or word in lex.stop_words
                or lex.holds(lex.change_bases, word)):
            return None  # "a 12% decline on the year", "en tasa interanual": a basis, no thing
        return lemma(word, self.document.language)

    def _place_of(self, sentence: Sentence, q: Quantity, cue: Cue) -> str | None:
        """The region a period's figure is for: a place scope (one written before the figure
        first), else a place named at the head of the clause ("Sudamérica compensó..., con un
        aumento de la facturación del 6 %")."""
        place = self._scope(sentence, q.start, q.end, before_first=True)
        if place is None:
            g = gazetteer(self.document.language)
            if g.pattern is not None:
                clause = sentence.clause_at(q.start)
                named = with_exclusions(
                    [(clause[0] + m.start(), clause[0] + m.end(), g.names[m.group(0)])
                     for m in g.pattern.finditer(self.text[clause[0]:min(cue.start, q.start)])],
                    sentence.tokens, g)  # "En Asie hors Japon": Asia without Japan
                if not named and clause[0] > sentence.start and not any(
                        sentence.start <= o.start < clause[0] for o in self._figures):
                    # "Europa también registró números rojos: sus ingresos retrocedieron un 3%":
                    # a place opening the sentence, before any figure, is the clause's after it
                    opening = g.pattern.match(self.text, sentence.start)
                    if opening is not None:
                        named = [(opening.start(), opening.end(), g.names[opening.group(0)])]
                # ("quella dell'America Latina, salita del 24,2%, seguita dai mercati
                # emergenti, che … sono cresciuti del 17,7%": a place another figure follows
                # is that figure's, when a place stands after it)
                own = [n for n in named if not any(
                    n[1] <= o.start and o.end <= q.start and not _year_figure(o)
                    for o in self._figures)]
                named = own or named
                place = named[0][2] if named else None
                if named and self._describes_organization(sentence, named[0][0]):
                    place = None  # "el fabricante prémium de Norvik": where it is based
        return place

    def _describes_organization(self, sentence: Sentence, position: int) -> bool:
        """Whether the place at ``position`` follows a genitive preposition after a noun for
        an organization ("el fabricante de Norvik", "the carmaker from Norvik" is not the
        region of the figures)."""
        before = [t for t in sentence.tokens if t[1] <= position][-3:]
        if not before or before[-1][2] not in self.lexicon.genitive_prepositions:
            return False
        return any(c.category == "anaphora" and c.start <= t[0] < c.end
                   for t in before[:-1] for c in sentence.cues)

    def _sentence_scopes(self, sentence: Sentence) -> list[tuple[int, int, str]]:
        found = self._scopes_of.get(sentence.index)
        if found is None:
            found = self._scopes_of[sentence.index] = scopes(
                sentence.text, sentence.start, sentence.tokens, self.document.language)
        return found

    def _links(self, between: list[str]) -> bool:
        """Whether the words between a figure and a trigger after it join them: linking words,
        and at most one adjective right before the trigger after one ("6,4 pour cent des
        deuxièmes voix", "20% of annual revenue")."""
        linking = self.lexicon.linking_words
        if all(t in linking for t in between):
            return True
        *head, last = between or [""]
        return (len(head) >= 1 and all(t in linking for t in head) and last.isalpha()
                and last not in self.lexicon.cue_words and last not in self.lexicon.stop_words)

    def _is_unit_noun(self, cue: Cue) -> bool:
        text = cue.text.lower()
        units = self.lexicon.unit_nouns
        return text in units or (" " not in text and self.lexicon.holds(units, text))

    def _time_mention(self, sentence, cue, qs, ps) -> Mention | None:
        kind = SLOTS[cue.label].value_kind
        # "expected to close in the fourth quarter": a deal's completion is often given by a
        # quarter or a half; an event's day or month never is
        wanted = (("year",) if kind == "year" else ("date", "month", "quarter", "half")
                  if cue.label in SPAN_DATED else ("date", "month"))
        clause = sentence.clause_at(cue.start)
        candidates = [p for p in ps if p.kind in wanted and p.value
                      and clause[0] <= p.start < clause[1]]
        if cue.label in UNTIL_SLOTS:
            # "contrato até junho de 2027", "Vertrag bis 2030": the year a term runs until, never
            # the year it was signed
            candidates = [p for p in ps if p.kind in ("year", "month", "date") and p.value
                          and clause[0] <= p.start < clause[1] and self._until(sentence, p)]
        scored = []
        for p in candidates:
            if p.start >= cue.end:
                between = sentence.words_between(cue.end, p.start)
                if ("," in between and cue.label not in UNTIL_SLOTS
                        and not self._place_aside(between)):
                    # "survenu sur le fleuve, s'est alourdi samedi": another verb's date (but "un
                    # contrato de seis temporadas, hasta 2030" is the contract's end)
                    continue
                if len(between) <= DATE_REACH:
                    scored.append((len(between), p.start, p))
            elif p.end <= cue.start:
                gap = len(sentence.words_between(p.end, cue.start))
                if self._dated_by_another_trigger(sentence, p, cue):
                    continue  # "arrestados el sábado por el robo": the arrest's day
                if gap <= 3:
                    scored.append((gap + 0.5, p.start, p))
                elif self._clefted(sentence, clause, p):
                    scored.append((1.5, p.start, p))
                elif self._fronted(sentence, clause, p, cue):
                    scored.append((2.5, p.start, p))
        if not scored:
            return None
        period = min(scored)[2]
        if kind == "year":
            year = float(period.value[:4])
            extra = self._option_years(sentence, period.end) if cue.label in UNTIL_SLOTS else 0
            value = Value(kind="year", text=period.text, low=year, high=year + extra, point=year)
        else:
            value = Value(kind="date", text=period.text, label=period.value)
        modality, condition = self._modality(sentence, cue.start, period.start)
        scope = None
        if cue.label in UNTIL_SLOTS and self._holds_past_state(sentence, clause):
            # "tinha contrato até 2027", "ursprünglich bis 2025 gebunden": the contract he had,
            # never compared with the one he signs
            scope = f"{PORTION_SCOPE}previous"
        elif cue.label in UNTIL_SLOTS and any(
                w in self.lexicon.still_words
                for w in [w for w in sentence.words_between(clause[0], period.start)
                          if any(ch.isalnum() for ch in w)][-STILL_REACH:]):
            # "Sein Vertrag gilt noch bis zum 31. Mai", "continua ligado por contrato até 31 de
            # maio": the contract held now, not the one signed
            scope = f"{PORTION_SCOPE}previous"
        elif cue.label in UNTIL_SLOTS and self._contract_left(sentence, period.end, cue):
            # "Lié au Varenne jusqu'en juin 2027, il quitte son club formateur": the one he leaves
            scope = f"{PORTION_SCOPE}previous"
        elif cue.label in UNTIL_SLOTS and any(
                w in self.lexicon.option_words
                for w in sentence.words_between(clause[0], period.start)[-OPTION_REACH:]):
            # "lässt sich per Option bis 2029 verlängern": the end an option would
            # give, not the one agreed (but "bis 2030, mit Option auf ein weiteres Jahr" is)
            scope = f"{PORTION_SCOPE}option"
        elif cue.label == "occurred" and any(
                w in self.lexicon.night_words
                for w in sentence.words_between(sentence.start, period.start)[-NIGHT_REACH:]):
            # "in der Nacht zum Freitag", "la noche del jueves": a night runs over two dates, and
            # outlets name either; no date to hold them to (early hours are one day's)
            return None
        elif cue.label == "occurred":
            anchor = Quantity(0.0, 0.0, 0.0, None, False, period.start, period.end, period.text,
                              "date", None, "date.anchor")
            if modality == "asserted" and self._pluperfect(sentence, anchor, []):
                scope = EARLIER_SCOPE  # "la tempête avait frappé X le 14 mars": before this
            elif self._long_before(period):
                scope = EARLIER_SCOPE  # "Nell'agosto 2009 … era caduto un elicottero"
            elif self._other_event_after(sentence, cue):
                scope = EARLIER_SCOPE  # "El 11 de octubre se produjo otro fuerte sismo"
            elif place := self._arrival_place(sentence, cue):
                scope = place  # "chegou ao Vietnã": the day it reached Vietnam
            elif self._says_verb_of(cue, self.lexicon.start_verbs):
                scope = f"{PORTION_SCOPE}start"  # "la huelga arrancó el sábado": its first day
            elif round_ := self._election_round(sentence, anchor, []):
                scope = f"{PORTION_SCOPE}round-{round_}"  # "na primeira volta, de 6 de abril"
            elif self._since_an_event(sentence, cue):
                # "the first major incident since the collision …, which occurred on 3
                # March": the event a story is measured against, an earlier one
                scope = EARLIER_SCOPE
        return Mention(sentence.index, cue.label, value, period.start, period.end, cue, None,
                       modality, f"{cue.label}.{period.rule or period.kind}", condition, 0.85,
                       scope=scope)

    def _place_aside(self, between: list[str]) -> bool:
        """Whether the only commas between an event word and its date close a place set aside
        ("atingiu a costa de X, no norte do país, no domingo (8)"): the date is still
        the event's."""
        commas = [n for n, w in enumerate(between) if w == ","]
        if len(commas) != 2 or len(between) - commas[1] > PLACE_ASIDE_TAIL:
            return False
        aside = between[commas[0] + 1:commas[1]]
        return bool(aside) and aside[0] in self.lexicon.locative_prepositions

    def _dated_by_another_trigger(self, sentence: Sentence, period: Period, cue: Cue) -> bool:
        """Whether the word right before a date, before the event word, is another slot's
        trigger ("arrestados el sábado por el robo", "arrested on Saturday over the theft"):
        the date is that trigger's."""
        token = sentence.token_before(period.start)
        if token is None or token[0] >= cue.start:
            return False
        return any(c.category == "slots" and c.label != cue.label and c.start <= token[0] < c.end
                   for c in sentence.cues)

    def _periods_for(self, slot: str, sentence: Sentence, ps: list[Period]) -> list[Period]:
        """The periods that may date a figure of ``slot``: for a price or pay, not a term's end
        ("guadagnerà 9 milioni annui fino al 30 giugno 2031"); a plan's horizon ("bis 2029 2.500
        Stellen") and a period's figures keep theirs."""
        if SLOTS[slot].value_kind != "money" or SLOTS[slot].per_period:
            return ps
        return [p for p in ps if not self._until(sentence, p)]

    def _until(self, sentence: Sentence, period: Period) -> bool:
        """Whether an "until" word opens a period or stands right before it ("até 2027",
        "bis Sommer 2025", "jusqu'en 2030")."""
        words = self.lexicon.until_words
        first = sentence.token_after(period.start)
        before = [t for t in sentence.tokens if t[1] <= period.start][-2:]  # "bis Sommer 2025"
        if len(before) == 2 and not self.text[before[1][0]:before[1][0] + 1].isupper():
            before = before[1:]  # "returned to work on 9 October": no term's end
        return any(t is not None and (t[2] in words or t[2].rstrip("'’") in words)
                   for t in (first, *before))

    def _announces_another_thing(self, sentence: Sentence, cue: Cue) -> bool:
        """Whether what is announced is a plan, results or talks, named just before the verb
        ("le plan de croissance présenté en mars") or soon after it ("announced on Tuesday that
        it had opened negotiations"): that date is theirs, not the deal's."""
        words = self.lexicon.announced_other_objects
        if not words:
            return False
        before = sentence.words_between(cue.start - 40, cue.start)[-ANNOUNCED_OBJECT_BEFORE:]
        after = sentence.words_between(cue.end, sentence.end)[:ANNOUNCED_OBJECT_AFTER]
        return any(self.lexicon.holds(words, w) for w in before + after)

    def _of_something_new(self, sentence: Sentence, cue: Cue) -> bool:
        """"uma passarela desabou" in a storm's story: an event verb whose subject an indefinite
        article brings in is another thing's event — unless that thing is an event ("a powerful
        earthquake struck") or a vehicle ("an overloaded ferry capsized"), a story's own."""
        before = [w for _s, e, w in sentence.tokens if e <= cue.start][-4:]
        lex = self.lexicon
        article = next((n for n in range(len(before) - 2, -1, -1)
                        if before[n] in lex.indefinite_articles
                        or before[n] in lex.other_event_words), None)
        if article is None:
            return False
        # the subject and what stands before the verb ("un pont s'est effondré"): words only
        subject = before[article + 1:]
        if any(w in lex.other_event_words for w in before[article:]):
            return True  # "otro ferry se hundió", "a smaller dinghy sank": not the story's
        return (all(w.rstrip("'’").isalpha() for w in subject)
                and subject[-1] not in lex.indefinite_articles
                and not any(self._event_or_vehicle(w) for w in subject))

    def _event_or_vehicle(self, word: str) -> bool:
        """Whether a word names a story's kind of event or a vehicle ("earthquake", "ferry")."""
        lex = self.lexicon
        return (lex.holds(lex.event_nouns, word) or word in lex.vehicle_kinds
                or lemma(word, lex.lang) in lex.vehicle_kinds)

    def _pay_rate_after(self, sentence: Sentence, q: Quantity) -> Cue | None:
        """A salary word of a rate right after an amount, or after its bracketed conversion
        ("3 million euros (US$3.5 million) per season", "2,5 milioni a stagione"): pay, whatever
        deal word came before."""
        for cue in sentence.cues:
            if cue.category != "slots" or cue.label != "salary" or cue.start < q.end:
                continue
            if _BRACKET_OR_NOTHING.fullmatch(self.text[q.end:cue.start]):
                return cue
        return None

    def _since_an_event(self, sentence: Sentence, cue: Cue) -> bool:
        """Whether "since" and an event noun come before an event verb in its sentence ("desde
        el choque en el aire …, ocurrido el 3 de marzo", "seit dem Erdbeben"): the verb dates
        that earlier event."""
        lex = self.lexicon
        words = sentence.words_between(sentence.start, cue.start)
        return any(w in lex.since_words and any(lex.holds(lex.event_nouns, x)
                                                for x in words[n + 1:n + 1 + SINCE_REACH])
                   for n, w in enumerate(words))

    def _occurrence_of_no_event(self, sentence: Sentence, cue: Cue) -> bool:
        """"a assinatura aconteceu na quarta-feira", "el anuncio, que se produjo el lunes": a
        verb that only says something took place dates the story's event when an event noun or
        a vehicle stands near it ("the crash happened", "l'incendie s'est produit"), not any
        signing, meeting or announcement."""
        lex = self.lexicon
        if not self._says_verb_of(cue, lex.occurrence_verbs):
            return False
        clause = sentence.clause_at(cue.start)
        near = (sentence.words_between(clause[0], cue.start)[-OCCURRENCE_REACH:]
                + sentence.words_between(cue.end, clause[1])[:OCCURRENCE_REACH])
        return not any(self._event_or_vehicle(w) for w in near)

    def _says_verb_of(self, cue: Cue, verbs: tuple[str, ...]) -> bool:
        """Whether a cue is one of ``verbs`` as written or word by word by lemma ("acontecem
        desde fevereiro" is "aconteceu"'s verb, "sont arrivés" "est arrivé"'s)."""
        lang = self.lexicon.lang
        text = cue.text.lower()
        return text in verbs or _phrase_lemmas(text, lang) in _verb_lemmas(verbs, lang)

    def _start_inflected(self, cue: Cue) -> bool:
        """Whether a cue is a start verb in another form than the past that dates a start
        ("rotating strikes starting in March", "la grève qui commencera lundi"): a plan's start,
        no date of the event."""
        starts = self.lexicon.start_verbs
        return (self._says_verb_of(cue, starts)
                and cue.text.lower() not in starts)

    def _arrival_place(self, sentence: Sentence, cue: Cue) -> str | None:
        """"O tufão Kajiki chegou ao Vietnã nesta segunda-feira": a storm reaches many places
        on many days, so an arrival dates the event at the place named right after it (its
        key, "at:VN"); "" when the verb is no arrival's, None when it names no known place."""
        if not self._says_verb_of(cue, self.lexicon.arrival_verbs):
            return ""
        g = gazetteer(self.document.language)
        clause = sentence.clause_at(cue.start)
        found = g.pattern.search(self.text, cue.end, clause[1]) if g.pattern is not None else None
        if found is None or len(sentence.words_between(cue.end, found.start())) > ARRIVAL_REACH:
            return None
        return f"{ORGANIZATION_SCOPE}{g.names[found.group(0)]}"

    def _several_events(self, sentence: Sentence, cue: Cue) -> bool:
        """"El mes pasado estallaron varias manifestaciones", "si sono tenute nuove proteste":
        a plural event noun after a word for several, in the event verb's clause, is many
        events, whose date is none of the story's one."""
        lex = self.lexicon
        clause = sentence.clause_at(cue.start)
        words = sentence.words_between(clause[0], clause[1])
        return any(w in lex.several_words and self._event_or_vehicle(nxt)
                   and lemma(nxt, lex.lang) != nxt
                   for w, nxt in itertools.pairwise(words))

    def _long_before(self, period: Period) -> bool:
        """Whether an event's date lies over a year before the article's: another event (a
        crash in the same river in 2009), never the story's."""
        published = self.document.published
        span = date_span(period.value or "")
        if published is None or span is None:
            return False
        earliest = getattr(published, "earliest", published)
        (year, month, _day) = span[1]
        return (earliest.year - year) * 12 + earliest.month - month > EARLIER_EVENT_MONTHS

    def _counted_events(self, sentence: Sentence, cue: Cue, qs: list[Quantity]) -> bool:
        """"près de 3 400 séismes se sont produits en mars", "three storms hit
        the coast in May": events counted in the clause of an event verb are many, and their
        date is no single event's (the story's own is one)."""
        clause = sentence.clause_at(cue.start)
        for q in qs:
            if (q.kind != "number" or q.value < 2 or not q.value.is_integer()
                    or not clause[0] <= q.start < clause[1]):
                continue
            after = sentence.token_after(q.end)
            if (after is not None and self._event_or_vehicle(after[2])
                    and lemma(after[2], self.lexicon.lang) != after[2]):
                return True  # a plural ("a magnitude 7 earthquake" is one)
        return False

    def _agreement_made(self, sentence: Sentence, cue: Cue) -> bool:
        """"ha cerrado un acuerdo", "a conclu un accord", "eine Vereinbarung abgeschlossen": a
        completion word whose object is an agreement says the agreement was struck (the deal's
        announcement), not that the deal was completed."""
        nouns = self.lexicon.agreement_nouns
        after = sentence.words_between(cue.end, sentence.end)[:AGREEMENT_REACH]
        before = sentence.words_between(sentence.start, cue.start)[-AGREEMENT_REACH:]
        return any(self.lexicon.holds(nouns, w) for w in after + before)

    def _about_a_deal(self, sentence: Sentence) -> bool:
        """Whether the sentence speaks of a deal or an agreement (a deal word, a generic deal
        noun: "accord", "Kompromiss", "agreement", or in a transfer story a signing: "la
        llegada de X"): only then is an announcement or completion date the story's, not one of
        a company's many."""
        if any(c.category == "deal_types" for c in sentence.cues):
            return True
        lex = self.lexicon
        if any(lex.holds(lex.deal_nouns, w) for _s, _e, w in sentence.tokens):
            return True
        # ("anunciou a chegada de 400 reforços" is no signing: only where a player is signed)
        return self._transfer_article and any(lex.holds(lex.signing_words, w)
                                               for _s, _e, w in sentence.tokens)

    def _clefted(self, sentence: Sentence, clause: tuple[int, int], period: Period) -> bool:
        """"C'est le 4 mai que X a annoncé", "Fue el 3 de mayo cuando": a period put in focus
        by a cleft at the head of its clause dates the verb of the clause that follows it."""
        opener = " ".join(sentence.words_between(clause[0], period.start)).replace("' ", "'")
        after = sentence.token_after(period.end)
        return (after is not None and after[2] in self.lexicon.cleft_joiners
                and opener in self.lexicon.cleft_openers)

    def _fronted(self, sentence: Sentence, clause: tuple[int, int], period: Period,
                 cue: Cue) -> bool:
        """"Early Tuesday, a ship rammed…", "Na madrugada desta terça-feira (14), um trecho de
        uma ponte… veio abaixo": a period fronted at the head of its clause and closed by a
        comma dates the clause's first event verb, however far it stands."""
        if len(sentence.words_between(clause[0], period.start)) > FRONTED_OPENER:
            return False
        after = sentence.token_after(period.end)
        if after is None or after[2] != ",":
            return False
        between = sentence.words_between(period.end, cue.start)[1:]
        if len(between) > FRONTED_REACH:
            return False
        lex = self.lexicon
        if any(w in lex.relative_pronouns or (w in lex.conjunctions and between[n - 1] == ",")
               for n, w in enumerate(between) if n):
            return False  # "Le 3 mars, la Bourse a reculé, et … pensent que X a annoncé"
        return not any(
            c.category == "slots" and c.label == cue.label and period.end <= c.start < cue.start
            for c in sentence.cues)

    def _relation_noun_mention(self, sentence: Sentence, noun: Cue) -> Mention | None:
        """"will continue its partnership with X", "hat die Zusammenarbeit mit X beendet": a
        relation noun and, within reach in its clause, one verb saying whether it goes on."""
        clause = sentence.clause_at(noun.start)
        verbs = []
        for cue in sentence.cues:
            if cue.category != "relation_verbs" or not (clause[0] <= cue.start < clause[1]):
                continue
            low, high = (cue.end, noun.start) if cue.end <= noun.start else (noun.end, cue.start)
            if len(sentence.words_between(low, high)) <= RELATION_REACH:
                verbs.append(cue)
        if len({v.label for v in verbs}) != 1:
            return None  # no verb, or both polarities: cannot tell
        verb = verbs[0]
        start, end = min(verb.start, noun.start), max(verb.end, noun.end)
        value = Value(kind="relation", text=self.text[start:end], label=verb.label)
        modality, condition = self._modality(sentence, start, start)
        return Mention(sentence.index, "relationship", value, start, end, noun, None, modality,
                       "relationship.noun_verb.v1", condition, 0.75)

    def _deal_mention(self, sentence, cue, qs, ps=()) -> Mention | None:
        """A word naming the kind of deal; "acquired a 49% stake" is about a stake, not control.
        A deal dated to a year before the article's ("bought the club in 1998") is an earlier
        deal, never this one."""
        if cue.label in ("acquisition", "merger"):
            clause = sentence.clause_at(cue.start)

            def near(start: int, end: int) -> bool:
                if not (clause[0] <= start < clause[1]):
                    return False
                gap = (sentence.words_between(cue.end, start) if start >= cue.end
                       else sentence.words_between(end, cue.start))
                return len(gap) <= STAKE_REACH

            if any(o.category == "stake_words" and near(o.start, o.end) for o in sentence.cues):
                return None
            if sentence.token_after(cue.end) and (
                    sentence.token_after(cue.end)[2] in self.lexicon.increment_words):
                return None  # "applied to buy more": more shares, not the company
            if any(q.kind in _PERCENT_KINDS and near(q.start, q.end) for q in qs):
                return None
            if self._another_sense(sentence, cue):
                return None  # "take over as CEO", "übernimmt die Leitung": a post, not a company
            if sentence.word_before(cue.start) in self.lexicon.indefinite_articles:
                return None  # "eine Übernahme verlor an Attraktivität": deals in general
        value = Value(kind="category", text=cue.text, label=cue.label)
        modality, condition = self._modality(sentence, cue.start, cue.start)
        if modality in ("asserted", "reported"):
            clause = sentence.clause_at(cue.start)
            in_clause = [c for c in sentence.cues if c.category == "modality"
                         and clause[0] <= c.start < clause[1]]
            if any(self.lexicon.holds(self.lexicon.failure_words, w)
                   for _s, _e, w in sentence.tokens):
                modality = "hypothetical"  # "ha fracasado en la opa": a deal attempted, not made
            elif any(c.label == "hypothetical" for c in in_clause):
                modality = "hypothetical"  # "Aus dem Zusammenschluss wäre ... hervorgegangen"
            elif any(c.label == "negation" and c.start < cue.start for c in in_clause):
                modality = "negated"  # "não conseguiu levar por diante a Oferta de Aquisição"
        published = self.document.published
        clause = sentence.clause_at(cue.start)
        earlier = published is not None and any(
            p.value and p.kind == "year" and p.value.isdigit() and int(p.value) < published.year
            and clause[0] <= p.start < clause[1] for p in ps)
        return Mention(sentence.index, "deal_type", value, cue.start, cue.end, cue, None, modality,
                       f"deal_type.{cue.label}.v1", condition, 0.8,
                       scope=EARLIER_SCOPE if earlier else None)

    def _another_sense(self, sentence: Sentence, cue: Cue) -> bool:
        """Whether the words right after an acquisition word give it another sense: a post
        taken over ("as CEO", "die Leitung", "la dirección") or people hired ("des talents",
        "engineers"): an acquisition needs an organization or its shares as object."""
        lex = self.lexicon
        after = [w for s, _, w in sentence.tokens if s >= cue.end][:SENSE_REACH]
        if after and after[0] in lex.role_conjunctions:
            return True  # "take over as", not "acquired X as part of"
        return any(lex.holds(lex.other_sense_objects, w) for w in after)

    # -- modality --------------------------------------------------------------------------
    def _modality(self, sentence: Sentence, anchor: int,
                  value_start: int) -> tuple[str, str | None]:
        """Negated > hypothetical > forecast > reported > asserted, each cue within its reach."""
        clause = sentence.clause_at(value_start)
        cues = [c for c in sentence.cues if c.category == "modality"
                and (c.label != "condition" or self._opens_condition(sentence, c))
                and not (len(c.text) > 1 and c.text.isupper())]  # "le PAS obtient": a name
        conditions = [c for c in cues if c.label == "condition"]
        for cue in cues:
            if cue.label == "negation" and clause[0] <= cue.start < anchor:
                if any(self._inside_condition(sentence, c, cue) for c in conditions):
                    continue  # "si la fusion n'aboutissait pas, le prix serait de 4 milliards"
                between = sentence.words_between(cue.end, anchor)
                if any(w in self.lexicon.restrictive_words for w in between):
                    continue  # "ne compte plus que 9 sièges": only 9, none denied
                if len(between) < NEGATION_REACH:
                    return "negated", None
        for cue in cues:
            if cue.label == "condition" and sentence.start <= cue.start < value_start:
                if self._defines_measure(sentence, cue):
                    continue  # "si se excluyen los extraordinarios, ganó 75 millones"
                return "hypothetical", self._scenario(sentence, cue)
            if cue.label == "hypothetical" and clause[0] <= cue.start < value_start:
                backshift = (cue.text.lower() in self.lexicon.backshift
                             or self._conditional_form(cue.text.lower()))
                if backshift and any(
                        c.label == "speech" and c.end <= cue.start for c in cues):
                    return "reported", None  # "said it would keep working with": reported
                if backshift and any(c.label == "reported" and c.end <= cue.start
                                     for c in cues):
                    # "D'après X, l'indemnité serait de 63 millions", "secondo X, il costo
                    # sarebbe di": the conditional of reported news, with its source
                    return "reported", None
                if backshift and _holds_phrase(sentence.words_between(sentence.start, cue.start),
                                               self.lexicon.agreement_terms):
                    continue  # "Under the terms of the deal, X would pay $120": agreed terms
                return "hypothetical", None
        for cue in cues:
            if cue.label == "forecast" and clause[0] <= cue.start < value_start:
                if len(sentence.words_between(cue.end, value_start)) <= FORECAST_REACH:
                    return "forecast", None
        if self._in_verb_final_clause(sentence, value_start):
            # "…, dass X bis 2030 mehr als zehn Milliarden beitragen könnte": the modal verb
            # closes the subordinate clause, after the figure, with no comma between
            for cue in cues:
                if (cue.label in ("hypothetical", "forecast") and value_start < cue.start
                        and cue.start < clause[1] and "," not in
                        sentence.words_between(value_start, cue.start)):
                    return cue.label, None
        if any(c.label == "reported" for c in cues):
            return "reported", None
        return "asserted", None

    def _defines_measure(self, sentence: Sentence, condition: Cue) -> bool:
        """"if one-off items are excluded", "si se excluyen los efectos extraordinarios",
        "wenn man Sondereffekte herausrechnet": an if-clause that leaves items out defines an
        adjusted measure, and the figure after it is stated as fact. One that leaves out a named
        business ("si se excluyen los ingresos de X") makes a measure no other outlet need share:
        it stays a hypothesis."""
        tokens = [t for t in sentence.tokens if t[0] >= condition.end]
        ends = [n for n, t in enumerate(tokens) if t[2] == ","]
        tokens = tokens[:ends[0]] if ends else tokens
        if any(self.text[s:s + 1].isupper() for s, _e, _w in tokens):
            return False
        return _holds_phrase([w for _s, _e, w in tokens], self.lexicon.exclusion_words)

    def _in_verb_final_clause(self, sentence: Sentence, position: int) -> bool:
        """Whether ``position`` lies in a subordinate clause of a language that ends such clauses
        on their verb: a subordinator right after the last comma before it ("…, dass …")."""
        subordinators = self.lexicon.verb_final_subordinators
        if not subordinators:
            return False
        before = sentence.words_between(sentence.start, position)
        if "," not in before:
            return False
        after_comma = before[len(before) - before[::-1].index(","):]
        return bool(after_comma) and after_comma[0] in subordinators

    def _opens_condition(self, sentence: Sentence, cue: Cue) -> bool:
        """An inverted condition word ("Should the deal fail", "Sollte die Übernahme
        scheitern", "De no concretarse") opens a condition only at the head of its clause."""
        if cue.text.lower() not in self.lexicon.inverted_conditions:
            return True
        clause = sentence.clause_at(cue.start)
        before = sentence.words_between(clause[0], cue.start)
        return all(not w.isalnum() for w in before)

    def _inside_condition(self, sentence: Sentence, condition: Cue, cue: Cue) -> bool:
        """Whether ``cue`` lies in the if-clause ``condition`` opens (up to its first comma)."""
        if condition.text.lower() in self.lexicon.backward_conditions:
            return False
        if not condition.start <= cue.start:
            return False
        return not any(w in (",", ";", ":") for w in
                       sentence.words_between(condition.end, cue.start))

    def _scenario(self, sentence: Sentence, cue: Cue) -> str:
        """The condition as a story-level scenario, so that outlets' figures for the same one
        compare across wording and language: "deal fails" for "should the merger fail", "si la
        fusion n'aboutissait pas", "de no concretarse la compra"; "deal succeeds" for "if the deal
        closes"; "otherwise", "andernfalls", "en caso contrario" flip the scenario written before
        them. Else the condition's content words, lowercased and sorted."""
        lex = self.lexicon
        if cue.text.lower() in lex.backward_conditions:
            flipped = {"deal fails": "deal succeeds", "deal succeeds": "deal fails"}
            if self._last_scenario is not None:
                return flipped.get(self._last_scenario, f"not ({self._last_scenario})")
            before = re.findall(r"\w+", self.folded[max(0, sentence.start - BACKWARD_REACH):
                                                    sentence.start].lower())
            if {lemma(w, lex.lang) for w in before} & lex.deal_nouns:
                return "deal fails"  # "X hopes to close the purchase. Otherwise, ..."
            return "otherwise"
        rest = self.folded[cue.end:sentence.end]
        clause = re.split(r"[,;:]", rest, maxsplit=1)[0]
        words = [w for w in re.findall(r"\w+", clause.lower())]
        lemmas = {lemma(w, lex.lang) for w in words} | set(words)
        negated = cue.text.lower() in lex.negative_conditions or any(
            w in lex.negation_words for w in words)
        text = " ".join(words)
        deal = bool(lemmas & lex.deal_nouns) or any(
            f" {phrase} " in f" {text} " for phrase in lex.deal_nouns)
        fails = bool(lemmas & lex.failure_words)
        succeeds = bool(lemmas & lex.success_words) or any(
            f" {phrase} " in f" {text} " for phrase in lex.success_words)
        if deal and (fails or succeeds):
            # "should the merger fail": fails; "if it does not go through": fails too
            scenario = "deal fails" if fails != negated else "deal succeeds"
        else:
            scenario = " ".join(sorted({w for w in words if w not in lex.stop_words}))
        self._last_scenario = scenario
        return scenario


def _first_tranches(made: list[Mention]) -> list[Mention]:
    """"suprimirá 3.000 puestos … y recortará otros 4.000": a figure followed in its sentence by
    "another" one of its slot is the first tranche of their sum, not the total."""
    additional = f"{PORTION_SCOPE}additional"
    later = [m for m in made if m.scope == additional]
    return [dataclasses.replace(m, scope=PART_SCOPE)
            if m.scope is None and any(o.attribute == m.attribute and o.value_start > m.value_end
                                       for o in later) else m
            for m in made]


def _shared_context(scope: str | None) -> str | None:
    """The part of a figure's scope a figure set against it shares ("61,2 % frente al 38,8 %
    de Y" abroad, in one round, at one stage of the count, or of an earlier event); the rest
    (a part, a place of its own) is its owner's."""
    shared = (f"{PORTION_SCOPE}abroad", f"{PORTION_SCOPE}counted-", f"{PORTION_SCOPE}round-",
              EARLIER_SCOPE, UPPER_HOUSE_SCOPE)
    return scope if scope is not None and scope.startswith(shared) else None


def _next_figure(q: Quantity, qs: list[Quantity], ps: Sequence[Period]) -> Quantity | None:
    """The first figure after ``q`` that is no year of a period ("from 8% in 2022 to 19%": the
    19%)."""
    return next((o for o in qs if o.start >= q.end
                 and not any(p.start <= o.start and o.end <= p.end for p in ps)), None)


def _period_between(q: Quantity, after: Quantity | None, ps: Sequence[Period],
                    resolved: bool = False) -> bool:
    """Whether a period (with ``resolved``, one with a value) stands between ``q`` and the
    figure ``after`` it ("from 62.7% in 2020 to 59.7%")."""
    return after is not None and any(p.start >= q.end and p.end <= after.start
                                     and (p.value or not resolved) for p in ps)


def _staged_by_neighbours(mentions: list[Mention], stages: dict[int, str]) -> list[Mention]:
    """"X gewann mit 57,3 Prozent. Das geht aus Teilergebnissen hervor (…72 Prozent der
    Stimmen). Auf Y entfielen demnach 42,7 Prozent.": shares of the vote that name no stage of
    the count, beside a sentence naming one (and no other stage beside them), are read at that
    stage. Seats are left as they are: a seat count beside a stage is as often a final tally.
    An article whose first sentence names how much of the count was done, and no other stage,
    is written on the count's night ("segundo os resultados divulgados quando estavam apurados
    90,86% dos votos"): its results and its turnout, wherever they stand, are of that stage."""
    lead = stages.get(0)  # a share counted ("90.86"), not "partial": provisional results are
    # often the whole count
    throughout = (lead if lead is not None and lead[:1].isdigit() and set(stages.values()) == {lead}
                  else None)
    # "Quando è stato conteggiato il 27,4% delle schede, X aveva il 47,3%. Y si fermava al 33,8%.
    # Al terzo posto Z, con il 15,3%.": a run of sentences of shares carries the stage on
    # ("… 97,8 Prozent der Stimmen ausgezählt. Die Wahlbeteiligung betrug 47 Prozent. Nach
    # dieser Auszählung kam X auf 38,4 Prozent": a turnout told at the stage carries it too)
    shares = {m.sentence for m in mentions
              if m.attribute in ("vote_share", "turnout") and m.scope is None}
    staged = dict(stages)
    changed = True
    while changed:
        changed = False
        for index in sorted(shares - staged.keys()):
            near = {staged[i] for i in (index - 1, index + 1) if i in staged}
            if len(near) == 1:
                staged[index] = near.pop()
                changed = True
    out = []
    for m in mentions:
        if (m.attribute == "vote_share" and m.scope is None and m.sentence not in stages
                and m.sentence in staged):
            m = dataclasses.replace(m, scope=f"{PORTION_SCOPE}counted-{staged[m.sentence]}")
        elif throughout and m.attribute in ROUND_SLOTS and m.scope is None:
            m = dataclasses.replace(m, scope=f"{PORTION_SCOPE}counted-{throughout}")
        out.append(m)
    return out


#: hedges of a job cut that bound it from above, and from below
_CEILINGS = frozenset({"up_to", "under"})
_FLOORS = frozenset({"over", "at_least"})


def _shares_bounded_by_their_cut(mentions: list[Mention]) -> list[Mention]:
    """"Norvik will cut up to 1,740 jobs … the cuts, equal to 6.3% of the workforce": a share of
    staff is the share of the cut the article counts, so it is bounded as that count is — "up to
    6.3%" after "up to 1,740", "over 4.4%" after "over 1,520" — when every job count of the article
    is bounded the same way."""
    cuts = [m.value.hedge for m in mentions if m.attribute == "layoffs" and m.scope is None]
    if not cuts or not (set(cuts) <= _CEILINGS or set(cuts) <= _FLOORS):
        return mentions
    ceiling = set(cuts) <= _CEILINGS
    out = []
    for m in mentions:
        if (m.attribute == "workforce_cut" and m.scope is None and m.value.hedge is None
                and m.value.kind == "percent"):
            value = (dataclasses.replace(m.value, low=0.0, low_exclusive=False, hedge="up_to")
                     if ceiling else
                     dataclasses.replace(m.value, high=None, high_exclusive=False,
                                         hedge="at_least"))
            m = dataclasses.replace(m, value=value)
        out.append(m)
    return out


def _interim_throughout(mentions: list[Mention]) -> tuple[Mention, ...]:
    """A count an article calls interim once ("già arrestato 118") is interim wherever the
    article repeats it ("118 arresti" in its headline)."""
    interim = {(m.attribute, m.value.point) for m in mentions
               if m.value.hedge == "at_least" and m.value.high is None
               and SLOTS[m.attribute].evolving}
    return tuple(
        dataclasses.replace(m, value=dataclasses.replace(m.value, high=None, hedge="at_least",
                                                         high_exclusive=False))
        if (m.attribute, m.value.point) in interim and m.value.hedge is None else m
        for m in mentions)


def _in_brackets(text: str, start: int, position: int) -> bool:
    """Whether ``position`` lies inside a bracket opened after ``start`` ("£116m (about €136m)
    for Ana Ruiz": the conversion is an aside)."""
    between = text[start:position]
    return between.count("(") > between.count(")") or text[position:position + 1] in ("(", ")")


def _outside_brackets(words: list[str]) -> list[str]:
    """``words`` less every bracketed aside ("dei voti (57.259.504), contro": "dei voti,
    contro")."""
    kept, depth = [], 0
    for word in words:
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif not depth:
            kept.append(word)
    return kept


#: A colon right after a period: the period labels what follows ("(2025: 209,5 Milliarden)").
_LABEL_COLON = re.compile(r"\s*:\s*\S")


def _window(sentence: Sentence, q: Quantity, qs: list[Quantity],
            skip: Sequence[Period] = ()) -> tuple[list[str], list[str]]:
    """The words of a figure's clause before and after it, each up to the neighbouring figure:
    what lies beyond another figure describes that one ("up 14% from $71m a year earlier");
    the words of the ``skip`` spans left out."""
    clause = sentence.clause_at(q.start)
    start = max([o.end for o in qs if o.end <= q.start] + [clause[0]])
    stop = min([o.start for o in qs if o.start >= q.end] + [clause[1]])
    if not skip:
        return sentence.words_between(start, q.start), sentence.words_between(q.end, stop)

    def words(low: int, high: int) -> list[str]:
        return [w for s, e, w in sentence.tokens if low <= s and e <= high
                and not any(p.start <= s < p.end for p in skip)]
    return words(start, q.start), words(q.end, stop)


def _own_words_after(sentence: Sentence, q: Quantity, qs: list[Quantity],
                     after: list[str]) -> list[str]:
    """The words after a figure that are its own: "setzte 3,15 Milliarden um, im Jahr zuvor
    waren es 2,9": past a comma, what stands before the clause's next figure is that one's."""
    clause = sentence.clause_at(q.start)
    if "," in after and any(o is not q and q.end <= o.start < clause[1] for o in qs):
        return after[:after.index(",")]
    return after


def _without_asides(words: list[str], lex: Lexicon) -> list[str]:
    """``words`` less each short aside between two commas that holds no figure and no
    conjunction: "il bilancio delle vittime, ancora provvisorio, è di 143" is "il bilancio delle
    vittime è di 143" as far as a trigger's reach goes."""
    return _without_comma_pairs(words, lambda inner, last: (
        not last and len(inner) <= ASIDE_WORDS and all(w.isalpha() for w in inner)
        and not any(w in lex.conjunctions or w in lex.relative_pronouns for w in inner)))


def _without_relative_clauses(words: list[str], pronouns: frozenset[str]) -> list[str]:
    """``words`` less each clause a relative pronoun opens between two commas: "Den Schaden,
    den Hurrikan X in Florida angerichtet hat, beziffert Y auf" is "Den Schaden beziffert Y
    auf" as far as the distance from a trigger to its figure goes."""
    return _without_comma_pairs(words, lambda inner, _last: inner[0] in pronouns)


def _without_comma_pairs(words: list[str],
                         drop: Callable[[list[str], bool], bool]) -> list[str]:
    """``words`` less each stretch between a comma and the next one (both commas too) for
    which ``drop(inner, last)`` holds — ``inner`` the words between, never empty, ``last``
    whether the closing comma ends ``words``."""
    kept: list[str] = []
    n = 0
    while n < len(words):
        if words[n] == ",":
            closing = next((m for m in range(n + 1, len(words)) if words[m] == ","), None)
            if (closing is not None and closing > n + 1
                    and drop(words[n + 1:closing], closing + 1 == len(words))):
                n = closing + 1
                continue
        kept.append(words[n])
        n += 1
    return kept


def _counted_noun(sentence: Sentence, cue: Cue, qs: list[Quantity]) -> bool:
    """Whether a figure stands right before a trigger ("23 deaths"), making it that figure's
    noun."""
    before = sentence.token_before(cue.start)
    return before is not None and any(q.start <= before[0] and before[1] <= q.end for q in qs)


def _starts_within(words: list[str], phrases, reach: int) -> bool:
    """Whether one of ``phrases`` begins among the first ``reach`` of ``words``."""
    return any(words[n:n + len(phrase.split())] == phrase.split()
               for phrase in phrases for n in range(min(reach, len(words))))


def _words_apart(sentence: Sentence, start: int, end: int, anchor: int) -> int:
    """Words between a span and an anchor offset, on whichever side of it the span lies."""
    low, high = (end, anchor) if end <= anchor else (anchor, start)
    return len(sentence.words_between(low, high))


def _heads(tokens: list) -> tuple[int, ...]:
    """Each token's head as an index into ``tokens`` (-1 when the head is not among them)."""
    position = {t.i: n for n, t in enumerate(tokens)}
    return tuple(position.get(t.head.i, -1) for t in tokens)


def _attached(sentence: Sentence, q: Quantity, cue: Cue) -> bool:
    """Whether a trained parse links a figure and a slot word directly: one is the head of
    the other, or of its head ("a recensé 47 % de grévistes": "grévistes" hangs on the
    figure). False on the rule path, which has no parse."""
    if not sentence.heads:
        return False

    def indices(start: int, end: int) -> set[int]:
        return {n for n, (s, e, _) in enumerate(sentence.tokens) if start <= s and e <= end}

    figure, word = indices(q.start, q.end), indices(cue.start, cue.end)

    def up(nodes: set[int], steps: int) -> set[int]:
        reached = set(nodes)
        for _ in range(steps):
            reached |= {sentence.heads[n] for n in reached if sentence.heads[n] >= 0}
        return reached

    return bool(up(figure, DEPENDENCY_STEPS) & word or up(word, DEPENDENCY_STEPS) & figure)


@cache
def _dotted_scales(lang: str) -> tuple[str, ...]:
    """The language's scale words written with a full stop ("Mrd.", "Mill."), lowercased."""
    return tuple(sorted({str(e["word"]).lower() for e in load(lang, "numbers").get("scales") or ()
                         if str(e["word"]).endswith(".")}))


def _whole_sentences(doc, dotted: tuple[str, ...] = ()) -> Iterator:
    """spaCy's sentences, with a piece that starts in lowercase joined to the one before: a
    split after an abbreviation ("Belmar Holdings Inc. ha fatto...") is no sentence boundary;
    nor is one after a figure's scale written with a full stop ("auf 610 Mill. Euro")."""
    pending = None
    for sent in doc.sents:
        first = next((t.text for t in sent if not t.is_space), "")
        if pending is not None and (first[:1].islower() or (
                dotted and pending.text.rstrip().lower().endswith(dotted)
                and re.search(r"\d\s*\S+$", pending.text.rstrip()) is not None)):
            pending = doc[pending.start:sent.end]
            continue
        if pending is not None:
            yield pending
        pending = sent
    if pending is not None:
        yield pending


def _rivals(a: Cue, b: Cue) -> bool:
    """Cues that compete for the same words: one category, and for slots one value kind."""
    if a.category != b.category:
        return False
    return a.category != "slots" or SLOTS[a.label].value_kind == SLOTS[b.label].value_kind


def _longest_per_category(cues: list[Cue]) -> Iterable[Cue]:
    """A cue inside a longer rival yields ("quota" in "quota di mercato"); one of another value
    kind does not ("workforce", a headcount, inside "of its workforce", a share of staff) —
    except a growth word inside another slot's phrase ("increase" in "capital increase"), but
    not inside an event's ("se hundieron un 5,8 %": a fall, as a ship "se hundió" sank)."""
    kept = []
    for cue in sorted(cues, key=lambda c: (c.start, -(c.end - c.start), c.category, c.label)):
        if any((_rivals(k, cue) or cue.label == "growth" and k.category == "slots"
                and SLOTS[k.label].value_kind != "date")
               and k.start <= cue.start and cue.end <= k.end
               and (k.end - k.start) > (cue.end - cue.start) for k in kept):
            continue
        kept.append(cue)
    return kept


def _shift(items, offset: int):
    """Sentence offsets to document offsets."""
    return [dataclasses.replace(item, start=item.start + offset, end=item.end + offset)
            for item in items]


#: Marks that list a figure after another of the same event: "four dead, sixty injured",
#: "7,400 workers – 7% of its staff", "7,400 workers (7% of its staff)".
_DASHES = frozenset({"–", "—"})
_LIST_MARKS = frozenset({",", "("}) | _DASHES



def _gap(start: int, end: int, period: Period) -> int:
    """Characters between a figure and a period (0 when they touch or overlap)."""
    if period.start >= end:
        return period.start - end
    return max(0, start - period.end)


def _ends_at(token: tuple[int, int, str] | None, end: int) -> bool:
    return token is not None and token[1] == end


def _starts_at(token: tuple[int, int, str] | None, start: int) -> bool:
    return token is not None and token[0] == start


def _belongs_to_other(cue: Cue, own: Cue | None) -> bool:
    """A slot or deal word other than the value's own trigger (of another slot, or the same
    slot's word again: "profit was €1.2bn and first-half profit was €2.5bn")."""
    return cue.category in ("slots", "deal_types") and (
        own is None or cue.label != own.label or cue.end <= own.start or own.end <= cue.start)



def _nearest_period(sentence: Sentence, start: int, end: int, ps: list[Period],
                    kinds: tuple[str, ...] | None = None, own: Cue | None = None,
                    others: list[Quantity] = (), bases: frozenset[str] = frozenset(),
                    qualifiers: frozenset[str] = frozenset(),
                    base_phrases: tuple[tuple[str, ...], ...] = (),
                    year_bases: frozenset[str] = frozenset(),
                    relatives: frozenset[str] = frozenset()) -> str | None:
    """The period nearest the value in its clause, with these exceptions:

    * a period right after a year slot's word is that claim's value ("Founded in 1970, ...");
    * a period after a comparison word is a base, not the claim's own ("up 18% from 2024"), and
      so is a year after a word that compares only before a year ("up 18% on 2024");
    * a period within four words after a qualifier word describes what is counted ("cars
      produced between 2014 and 2019");
    * a period after the value across a comma is another clause's ("20,8%, lo que duplica su
      resultado de 2021");
    * a period after the value is not its own when another claim's word stands between them or
      right after the period ("$14.3bn investment, its biggest since the 2014 acquisition");
    * a period before the value that a nearer figure before it owns ("down from €1.3bn in 2024,
      on revenue of €21.4bn") is taken only when the clause offers no other period ("raised
      $150m in 2023, at a valuation of $900m": 2023 dates the whole clause); when several are
      owned so, the period is ambiguous and the claim gets none; a period owned by a base
      figure ("contre 41,2% le 12 janvier") is never taken;
    * a period in a relative clause set off by commas that does not hold the value is that
      clause's ("X, which paid £1.2bn for Y in 2009, faces a €9bn bid").
    """
    clause = sentence.clause_at(start)
    aside = _relative_aside(sentence, start, relatives)
    free: list[tuple[int, str]] = []
    owned: list[tuple[int, str]] = []
    for p in ps:
        if not p.value or (kinds and p.kind not in kinds):
            continue
        if not (clause[0] <= p.start < clause[1]):
            continue
        if p.start < end and start < p.end:
            continue  # the period is the value itself
        if relatives and _relative_aside(sentence, p.start, relatives) not in (None, aside):
            continue  # "Y, which paid £1.2bn in 2009, faces a €9bn bid": the aside's year
        if any(_belongs_to_other(c, own) and c.category == "slots"
               and SLOTS[c.label].value_kind == "year"
               and _ends_at(sentence.token_before(p.start), c.end) for c in sentence.cues):
            continue  # "Founded in 1970": the founding year, not this figure's period
        if _after_comparison(sentence, p, base_phrases) and (
                p.rule != "period.quarter.year_end.v1"):  # "sur les trois derniers mois"
            continue
        first = sentence.token_after(p.start)  # the period's span may hold its preposition
        if p.kind == "year" and year_bases and (
                sentence.word_before(p.start) in year_bases
                or (first is not None and first[0] < p.end and first[2] in year_bases)):
            continue  # "up 14% on 2023": the base year ("on 12 January" is a day)
        if p.start >= end and "," in sentence.words_between(end, p.start):
            continue  # "20,8%, lo que duplica su resultado de 2021": another clause's time
        if p.start >= end and any(
                end <= o.start and o.end <= p.start
                and _after_comparison_word(sentence, o, base_phrases) for o in others):
            continue  # "5.100 millones frente a los 4.800 millones de 2023": the base's year
        if qualifiers and any(word in qualifiers
                              for word in sentence.words_between(p.start - 80, p.start)[-4:]):
            continue  # "cars produced between 2011 and 2016": what is counted, not when
        if p.start >= end and any(
                _belongs_to_other(c, own) and end <= c.start
                and (c.end <= p.start or _starts_at(sentence.token_after(p.end), c.start))
                and not _starts_at(sentence.token_after(end), c.start)  # "4,300 workers": its unit
                for c in sentence.cues):
            continue
        gap = (p.start - end - _aside_length(sentence, end, p.start) if p.start >= end
               else start - p.end)
        # "…and first-half profit was €2.5bn": a period right before the value's own slot word
        # names that word's period, whatever figure stands nearer before it
        attached = (own is not None and p.end <= own.start and own.end <= start
                    and len(sentence.words_between(p.end, own.start)) <= 1)
        if p.end <= start and not attached and any(
                o.end <= p.start and _gap(o.start, o.end, p) < gap
                and sentence.word_before(o.start) in bases for o in others):
            continue  # "(33%, contre 41,2% le 12 janvier), chez X 44,15%": the base's date
        if p.end <= start and not attached and any(
                o.end <= p.start and _gap(o.start, o.end, p) < gap for o in others
                if o.start != start and "year_like" not in (o.rule or "")
                # ("…to €1.2bn, while first-half profit was €2.5bn": past a comma the period
                # opens the next figure's words)
                and "," not in sentence.words_between(o.end, p.start)):
            owned.append((gap, p.value))
        else:
            free.append((gap, p.value))
    if free:
        return min(free)[1]
    return owned[0][1] if len(owned) == 1 else None


#: A closed bracket: an aside, mostly a conversion ("2,3 Mrd. Euro (2,5 Mrd. Dollar)").
_BRACKETED = re.compile(r"\([^()]*\)")


def _aside_length(sentence: Sentence, start: int, end: int) -> int:
    """The characters of closed brackets between two offsets: "pérdidas de 2.140 millones de
    euros (unos 2.330 millones de dólares) en el cuarto trimestre" dates the loss by the quarter
    right after it, not by "En noviembre" before the verb that reported it."""
    between = sentence.text[start - sentence.start:end - sentence.start]
    return sum(len(m.group()) for m in _BRACKETED.finditer(between))


class _Span(NamedTuple):
    start: int
    end: int


def _closed_asides_before(sentence: Sentence, position: int,
                          relatives: frozenset[str]) -> list[_Span]:
    """The relative clauses set off by commas that close before ``position`` ("le Parti X,
    qui avait mené campagne sur l'adhésion à l'Union européenne, s'est imposé avec 52 %"):
    what they say (a place, a tense) is theirs, not the figure's after them."""
    found = []
    for start, _end, word in sentence.tokens:
        if word != "," or start >= position:
            continue
        aside = _relative_aside(sentence, start + 1, relatives)
        if aside is not None and aside[1] < position and aside not in found:
            found.append(aside)
    return [_Span(a, b) for a, b in found]


def _relative_aside(sentence: Sentence, position: int, relatives: frozenset[str],
                    to_end: bool = False) -> tuple[int, int] | None:
    """The offsets of the relative clause set off by commas that holds ``position`` ("X, which
    paid $2bn in 2009, …"; a relative word among the first two after the comma), if any; with
    ``to_end``, also one that runs to the sentence's end."""
    if not relatives:
        return None
    tokens = sentence.tokens
    index = bisect.bisect_right(tokens, position, key=lambda t: t[0]) - 1
    opening = next((i for i in range(index, -1, -1) if tokens[i][2] == ","), None)
    if opening is None or not any(t[2] in relatives for t in tokens[opening + 1:opening + 3]):
        return None
    closing = next((i for i in range(index + 1, len(tokens)) if tokens[i][2] == ","), None)
    if closing is None:
        # a relative clause running to the end is not set aside, unless asked for
        return (tokens[opening][0], sentence.end) if to_end else None
    return tokens[opening][0], tokens[closing][0]


def _after_comparison_word(sentence: Sentence, q: Quantity,
                           phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a whole comparison phrase stands right before a figure, its article aside
    ("frente a los 4.800 millones", "from $4.1bn"; not "rose 5% to $5.2bn"): a base."""
    before = sentence.words_between(q.start - 40, q.start)[-4:]
    return ends_with_phrase(before, phrases) or ends_with_phrase(before[:-1], phrases)


def _after_comparison(sentence: Sentence, period: Period,
                      phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a comparison phrase ends right before the period or on its first word ("from
    2024", "rispetto al quarto trimestre", "frente al año anterior"): the period is a base. The
    whole phrase must be there: "al quarto trimestre" alone is the claim's own period."""
    before = sentence.words_between(period.start - 80, period.start)[-COMPARISON_WORDS:]
    first = sentence.token_after(period.start)
    with_first = [*before, first[2]] if first is not None and first[0] < period.end else before
    return ends_with_phrase(before, phrases) or ends_with_phrase(with_first, phrases)


def _in_currency_of(fee: Value, q: Quantity) -> Quantity:
    """A bare figure of add-ons after a fee ("48 millones de euros más 12 en variables", "mais
    doze em objetivos"): in the fee's currency, and in its millions when unscaled."""
    factor = 1.0
    if q.value < 1000 and fee.point is not None and fee.point >= 1e6:
        factor = 1000.0 ** int(math.log(fee.point, 1000))
        while factor > 1 and q.value * factor > fee.point:
            factor /= 1000  # "1,2 mil millones más 200 en variables": millions, not billions
    low = None if q.low is None else q.low * factor
    high = None if q.high is None else q.high * factor
    return dataclasses.replace(q, value=q.value * factor, low=low, high=high, unit=fee.unit,
                               kind="money", rule=f"{q.rule}+fee_currency")


def _fits(kind: str, q: Quantity) -> bool:
    """Whether a quantity can fill a slot of this value kind (a list keeps its kind)."""
    if kind == "percent":
        return q.kind in _PERCENT_KINDS
    if kind == "money":
        return q.kind == "money"
    return (q.kind == "number" and q.value >= 1 and float(q.value).is_integer()
            and "year_like" not in (q.rule or ""))


def _singular(noun: str, lang: str) -> bool:
    """A noun written as its own lemma is singular ("survivor", "superviviente"); a plural form
    lemmatizes to another word ("survivors" -> "survivor"). German nouns made of adjectives
    ("Überlebende") do not tell: there the "only" word does ("der einzige" / "die einzigen")."""
    return lang == "de" or lemma(noun, lang) == noun.lower()


@cache
def _one_words(lang: str) -> frozenset[str]:
    """The number words for one ("un", "one", "eine"), from the language's number data."""
    return frozenset(word for word, entry in (load(lang, "numbers").get("words") or {}).items()
                     if isinstance(entry, list) and entry[-1:] == [1])


def _year_figure(q: Quantity) -> bool:
    """A figure that is a year ("hasta 2016"), which scopes no place."""
    return 1900 <= q.value < 2100 and q.value == int(q.value) and bool(
        re.search(r"\b(?:19|20)\d\d\b", q.text))


def _complement(value: Value) -> Value:
    """The rest of a whole: a percentage of those who did not vote, as the share who did."""
    low = 100.0 - value.high if value.high is not None else 0.0
    high = 100.0 - value.low if value.low is not None else 100.0
    return dataclasses.replace(
        value, low=low, high=high,
        point=None if value.point is None else round(100.0 - value.point, 6),
        hedge={"over": "under", "at_least": "up_to", "under": "over", "up_to": "at_least"}.get(
            value.hedge or "", value.hedge),
        low_exclusive=value.high_exclusive, high_exclusive=value.low_exclusive)


def _numeric_value(kind: str, q: Quantity, rounded: bool = False) -> Value:
    """A quantity as a claim value; a fraction ("half") becomes a percent when a slot needs one.
    With ``rounded``, a bare fraction is the round figure outlets make of a change ("chute d'un
    tiers" for a fall of 31.4%): ``FRACTION_SLACK`` of it either way."""
    scale = 100.0 if q.kind == "fraction" and kind == "percent" else 1.0
    unit = "%" if kind == "percent" else ("years" if kind == "age" else q.unit)

    def scaled(x: float | None) -> float | None:
        return None if x is None else x * scale

    low, high = scaled(q.low), scaled(q.high)
    if (rounded and scale != 1.0 and q.hedge is None and q.value is not None
            and low == high == scaled(q.value)):
        low, high = low * (1 - FRACTION_SLACK), high * (1 + FRACTION_SLACK)
    return Value(kind=kind, text=q.text, low=low, high=high, unit=unit,
                 point=scaled(q.value), hedge=q.hedge, low_exclusive=q.low_exclusive,
                 high_exclusive=q.high_exclusive)


def extract(document: Document) -> Analysis:
    """Sentences, name candidates and claim candidates of one document."""
    return _DocumentExtractor(document).run()
