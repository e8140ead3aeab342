"""Which articles of a folder tell the same story, so that figures of unrelated stories never meet.

``--group-by folder`` (the default) takes each folder that holds articles as one story;
``--group-by none`` compares every article with every other; ``--group-by story`` groups the
articles by what they share:

* **entities**: capitalized words and pairs of them ("Norvane", "Kestrel Union", "Belmar"), which
  cross languages unchanged; written accents and case are folded;
* **figures**: numbers with three or more digits ("12.500" = "12,500" = "12 500"), which cross
  languages too; years ("2024", ``y:``) weigh half as much, every story of their time writing them;
* **vocabulary**: the other words of six letters or more, which tie articles in one language;
* **time**: articles published far apart are less likely one story (`TIME_SCALE_DAYS`).

Each article becomes a tf-idf vector over those features (a feature shared by every article
weighs least); articles join a story in order of publication (then id) when their cosine
similarity to the story's centroid reaches ``JOIN_SIMILARITY``; a second pass moves each
article to the centroid it is closest to, so that the first article of a story does not decide
alone; then stories whose centroids reach ``MERGE_SIMILARITY`` merge, most similar first (one
story told in several languages starts as several). Deterministic: the same articles give the
same groups, whatever the order of the paths.

Measured on the curated corpora mixed together (``scripts/eval_grouping.py``): see the README's
performance section.
"""

from __future__ import annotations

import heapq
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from datetime import date

from claimcheck.lang import SUPPORTED, load
from claimcheck.lemmas import fold as _fold
from claimcheck.model import Document, StoryGroup
from claimcheck.places import place_key

GROUP_BY = ("folder", "story", "none")

