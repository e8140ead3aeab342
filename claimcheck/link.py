"""Entities of the corpus, and the subject of every claim candidate.

Entities are found without a trained model: capitalized spans (``NameCandidate``) that more than
one document names, with at least one occurrence that is good evidence (mid-sentence, in a
language that does not capitalize every noun), plus whatever ``claimcheck.toml`` pins. Aliases
merge when one name is the other without spaces or case ("NorvikAI"), the leading words of an
organization's name ("Norvik" / "Norvik AI"), a person's surname ("Okafor" / "Lena Okafor"), an
acronym of it, or a close spelling (rapidfuzz). A short name that could belong to two entities
merges with neither.

A sentence that names no organization at all continues the one before when that one named
exactly one ("Fennick reported... Net profit rose to $187m"), else it is about the article's
dominant organization, when one is named at least twice as often as any other.

A claim's subject depends on its slot (``SUBJECT_ROLE``): the *agent* of revenue or spending is
the first organization of the clause ("Vantor spent..."); the *target* of a valuation, a stake or
a deal is the organization after the trigger ("...valued Norvik at"), else the one before it
("X, founded in 2016"); ages and roles belong to a person; story-level counts (deaths,
passengers) to the event. Generic nouns ("the company") stand for an organization named just
before (``_SubjectChooser._antecedent``), and a definite description ("the government") for the
one entity whose name ends in that noun. When no subject can be found, the claim is dropped
rather than guessed.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.config import Config
from claimcheck.lemmas import lemma
from claimcheck.lexicon import (
    ends_with_phrase,
    holds_phrase,
    kind_name_parts,
    lexicon,
    name_infix_words,
    named_event_words,
    organization_name_words,
    phrase_spans,
    speaks_of_a_transfer,
)
from claimcheck.model import (
    EARLIER_SCOPE,
    EVENT_SUBJECT,
    LISTED_EVENT_SCOPE,
    ORGANIZATION_SCOPE,
    OTHER_EVENT_SCOPE,
    PORTION_SCOPE,
    RATE_SCOPE,
    Analysis,
    Claim,
    Document,
    Mention,
    NameCandidate,
    Sentence,
)
from claimcheck.places import capital_country, gazetteer, place_key
from claimcheck.slots import HELD_SLOTS, SLOTS

AGENT, TARGET, PERSON, EVENT = "agent", "target", "person", "event"

SUBJECT_ROLE = {
    "deal_value": TARGET, "enterprise_value": TARGET, "price_per_share": TARGET,
    "valuation": TARGET, "stake": TARGET, "fine": TARGET,
    "deal_type": TARGET, "founded": TARGET, "completed": TARGET,
    "age": PERSON, "role": PERSON,
    "deaths": EVENT, "injured": EVENT, "missing": EVENT, "survivors": EVENT, "evacuated": EVENT,
    "passengers": EVENT, "crew": EVENT, "capacity": EVENT, "occurred": EVENT, "damage": EVENT,
    "turnout": EVENT, "protesters": EVENT, "cases": EVENT, "arrests": EVENT,
    "units_recalled": EVENT,
    "salary": PERSON, "signing_bonus": PERSON, "contract_end": PERSON,
}
#: Slots whose subject receives them ("infliger une amende à X", "multa a X").
RECIPIENT_SLOTS = frozenset({"fine"})
#: Election results: a party's, named right after the figure by "for" ("34 % pour Y").
RESULT_SLOTS = frozenset({"vote_share", "seats"})
#: Results a person can win: a candidate's share of the vote (seats are a party's).
CANDIDATE_SLOTS = frozenset({"vote_share"})
#: Words after a trigger within which "the new entity", "its subsidiary" names whose figure it is.
OTHER_NOUN_REACH = 4
#: Slots whose subject is the party the money comes from ("an investment from X").
INVESTOR_SLOTS = frozenset({"investment"})
#: Entity types that can own a company's figures, deals and relations (not people, not places).
OWNER_TYPES = frozenset({"organization", "product"})
FUZZY_ALIAS_RATIO = 92.0
RELATIVE_REACH = 24  # tokens from "qui", "which" to the figure its clause states
DESCRIPTOR_REACH = 4  # words from "the carmaker" to the name it describes ("the carmaker X")
ORGANIZATION_REACH = 3  # words from "en" to the name it places a figure at ("en la empresa X")
FRONTED_REACH = 6  # words from a fronted figure to the comma that closes its phrase
SALE_OWNER_REACH = 3  # words after a sale word within which "its" makes the seller its owner
STAKE_TARGET_REACH = 4  # words after a stake within which "in …" names what it is held in
#: A player's terms a relative clause on a description may state ("…, que firma hasta 2031").
DESCRIBED_TERMS = frozenset({"contract_end", "salary", "deal_value"})
COORDINATED_NAME_REACH = 5  # words from "and" to the name opening the clause it joins
OWNER_REACH = 8  # words from "the owner of" to the last name of what it owns ("X, Y and Z")
WHOLE_REACH = 3  # words from "the group" within which "whole", "gesamten" make it the whole
#: Words before a figure or its verb within which "son", "its" name its measure's owner ("son
#: chiffre d'affaires a bondi de").
POSSESSIVE_MEASURE_REACH = 5
POSSESSIVE_REACH = 6  # words from "dont", "cuyo" to the trigger ("cuyo beneficio se ha hundido")
PLAYER_REACH = 4  # words before an age in which "the striker", "la jugadora de" make it a player's
AGE_NAME_REACH = 3  # words from an age to the name it describes ("the 24-year-old Ana Ruiz")
_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
#: What a club also pays a player, never his fee.
PAY_SLOTS = frozenset({"salary", "signing_bonus"})
REPORTER_REACH = 2  # words from "según", "according to" to the source it names
DOMINANCE = 2  # how many times more often the article's main organization is named than the next


@dataclass(frozen=True, slots=True)
class Entity:
    name: str
    type: str  # organization | person | place | product
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityMention:
    entity: Entity
    start: int
    end: int
    text: str
    anaphor: bool = False
    after_agent_preposition: bool = False
    #: "acquired by X", "durch X": X is a passive's agent (not "a" in "A Norvik recebeu")
    after_passive_agent: bool = False
    after_genitive: bool = False
    #: "an investment from X": X is where the money comes from
    after_source: bool = False
    #: "X-backed Y", "X-owned Y": X qualifies Y and is never the clause's agent
    modifier: bool = False
    #: "une amende de 798 millions à X": X receives what the clause gives (a fine's target)
    after_dative: bool = False


# -- entities ------------------------------------------------------------------------------

def _strip_possessive(name: str) -> str:
    return re.sub(r"(?:'s|’s|')$", "", name).strip()


def _marks_dropped(name: str) -> str:
    """The name decomposed, its combining marks (accents) dropped."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch))


def _unaccented(name: str) -> str:
    """The name's letters without accents, case folded ("Brežan" -> "brezan")."""
    return _marks_dropped(name).casefold()


def _without_accents(name: str) -> str:
    """The name as written, its letters' accents dropped ("Yéro Baldé" -> "Yero Balde")."""
    return unicodedata.normalize("NFC", _marks_dropped(name))


def _squash(name: str) -> str:
    return re.sub(r"[\s\-.]", "", name).casefold()


def _is_acronym_of(short: str, long: str) -> bool:
    words = [w for w in re.split(r"[\s-]+", long) if w[:1].isupper()]  # "Saint-Germain": S, G
    return (short.isupper() and len(short) >= 2 and len(words) >= 2
            and "".join(w[0] for w in words) == short)


def _names_the_tail(short: str, long: str) -> bool:
    """"Neymar do Paris Saint Germain (PSG)": the acronym is the initials of what follows a
    lowercase word in the name, so it names that part, not the whole."""
    words = long.split()
    for n, word in enumerate(words[1:-1], start=1):
        if word[:1].islower() and _is_acronym_of(short, " ".join(words[n + 1:])):
            return True
    return False


def _concept_words(name: str, lang: str) -> str:
    """A name's words without its articles and generic words ("Partido", "Partei"), lowercased:
    the key looked up in the language's ``name_concepts``."""
    lex = lexicon(lang)
    words = name.split()
    party = bool(words) and words[0].casefold() in lex.name_generic_words
    for k in range(1, len(words) - 1):
        # "Parti libéral du Canada", "Partido Conservador de Ana Ruiz": the country or the
        # leader a party's name ends with is not its family
        if words[k].casefold() in lex.genitive_prepositions and (
                party or place_key(" ".join(words[k + 1:]))):
            words = words[:k]
            break
    kept = [w for w in (w.casefold() for w in words)
            if w not in lex.determiners and w not in lex.name_generic_words]
    return " ".join(kept)


def _noun_key(noun: str) -> str:
    """A description noun as compared across articles: "start-up" = "startup"."""
    return noun.replace("-", "")


def _shows_kind(entity: Entity, parts: frozenset[str]) -> bool:
    """Whether a word of one of the entity's names is, begins or ends with a kind's name part
    ("Norvikbank", "Banco Norvik", "Norvik Air"; a short part only whole: "Airbus" is none)."""
    return any(word == part or (len(part) >= 4 and (word.startswith(part)
                                                    or word.endswith(part)))
               for alias in entity.aliases for word in alias.casefold().split()
               for part in parts)


#: An age written right after a name: ", 31,", " (31)", ", de 31 anos", ", 31 ans,".
#: Never "X (41,67%)": a share with a decimal comma.
_AGE_AFTER_NAME = re.compile(r"\s*(?:,\s*(?:de\s+|di\s+)?|\()\d{1,2}(?![.,]\d)"
                             r"(?:\s*(?:anos|años|ans|anni|Jahre|years|year-old|ani))?\s*[,)]"
                             # "Ana Ruiz Vidal de 32 años", "Ana Ruiz, 32 anni."
                             r"|\s*(?:,\s*|\s(?:de|di)\s+)\d{1,2}\s+(?:anos|años|ans|anni)(?!\w)")


#: The word right before a name ("el" in "el Norvik").
_WORD_BEFORE = re.compile(r"(?<![\w'’])([\w]+)\s+$")
#: Names written after a masculine article this often are a club's or a company's.
ARTICLED_ORGANIZATION = 2


def _person_shaped(words: list[str]) -> bool:
    """Two or three capitalized words, none an organization's ("Coastal League", "Norvik
    Group") or a named event's ("Storm Ilvar"): how a person's name is written."""
    return (2 <= len(words) <= 3
            and all(w[:1].isupper() and w[1:].islower() for w in words)
            and not any(w.casefold() in organization_name_words()
                        or w.casefold() in named_event_words() for w in words))


def _acronym(name: str) -> bool:
    """"KV&N", "NRPL", "N-LB": capitals with no small letter, never a person's name."""
    return sum(ch.isupper() for ch in name) >= 2 and not any(ch.islower() for ch in name)


def _looks_like_person(name: str, singles: dict[str, int],
                       family_words: frozenset[str] = frozenset(),
                       pairs: frozenset[str] = frozenset()) -> bool:
    """"Ana Ruiz" when "Ruiz" stands alone in the articles: a surname. "Ana" alone too (a quote
    says "Ana has grown…") still leaves a person when the surname alone is the commoner and
    neither word is a place ("Norvik Varenne": a club named after its town) nor the head of
    other recurring names ("Norvik Energy" beside "Norvik Wind": a group's companies). "Ana
    Ruiz Vidal" when "Ruiz Vidal" stands alone (among ``pairs``): a double surname."""
    words = name.split()
    if not _person_shaped(words):
        return False
    if len(words) == 3 and " ".join(words[1:]) in pairs and words[0] not in singles:
        return True
    first, last = words[0], words[-1]
    if last not in singles:
        return False
    if first not in singles:
        return True
    return (len(words) == 2 and singles[first] < singles[last] and first not in family_words
            and not place_key(first) and not place_key(last))


def _initials_of(short: str, long: str) -> bool:
    """Whether the capitals of a bracketed short name follow the initials of the long name
    ("Partido Norvik Liberal (Norvik Lib)"): its abbreviation. A bracketed name of several words
    in mixed case must be one, or it is another entity, a party after a person ("Ana Ruiz Vidal
    (Norvik Lib)")."""
    initials = [w[0].lower() for w in re.findall(r"\w+", long)]
    capitals = [c.lower() for c in short if c.isupper()]
    position = 0
    for capital in capitals:
        while position < len(initials) and initials[position] != capital:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