#: Cosine similarity to a story's centroid from which an article joins it.
JOIN_SIMILARITY = 0.13
#: Cosine similarity of two stories' centroids from which they are one story.
MERGE_SIMILARITY = 0.25
#: The same, before a folder is said to look like several stories: a warning needs stories
#: further apart than grouping does (one story's halves a week apart are still one).
WARNING_MERGE_SIMILARITY = 0.2
#: The same, for joining a story before that warning: one folder's articles are one story
#: unless they are clearly apart.
WARNING_JOIN_SIMILARITY = 0.15
#: Publication dates further apart than this many days weigh a similarity down, by half per
#: ``TIME_SCALE_DAYS`` beyond ``TIME_GRACE_DAYS`` (three weeks: one company's results and its
#: job cuts of the same winter, or one country's quake and strike, are apart; the warning halves
#: by two months, as one folder's coverage runs over weeks).
TIME_GRACE_DAYS = 7
TIME_SCALE_DAYS = 20
WARNING_TIME_SCALE_DAYS = 60
#: A folder "looks like several stories" when grouping by story finds at least this many groups
#: of at least ``MIN_STORY_SIZE`` articles in it.
MIN_STORIES_FOR_WARNING = 2
MIN_STORY_SIZE = 2
#: Weights of the feature families.
ENTITY_WEIGHT = 1.0
FIGURE_WEIGHT = 1.0
VOCABULARY_WEIGHT = 0.25
YEAR_WEIGHT = 0.5
#: A country or city many stories share ("China" in carmakers', a fine's and a flood's
#: articles) says less of which story an article tells than a company's or a person's name.
PLACE_WEIGHT = 0.75
#: Characters of an article read for its features: its opening names the story.
SAMPLE_CHARS = 6000

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_FIGURE = re.compile(r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d{3,}")
#: After these (or at a line's start) a capital says nothing: every sentence starts with one.
#: A year ("2024") is written by every story of its time, most often by results stories, each
#: many times: it tells stories apart far less than another figure (``YEAR_WEIGHT``).
_YEAR = re.compile(r"(?:19|20)\d\d")
_SENTENCE_ENDS = frozenset('.!?:;«»"“”(\n')


def group_documents(documents: Sequence[Document], by: str) -> list[StoryGroup]:
    """The story groups of ``documents`` (sorted by id), ordered by their first document."""
    if by == "none":
        groups = [[document.id for document in documents]] if documents else []
        return _numbered(groups, documents, labels=["all articles"] if documents else [])
    if by == "folder":
        folders: dict[str, list[str]] = defaultdict(list)
        for document in documents:
            folders[_folder(document.path)].append(document.id)
        ordered = sorted(folders.items(), key=lambda item: item[1][0])
        return [StoryGroup(id=folder or ".", label=folder or ".", documents=tuple(ids))
                for folder, ids in ordered]
    if by == "story":
        clusters = cluster(documents)
        return _numbered(clusters, documents,
                         labels=[_label(c, documents) for c in clusters])
    raise ValueError(f"unknown grouping {by!r}; expected one of {', '.join(GROUP_BY)}")


def several_stories(documents: Sequence[Document]) -> list[list[str]]:
    """The stories of ``documents`` when they look like several (each of at least
    ``MIN_STORY_SIZE`` articles), else []: the reason to suggest ``--group-by story``."""
    if len(documents) < MIN_STORIES_FOR_WARNING * MIN_STORY_SIZE:
        return []
    stories = [c for c in cluster(documents, merge=WARNING_MERGE_SIMILARITY,
                                  join=WARNING_JOIN_SIMILARITY,
                                  time_scale=WARNING_TIME_SCALE_DAYS)
               if len(c) >= MIN_STORY_SIZE]
    return stories if len(stories) >= MIN_STORIES_FOR_WARNING else []


# -- features --------------------------------------------------------------------------------


def features(document: Document) -> Counter[str]:
    """The entities (``e:``), figures (``n:``), years (``y:``) and vocabulary (``w:``) of one
    article, counted."""
    text = document.text[:SAMPLE_CHARS]
    if document.title:
        text = f"{document.title}\n{text}"
    found: Counter[str] = Counter()
    previous_capital: str | None = None
    for word, capital in _words(text):
        folded = _fold(word)
        place = place_key(word) if word[:1].isupper() else None
        if place is not None:
            found["e:@" + place] += 1  # "Frankreich", "Francia": one place in every language
        if capital and len(word) >= 2:
            found["e:" + folded] += 1
            if previous_capital is not None:
                found[f"e:{previous_capital} {folded}"] += 1
            previous_capital = folded
        else:
            previous_capital = None
            if len(word) >= 6 and not word[0].isupper():
                found["w:" + folded] += 1
    for match in _FIGURE.finditer(text):
        figure = re.sub(r"\D", "", match.group())
        found[("y:" if _YEAR.fullmatch(match.group()) else "n:") + figure] += 1
    return found


def _words(text: str) -> Iterator[tuple[str, bool]]:
    """Each word, and whether it is capitalized where a sentence does not start."""
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            yield word, False
            continue
        before = match.start() - 1
        while before >= 0 and text[before] in " \t\u00a0":
            before -= 1
        yield word, before >= 0 and text[before] not in _SENTENCE_ENDS


_FAMILY_WEIGHTS = {"e": ENTITY_WEIGHT, "n": FIGURE_WEIGHT, "y": YEAR_WEIGHT,
                   "w": VOCABULARY_WEIGHT}


def _capitalizes_nouns(lang: str) -> bool:
    """Whether the language's data says it capitalizes every noun: read from the data file
    alone, since building the language's matchers would cost a second the grouping never needs."""
    return lang in SUPPORTED and bool(load(lang, "claims").get("capitalizes_nouns"))


def _vectors(documents: Sequence[Document]) -> list[dict[str, float]]:
    """Unit tf-idf vectors, with a smoothed idf so that a feature every article shares still
    counts (within one story, it is the story's name)."""
    counts = [features(document) for document in documents]
    frequency: Counter[str] = Counter()
    languages: defaultdict[str, set[str]] = defaultdict(set)
    for document, found in zip(documents, counts, strict=True):
        frequency.update(found.keys())
        for feature in found:
            languages[feature].add(document.language)
    several = len({document.language for document in documents}) > 1
    total = len(documents)
    vectors = []
    for found in counts:
        vector = {
            feature: (1 + math.log(count)) * (math.log((1 + total) / (1 + frequency[feature])) + 1)
            * _FAMILY_WEIGHTS[feature[0]]
            # in a folder of several languages, a capitalized word that only languages which
            # capitalize every noun write ("Stahlwerk") is as likely a noun as a name: it
            # counts as vocabulary
            * (PLACE_WEIGHT if feature[:3] == "e:@" else 1.0)
            * (VOCABULARY_WEIGHT if several and feature[:2] == "e:" and feature[2] != "@"
               and all(_capitalizes_nouns(lang) for lang in languages[feature]) else 1.0)
            for feature, count in found.items()
            if frequency[feature] > 1  # a feature of one article ties it to no other
        }
        vectors.append(_unit(vector))
    return vectors


# -- clustering ------------------------------------------------------------------------------

def cluster(documents: Sequence[Document], merge: float = MERGE_SIMILARITY,
            join: float = JOIN_SIMILARITY,
            time_scale: float = TIME_SCALE_DAYS) -> list[list[str]]:
    """Ids of the documents of each story, sorted, the stories ordered by their first id: the
    same whatever the order of ``documents``."""
    if not documents:
        return []
    vectors = _vectors(documents)
    order = sorted(range(len(documents)),
                   key=lambda i: (_published(documents[i]) or date.max, documents[i].id))
    # 1. In order of publication, each article joins the most similar story so far, or starts one.
    first = _Stories(vectors, documents, join, time_scale)
    for i in order:
        first.add(i, first.closest(i))
    # 2. Each article moves to the story it is most similar to, now that all are known.
    settled = _Stories(vectors, documents, join, time_scale)
    settled.next_new = len(first.members)
    for i in order:
        settled.add(i, first.closest(i, leave_out=True))
    # 3. Stories whose centroids are alike are one story told in parts (other languages, other
    #    days): merge them, most similar first.
    groups = [sorted(documents[i].id for i in group)
              for group in settled.merged(merge)]
    return sorted(groups)


class _Stories:
    """Stories being formed: each a sum of its articles' unit vectors, indexed by feature."""

    def __init__(self, vectors: list[dict[str, float]], documents: Sequence[Document],
                 join: float, time_scale: float) -> None:
        self.vectors = vectors
        self.documents = documents
        self.join = join
        self.time_scale = time_scale
        self.members: list[list[int]] = []
        self.sums: list[dict[str, float]] = []
        self.index: dict[str, set[int]] = defaultdict(set)  # feature -> stories that have it
        self.of: dict[int, int] = {}  # article -> its story
        self.spans: list[tuple[date, date] | None] = []  # first and last publication date
        self.next_new = 0

    def add(self, article: int, story: int | None) -> None:
        """Put ``article`` in ``story`` (numbered as in the pass before), or in a new one."""
        if story is None:
            story = max(len(self.members), self.next_new)
        self.next_new = max(self.next_new, story + 1)
        while len(self.members) <= story:
            self.members.append([])
            self.sums.append(defaultdict(float))
            self.spans.append(None)
        self.spans[story] = _widened(self.spans[story], _published(self.documents[article]))
        self.members[story].append(article)
        self.of[article] = story
        for feature, weight in self.vectors[article].items():
            self.sums[story][feature] += weight
            self.index[feature].add(story)

    def closest(self, article: int, leave_out: bool = False) -> int | None:
        """The story most similar to ``article`` (ties: the earliest), if similar enough; with
        ``leave_out``, the article's own story is compared without it."""
        vector = self.vectors[article]
        dots: dict[int, float] = defaultdict(float)
        for feature, weight in vector.items():
            for story in self.index.get(feature, ()):
                dots[story] += weight * self.sums[story][feature]
        own = self.of.get(article) if leave_out else None
        best, best_similarity = None, self.join
        for story in sorted(dots):
            dot, norm_squared = dots[story], _norm_squared(self.sums[story])
            others = self.members[story]
            span = self.spans[story]
            if story == own:  # its centroid without the article: sum - v, with |v| = 1
                if len(others) == 1:
                    continue
                dot, norm_squared = dot - 1.0, norm_squared - 2 * dot + 1.0
                span = None
                for j in others:
                    if j != article:
                        span = _widened(span, _published(self.documents[j]))
            if norm_squared <= 1e-12:
                continue
            similarity = dot / math.sqrt(norm_squared)
            if similarity < best_similarity:
                continue
            day = _published(self.documents[article])
            similarity *= _time_factor(None if day is None else (day, day), span,
                                       self.time_scale)
            if similarity > best_similarity or (best is None and similarity >= best_similarity):
                best, best_similarity = story, similarity
        return best

    def merged(self, threshold: float) -> list[list[int]]:
        """The stories, with every pair whose centroids' cosine similarity reaches ``threshold``
        merged, the most similar pair first (ties: the earliest stories)."""
        groups = {n: list(members) for n, members in enumerate(self.members) if members}
        sums = {n: dict(self.sums[n]) for n in groups}
        spans = {n: self.spans[n] for n in groups}
        units = {n: _unit(sums[n]) for n in groups}
        index: dict[str, set[int]] = defaultdict(set)
        for n, unit in units.items():
            for feature in unit:
                index[feature].add(n)
        version = dict.fromkeys(groups, 0)
        candidates: list[tuple[float, int, int, int, int]] = []

        def push_pairs(a: int) -> None:
            dots: dict[int, float] = defaultdict(float)
            for feature, weight in units[a].items():
                for b in index[feature]:
                    if b != a:
                        dots[b] += weight * units[b][feature]
            for b, dot in dots.items():
                similarity = dot * _time_factor(spans[a], spans[b], self.time_scale)
                if similarity >= threshold:
                    low, high = min(a, b), max(a, b)
                    heapq.heappush(candidates,
                                   (-similarity, low, high, version[low], version[high]))

        for n in sorted(groups):
            push_pairs(n)
        while candidates:
            _, a, b, version_a, version_b = heapq.heappop(candidates)
            if a not in groups or b not in groups or (version_a, version_b) != (
                    version[a], version[b]):
                continue  # a pair made stale by an earlier merge
            groups[a].extend(groups.pop(b))
            span_b = spans.pop(b)
            spans[a] = _widened(_widened(spans[a], span_b and span_b[0]), span_b and span_b[1])
            for feature in units.pop(b):
                index[feature].discard(b)
            for feature, weight in sums.pop(b).items():
                sums[a][feature] = sums[a].get(feature, 0.0) + weight
            units[a] = _unit(sums[a])
            for feature in units[a]:
                index[feature].add(a)
            version[a] += 1
            push_pairs(a)
        return list(groups.values())


def _norm_squared(vector: dict[str, float]) -> float:
    return sum(weight * weight for weight in vector.values())


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(_norm_squared(vector)) or 1.0
    return {feature: weight / norm for feature, weight in vector.items()}


def _published(document: Document) -> date | None:
    """The day the article was published, if its metadata or text says so (an inferred reference
    range is no publication date)."""
    published = document.published
    return published if type(published) is date else None


def _widened(span: tuple[date, date] | None, day: date | None) -> tuple[date, date] | None:
    if day is None:
        return span
    if span is None:
        return day, day
    return min(span[0], day), max(span[1], day)


def _time_factor(a: tuple[date, date] | None, b: tuple[date, date] | None,
                 scale: float = TIME_SCALE_DAYS) -> float:
    """1 when two spans of publication dates are near (or either is unknown), less the further
    apart they are."""
    if a is None or b is None:
        return 1.0
    gap = max(0, (b[0] - a[1]).days, (a[0] - b[1]).days)
    if gap <= TIME_GRACE_DAYS:
        return 1.0
    return 0.5 ** ((gap - TIME_GRACE_DAYS) / scale)


# -- naming ----------------------------------------------------------------------------------

def _numbered(groups: list[list[str]], documents: Sequence[Document],
              labels: list[str]) -> list[StoryGroup]:
    width = len(str(len(groups)))
    return [StoryGroup(id=f"story-{n:0{width}d}", label=label, documents=tuple(ids))
            for n, (ids, label) in enumerate(zip(groups, labels, strict=True), start=1)]


def _label(ids: list[str], documents: Sequence[Document]) -> str:
    """The entities most of the group's articles name, most shared first: "Norvane · Kestrel
    Union"."""
    chosen = set(ids)
    shared: Counter[str] = Counter()
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for document in documents:
        if document.id not in chosen:
            continue
        seen = set()
        for word, capital in _words(document.text[:SAMPLE_CHARS]):
            if capital and len(word) >= 3:
                folded = _fold(word)
                written[folded][word] += 1
                seen.add(folded)
        shared.update(seen)
    top = sorted(shared.items(), key=lambda item: (-item[1], item[0]))[:3]
    return " · ".join(written[folded].most_common(1)[0][0] for folded, _ in top) or ids[0]


def _folder(path: str) -> str:
    return os.path.dirname(path)