def discover_entities(analyses: Sequence[Analysis], config: Config) -> list[Entity]:
    """Recurring names, merged by alias; deterministic for the same corpus.

    1. spelling variants merge (case and spaces, acronyms, close spellings);
    2. a short name merges into the one recurring longer name it starts (an organization, a
       person's first name) or ends (a person's surname) — never when two could claim it;
    3. a group is an entity when two documents name it and one occurrence is good evidence.
    """
    documents_of: dict[str, set[str]] = defaultdict(set)
    strong: Counter[str] = Counter()
    aged: set[str] = set()  # "Ana Ruiz, 31,", "Ruiz (31)", "Ruiz, de 31 años": a person
    articled: Counter[str] = Counter()  # "el Norvik", "do Norvik": a club or a company
    for analysis in analyses:
        text = analysis.document.text
        articles = lexicon(analysis.document.language).name_articles
        for candidate in analysis.names:
            name = _strip_possessive(candidate.text)
            if len(name) < 2:
                continue
            documents_of[name].add(analysis.document.id)
            strong[name] += candidate.strong
            if _AGE_AFTER_NAME.match(text, candidate.end):
                aged.add(name)
            before = _WORD_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
            if before and before.group(1) in articles:  # "le", never "Le" of "Le Pen"
                articled[name] += 1
    pinned_alias = {}
    for pinned in config.entities:
        for alias in (pinned.name, *pinned.aliases):
            pinned_alias[alias] = pinned.name
            documents_of.setdefault(alias, set())
    parent: dict[str, str] = {name: name for name in documents_of}

    def find(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    pinned_names = {pinned.name for pinned in config.entities}

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb or (ra in pinned_names and rb in pinned_names):
            return  # two pinned entities are two entities, whatever their names share
        keep, drop = sorted((ra, rb), key=lambda r: (r not in pinned_names, r not in pinned_alias,
                                                     r))
        parent[drop] = keep

    for alias, canonical in sorted(pinned_alias.items()):
        if alias != canonical:
            parent[find(alias)] = find(canonical)
    names = sorted(documents_of)
    by_squash: dict[str, list[str]] = defaultdict(list)
    for name in names:
        by_squash[_squash(name)].append(name)
    for variants in by_squash.values():
        for other in variants[1:]:
            union(variants[0], other)
    for analysis in analyses:  # "Movimento para a Reforma (MPR)": a short name in brackets
        text = analysis.document.text
        ordered = sorted(analysis.names, key=lambda n: n.start)
        for long, short in zip(ordered, ordered[1:], strict=False):
            a, b = _strip_possessive(long.text), _strip_possessive(short.text)
            bracketed = (re.fullmatch(r"\s*\(\s*", text[long.end:short.start])
                         and text[short.end:short.end + 1] == ")")
            if (bracketed and a in parent and b in parent and len(b) < len(a)
                    and not place_key(a) and (b.isupper() or sum(c.isupper() for c in b) >= 2)
                    and not _names_the_tail(b, a)
                    and (" " not in b or b.isupper() or _initials_of(b, a))):
                union(a, b)
    # "Os Piratas", "Die Piraten", "the Pirates Party": a name made of one common word
    # in translation (``name_concepts`` in each language's data) is one entity across languages.
    by_concept: dict[str, list[str]] = defaultdict(list)
    concept_names: set[str] = set()
    for analysis in analyses:
        concepts = lexicon(analysis.document.language).name_concepts
        for candidate in analysis.names:
            name = _strip_possessive(candidate.text)
            key = concepts.get(_concept_words(name, analysis.document.language))
            if key is not None and name in parent:
                by_concept[key].append(name)
                concept_names.add(name)
    for key in sorted(by_concept):
        members = sorted(set(by_concept[key]))
        for other in members[1:]:
            union(members[0], other)
    multi = [n for n in names if " " in n]
    for short in names:
        if short.isupper():
            for long in multi:
                if _is_acronym_of(short, long):
                    union(short, long)
    by_letters: dict[str, str] = {}
    for name in sorted(names):  # "Brežan" and "Brezan": one name, with or without accents
        first = by_letters.setdefault(_unaccented(name), name)
        if first != name:
            union(first, name)
    long_enough = [n for n in names if len(n) >= 5]
    for i, a in enumerate(long_enough):
        for b in long_enough[i + 1:]:
            if find(a) != find(b) and fuzz.ratio(a.casefold(), b.casefold()) >= FUZZY_ALIAS_RATIO:
                union(a, b)

    def group_documents(root: str) -> set[str]:
        return set().union(*(documents_of[n] for n in names if find(n) == root))

    singles = {n: len(documents_of[n]) for n in names if " " not in n}
    recurring = {n for n in names if len(group_documents(find(n))) >= 2 or n in pinned_alias}
    # "Norvik Energy" and "Norvik Wind": one head, two different next words (not "Ana Ruiz" and
    # "Ana Ruiz Vidal", nor one name with and without its accents)
    heads = Counter(first for first, _next in {
        (n.split()[0], _unaccented(n.split()[1]).casefold()) for n in recurring if " " in n})
    family_words = frozenset(w for w, count in heads.items() if count >= 2)
    pairs = frozenset(n for n in names if len(n.split()) == 2)
    for short in names:
        hosts = set()
        words_s = short.split()
        for long in recurring:
            words_l = long.split()
            if len(words_l) <= len(words_s):
                continue
            if place_key(short) and not place_key(long):
                continue  # "Varenne" is the city, not "Varenne United"
            if words_l[:len(words_s)] == words_s and place_key(" ".join(words_l[len(words_s):])):
                continue  # "Norvik France" is Norvik's French arm, with figures of its own
            person = _looks_like_person(long, singles, family_words, pairs)
            if words_l[: len(words_s)] == words_s or (
                    person and words_l[-len(words_s):] == words_s) or (
                    words_l[1:] == words_s
                    and (words_l[0].casefold() in organization_name_words()
                         or words_l[0] in family_words)):
                # ... or "Sabadell" for "Banco Sabadell", "Wind" for "Varnek Wind" beside
                # "Varnek Energy"
                hosts.add(find(long))
        hosts.discard(find(short))
        if len(hosts) == 1:
            union(short, hosts.pop())
    for long in names:  # "Ana María Ruiz" and "Ana Ruiz": a middle name, one person
        words = long.split()
        if len(words) == 3 and _person_shaped(words):
            short = f"{words[0]} {words[2]}"
            if short in parent and find(short) != find(long) and (
                    len(group_documents(find(short))) >= 2):
                union(long, short)
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[find(name)].append(name)
    pinned_type = {p.name: p.type for p in config.entities}
    # the corpus's own outlets (each article's `source`) report figures and own none
    outlets = {analysis.document.source.casefold() for analysis in analyses
               if analysis.document.source}
    entities = []
    for members in groups.values():
        pinned_names = [m for m in members if pinned_alias.get(m) == m]
        documents = set().union(*(documents_of[m] for m in members))
        evidence = sum(strong[m] for m in members)
        if not pinned_names and (len(documents) < 2 or evidence < 1):
            continue
        if pinned_names:
            canonical = pinned_names[0]
        else:
            canonical = max(members, key=lambda m: (len(documents_of[m]), len(m), m))
        kind = pinned_type.get(canonical) or (
            "outlet" if any(m.casefold() in outlets for m in members)
            # "United Sarnova (US)": a place's acronym among other names is theirs
            else "place" if any(place_key(m) for m in members
                                if not _acronym(m) or all(_acronym(o) for o in members))
            else "organization" if any(m in concept_names for m in members)
            else "person" if not all(_acronym(m) for m in members) and (
                any(m in aged for m in members) or (
                any(_looks_like_person(m, singles, family_words, pairs) for m in members)
                and sum(articled[m] for m in members) < ARTICLED_ORGANIZATION)) and not any(
                w.casefold() in organization_name_words() for m in members for w in m.split())
                # "Keurig Dr Pepper" beside "Dr Pepper": a title inside a name is a company's;
                # "JDE Peet" beside "Jde Peet": so is an acronym opening it
                and not any(w in name_infix_words() for m in members for w in m.split()[1:-1])
                and not any(len(m.split()) > 1 and _acronym(m.split()[0]) for m in members)
            else "organization"
        )
        entities.append(Entity(canonical, kind, tuple(sorted(members, key=lambda m: (-len(m), m)))))
    return sorted(entities, key=lambda e: e.name)


# -- mentions of entities in sentences -----------------------------------------------------

#: A capitalized name right after another name ("Norvik France", "Norvik Brasil").
_NAME_AFTER = re.compile(r" ((?:[A-ZÀ-Þ][\w'’-]*)(?: [A-ZÀ-Þ][\w'’-]*)?)(?![\w])")


def _country_arm(text: str, end: int) -> bool:
    """Whether a name is followed by a place that makes it another company: "Norvik France",
    "Norvik Brasil" is the group's arm in that country, whose figures are its own."""
    match = _NAME_AFTER.match(text, end)
    if match is None:
        return False
    words = match.group(1).split()
    return any(place_key(" ".join(words[:n])) is not None for n in range(len(words), 0, -1))


class _MentionFinder:
    """Finds the entities named in a sentence: by any alias, or by a definite description whose
    noun ends the name of exactly one entity ("the government" for "Serrania state government")."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        by_alias = {}
        for entity in entities:
            for alias in entity.aliases:
                by_alias.setdefault(alias, entity)
        for entity in entities:
            for alias in entity.aliases:
                # "Abdoulaye Yero Balde" in an outlet that drops the accents of "Yéro Baldé"
                by_alias.setdefault(_without_accents(alias), entity)
        self.by_alias = by_alias
        aliases = sorted(by_alias, key=lambda a: (-len(a), a))
        self.pattern = (
            re.compile(r"(?<![\w])(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w])")
            if aliases else None
        )
        heads: dict[str, set[Entity]] = defaultdict(set)
        for entity in entities:
            for alias in entity.aliases:
                words = alias.split()
                if len(words) >= 2 and words[-1].isalpha() and words[-1].islower():
                    heads[words[-1]].add(entity)
        self.by_head = {head: next(iter(owners)) for head, owners in heads.items()
                        if len(owners) == 1}
        self._descriptions: dict[str, re.Pattern[str] | None] = {}

    def _description_pattern(self, lang: str) -> re.Pattern[str] | None:
        if lang not in self._descriptions:
            articles = sorted(lexicon(lang).definite_articles, key=lambda a: (-len(a), a))
            if not articles or not self.by_head:
                self._descriptions[lang] = None
            else:
                self._descriptions[lang] = re.compile(
                    r"(?<![\w])(?:" + "|".join(re.escape(a) for a in articles) + r")\s*("
                    + "|".join(re.escape(h) for h in sorted(self.by_head)) + r")(?![\w])",
                    re.IGNORECASE,
                )
        return self._descriptions[lang]

    def find(self, sentence: Sentence, lang: str) -> list[EntityMention]:
        lex = lexicon(lang)
        found: list[EntityMention] = []

        def add(entity: Entity, start: int, end: int, text: str, anaphor: bool) -> None:
            found.append(_entity_mention(entity, sentence, start, end, text, anaphor, lex))

        if self.pattern is not None:
            for match in self.pattern.finditer(sentence.text):
                if _country_arm(sentence.text, match.end()):
                    continue  # "Norvik France delivered…": the French arm's, not Norvik's
                add(self.by_alias[match.group(1)], sentence.start + match.start(),
                    sentence.start + match.end(), match.group(1), False)
        descriptions = self._description_pattern(lang)
        if descriptions is not None:
            for match in descriptions.finditer(sentence.text):
                start, end = sentence.start + match.start(1), sentence.start + match.end(1)
                if any(m.start <= start < m.end for m in found):
                    continue  # part of a full name already found
                add(self.by_head[match.group(1).lower()], start, end, match.group(1), True)
        return sorted(found, key=lambda m: m.start)



    def named_in(self, text: str) -> list[Entity]:
        """The entities a plain text (a headline) names by an alias, in order, once each."""
        if self.pattern is None or not text:
            return []
        return list(dict.fromkeys(self.by_alias[m.group(1)] for m in self.pattern.finditer(text)))


class _SubjectChooser:
    """Walks one document's sentences; anaphors are resolved per claim, by the role they play."""

    def __init__(self, analysis: Analysis, finder: _MentionFinder) -> None:
        self.analysis = analysis
        self.lexicon = lexicon(analysis.document.language)
        self.mentions = [finder.find(s, analysis.document.language) for s in analysis.sentences]
        #: the organizations the headline names: "the conglomerate" is the one it leads with
        named = finder.named_in(analysis.document.title or "")
        heads = [e for e in named if e.type in OWNER_TYPES]
        # ("… pour Norvik, le propriétaire de Belmar": the one named after "de" is another's)
        bare = [e for e in heads
                if not _after_genitive_in(analysis.document.title or "", e, self.lexicon)]
        self.headline = bare if len(bare) == 1 else heads
        #: the people the headline names: of two named as often, the one it leads with
        self.headline_people = {e for e in named if e.type == "person"}
        self._transfer: bool | None = None
        self._player: bool | None = None
        self._people_named: Counter[Entity] | None = None
        self._sentence_names: list[list[NameCandidate]] | None = None
        #: (sentence, offset) of generic nouns ("the carmaker") no organization could be given to
        self._unresolved: set[tuple[int, int]] = set()
        #: noun lemma -> the organizations the corpus describes with it ("the startup X")
        self.described: dict[str, set[Entity]] = {}

    def _kind_of(self, cue) -> str | None:
        """The kind a generic noun names ("banco" -> "bank", "socialistas" -> "socialist")."""
        return self.lexicon.anaphora_kinds.get(lemma(cue.text.split()[-1], self.lexicon.lang))

    def _typed_antecedent(self, index: int, cue) -> Entity | None:
        """"del banco", "the airline": a noun of a kind refers to the nearest organization named
        before it whose name shows that kind ("Norvikbank", "Norvik Airlines"), even past
        another organization named in between; None when no name shows it."""
        noun = lemma(cue.text.split()[-1], self.lexicon.lang)
        kind = self._kind_of(cue)
        described = self.described.get(_noun_key(noun), set())
        if kind is not None:
            parts = kind_name_parts(kind)
            found = self._nearest_before(index, cue.start, lambda e: _shows_kind(e, parts))
            if found is not None:
                return found
            if kind in self.lexicon.named_kinds:
                # "contre 144 pour les conservateurs", the party's name two paragraphs on: a
                # family the article names one party of is that party, named later too
                later = {m.entity for mentions in self.mentions for m in mentions
                         if m.entity.type in OWNER_TYPES and _shows_kind(m.entity, parts)}
                if len(later) == 1:
                    return next(iter(later))
        if len(described) == 1:  # "the startup" where the corpus calls one organization so
            return self._nearest_before(index, cue.start, lambda e: e in described)
        return None

    def _nearest_before(self, index: int, position: int, wanted) -> Entity | None:
        """The organization named last before ``position`` (in sentence ``index`` or earlier)
        for which ``wanted`` holds."""
        for back in range(index, -1, -1):
            mentions = [m for m in self.mentions[back] if m.entity.type in OWNER_TYPES
                        and (back < index or m.end <= position)]
            for m in reversed(mentions):
                if wanted(m.entity):
                    return m.entity
        return None

    def descriptions(self) -> Iterator[tuple[str, Entity]]:
        """(noun lemma, organization) for each generic noun written as a description of a
        name: "la start-up Norvane", "Norvane, the French startup"."""
        lex = self.lexicon
        for index, sentence in enumerate(self.analysis.sentences):
            found = [m for m in self.mentions[index] if m.entity.type in OWNER_TYPES]
            for cue in sentence.cues:
                if cue.category != "anaphora":
                    continue
                noun = _noun_key(lemma(cue.text.split()[-1], lex.lang))
                if (self._determined(sentence, cue.start, cue.text)
                        and self._describes_next_name(sentence, cue, found)):
                    following = min((m for m in found if m.start >= cue.end),
                                    key=lambda m: m.start)
                    yield noun, following.entity
                    continue
                before = [m for m in found if m.end <= cue.start]
                if before:  # "Norvane, the French startup,"
                    between = sentence.words_between(before[-1].end, cue.start)
                    following = sentence.token_after(cue.end)
                    if (len(between) <= 4 and between[:1] == [","]
                            and len(between) >= 2 and between[1] in lex.determiners
                            and all(w.isalpha() for w in between[2:])
                            and not _reporter(sentence, before[-1])
                            # ("Segundo a agência Reuters, a companhia já comunicou": the
                            # clause's subject, no apposition)
                            and (following is None or not following[2].isalpha()
                                 or following[2] in lex.relative_pronouns)):
                        yield noun, before[-1].entity

    def _antecedent(self, index: int, position: int, role: str) -> Entity | None:
        """The organization a generic noun ("the company") stands for: the nearest one named
        before it in its sentence — but not the clause's own first name when the noun is a
        target ("Varenza agreed to buy 70% of the company" is not about Varenza) — else, in
        the sentence before, its first for an agent ("Vantor... The giant spent") or its last
        for a target ("...invested in Norvik AI. It values the startup"); else the article's
        main organization, if it has one.
        """
        sentence = self.analysis.sentences[index]
        clause = sentence.clause_at(position)
        earlier = [m for m in self.mentions[index]
                   if m.entity.type in OWNER_TYPES and m.end <= position
                   # ("Segundo a agência Reuters, a companhia já comunicou": a source)
                   and not _cited(sentence, m) and not _reporter(sentence, m)]
        if role == TARGET:
            in_clause = [m for m in earlier if clause[0] <= m.start]
            if in_clause:
                earlier = [m for m in earlier if m.entity != in_clause[0].entity]
        if earlier:
            return earlier[-1].entity
        previous = [m for m in self.mentions[index - 1]
                    if m.entity.type in OWNER_TYPES  # ("Según informó Bloomberg": a source)
                    and not _cited(self.analysis.sentences[index - 1], m)
                    and not _reporter(self.analysis.sentences[index - 1], m)] if index else []
        if previous and role == TARGET:
            return previous[-1].entity
        if previous:
            # "Depois da Belmar e da X, chegou a vez da Y. A empresa...": a name after a
            # preposition is seldom what the next sentence goes on about, when another is bare
            bare = [m for m in previous if not (m.after_genitive or m.after_agent_preposition)]
            if not bare and (topic := self._opening_topic(index - 1)) is not None:
                return topic
            return (bare or previous)[0].entity
        # Further back, the nearest name is often another party's ("...said the union UOC.
        # The group employs 16,200"): the organization the article names most is the safer
        # reading — unless this sentence names it too ("the carmaker and the union": another).
        # ("2025 hat der Konzern 1,6 Millionen Autos verkauft, darunter X (1,4 Millionen),
        # …": the main name as a brand in a list after the figure is a part)
        main = self._dominant(OWNER_TYPES, None, ratio=1.0)
        if main is None and len(self.headline) == 1:
            # ("Tesla va licencier 10 %" over a text naming Tesla and a magazine once each:
            # the one the headline names wins the tie)
            main = self._dominant(OWNER_TYPES, None, ratio=1.0, leader=self.headline[0])
        clause = sentence.clause_at(position)
        if main is None or any(
                m.entity == main and not (
                    m.start > position and sentence.words_between(m.end, clause[1])[:1] == ["("])
                for m in self.mentions[index]):
            return None
        return main

    def _owners_only(self, index: int, end: int | None = None) -> list[EntityMention]:
        """The organizations sentence ``index`` names (before ``end``), when it names each only
        as another noun's owner ("du chiffre d'affaires de Norvik", "des Norvik-Umsatzes");
        else none."""
        named = [m for m in self.mentions[index]
                 if m.entity.type in OWNER_TYPES and (end is None or m.end <= end)]
        return [] if any(not (m.after_genitive or m.modifier) for m in named) else named

    def _opening_topic(self, index: int) -> Entity | None:
        """"La marque, qui pèse la moitié du chiffre d'affaires de Norvik, a reculé. Sa
        rentabilité…": the organization a generic noun opening sentence ``index`` stood for,
        when every name there follows a genitive — what the next sentence goes on about."""
        named = self._owners_only(index)
        if not named:
            return None
        opening = [m for m in self.candidates(index, AGENT)
                   if m.anaphor and m.entity.type in OWNER_TYPES and m.start < named[0].start]
        return opening[0].entity if opening else None

    def candidates(self, index: int, role: str) -> list[EntityMention]:
        sentence = self.analysis.sentences[index]
        found = list(self.mentions[index])
        for cue in sentence.cues:
            if cue.category != "anaphora" or any(m.start <= cue.start < m.end for m in found):
                continue
            if not self._determined(sentence, cue.start, cue.text):
                continue  # "el comité de empresa", "company policy": a modifier, no reference
            if self._describes_next_name(sentence, cue, found):
                continue  # "the carmaker Norvik": the name follows, the noun describes it
            if self._opens_a_name(sentence, cue) or self._describes_unknown_name(index, cue):
                self._unresolved.add((index, cue.start))
                continue  # "el Partido Cívico Renovador", "von Kelvar, dem Unternehmen, das":
                # a name no article shares
            if self._qualified_object(sentence, cue):
                self._unresolved.add((index, cue.start))
                continue  # "il 7% della banca senese": a bank described, maybe another one
            whole = self._whole_group(sentence, cue)
            entity = (self._parent(cue) if whole else self._typed_antecedent(index, cue))
            if entity is None and whole:
                self._unresolved.add((index, cue.start))
                continue  # "the group as a whole" where no organization leads: whose, unsaid
            if entity is None and self._kind_of(cue) not in self.lexicon.named_kinds:
                entity = self._antecedent(index, cue.start, role)
            if entity is None:
                self._unresolved.add((index, cue.start))
                continue
            found.append(_entity_mention(entity, sentence, cue.start, cue.end, cue.text, True,
                                         self.lexicon))
        return sorted(found, key=lambda m: m.start)

    def _parent(self, cue) -> Entity | None:
        """The whole organization "the group as a whole" or "the conglomerate" stands for: the
        one the headline names, when it names one, else the one the article names most (an
        article on a group's brands may name a brand most)."""
        if len(self.headline) == 1:
            # ("Sur l'ensemble du groupe" under "… pour Norvik, le propriétaire de Belmar",
            # where Belmar is named most: the headline's)
            return self.headline[0]
        return self._dominant(OWNER_TYPES, None, ratio=1.0)

    def _names_parent(self, cue) -> bool:
        """"el conglomerado", "der Mutterkonzern": a noun only a parent organization takes."""
        return self.lexicon.holds(self.lexicon.parent_nouns, cue.text.split()[-1].lower())

    def _whole_group(self, sentence: Sentence, cue) -> bool:
        """"im gesamten Konzern", "the group as a whole", "l'ensemble du groupe": the whole of
        the article's organization, never the brand or unit named just before."""
        if self._names_parent(cue):
            return True  # "El conglomerado ... ha cerrado 2024 con": the parent, not a brand
        words = self.lexicon.whole_group_words
        if not words:
            return False
        before = [w for _s, e, w in sentence.tokens if e <= cue.start][-WHOLE_REACH:]
        after = [w for s, _e, w in sentence.tokens if s >= cue.end][:WHOLE_REACH]
        return any(w in words for w in before + after)

    def _qualified_object(self, sentence: Sentence, cue) -> bool:
        """"possiede il 7% della banca senese", "10 % de la banque italienne": a generic noun
        after a genitive and qualified by the word after it describes an organization by a
        trait the named ones may not have — not surely the one named last."""
        before = sentence.token_before(cue.start)
        if before is not None and before[2] in self.lexicon.definite_articles:
            before = sentence.token_before(before[0])
        if before is None or before[2] not in self.lexicon.genitive_prepositions:
            return False
        after = sentence.token_after(cue.end)
        if after is None or not after[2].isalpha() or sentence.text[
                after[0] - sentence.start:after[0] - sentence.start + 1].isupper():
            return False
        lex = self.lexicon
        return not (after[2] in lex.stop_words or after[2] in lex.cue_words
                    or after[2] in lex.conjunctions or after[2] in lex.linking_words)

    def _opens_a_name(self, sentence: Sentence, cue) -> bool:
        """Whether a capitalized generic noun starts a name with the capitalized words after it
        ("el Partido Cívico Renovador", "la Lista Civica Nuova"): an organization of its
        own, not the one named before (where every noun is capitalized, no capital tells)."""
        if self.lexicon.capitalizes_nouns or not cue.text[:1].isupper():
            return False
        after = sentence.token_after(cue.end)
        return after is not None and after[2][:1].isupper()

    def _describes_unknown_name(self, index: int, cue) -> bool:
        """Whether the generic noun is set off after a name no article shares, a comma and its
        determiner and adjectives ("die Gründer von Kelvar, dem israelischen Unternehmen, das
        …"): the noun describes that one, not an organization of the story."""
        sentence = self.analysis.sentences[index]
        known = self.mentions[index]
        position = cue.start
        # back over the noun's determiner and adjectives, capitalized ones too ("the Israeli
        # cloud company"), to the comma
        for _ in range(DESCRIPTOR_REACH + 2):
            token = sentence.token_before(position)
            if token is None:
                return False
            if token[2] == ",":
                break
            if not token[2].isalpha() or any(m.start <= token[0] < m.end for m in known):
                return False
            position = token[0]
        else:
            return False
        comma = token[0]
        determiners = self.lexicon.determiners

        def determined(name: NameCandidate) -> bool:
            # "Der Kompromiss, den der Autobauer …": a capitalized noun with its article
            before = sentence.token_before(name.start)
            return before is not None and before[2] in determiners

        return any(n.end == comma and n.start > sentence.start and not determined(n)
                   and place_key(self.analysis.document.text[n.start:n.end]) is None
                   for n in self._unknown_names(index))

    def _describes_next_name(self, sentence: Sentence, cue, found) -> bool:
        """Whether a name follows the generic noun right away ("der Autobauer Norvik"), after
        adjectives of its own ("le groupe allemand Norvik") or after a short genitive modifier
        ("El fabricante de bicicletas Norvik"), not after a verb or a conjunction ("das
        Unternehmen zahlt Norvik", "der Autobauer und die UST")."""
        following = [m for m in found if m.start >= cue.end]
        if not following:
            return False
        between = sentence.words_between(cue.end, min(m.start for m in following))
        if not between:
            return True
        # "le groupe allemand Norvik", "le géant suisse de la chimie Norvik": its
        # own adjectives first, then at most a short genitive modifier
        adjectives = 0
        while adjectives < len(between) and between[adjectives] in (
                self.lexicon.descriptor_adjectives):
            adjectives += 1
        rest = between[adjectives:]
        if adjectives > DESCRIPTOR_REACH:
            return False
        return not rest or (len(rest) <= DESCRIPTOR_REACH
                            and rest[0] in self.lexicon.genitive_prepositions
                            and all(word.replace("'", "").isalpha()
                                    and word not in self.lexicon.conjunctions for word in rest))

    def list_members(self, mention: Mention, first: EntityMention) -> list[EntityMention]:
        """The organizations listed after a relation's object ("such as X, Y and Z", "X e Y"):
        only list punctuation, conjunctions and articles between one member and the next."""
        if mention.attribute != "relationship":
            return []
        sentence = self.analysis.sentences[mention.sentence]
        clause = sentence.clause_at(first.start)
        lex = self.lexicon
        joiners = lex.conjunctions | lex.determiners | {","}
        members, last = [], first
        for m in self.mentions[mention.sentence]:
            if m.start < last.end or m.entity.type not in OWNER_TYPES or m.start >= clause[1]:
                continue
            between = sentence.words_between(last.end, m.start)
            if not between or not all(w in joiners for w in between):
                break
            if m.entity != first.entity and all(m.entity != o.entity for o in members):
                members.append(m)
            last = m
        return members

    def organization_scope(self, mention: Mention) -> str | None:
        """"à Norvik, la direction a recensé 44% de grévistes", "en la empresa Norvik lo hizo un
        37%": a story figure for the organization a preposition places it at, before the
        figure in its clause (a few words between: "la empresa pública")."""
        sentence = self.analysis.sentences[mention.sentence]
        clause = sentence.clause_at(mention.value_start)
        prepositions = self.lexicon.organization_prepositions
        for m in reversed(self.mentions[mention.sentence]):
            if not (m.entity.type in OWNER_TYPES and clause[0] <= m.start
                    and m.end <= mention.value_start):
                continue
            before = sentence.words_between(max(clause[0], m.start - 60), m.start)
            if any(word in prepositions for word in before[-(ORGANIZATION_REACH + 1):]):
                return f"{ORGANIZATION_SCOPE}{m.entity.name}"
        return None

    def holder(self, mention: Mention, target: Entity) -> str | None:
        """Who holds a stake in ``target``: the organization or country that acts in the clause
        before the figure ("Noruega conserva el 7% de la entidad", "Norvik holds 33% of X"),
        else one named in a genitive after it ("la participación de Norvik en X"). A capital
        stands for its country's state ("Oslo controla el 5%"). None when unwritten."""
        sentence = self.analysis.sentences[mention.sentence]
        trigger = mention.trigger
        clause = sentence.clause_at(trigger.start)
        anchor = min(trigger.start, mention.value_start)
        sources = [c for c in sentence.cues if c.label == "reported"]
        named = [m for m in self.mentions[mention.sentence]
                 if m.entity.type in OWNER_TYPES and m.entity != target
                 and clause[0] <= m.start < clause[1] and not m.after_agent_preposition
                 and not any(c.end <= m.start and len(sentence.words_between(c.end, m.start)) <= 3
                             for c in sources)]
        before = [m for m in named if m.end <= anchor and not m.after_genitive]
        if before:
            return before[0].entity.name
        country = self._acting_country(sentence, clause[0], anchor)
        if country is not None:
            return country
        after = [m for m in named if m.start >= anchor and m.after_genitive]
        return after[0].entity.name if after else None

    def _acting_country(self, sentence: Sentence, start: int, end: int) -> str | None:
        """The country named between ``start`` and ``end`` not after a locative preposition ("in
        Germany" places, "Germany holds" acts), by its key; a capital gives its country's."""
        text = self.analysis.document.text
        pattern = gazetteer(self.lexicon.lang).pattern
        if pattern is None:
            return None
        prepositions = gazetteer(self.lexicon.lang).prepositions
        for match in pattern.finditer(text, start, end):
            if sentence.word_before(match.start()) in prepositions:
                continue
            key = place_key(match.group(0))
            key = capital_country(key) or key
            if key is not None and len(key) == 2 and key.isupper():
                return key
        return None

    def _determined(self, sentence: Sentence, position: int, text: str) -> bool:
        """Whether the generic noun at ``position`` has a determiner ("the company", "der
        Wolfsburger Konzern", "dell'azienda"), up to two adjectives before it: only then does
        it refer to an organization of the text."""
        lex = self.lexicon
        if text.lower().replace("'", "' ").split()[0] in lex.determiners:
            return True  # an entry written with its article ("l'impresa")
        stops = lex.genitive_prepositions | lex.linking_words | lex.non_target_prepositions
        for _ in range(3):
            token = sentence.token_before(position)
            if token is None:
                return False
            word = token[2]
            if word in lex.determiners:
                return True
            if word in stops or not word.isalpha():
                return False
            position = token[0]
        return False

    def _implied_subject(self, mention: Mention, reach: int = 1,
                         besides: Entity | None = None) -> EntityMention | None:
        """"Net profit rose to $187m." names no one: it continues the text before, when the
        nearest of the ``reach`` sentences before that names an organization names exactly one
        (``besides`` the relation's other party), else the article's dominant organization —
        unless a noun for another organization ("the subsidiary") stands before the trigger."""
        sentence = self.analysis.sentences[mention.sentence]
        clause = sentence.clause_at(mention.trigger.start)
        if any(clause[0] <= s and e <= mention.trigger.start
               and t in self.lexicon.other_organization_nouns for s, e, t in sentence.tokens):
            return None
        if any(i == mention.sentence and clause[0] <= p < mention.trigger.start
               for i, p in self._unresolved):
            return None  # "The Greens won 63 seats": a noun that names someone, not the text before
        # "O MPR, o partido ..., teve o pior resultado: com 9,5%, elegeu 40": a clause that
        # names no one continues the sentence's earlier clauses when they name exactly one.
        earlier = {m.entity for m in self.mentions[mention.sentence]
                   if m.entity.type in OWNER_TYPES and m.end <= clause[0] and m.entity != besides}
        if len(earlier) == 1:
            return EntityMention(earlier.pop(), mention.trigger.start, mention.trigger.start, "",
                                 anaphor=True)
        if not earlier and mention.attribute in RESULT_SLOTS and (any(
                n.end <= clause[0] and self._may_own(sentence, n, clause[0])
                for n in self._unknown_names(mention.sentence)) or any(
                i == mention.sentence and sentence.start <= p < clause[0]
                for i, p in self._unresolved)):
            # "O partido Aliança Cívica será o quinto: com 5,2%": a party of its own; "O partido
            # A Esquerda será o quinto: com 7,35%": a party a noun names, no article's entity
            return None
        for back in range(1, reach + 1):
            index = mention.sentence - back
            if index < 0:
                break
            named = {m.entity for m in self.mentions[index]
                     if m.entity.type in OWNER_TYPES and m.entity != besides
                     and not _cited(self.analysis.sentences[index], m)}
            if len(named) > 1:
                break
            if named and (topic := self._opening_topic(index)) not in (None, besides):
                named = {topic}
            if (named and back == 1 and mention.attribute not in RESULT_SLOTS
                    and SLOTS[mention.attribute].value_kind in ("money", "percent", "count")
                    and self._opens_paragraph(mention.sentence)):
                # "…the Belmar team is also affected.\n\nThe round adds to the 1,350 layoffs
                # of January": a paragraph that names no one goes on with the article's subject
                dominant = self._dominant_organization(besides)
                if dominant is not None and dominant not in named:
                    return EntityMention(dominant, mention.trigger.start,
                                         mention.trigger.start, "", anaphor=True)
            if named:
                return EntityMention(named.pop(), mention.trigger.start, mention.trigger.start,
                                     "", anaphor=True)
        if mention.attribute in RESULT_SLOTS:
            return None  # an election has many parties: the one named most is no one's default
        dominant = self._dominant_organization(besides)
        if dominant is None:
            return None
        return EntityMention(dominant, mention.trigger.start, mention.trigger.start, "",
                             anaphor=True)

    def _opens_paragraph(self, index: int) -> bool:
        """Whether sentence ``index`` starts a paragraph (a blank line before it)."""
        if index == 0:
            return True
        sentences = self.analysis.sentences
        gap = self.analysis.document.text[sentences[index - 1].end:sentences[index].start]
        return gap.count("\n") >= 2

    def _dominant_organization(self, besides: Entity | None) -> Entity | None:
        """The organization the article is about, when it is named at least twice as often as
        any other: what a sentence naming no one ("The plan foresees 1,380 job cuts") is about.
        Short of that, the one organization its headline names, when no other is named more
        often (an article on a group's results names its brands nearly as often as the group)."""
        dominant = self._dominant(OWNER_TYPES, besides)
        if dominant is not None or len(self.headline) != 1 or self.headline[0] == besides:
            return dominant
        return self._dominant(OWNER_TYPES, besides, ratio=1.0, leader=self.headline[0])

    def _dominant(self, types: Iterable[str], besides: Entity | None,
                  ratio: float = DOMINANCE, leader: Entity | None = None) -> Entity | None:
        """The entity of these types named ``ratio`` times as often as any other (1.0: strictly
        more often; a ``leader`` wins a tie)."""
        types = frozenset(types)
        counts = Counter(m.entity for sentence, mentions in zip(self.analysis.sentences,
                                                               self.mentions, strict=True)
                         for m in mentions if m.entity.type in types and m.entity != besides
                         and not _cited(sentence, m))
        for unit in sorted(counts, key=lambda e: (-len(e.name), e.name)):
            # "Norvik Cars" and "Norvik Vans" are Norvik's units: an article about them is
            # about Norvik, never a unit's over its group's
            whole = next((e for e in counts if e != unit and any(
                unit.name.startswith(f"{alias} ") for alias in (e.name, *e.aliases))), None)
            if whole is not None:
                counts[whole] += counts.pop(unit)
        ranked = counts.most_common(2)
        if not ranked:
            return None
        if leader is not None:
            return leader if counts[leader] and counts[leader] == ranked[0][1] else None
        if len(ranked) == 2 and (ranked[0][1] < ratio * ranked[1][1]
                                 or ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _about_a_transfer(self) -> bool:
        """Whether the article speaks of a player and of a transfer ("winger", "fee")."""
        if self._transfer is None:
            self._transfer = speaks_of_a_transfer(self.lexicon, (
                w for sentence in self.analysis.sentences for _s, _e, w in sentence.tokens))
        return self._transfer

    def _slot_word_of_figure_before(self, mention: Mention) -> bool:
        """Whether the slot word written before a figure is already another figure's, one
        written before that word ("X logra el 34 % de los sufragios, y … Y con un 22,6 %")."""
        trigger = mention.trigger
        return any(o is not mention and o.sentence == mention.sentence
                   and o.trigger.start == trigger.start and o.value_end <= trigger.start
                   for o in self.analysis.mentions)

    def player_priced(self, mention: Mention,
                      subject: EntityMention | None) -> EntityMention | None:
        """Whose price a club's is, in a story about a transfer ("la incorporación de X,
        delantero del Belmar, en una operación valorada en 61,3 millones", "a cláusula de compra
        do avançado, deverá ser de 27 milhões"): a price given to a club goes to the player the
        sentence names, or to the article's one player a player noun stands for — on the same
        terms as a club's payment (``player_paid_for``), and only when that is the story's
        own player."""
        if subject is None or subject.entity.type == "person" or mention.scope is not None:
            return None
        player = self.player_paid_for(mention, any_price=True)
        if player is None:
            return None
        # "who have spent £57m on X and £31.5m on Y": only the story's own player, never another
        story_player = self._dominant(("person",), None, ratio=1.0) or self._headline_person()
        return player if player.entity == story_player else None

    def player_paid_for(self, mention: Mention, any_price: bool = False) -> EntityMention | None:
        """Whom a club's payment is for, in a story about a transfer ("zahlt Norvik FC für Ana
        Ruiz rund 33 Millionen", "para quedarse con el jugador, el Norvik FC paga 43 millones"): the
        one person the sentence names, or, naming none, the article's one player where a player
        noun stands in the sentence. None for any other spending, for a sentence naming a year (an
        earlier transfer), two people, a salary ("pagará 14 millones de su salario") or a loan."""
        lex = self.lexicon
        sentence = self.analysis.sentences[mention.sentence]
        if ((mention.scope is not None and not mention.scope.startswith(f"{PORTION_SCOPE}@"))
                or not (any_price or lex.holds(lex.pay_verbs, mention.trigger.text.lower()))
                or not self._about_a_transfer()):
            return None
        if any(_YEAR_TOKEN.fullmatch(w) for _s, _e, w in sentence.tokens):
            return None  # "Em 2021, o clube pagou 38 milhões": an earlier transfer
        if any(c.category == "slots" and c.label in PAY_SLOTS for c in sentence.cues):
            return None  # "pagará 14 millones de su salario": the wages a club pays
        if any(lex.holds(lex.loan_words, w) for _s, _e, w in sentence.tokens):
            return None  # "paga 2,6 millones por la cesión": a loan's
        people = {m.entity for m in self.mentions[mention.sentence] if m.entity.type == "person"}
        if len(people) > 1:
            return None
        if people:
            person = next(iter(people))
            if self._other_people_named(mention.sentence, person):
                return None
            at = next(m for m in self.mentions[mention.sentence] if m.entity == person)
            return EntityMention(person, at.start, at.end, at.text, False)
        words = [w for _s, _e, w in sentence.tokens]
        player = self._dominant(("person",), None, ratio=1.0) or self._headline_person()
        if (player is None or not any(w in lex.player_nouns for w in words)
                or self._other_people_named(mention.sentence, player)):
            return None
        trigger = mention.trigger
        return EntityMention(player, trigger.start, trigger.start, "", True)

    def _about_a_player(self) -> bool:
        """Whether the article calls someone a player ("the striker", "o avançado"): what a
        club sells in it is that player."""
        if self._player is None:
            self._player = any(w in self.lexicon.player_nouns for sentence in
                               self.analysis.sentences for _s, _e, w in sentence.tokens)
        return self._player

    def _relative_of_description(self, sentence: Sentence, verb: int) -> bool:
        """Whether the verb at ``verb`` opens a relative clause on a description: ", que firma",
        ", who signs" after a common noun ("la extremo noruega"), not after a name."""
        before = [t for t in sentence.tokens if t[1] <= verb][-3:]
        if len(before) < 3 or before[2][2] not in self.lexicon.relative_pronouns \
                or before[1][2] != ",":
            return False
        start, _end, word = before[0]
        return word.isalpha() and not sentence.text[start - sentence.start].isupper()

    def _paid_for_description(self, sentence: Sentence, mention: Mention) -> int | None:
        """Where the description a fee is paid for starts: "73 millones por la extremo
        noruega", "£60m for the 23-year-old winger", "pelo avançado" — a price preposition
        right after the amount, then a determiner or none, then a common noun, not a name."""
        after = [t for t in sentence.tokens if t[0] >= mention.value_end][:3]
        if not after or after[0][2] not in self.lexicon.price_prepositions:
            return None
        rest = after[1:]
        if rest and rest[0][2] in self.lexicon.determiners:
            rest = rest[1:]
        if not rest or not rest[0][2].isalpha() or sentence.text[
                rest[0][0] - sentence.start:rest[0][0] - sentence.start + 1].isupper():
            return None
        return after[1][0]

    def _headline_person(self) -> Entity | None:
        """The one person the headline names, when no one is named more often in the text
        ("…le transfert record d'Ana Ruiz", then as many mentions of a teammate)."""
        if len(self.headline_people) != 1:
            return None
        if self._people_named is None:  # once per article: every person-role claim asks
            self._people_named = Counter(m.entity for mentions in self.mentions
                                         for m in mentions if m.entity.type == "person")
        counts = self._people_named
        person = next(iter(self.headline_people))
        return person if counts and counts[person] == max(counts.values()) else None

    def _possessive_owner(self, mention: Mention) -> EntityMention | None:
        """The entity named right before a comma and a possessive relative that open the
        trigger's phrase ("l'arrivée de X, dont le transfert…", "X, whose contract…")."""
        sentence = self.analysis.sentences[mention.sentence]
        before = [t for t in sentence.tokens if t[1] <= mention.trigger.start][-POSSESSIVE_REACH:]
        opener = next((n for n in range(len(before) - 1, 0, -1)
                       if before[n][2] in self.lexicon.possessive_relatives), None)
        if opener is None or before[opener - 1][2] != ",":
            return None
        comma = before[opener - 1]
        return next((m for m in self.mentions[mention.sentence] if m.end == comma[0]), None)

    def _possessor_before(self, mention: Mention) -> EntityMention | None:
        """"Erneut erwies sich die Marke Belmar als Problem. Auf sie entfallen 40 Prozent des
        Norvik-Umsatzes, und … schrumpften ihre Erlöse um 26 Prozent": a possessive before the
        clause's slot word ("ihre Erlöse", "ses ventes") goes back to the one organization the
        sentence before names, when this sentence names organizations only as another noun's
        owner ("des Norvik-Umsatzes", "du chiffre d'affaires de Norvik")."""
        if mention.sentence == 0:
            return None
        sentence = self.analysis.sentences[mention.sentence]
        clause = sentence.clause_at(mention.trigger.start)
        slot_words = [c for c in sentence.cues if c.category == "slots"
                      and clause[0] <= c.start < clause[1] and c.start < mention.value_start]
        if not any((before := sentence.token_before(c.start)) is not None
                   and before[2] in self.lexicon.possessives for c in slot_words):
            return None
        named = self._owners_only(mention.sentence, mention.value_start)
        if not named:
            return None
        owners = [m for m in self.mentions[mention.sentence - 1] if m.entity.type in OWNER_TYPES]
        # ("La situation de Belmar est difficile.": a name after "de" may be all it names)
        previous = ({m.entity for m in owners if not m.after_genitive}
                    or {m.entity for m in owners})
        if len(previous) != 1 or previous <= {m.entity for m in named}:
            return None
        return EntityMention(previous.pop(), mention.trigger.start, mention.trigger.start, "",
                             anaphor=True)

    def _age_words(self, mention: Mention) -> tuple[list[str], list[str]]:
        """The words just before and after an age figure (none for any other slot)."""
        if mention.attribute != "age":
            return [], []
        tokens = self.analysis.sentences[mention.sentence].tokens
        return ([w for _s, e, w in tokens if e <= mention.value_start][-PLAYER_REACH:],
                [w for s, _e, w in tokens if s >= mention.value_end][:2])

    def _someone_new(self, mention: Mention) -> bool:
        """An age an indefinite article brings in ("a 24-year-old woman", "una mujer de 24
        años", "eine 24-Jährige"): a person not named before, whoever the text named."""
        before, _after = self._age_words(mention)
        return any(w in self.lexicon.indefinite_articles for w in before)

    def _beside_the_age(self, mention: Mention, person: EntityMention) -> bool:
        """Whether a person's name can carry an age: right after it ("the 24-year-old Ana
        Ruiz"), or before it in its clause ("Ana Ruiz, 24,") — and then, when an indefinite
        article brings the age in, right before it ("Ana Ruiz, a 24-year-old striker"; not "X,
        a 36-year-old voter for Y"). A name further on ("…, while Y had 45%") is another's."""
        sentence = self.analysis.sentences[mention.sentence]
        if person.start >= mention.value_end:
            between = sentence.words_between(mention.value_end, person.start)
            if between == [","] and not sentence.words_between(sentence.start, mention.value_start):
                return True  # "Aged 31, Ana Ruiz brings…": a fronted age is the subject's
            return len(between) <= AGE_NAME_REACH and "," not in between
        clause = sentence.clause_at(mention.value_start)
        if person.start < clause[0]:
            return False
        if any(person.end <= n.start and n.end <= mention.value_start
               and _person_shaped(_strip_possessive(n.text).split())
               for n in self._unknown_names(mention.sentence)):
            return False  # "X signs after Y, de 43 anos": the nearer name's, no one we know
        if self._someone_new(mention):
            return len(sentence.words_between(person.end, mention.value_start)) <= 2
        return True

    def _role_named(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether an age stands beside a role that opens its sentence ("O piloto do helicóptero,
        de 41 anos", "The driver, 45,"): someone the text calls by a role, not a name, so not
        the person named before — unless the role is a player's ("The striker, 24,")."""
        tokens = [t for t in sentence.tokens if t[1] <= mention.value_start]
        words = [w for _s, _e, w in tokens if w != ","]
        if (len(words) < 2 or words[0] not in self.lexicon.definite_articles
                or sentence.word_before(mention.value_start + 1) != ","):
            return False
        return all(w.isalpha() and not self.analysis.document.text[s:s + 1].isupper()
                   for s, _e, w in tokens[1:] if w != ",") and not any(
            w in self.lexicon.player_nouns for w in words)

    def _one_of_ages(self, sentence: Sentence, mention: Mention) -> bool:
        """Whether an age is one of a list of ages ("who were 3, 6 and 12 years old", "âgés de
        3, 6 et 12 ans"): the ages of several people, none of them one named person's."""
        before = sentence.words_between(sentence.start, mention.value_start)[-2:]
        after = sentence.words_between(mention.value_end, sentence.end)[:2]
        joins = (",", *self.lexicon.conjunctions)
        return ((len(before) == 2 and before[0].isdigit() and before[1] in joins)
                or (len(after) == 2 and after[1].isdigit() and after[0] in joins))

    def _players_age(self, mention: Mention) -> bool:
        """An age a player noun carries ("the 24-year-old striker", "la jugadora de 24 años",
        "O médio inglês, de 22 anos"): no victim's or witness's, whom a story may leave unnamed."""
        before, after = self._age_words(mention)
        return (any(w in self.lexicon.player_nouns for w in before + after)
                or self._age_as_a_noun(mention))

    def _age_as_a_noun(self, mention: Mention) -> bool:
        """"in der Laufbahn des 34-Jährigen, der…", "the 24-year-old, who…": an age a definite
        article makes a noun points back to someone named before — not when the article brought
        someone new in with that age ("ein 41-Jähriger … der 41-Jährige": the newcomer)."""
        sentence = self.analysis.sentences[mention.sentence]
        lex = self.lexicon
        before = sentence.word_before(mention.value_start)
        after = sentence.token_after(mention.value_end)
        text = self.analysis.document.text
        if (before not in lex.definite_articles and before not in lex.determiners) or (
                after is not None and after[2][:1].isalnum()
                and not (lex.capitalizes_nouns and text[after[0]:after[0] + 1].islower())):
            return False  # "the 24-year-old driver": a role, someone the text calls so
        if mention.value.point is None or not lex.indefinite_articles:
            return False
        articles = "|".join(map(re.escape, sorted(lex.indefinite_articles)))
        return re.search(rf"\b(?:{articles})\s+{int(mention.value.point)}\b",
                         text[:mention.value_start], re.IGNORECASE) is None

    def _names_in(self, index: int) -> list[NameCandidate]:
        """The name candidates of one sentence (grouped once per article: every claim asks)."""
        if self._sentence_names is None:
            starts = [sentence.start for sentence in self.analysis.sentences]
            self._sentence_names = [[] for _ in starts]
            for name in self.analysis.names:
                at = bisect_right(starts, name.start) - 1
                if at >= 0 and name.start < self.analysis.sentences[at].end:
                    self._sentence_names[at].append(name)
        return self._sentence_names[index]

    def _names_the_deal(self, sentence: Sentence, trigger) -> bool:
        """Whether the trigger's clause names the deal itself, definite: "la operación", "die
        Transaktion", "the deal" (the story's deal, whoever the article is about)."""
        clause = sentence.clause_at(trigger.start)
        tokens = [t for t in sentence.tokens if clause[0] <= t[0] and t[1] <= clause[1]]
        return any(n and tokens[n - 1][2] in self.lexicon.definite_articles
                   and self.lexicon.holds(self.lexicon.deal_nouns, w)
                   for n, (_s, _e, w) in enumerate(tokens))

    def _after_someone_unknown(self, mention: Mention) -> bool:
        """Whether an age opening its sentence ("The 22-year-old, a fan…") follows a sentence
        that names someone no article shares, and no known person: that one's age, maybe."""
        if mention.sentence == 0:
            return False
        sentence = self.analysis.sentences[mention.sentence]
        if len(sentence.words_between(sentence.start, mention.value_start)) > 1:
            return False
        previous = mention.sentence - 1
        if any(m.entity.type == "person" for m in self.mentions[previous]):
            return False
        return any(place_key(n.text) is None for n in self._unknown_names(previous))

    def _unknown_names(self, index: int) -> list[NameCandidate]:
        """The names of a sentence that are no known entity's mention."""
        known = self.mentions[index]
        return [n for n in self._names_in(index)
                if not any(m.start <= n.start < m.end for m in known)]

    def _names_someone_else(self, mention: Mention, places: bool = True) -> bool:
        """Whether a name that is no known entity stands before the trigger in its clause ("o
        brasileiro Tiago Brum, que tem salário de..."): then the figure may be that one's. A name
        after the figure ("..., según Radio Norte") or in a source phrase before it ("According
        to the XY agency, the fee is…") is a source, not an owner."""
        sentence = self.analysis.sentences[mention.sentence]
        clause = sentence.clause_at(mention.trigger.start)
        anchor = min(mention.trigger.start, mention.value_start)
        return any(clause[0] <= n.start < anchor and not self._at_a_venue(sentence, n.start)
                   and self._may_own(sentence, n, anchor, places)
                   for n in self._unknown_names(mention.sentence))

    def _may_own(self, sentence: Sentence, name: NameCandidate, anchor: int,
                 places: bool = False) -> bool:
        """Whether a name no article shares may own a figure written at ``anchor``: a strong
        one, no place (unless ``places``), in no source phrase ("según Radio Norte")."""
        sources = [c for c in sentence.cues if c.label == "reported"]
        return (name.strong
                and (places or place_key(self.analysis.document.text[name.start:name.end]) is None)
                and not any(self._source_phrase(sentence, c, name, anchor)
                            or (c.start < name.end and name.start < c.end) for c in sources))

    def _other_people_named(self, index: int, person: Entity) -> bool:
        """Whether a sentence also names someone shaped like a person who is not ``person``
        ("X joined for £100m; Y and Z came too", Y and Z never named by surname alone, so no
        known people): then "the fee" of the next sentence may be any one's."""
        known = [m for m in self.mentions[index] if m.entity.type != "person"]
        for name in self._names_in(index):
            text = _strip_possessive(name.text)
            if any(m.start <= name.start < m.end for m in known):
                continue  # "Belmar Athletic": a known club's name, no one's
            if (_person_shaped(text.split()) and not any(place_key(p) for p in text.split())
                    and text not in person.aliases):
                return True
        return False

    def _at_a_venue(self, sentence: Sentence, start: int) -> bool:
        """"an der Kolberger Allee", "at Norvik Park": a name after a place preposition."""
        before = [w for w in sentence.words_between(sentence.start, start)[-2:]
                  if w not in self.lexicon.definite_articles]
        return bool(before) and before[-1] in self.lexicon.venue_prepositions

    def _unknown_owner_before(self, mention: Mention) -> bool:
        """Whether a name that is no known entity, no place, stands right before the clause of
        the trigger, closed by a comma and a relative pronoun ("…, Kelvar Partners, qui a fait
        état de…", "…, X, which reported…"): the clause is that one's."""
        sentence = self.analysis.sentences[mention.sentence]
        anchor = min(mention.trigger.start, mention.value_start)
        before = [t for t in sentence.tokens if t[1] <= anchor][-RELATIVE_REACH:]
        opener = next((t for t in reversed(before) if t[2] in self.lexicon.relative_pronouns),
                      None)
        known = self.mentions[mention.sentence]
        if opener is None:
            return self._unknown_possessor(mention)
        if any(opener[1] <= m.start < anchor for m in known):
            return False  # "…, qui détient 30 % de Belmar": a name of its own after it
        return any(n.strong and n.end <= opener[0]
                   and sentence.words_between(n.end, opener[0]) in ([","], [])
                   and place_key(self.analysis.document.text[n.start:n.end]) is None
                   for n in self._unknown_names(mention.sentence))

    def _unknown_possessor(self, mention: Mention) -> bool:
        """Whether a possessive right before the trigger ("La BFI … : son chiffre d'affaires a
        bondi de 20 %", "Kelvar said its revenue rose") points back to a name no article else
        names, the last name written before it in its sentence: the figure is that one's."""
        sentence = self.analysis.sentences[mention.sentence]
        anchor = min(mention.trigger.start, mention.value_start)
        clause = sentence.clause_at(anchor)
        before = [t for t in sentence.tokens
                  if clause[0] <= t[0] and t[1] <= anchor][-POSSESSIVE_MEASURE_REACH:]
        possessive = next((t for t in reversed(before) if t[2] in self.lexicon.possessives),
                          None)
        if possessive is None:
            return False
        names = [n for n in self._names_in(mention.sentence) if n.end <= possessive[0] and (
            n.strong or any(ch.isupper() for ch in n.text[1:]))]  # "La BFI" opening it
        if not names:
            return False
        last = names[-1]
        known = self.mentions[mention.sentence]
        if any(m.start <= last.start < m.end or last.end <= m.start < possessive[0]
               for m in known):
            return False
        return place_key(self.analysis.document.text[last.start:last.end]) is None

    def _names_unknown_target(self, mention: Mention) -> bool:
        """Whether a name that is no known entity follows the trigger as its object ("to acquire
        the Olympique Varenne"): the target is that one, whom no other article names."""
        sentence = self.analysis.sentences[mention.sentence]
        known = self.mentions[mention.sentence]
        trigger = mention.trigger
        for n in self._names_in(mention.sentence):
            if n.start < trigger.end:
                continue
            between = [w for w in sentence.words_between(trigger.end, n.start) if w.isalnum()]
            if len(between) > 1 or not all(w in self.lexicon.determiners for w in between):
                continue
            return not any(m.start <= n.start < m.end and m.entity.type in OWNER_TYPES
                           for m in known)
        return False

    def _held_in_a_thing(self, sentence: Sentence, value_end: int,
                         target: EntityMention) -> bool:
        """Whether a stake is held "in" a thing a common noun names before the organization
        after it, whose it is ("una participación del 40 % en la familia fundadora de X", "a
        stake in the holding company of X"): the stake is in that thing, not in X."""
        lex = self.lexicon
        words = [(s, w) for s, _e, w in sentence.tokens if value_end <= s < target.start]
        if target.anaphor or not words or (words[-1][1] not in lex.genitive_prepositions
                                           and words[-1][1] not in lex.determiners):
            return False  # "an dem spanischen Unternehmen": the company itself
        for n, (_s, word) in enumerate(words):
            if word not in lex.stake_prepositions:
                continue
            rest = [(s, w) for s, w in words[n + 1:] if w not in lex.determiners
                    and w not in lex.definite_articles]
            if not rest:
                return False
            start, noun = rest[0]
            return (noun.isalpha() and self.analysis.document.text[start:start + 1].islower()
                    and not any(c.category == "anaphora" and c.start <= start < c.end
                                for c in sentence.cues))
        return False

    def _passive(self, sentence: Sentence, position: int) -> bool:
        """Whether one of the two words before ``position`` is a passive auxiliary ("X was
        acquired", "X wurde übernommen", "X è stata acquisita") and the word at it no gerund
        ("X is acquiring Y": active)."""
        at = sentence.token_after(position)
        if at is not None and at[2].endswith(self.lexicon.gerund_endings):
            return False
        before = [word for s, e, word in sentence.tokens if e <= position][-2:]
        return any(word in self.lexicon.passive_auxiliaries for word in before)

    def subject(self, mention: Mention) -> tuple[EntityMention | None, EntityMention | None]:
        """(subject, object) of a claim candidate; (None, None) when it cannot be told — also
        when the subject is named together with another organization ("Norvik et Belmar écopent de
        700 millions d'euros d'amendes": a sum of two, neither's figure)."""
        subject, obj = self._subject(mention)
        if (subject is not None and mention.attribute != "relationship"
                and SLOTS[mention.attribute].value_kind in ("money", "percent", "count")
                and self._coordinated(mention.sentence, subject)):
            return None, None
        if (subject is not None and mention.attribute in RESULT_SLOTS and not subject.anaphor
                and self._unknown_name_between(mention, subject)):
            return None, None
        return subject, obj

    def _apposition(self, sentence: Sentence, end: int, start: int) -> bool:
        """"o PLN, o Partido Liberal Nórdico, com 21": a name right after a comma and an
        article restates the one before it."""
        between = sentence.words_between(end, start)
        return bool(between) and between[0] == "," and all(
            w in self.lexicon.determiners for w in between[1:])

    def _opens_a_phrase(self, sentence: Sentence, end: int, start: int) -> bool:
        """Whether a name after ``end`` starts a list item or a clause (after a comma or a
        conjunction, its articles aside): a subject of its own, not "seats in the Senate"."""
        before = [w for w in sentence.words_between(end, start)
                  if w not in self.lexicon.determiners]
        return bool(before) and (before[-1] in (",", ";")
                                 or before[-1] in self.lexicon.conjunctions)

    def _unknown_name_between(self, mention: Mention, subject: EntityMention) -> bool:
        """"X, con 9, y el Partido por la Reforma (derecha), con 4 asientos": a name no
        article shares, between the owner found and a result, may own the result."""
        anchor = min(mention.trigger.start, mention.value_start)
        if subject.end > anchor:
            return False
        sentence = self.analysis.sentences[mention.sentence]
        return any(subject.end <= n.start < anchor
                   and not self._apposition(sentence, subject.end, n.start)
                   and self._opens_a_phrase(sentence, subject.end, n.start)
                   and self._may_own(sentence, n, anchor)
                   for n in self._unknown_names(mention.sentence))

    def _coordinated(self, index: int, subject: EntityMention) -> bool:
        """Whether another organization is joined to ``subject`` by a conjunction alone ("X and
        Y", "X y Y", "X et Y")."""
        sentence = self.analysis.sentences[index]
        conjunctions = self.lexicon.conjunctions
        for m in self.mentions[index]:
            if m.entity == subject.entity or m.entity.type not in OWNER_TYPES:
                continue
            between = (sentence.words_between(subject.end, m.start) if m.start >= subject.end
                       else sentence.words_between(m.end, subject.start))
            if len(between) == 1 and between[0] in conjunctions:
                return True
            gap = (self.analysis.document.text[subject.end:m.start] if m.start >= subject.end
                   else self.analysis.document.text[m.end:subject.start])
            if gap in ("-", "/", "–"):
                return True  # "la coalición X-Y", "X/Y": a list of two
        return False

    def _that_clause_subject(self, sentence: Sentence, before: list[EntityMention],
                             figure_start: int) -> EntityMention | None:
        """The first name after the last "show that", "indicano che" before the figure, when
        another name stands before it: the subordinate clause holding the figure is that
        name's, whoever released or said it."""
        openers = self.lexicon.that_clause_openers
        if not openers:
            return None
        tokens = [t for t in sentence.tokens if t[1] <= figure_start]
        words = [t[2] for t in tokens]
        ends = [tokens[i + len(phrase) - 1][1] for phrase in openers
                for i in range(len(words) - len(phrase) + 1)
                if tuple(words[i:i + len(phrase)]) == phrase]
        if not ends:
            return None
        end = max(ends)
        after = [m for m in before if m.start >= end]
        return after[0] if after and any(m.end <= end for m in before) else None

    def _subject(self, mention: Mention) -> tuple[EntityMention | None, EntityMention | None]:
        """(subject, object) of a claim candidate, before the coordination check."""
        sentence = self.analysis.sentences[mention.sentence]
        trigger = mention.trigger
        role = SUBJECT_ROLE.get(mention.attribute, AGENT)
        if role != EVENT and (owner := self._possessive_owner(mention)) is not None:
            return owner, None  # "X, dont le transfert coûtera 70 millions": X's
        if role == AGENT and (owner := self._possessor_before(mention)) is not None:
            return owner, None  # "Auf sie entfallen 40 Prozent des X-Umsatzes, … ihre Erlöse"
        if mention.attribute == "deal_value" and mention.owner_span is not None:
            # "pagará 125 millones por Ana Ruiz": the price of the one paid for, player or company
            paid_for = [m for m in self.mentions[mention.sentence]
                        if mention.owner_span[0] <= m.start and m.end <= mention.owner_span[1]]
            return (paid_for[0], None) if paid_for else (None, None)
        if mention.attribute == "deal_value" and any(
                self.lexicon.holds(self.lexicon.person_deal_words, word)
                or word in self.lexicon.bonus_words for _s, _e, word in sentence.tokens):
            # "a fee of €90m for Ana Ruiz", "zahlt inklusive Boni bis zu 150 Millionen": a
            # transfer's price is the player's
            role = PERSON
        elif mention.attribute == "deal_value" and (
                trigger.category == "player_price"
                or (not self.mentions[mention.sentence] and self._about_a_transfer())
                or (trigger.text.lower() in self.lexicon.sale_verbs and self._about_a_player())):
            # "the deal is worth around €48m", naming no one; "o clube vendeu a jogadora ao X
            # por 45 ME", naming seller and buyer: the player's
            role = PERSON
        if role not in (PERSON, EVENT) and self._unknown_owner_before(mention):
            # "sa concurrente Kelvar, qui a fait état d'un bénéfice net de…": a company no
            # other article names owns the figure, not the article's own
            return None, None
        candidates = self.candidates(mention.sentence, role)
        clause = sentence.clause_at(trigger.start)
        # "Laut der Wahlleiterin", "según fuentes de la empresa": a source, not an owner.
        # "D'après les résultats du ministère de X, le parti Y obtient…": a fronted source
        # phrase closed by a comma before the claim is a source however long it is.
        sources = [c for c in sentence.cues if c.label == "reported"]
        anchor = min(trigger.start, mention.value_start)
        cited = [m for m in candidates
                 if any(self._source_phrase(sentence, c, m, anchor) for c in sources)]
        candidates = [m for m in candidates if m not in cited]
        source = cited[0].entity if cited else None
        if any(c.category == "combination_words" and clause[0] <= c.start < anchor
               for c in sentence.cues):
            return None, None  # "X, junto con Y, se ha hecho con un 28,5%": both, not X
        in_clause = [m for m in candidates if clause[0] <= m.start < clause[1]
                     and not self._owned_by_the_actor(sentence, m, anchor)]
        organizations = [m for m in in_clause if m.entity.type in OWNER_TYPES]
        if mention.attribute in CANDIDATE_SLOTS:
            # "X habría logrado entre un 47,1% y un 49,5%", "X ganó con el 51,2%,
            # frente al 48,8% de Y": a presidential vote is a candidate's as much as a party's
            organizations = [m for m in in_clause
                             if m.entity.type in OWNER_TYPES or m.entity.type == "person"]
        if mention.rule.startswith("vote_share.implied"):
            return self._implied_vote_owner(sentence, mention, organizations), None
        beside = self._named_right_before(sentence, mention, organizations)
        if beside is not None:
            return beside, None  # "devant Belmar (20,8 %)", "ahead of Belmar with 20.8%"
        if mention.owner_span is not None:
            # a figure of a list: the name written just before it owns it, or no one does
            owner = [m for m in candidates if mention.owner_span[0] <= m.start
                     and m.end <= mention.owner_span[1]]
            return (owner[0], None) if owner else (None, None)
        if mention.attribute == "relationship":
            start = min(trigger.start, mention.value_start)
            before = [m for m in organizations if m.end <= start]
            after = [m for m in organizations if m.start >= trigger.end]
            if not after:
                return None, None
            # The party nearest before the relation word, other than the relation's object
            # ("Dunmore, Rodano's biggest customer, would keep buying from Rodano").
            others = [m for m in before if m.entity != after[0].entity]
            subject = others[-1] if others else self._implied_subject(
                mention, reach=2, besides=after[0].entity)
            if subject is not None and subject.entity != after[0].entity:
                return subject, after[0]
            return None, None
        if role == PERSON:
            people = [m for m in candidates if m.entity.type == "person"]
            if mention.attribute == "deal_value":
                # "passa alla squadra allenata da Pep Guardiola per 40 milioni": a passive's
                # agent (the coach) is never the one whose fee it is
                people = [m for m in people if not m.after_agent_preposition]
            if mention.attribute == "age" and self._one_of_ages(sentence, mention):
                return None, None  # "their children, who were 3, 6 and 12 years old": several
            if mention.attribute == "age":
                people = [m for m in people if self._beside_the_age(mention, m)]
            if mention.attribute == "deal_value" and (
                    described := self._paid_for_description(sentence, mention)) is not None:
                # "ha pagado 73 millones por la extremo noruega, … la salida de Ana Ruiz": the
                # one the fee is paid for is described (and named before, or in the text
                # before), not the person named further on
                named = [m for m in people if described <= m.start
                         and len(sentence.words_between(described, m.start)) <= DESCRIPTOR_REACH]
                if named:
                    return named[0], None
                people = [m for m in people if m.end <= mention.value_start]
            elif mention.attribute in DESCRIBED_TERMS and self._relative_of_description(
                    sentence, trigger.start):
                # "por la extremo noruega, que firma hasta 2031 … la salida de Ana Ruiz": the
                # relative clause is the described one's, not a person named after its verb
                people = [m for m in people if m.end <= trigger.start]
            if people:
                return min(people, key=lambda m: _distance(m, mention)), None
            if mention.attribute == "age" and self._role_named(sentence, mention):
                return None, None  # "O piloto do helicóptero, de 41 anos": the pilot, unnamed
            if self._someone_new(mention):
                return None, None  # "a 24-year-old woman died": someone the text brings in
            if mention.sentence > 0:
                previous = {m.entity for m in self.mentions[mention.sentence - 1]
                            if m.entity.type == "person"}
                if len(previous) == 1 and not self._other_people_named(
                        mention.sentence - 1, next(iter(previous))):
                    entity = previous.pop()
                    return EntityMention(entity, trigger.start, trigger.start, "", True), None
            dominant = self._dominant(("person",), None, ratio=1.0) or self._headline_person()
            if mention.attribute == "age" and self._after_someone_unknown(mention):
                return None, None  # "…competition for Kestrel. The 22-year-old…": Kestrel's
            if (dominant is not None and (SLOTS[mention.attribute].value_kind in ("money", "year")
                                          or self._players_age(mention))
                    and not self._names_someone_else(mention)):
                # "Il percepirà 15 milioni a stagione", "o jogador tinha contrato até 2027", "O
                # médio inglês, de 22 anos": a person's pay, contract or age (as a player) in an
                # article about one person is that person's.
                return EntityMention(dominant, trigger.start, trigger.start, "", True), None
            return None, None
        if role == EVENT:
            return None, None  # resolved to EVENT_SUBJECT by the caller
        owners = OWNER_TYPES | ({"person"} if mention.attribute in CANDIDATE_SLOTS else set())
        if not any(m.entity.type in owners for m in candidates):
            if SLOTS[mention.attribute].value_kind == "date":
                # "The government said on Friday...": whose date it is must be written; an
                # announcement date given to the article's main company is a guess — but
                # "Die Transaktion soll im dritten Quartal abgeschlossen werden" is the deal's
                implied = (self._implied_subject(mention, besides=source)
                           if mention.attribute == "completed"
                           and self._names_the_deal(sentence, trigger) else None)
                return implied, None
            if self._names_someone_else(mention, places=False):
                return None, None  # "el Partido Cívico Renovador … con 23 escaños"
            if role == TARGET and self._names_unknown_target(mention):
                return None, None  # "a compra da Kelvar Therapies por…": another deal's price
            implied = self._implied_subject(mention, besides=source)
            if implied is not None:
                return implied, None
        if role == TARGET:
            if trigger.text.lower() in self.lexicon.sale_words and any(
                    w in self.lexicon.possessives for w in sentence.words_between(
                        trigger.end, mention.value_start)[:SALE_OWNER_REACH]):
                # "Norvik announced the sale of its beauty unit to Belmar for €3.86bn": what is
                # sold is Norvik's, so the price is that of Norvik's deal, whoever buys
                sellers = [m for m in organizations if m.end <= trigger.start]
                if sellers:
                    return sellers[-1], None
            held_in = [m for m in organizations if m.start >= trigger.end
                       and len(sentence.words_between(trigger.end, m.start)) <= 2
                       and not m.after_agent_preposition]
            if (sentence.word_before(trigger.start) in self.lexicon.possessives
                    and not (mention.attribute in HELD_SLOTS and held_in)):
                # "Norvik ... ha duplicado su valoración, ... en la que intervino X": "su" is
                # the organization named before, never one named after ("its stake in X": the
                # stake is in X, "its" is the holder)
                before = [m for m in organizations if m.end <= trigger.start]
                if before:
                    return before[-1], None
            if self._names_unknown_target(mention):
                return None, None  # "acquérir l'Olympique Varenne": no known entity
            if not any(m.end <= trigger.start for m in organizations) and any(
                    clause[0] <= s and e <= trigger.start
                    and t in self.lexicon.other_organization_nouns
                    for s, e, t in sentence.tokens):
                return None, None  # "The combined entity, valued at $31bn, will be led by X"
            if any(t in self.lexicon.other_organization_nouns for t in
                   sentence.words_between(trigger.end, mention.value_start)[:OTHER_NOUN_REACH]):
                return None, None  # "valuing the new entity at $31bn": not the company bought
            # "Die Übernahme von Y durch X hat einen Wert von…": the agent of a passive, named
            # after "durch"/"by", is never the one taken over
            taken = [m for m in organizations if m.end <= trigger.start
                     and not m.after_passive_agent]
            if self._passive(sentence, trigger.start):
                # "X is being bought by Y, which also owns part of Z": the passive's subject is
                # the one taken, whoever is named after it; an unknown one ("Kelvar.com") is
                # no one known
                return (taken[-1] if taken else None), None
            value_end = max(trigger.end, mention.value_end)
            after = [m for m in organizations
                     if m.start >= trigger.end and (not m.after_agent_preposition or (
                         mention.attribute in RECIPIENT_SLOTS and m.after_dative))
                     # "fondata nel 2015 da due ex dirigenti di X": X is in the founders' phrase
                     and not (mention.attribute == "founded" and any(
                         w in self.lexicon.agent_prepositions
                         for w in sentence.words_between(trigger.end, m.start)))
                     and not (m.start >= value_end and any(  # "multa de 300 y Belmar otra de 90"
                         w in self.lexicon.conjunctions
                         for w in sentence.words_between(value_end, m.start)))]
            if after and mention.attribute in HELD_SLOTS and self._held_in_a_thing(
                    sentence, value_end, after[0]):
                return None, None  # "un 40 % en la familia fundadora de X": not a stake in X
            if after:
                return after[0], None
            if any(m.start >= trigger.end and len(sentence.words_between(trigger.end, m.start))
                   <= 2 and sentence.word_before(m.start) in self.lexicon.party_prepositions
                   for m in organizations):
                return None, None  # "the $6bn merger between X and Y": not the one who approved
            if any(i == mention.sentence and trigger.end <= p < clause[1]
                   for i, p in self._unresolved):
                return None, None  # "X possiede il 7% della banca senese": not X's own stake
            if mention.attribute in HELD_SLOTS and any(
                    w in self.lexicon.stake_prepositions for w in sentence.words_between(
                        value_end, clause[1])[:STAKE_TARGET_REACH]):
                return None, None  # "X posee un 25% de participación en ese bloque": X holds it
            if mention.attribute == "deal_type":
                # "Norvik applied to buy": the one named before an active deal word is the
                # buyer; the company taken over is never the buyer.
                return None, None
            return (taken[-1] if taken else None), None
        organizations = [m for m in organizations if not m.modifier]  # "X-backed Y": Y acts
        if mention.attribute in RESULT_SLOTS:
            # "Al secondo turno delle elezioni per il Parlamento, la coalizione X si è presa…":
            # the chamber is where seats are won, never who wins them
            organizations = [m for m in organizations if not self._chamber(m)]
            if trigger.end <= mention.value_start and self._slot_word_of_figure_before(
                    mention) and (
                    joined := [
                    m for m in organizations
                    if trigger.end <= m.start and m.end <= mention.value_start
                    and any(w == "," or w in self.lexicon.conjunctions
                            for w in sentence.words_between(trigger.end, m.start))]):
                # "X logra el 34 % de los sufragios, y tras ella queda Y con un 22,6 %": the
                # slot word is the figure's before it, the figure after it the one named after
                # the conjunction
                return joined[-1], None
            for m in organizations:  # "21,4 % des voix, contre 34 % pour Y": Y's 34 %
                between = sentence.words_between(mention.value_end, m.start)
                if (m.start >= mention.value_end and between
                        and between[0] in self.lexicon.result_prepositions
                        and all(w in self.lexicon.definite_articles for w in between[1:])):
                    return m, None
        # An agent: "the investment of X" binds tighter than the clause's first organization.
        anchor = max(trigger.end, mention.value_end)
        if mention.attribute in INVESTOR_SLOTS:
            for m in organizations:  # "received a $2bn investment from X": X invested
                if (m.start >= anchor and m.after_source
                        and len(sentence.words_between(anchor, m.start)) <= 3):
                    return m, None
        for m in organizations:
            if m.start >= anchor and m.after_genitive:
                between = sentence.words_between(anchor, m.start)
                if len(between) <= 3 and "," not in between:  # not "208 seats, ahead of X"
                    return m, None
        # A date says nothing of who acted ("C'est le 4 mai que X a annoncé"): the names
        # before the verb count, not those before the date.
        dated = SLOTS[mention.attribute].value_kind in ("date", "year")
        before = [m for m in organizations
                  if m.end <= (trigger.start if dated else min(trigger.start, mention.value_start))]
        if before and any(i == mention.sentence and clause[0] <= p < before[0].start
                          for i, p in self._unresolved):
            return None, None  # "the carmaker and the union presented": not the union alone
        # "Y, si è classificata seconda con 152 seggi, mentre Z è arrivata terza con 131":
        # after "while", the clause has a subject of its own
        figure_start = min(trigger.start, mention.value_start)
        turns = [start for start in self._contrast_turns(sentence)
                 if before and before[0].end <= start < figure_start]
        if turns and any(m.start > turns[-1] for m in before):
            before = [m for m in before if m.start > turns[-1]]
        elif turns and self._named_after(sentence, turns[-1], figure_start, organizations):
            return None, None  # "…, ao passo que o Ministério … vai injetar 180": not X's
        if len(before) > 1 and (said := self._that_clause_subject(sentence, before,
                                                                  figure_start)) is not None:
            return said, None  # "Figures released by X show that Y took 52.1 percent": Y's
        if len(before) > 1 and before[0].start > clause[0] and (
                sentence.word_before(before[-1].start) == ","
                and len(gap := sentence.words_between(before[-1].end, trigger.start)) <= 2
                and "," not in gap):
            # "oltre alla divisione Belmar, Norvik ha licenziato…": a name after a fronted
            # phrase's comma, right before the verb, is the clause's subject
            return before[-1], None
        if len(before) > 1 and self._own_clause_subject(sentence, before[-2], before[-1],
                                                         trigger.start):
            # "Norvik vendió un 2,85% menos y Belmar redujo sus entregas un 3,15%": a name after
            # "and", right before its own verb, is its coordinated clause's subject
            return before[-1], None
        if before:
            return before[0], None
        if dated:
            return None, None  # "anunciou ... que o X ficou com 8% do capital do Y": not Y's
        if any(clause[0] <= s and e <= trigger.start
               and t in self.lexicon.other_organization_nouns for s, e, t in sentence.tokens):
            return None, None  # "La filial española, que emplea a 600": not the group's figure
        # "68 députés avaient été élus, dont 33 du Y": a name after "dont" owns a part
        after = [m for m in organizations if m.start >= trigger.end and m.after_genitive
                 and "," not in (between := sentence.words_between(anchor, m.start))
                 and not holds_phrase(between, self.lexicon.subgroup_words)]
        if after:
            return after[0], None
        fronted = self._fronted_subject(mention, candidates)
        if fronted is not None:
            return fronted, None
        if self._fronted(mention):
            return None, None  # "Avec ses 137 députés, l'alliance X…": X's, and X is unknown
        # Named only after the trigger, in no genitive ("...de 1.380 empleos, y el cierre de la
        # fábrica de X"): the clause's agent is unnamed, as in a sentence that names no one —
        # unless a name no article shares stands before the figure ("Le KV&N … enverra 8
        # députés à la Chambre").
        if self._names_someone_else(mention, places=False):
            return None, None
        return self._implied_subject(mention, besides=source), None

    def _own_clause_subject(self, sentence: Sentence, previous: EntityMention,
                            last: EntityMention, verb: int) -> bool:
        """Whether ``last`` opens a clause coordinated after ``previous``'s: a conjunction a few
        words before it, ``previous``'s own predicate right after it and before the conjunction
        (not "X and Y cut…", a list of names), and ``last`` right before the verb."""
        gap = sentence.words_between(last.end, verb)
        if len(gap) > 2 or "," in gap:
            return False
        between = sentence.words_between(previous.end, last.start)
        joints = [i for i, w in enumerate(between) if w in self.lexicon.conjunctions]
        if not joints or len(between) - joints[-1] - 1 > COORDINATED_NAME_REACH:
            return False
        # ("X, con sede en Y, e Z redujeron…": an apposition, then a list of names)
        return joints[-1] > 0 and between[0] != ","

    def _implied_vote_owner(self, sentence: Sentence, mention: Mention,
                            owners: list[EntityMention]) -> EntityMention | None:
        """Whose "with 31%" it is, where no slot word says it is a share of the vote: the name
        right before "with" ("das Bündnis mit 4,6%"), else the clause's one name before it ("Her
        challenger, X, was second with 31%"); a name the tool does not know, or two, is no one's."""
        trigger = mention.trigger
        clause = sentence.clause_at(trigger.start)
        previous = sentence.token_before(trigger.start)
        if previous is not None and previous[2] == ")":  # "X (droite) frôle les 19 %"
            opening = [t for t in sentence.tokens if t[2] == "(" and t[1] <= previous[0]]
            if opening:
                previous = sentence.token_before(opening[-1][0])
                clause = (clause[0], opening[-1][0])
        if previous is not None and sentence.text[previous[0] - sentence.start:][:1].isupper():
            right = [m for m in owners if m.start <= previous[0] < m.end]
            return right[0] if right else None
        named = {m.entity: m for m in owners if clause[0] <= m.start and m.end <= trigger.start}
        return next(iter(named.values())) if len(named) == 1 else None

    def _owned_by_the_actor(self, sentence: Sentence, m: EntityMention, anchor: int) -> bool:
        """"The owner of X, Y and Z posted…", "La compañía propietaria de marcas como X ganó":
        a name after an owner phrase, before the claim, is what the actor owns."""
        if m.end > anchor:
            return False
        words = sentence.words_between(sentence.start, m.start)[-OWNER_REACH:]
        return holds_phrase(words, self.lexicon.owner_phrases)

    def _chamber(self, m: EntityMention) -> bool:
        """Whether a name is an institution's noun ("Parlamento", "Assemblée nationale")."""
        words = m.text.lower().split()
        return bool(words) and words[0] in self.lexicon.other_organization_nouns

    @staticmethod
    def _source_phrase(sentence: Sentence, source, m: EntityMention, anchor: int) -> bool:
        """Whether a name belongs to the source phrase opened by ``source``: within three words
        of it ("Laut der Wahlleiterin", "según fuentes de X"), or anywhere in a phrase fronted
        before the claim and closed by a comma."""
        if source.end > m.start:
            return False
        between = sentence.words_between(source.end, m.start)
        if any(word in (",", ";", ":") for word in between):
            return False
        return len(between) <= 3 or (
            m.end < anchor and "," in sentence.words_between(m.end, anchor))

    def _named_right_before(self, sentence: Sentence, mention: Mention,
                            organizations: list[EntityMention]) -> EntityMention | None:
        """The organization a figure is written against: its name right before the figure, with
        only an opening bracket or "with" (and an article) between ("Belmar (20,8%)", "Belmar mit
        20,8 Prozent", "Belmar, con el 6,6 %"), for a figure whose slot word is not written
        between them."""
        for m in organizations:
            if m.end > mention.value_start or m.end <= mention.trigger.start < mention.value_start:
                continue  # after the figure, or its slot word stands between them
            gap = sentence.text[m.end - sentence.start:mention.value_start - sentence.start]
            if m.after_genitive and "," in gap:
                continue  # "ficou X, antigo ministro do governo de Y, com 6,51 %": X's
            words = [w for w in sentence.words_between(m.end, mention.value_start)
                     if w.isalnum()]
            if gap.strip() in ("(", "[") or (
                    words and words[0] in self.lexicon.fronting_prepositions
                    and all(w in self.lexicon.definite_articles for w in words[1:])):
                return m  # ("X, con el 6,6 por ciento": the article after "con" as well)
        return None

    def _contrast_turns(self, sentence: Sentence) -> list[int]:
        """Offsets where a contrast conjunction of one or more words begins ("while",
        "ao passo que")."""
        return [start for start, _end in phrase_spans(sentence.tokens,
                                                      self.lexicon.contrast_conjunctions)]

    def _named_after(self, sentence: Sentence, start: int, end: int,
                     organizations: Sequence[EntityMention]) -> bool:
        """Whether a capitalized word outside every known organization stands between two
        offsets: the subject of a clause of its own, though not one the tool knows."""
        return any(sentence.text[s - sentence.start:e - sentence.start][:1].isupper()
                   and s > start
                   and not any(m.start <= s < m.end for m in organizations)
                   for s, e, _w in sentence.tokens if start <= s and e <= end)

    def _opens_with_preposition(self, mention: Mention) -> bool:
        """Whether the figure's sentence opens with a preposition and no comma comes before the
        figure ("Avec ses 137 députés", "With 37% of the vote")."""
        sentence = self.analysis.sentences[mention.sentence]
        words = [w for w in sentence.words_between(sentence.start, mention.value_start)
                 if w.isalnum() or w in (",", ";", ":")]
        return bool(words) and words[0] in self.lexicon.fronting_prepositions and "," not in words

    def _fronted(self, mention: Mention) -> bool:
        """Whether the figure stands in a phrase that opens its sentence with a preposition and
        ends at a comma ("Avec ses 137 députés, …", "With 37% of the vote, …")."""
        sentence = self.analysis.sentences[mention.sentence]
        after = sentence.words_between(mention.value_end, sentence.end)
        return self._opens_with_preposition(mention) and "," in after[:FRONTED_REACH]

    def _fronted_subject(self, mention: Mention,
                         candidates: list[EntityMention]) -> EntityMention | None:
        """"Avec 17,8 % des voix et 41 députés, le parti signe...", "With 37% of the vote, the
        alliance...": a phrase opening the sentence with a preposition belongs to the subject of
        the clause after it, when that clause begins with an organization's name."""
        sentence = self.analysis.sentences[mention.sentence]
        if not self._opens_with_preposition(mention):
            return None
        comma = next((s for s, e, w in sentence.tokens
                      if s >= mention.value_end and w in (",", ";", ":")), None)
        if comma is None or sentence.text[comma - sentence.start] != ",":
            return None
        for m in candidates:
            if m.entity.type not in OWNER_TYPES or m.start < comma:
                continue
            between = [w for w in sentence.words_between(comma, m.start) if w.isalnum()]
            if all(w in self.lexicon.determiners for w in between) and len(between) <= 1:
                return m
            return None
        return None


def _cited(sentence: Sentence, mention: EntityMention) -> bool:
    """Whether a name opens a bracket ("(Agence Varenne, 4 mai)", "(source: X)"): a source cited,
    not something the text goes on about."""
    before = sentence.text[:mention.start - sentence.start]
    opening = before.rfind("(")
    return opening >= 0 and ")" not in before[opening:] and len(
        before[opening + 1:].split()) <= 1


def _after_genitive_in(text: str, entity: Entity, lex) -> bool:
    """Whether the first place ``text`` names ``entity`` follows a genitive preposition ("le
    propriétaire de Belmar")."""
    for name in (entity.name, *entity.aliases):
        found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        if found:
            before = text[:found.start()].split()
            return bool(before) and before[-1].lower() in lex.genitive_prepositions
    return False


def _reporter(sentence: Sentence, mention: EntityMention) -> bool:
    """Whether a name is the source a reporting phrase cites ("Según informó Bloomberg",
    "according to Reuters"): who told the story, not whom it is about."""
    return any(c.label == "reported" and c.end <= mention.start
               and len(sentence.words_between(c.end, mention.start)) <= REPORTER_REACH
               for c in sentence.cues)


def _entity_mention(entity: Entity, sentence: Sentence, start: int, end: int, text: str,
                    anaphor: bool, lex) -> EntityMention:
    """A mention, with what the word before it says of its role ("acquired by X", "of X"); an
    article between them does not hide it ("infligée par la Commission")."""
    word = sentence.word_before(start)
    before = sentence.token_before(start)
    if word in lex.definite_articles and before is not None:
        word = sentence.word_before(before[0]) or word
    following = sentence.text[end - sentence.start:end - sentence.start + 20].lower()
    words = [w for w in sentence.words_between(start - 40, start)[-4:]
             if w not in lex.definite_articles]
    agent = ends_with_phrase(words, lex.agent_phrases)
    return EntityMention(entity, start, end, text, anaphor=anaphor,
                         after_agent_preposition=word in lex.non_target_prepositions or agent,
                         after_passive_agent=word in lex.agent_prepositions or agent,
                         after_genitive=word in lex.genitive_prepositions,
                         after_source=word in lex.source_prepositions,
                         after_dative=word in lex.dative_prepositions,
                         modifier=following.startswith(lex.modifier_suffixes))


def _distance(entity: EntityMention, mention: Mention) -> int:
    anchor = mention.value_start
    return entity.start - anchor if entity.start >= anchor else anchor - entity.end


# -- claims --------------------------------------------------------------------------------

def link(documents: Sequence[Document], analyses: Sequence[Analysis],
         config: Config) -> list[Claim]:
    """Claims with canonical subjects, in document order; candidates without a subject drop."""
    entities = discover_entities(analyses, config)
    finder = _MentionFinder(entities)
    choosers = [_SubjectChooser(analysis, finder) for analysis in analyses]
    # "la start-up Norvane" in one article types "the startup" in every other
    described: dict[str, set[Entity]] = defaultdict(set)
    for chooser in choosers:
        for noun, entity in chooser.descriptions():
            described[noun].add(entity)
    claims: list[Claim] = []
    for analysis, chooser in zip(analyses, choosers, strict=True):
        chooser.described = described
        claims.extend(_claims_of(analysis, chooser))
    return _story_events(claims, documents)


def _story_events(claims: list[Claim], documents: Sequence[Document]) -> list[Claim]:
    """"Le cyclone Chido a fait 14 morts" in most articles of a folder: the named event is the
    story's own, not another one ("storm Ilvar killed 12" in one article of another story) — its
    figures are compared as the story's. A name most articles write, even where they do not
    make it an event's ("nell'incendio del Royal Hotel Norvik" in one, "the Royal Norvik hotel"
    in the others), is the story's too. When most articles name two (the Eaton and the
    Palisades fires), each is a part of the story, compared only with figures of the same one."""
    named = defaultdict(set)
    for claim in claims:
        if (claim.scope or "").startswith(OTHER_EVENT_SCOPE) and claim.scope not in (
                EARLIER_SCOPE, RATE_SCOPE, LISTED_EVENT_SCOPE):  # the last: no name, no event
            named[claim.scope].add(claim.document)
    for scope, holders in named.items():
        word = re.compile(rf"\b{re.escape(scope[len(OTHER_EVENT_SCOPE):])}\b", re.IGNORECASE)
        holders.update(d.id for d in documents if word.search(d.text))
    own = {scope for scope, holders in named.items()
           if len(holders) >= max(2, (len(documents) + 1) // 2)}
    if len(own) != 1:
        return claims  # two fires most articles name: each is a part of the story, not all of it
    return [dataclasses.replace(claim, scope=None) if claim.scope in own else claim
            for claim in claims]


PERIOD_CONTEXT_REACH = 2  # sentences over which the period in focus carries to an undated figure


def _claims_of(analysis: Analysis, chooser: _SubjectChooser) -> Iterable[Claim]:
    document = analysis.document
    n = 0
    seen = set()
    focus: dict[str, tuple[int, str]] = {}  # subject -> (sentence, period) of its last dated figure
    made: dict[int, tuple] = {}  # value_start -> (subject, object) of the claims made so far
    amounts: dict[int, EntityMention] = {}  # sentence -> subject of its last period's amount
    fees: set[int] = set()  # value_start of each club's payment read as its player's fee
    prices: dict[int, EntityMention] = {}  # sentence -> subject of its last whole deal price
    for mention in sorted(analysis.mentions, key=lambda m: (m.value_start, m.attribute)):
        if mention.carried_from is not None:
            # a conversion of the figure before ("esse montante equivale a..."): its subject
            if mention.carried_from not in made:
                continue
            subject, obj = made[mention.carried_from]
            if mention.carried_from in fees and mention.attribute == "spending":
                mention = _as_fee(mention)
        elif mention.attribute == "spending" and (player := chooser.player_paid_for(mention)):
            # "el Norvik FC paga 43 millones de libras por el jugador": the player's fee
            mention, subject, obj = _as_fee(mention), player, None
            fees.add(mention.value_start)
        else:
            subject, obj = chooser.subject(mention)
            if mention.attribute == "deal_value" and (
                    player := chooser.player_priced(mention, subject)):
                subject = player  # "la incorporación de X, delantero del Belmar, por…"
        if subject is None and mention.attribute == "growth":
            # "Os lucros do grupo alemão X fixaram-se em 1.200 milhões, o que representa uma
            # descida de 12,4%": a change with no name of its own is that of the period's
            # amount the sentence gave before it
            subject = amounts.get(mention.sentence)
        if (subject is None and mention.attribute == "deal_value"
                and mention.scope == f"{PORTION_SCOPE}base"):
            # "A $7.3 billion deal to buy X. Of the total, $6.8 billion is paid upfront": a
            # price's part with no name of its own is that of the price the sentence before gave
            subject = prices.get(mention.sentence - 1)
        made[mention.value_start] = (subject, obj)
        if (subject is not None and mention.value.kind == "money"
                and SLOTS[mention.attribute].per_period):
            amounts[mention.sentence] = subject
        if subject is not None and mention.attribute == "deal_value" and mention.scope is None:
            prices[mention.sentence] = subject
        holder = (chooser.holder(mention, subject.entity)
                  if subject is not None and mention.attribute in HELD_SLOTS else None)
        scope = mention.scope
        if subject is None and SUBJECT_ROLE.get(mention.attribute) == EVENT:
            subject_name, subject_text, anaphor = EVENT_SUBJECT, "", False
            if scope is None:
                scope = chooser.organization_scope(mention)
        elif subject is None:
            continue
        else:
            subject_name, subject_text, anaphor = subject.entity.name, subject.text, subject.anaphor
        key = (subject_name, mention.attribute, mention.value_start, mention.value.label)
        if key in seen:
            continue
        seen.add(key)
        sentence = analysis.sentences[mention.sentence]
        # "suppliers such as X and Y": a relation holds with every member of the list
        objects = [obj, *chooser.list_members(mention, obj)] if obj is not None else [None]
        for other in objects:
            n += 1
            yield _claim(document, n, mention, sentence, subject_name, subject_text, anaphor,
                         other.entity.name if other is not None else holder, scope, focus)


def _as_fee(mention: Mention) -> Mention:
    """A club's payment for the player it signs, as that player's transfer fee (a place read
    beside it, "al Belmar", is the selling club's, no part of the fee)."""
    return dataclasses.replace(mention, attribute="deal_value", scope=None,
                               rule=mention.rule.replace("spending", "deal_value", 1))


def _claim(document: Document, n: int, mention: Mention, sentence: Sentence, subject_name: str,
           subject_text: str, anaphor: bool, obj: str | None, scope: str | None,
           focus: dict[str, tuple[int, str]]) -> Claim:
    """One claim of a mention; ``focus`` (subject -> its last dated figure) carries a period to
    an undated figure of a per-period slot a sentence or two later."""
    confidence = mention.confidence - (0.1 if anaphor else 0.0)
    period, period_source = mention.period, "sentence"
    if SLOTS.get(mention.attribute) is not None and SLOTS[mention.attribute].per_period:
        if period is not None:
            if focus.get(subject_name, (None,))[0] != mention.sentence:
                # the sentence's first dated figure, not a base after it ("1.63 million in
                # 2024, compared with 1.72 million in 2023")
                focus[subject_name] = (mention.sentence, period)
        elif subject_name in focus and (
                mention.sentence - focus[subject_name][0] <= PERIOD_CONTEXT_REACH):
            period, period_source = focus[subject_name][1], "context"
            confidence -= 0.1
    return Claim(
        id=f"{document.id}#{n}",
        document=document.id,
        subject=subject_name,
        attribute=mention.attribute,
        value=mention.value,
        period=period,
        period_source=period_source,
        modality=mention.modality,
        sentence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        value_start=mention.value_start,
        value_end=mention.value_end,
        trigger=mention.trigger.text,
        rule=mention.rule,
        confidence=round(confidence, 3),
        condition=mention.condition,
        subject_text=subject_text,
        object=obj,
        scope=scope,
        attribution=mention.attribution,
    )
