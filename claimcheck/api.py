"""The pipeline as a library call: ``check(paths) -> Report``. No printing, no exit codes.

    find the files                       ingest.find_articles
    per document   read_document         read → language → document date
    per document   extract_document      extract
    story groups                         claimcheck.stories
    per group      check_group           claim budget → link → compare

The per-document and per-group stages are pure functions of their inputs, so an engine
(``claimcheck.engines``: this process, worker processes, a Dask cluster) may run them anywhere
and in any order, and a cache (``claimcheck.cache``) may keep their results: neither changes a
byte of the report. Claims of different story groups never meet.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.config import Config, load_config
from claimcheck.model import (
    Analysis,
    Claim,
    Conflict,
    Document,
    Report,
    Skipped,
    StoryGroup,
    Unclaimed,
)

if TYPE_CHECKING:
    from claimcheck.cache import Cache
    from claimcheck.ingest import ArticleFile

Progress = Callable[[Document], None]

GROUP_BY = ("folder", "story", "none")
ENGINES = ("local", "dask")


@dataclass(frozen=True, slots=True)
class RunOptions:
    """How to run the pipeline. None of it changes the report but ``group_by``, which says what
    is compared with what."""

    #: Worker processes for the per-document stages (1: all in this process).
    jobs: int = 1
    #: Where results are kept between runs; None: nowhere.
    cache_dir: str | os.PathLike[str] | None = None
    #: "folder": the articles of one folder are one story; "story": group them by what they
    #: share (claimcheck.stories); "none": compare every article with every other.
    group_by: str = "folder"
    #: "local" (this machine) or "dask" (``pip install claimcheck[dask]``).
    engine: str = "local"
    #: The Dask scheduler's address; None starts a local cluster.
    scheduler: str | None = None


#: A date in an article's address: "/2022/10/07/", "/2023/06-14-", "2021-09-13-", "_LN-
#: 202403090031" (a day, then at most six more digits of an id).
_URL_DATE = re.compile(r"(?<![0-9])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[/_-]?)(?P<m>0[1-9]|1[0-2])"
                       r"[/_-]?(?P<d>0[1-9]|[12][0-9]|3[01])(?P<tail>[0-9]{0,6})(?![0-9])")


def url_date(url: str | None) -> date | None:
    """The day an article's address carries, the one most outlets write into it when they
    publish; None when it has none, or more than one different day. A run of digits counts only
    when it starts with the day ("202403090031"), and a separated one only when whole."""
    days = set()
    for match in _URL_DATE.finditer(url or ""):
        if match.group("sep") and match.group("tail"):
            continue  # "2024-12-1500": no day
        try:
            days.add(date(int(match.group("y")), int(match.group("m")), int(match.group("d"))))
        except ValueError:
            continue  # "2023-02-30"
    return days.pop() if len(days) == 1 else None


def with_inferred_date(document: Document) -> Document:
    """A document dated by its address (``url_date``), else by the latest full date its text
    states, when no metadata dated it."""
    if document.published is not None:
        return document
    if (from_url := url_date(document.url)) is not None:
        return dataclasses.replace(document, published=from_url, date_origin="url")
    from claimcheck.normalize import infer_document_date

    inferred = infer_document_date(document.text, document.language)
    if inferred is None:
        return document
    return dataclasses.replace(document, published=inferred, date_origin="text")


def check(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    config: Config | None = None,
    progress: Progress | None = None,
    follow_symlinks: bool = False,
    options: RunOptions | None = None,
) -> Report:
    """Read every article under ``paths`` (a file or folder, or a list of them) and report
    where they contradict each other.

    ``config`` defaults to the ``claimcheck.toml`` of each group's folder, else of the first
    folder given, if any. ``progress`` is called once per document after it has been extracted.
    ``follow_symlinks`` reads symlinks that lead out of a folder given (skipped by default).
    ``options`` says how to run (workers, cache, grouping, engine); the report is the same
    whatever they are, except for ``group_by``.
    """
    from claimcheck.engines import open_engine
    from claimcheck.ingest import find_articles
    from claimcheck.normalize.reference import with_corpus_reference
    from claimcheck.stories import group_documents

    if isinstance(paths, (str, os.PathLike)):  # one file or folder
        paths = [paths]
    options = options or RunOptions()
    _check_options(options)
    files, skipped = find_articles(paths, follow_symlinks=follow_symlinks)
    cache = _open_cache(options.cache_dir)
    with open_engine(options) as engine:
        documents: list[Document] = []
        for result in engine.map(read_document, files, cache):
            if isinstance(result, Skipped):
                skipped.append(result)
            else:
                documents.append(result)
                engine.prepare(result)  # while the others are read
        documents.sort(key=lambda document: (document.id, document.path))
        groups = group_documents(documents, options.group_by)
        # undated articles: read against their story's publication range (marked as inferred)
        documents = with_corpus_reference(documents, groups)
        warnings = several_stories_warnings(documents, groups, options.group_by)
        by_id = {document.id: document for document in documents}
        default_config = config if config is not None else load_config(_config_folder(paths))
        tasks = [
            GroupTask(group, tuple(by_id[i] for i in group.documents),
                      config if config is not None
                      else _group_config(group, options.group_by, default_config))
            for group in groups
        ]
        results = engine.check_groups(tasks, cache, progress)
    return _report(documents, skipped, groups, warnings, results)


# -- per document ----------------------------------------------------------------------------

def read_document(file: ArticleFile, cache: Cache | None = None) -> Document | Skipped:
    """read → language → document date, for one file. Cached by the file's bytes."""
    from claimcheck.ingest import read_article

    key = None
    if cache is not None:
        data = _small_file_bytes(file.path)
        if data is not None:
            key = cache.key("document", Path(file.path).suffix.lower(), data)
            found = cache.get("document", key)
            if isinstance(found, Document):
                return dataclasses.replace(found, id=file.id, path=file.path)
    result = read_article(file)
    if isinstance(result, Skipped):
        return result
    result = with_inferred_date(result)
    if key is not None:
        cache.put("document", key, result)
    return result


def extract_document(document: Document, cache: Cache | None = None) -> Analysis:
    """What extraction finds in one document. Cached by the document's content and id."""
    from claimcheck import budgets, extract

    seen = budgets.short_lines(document)  # budget: line length
    key = None
    if cache is not None:
        key = cache.key("analysis", _content_key(document))
        found = cache.get("analysis", key)
        if isinstance(found, Analysis):
            return dataclasses.replace(found, document=seen)
    analysis = extract.extract(seen)
    if key is not None:
        cache.put("analysis", key, analysis)
    return analysis


# -- per group -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GroupTask:
    """One story group to check: its documents (in report order) and its config."""

    group: StoryGroup
    documents: tuple[Document, ...]
    config: Config


@dataclass(frozen=True, slots=True)
class GroupResult:
    """What one group yields: the documents kept within the claim budget, the others with the
    reason, the claims and the conflicts."""

    kept: tuple[str, ...]
    over_budget: tuple[tuple[str, str], ...]  # (document id, reason)
    claims: tuple[Claim, ...]
    conflicts: tuple[Conflict, ...]
    #: Figures that became no claim, with why (``claimcheck.coverage``).
    unclaimed: tuple[Unclaimed, ...] = ()


def check_group(task: GroupTask, analyses: Sequence[Analysis]) -> GroupResult:
    """claim budget → link → compare, over one group's documents and their analyses."""
    from claimcheck import budgets, link
    from claimcheck.coverage import unclaimed_by_link

    # Budgets (claimcheck.budgets): claims per document, and repeated claims compared once.
    documents, kept_analyses, over_budget = budgets.within_claim_budget(
        task.documents, analyses)
    by_path = {document.path: document.id for document in task.documents}
    claims = link.link(documents, kept_analyses, task.config)
    conflicts = budgets.compare_repeats_once(claims, documents)
    return GroupResult(
        kept=tuple(document.id for document in documents),
        over_budget=tuple((by_path[item.path], item.reason) for item in over_budget),
        claims=tuple(claims),
        conflicts=tuple(conflicts),
        unclaimed=tuple(unclaimed_by_link(kept_analyses, claims)),
    )


def check_whole_group(task: GroupTask, cache: Cache | None = None) -> GroupResult:
    """extract → claim budget → link → compare for one group, all in one process: what a worker
    does with a group, so that only its claims and conflicts travel back."""
    return check_group(task, [extract_document(document, cache) for document in task.documents])


def group_key(task: GroupTask, cache: Cache) -> str:
    """The cache key of a group's result: its config, and each document's id and content."""
    return cache.key("group", repr(task.config),
                     *(f"{document.id}\0{_content_key(document)}" for document in task.documents))


def cached_group(task: GroupTask, cache: Cache | None) -> GroupResult | None:
    if cache is None:
        return None
    found = cache.get("group", group_key(task, cache))
    if not (isinstance(found, tuple) and len(found) == 5):
        return None
    return GroupResult(*found)


def keep_group(task: GroupTask, result: GroupResult, cache: Cache | None) -> None:
    if cache is not None:
        cache.put("group", group_key(task, cache),
                  (result.kept, result.over_budget, result.claims, result.conflicts,
                   result.unclaimed))


def finish_groups(tasks: Sequence[GroupTask], results: list[GroupResult | None],
                  finished: Iterable[tuple[int, GroupResult]], cache: Cache | None,
                  progress: Progress | None) -> list[GroupResult]:
    """Record the groups an engine finished (and cache them), report every document as done,
    and return the results in group order: the common end of every engine's run."""
    for n, result in finished:
        results[n] = result
        keep_group(tasks[n], result, cache)
    for task in tasks:
        for document in task.documents:
            _report_progress(progress, document)
    return [result for result in results if result is not None]


def check_groups_here(tasks: Sequence[GroupTask], cache: Cache | None,
                      progress: Progress | None,
                      extract_all: Callable[[list[Document]], Iterable[Analysis]]
                      ) -> list[GroupResult]:
    """Every group's result, in order: cached ones as they are, the others extracted by
    ``extract_all`` (documents in order → their analyses in order, possibly computed elsewhere
    and ahead) and linked and compared here, one group at a time, so that only the analyses of
    the group at hand are held."""
    results: list[GroupResult | None] = [cached_group(task, cache) for task in tasks]
    pending = [task for task, result in zip(tasks, results, strict=True) if result is None]
    analyses = iter(extract_all([document for task in pending for document in task.documents]))
    for n, task in enumerate(tasks):
        if results[n] is not None:
            for document in task.documents:
                _report_progress(progress, document)
            continue
        mine = []
        for document in task.documents:
            mine.append(next(analyses))
            _report_progress(progress, document)
        results[n] = check_group(task, mine)
        keep_group(task, results[n], cache)
    for _ in analyses:  # none is left: this lets the extraction (and its workers) finish
        pass
    return [result for result in results if result is not None]


# -- story groups ----------------------------------------------------------------------------

def several_stories_warnings(documents: Sequence[Document], groups: Sequence[StoryGroup],
                             group_by: str) -> list[str]:
    """A warning for each group that looks like several stories when grouping is not by story:
    their figures would be compared as if they were one."""
    if group_by == "story":
        return []
    from claimcheck.stories import several_stories

    by_id = {document.id: document for document in documents}
    warnings = []
    for group in groups:
        stories = several_stories([by_id[i] for i in group.documents])
        if stories:
            where = "the articles" if group_by == "none" else group.label
            sizes = sorted((len(story) for story in stories), reverse=True)
            warnings.append(
                f"{where}: {len(group.documents)} articles that look like {len(stories)} "
                f"stories (of {', '.join(map(str, sizes[:5]))}"
                f"{', …' if len(sizes) > 5 else ''} articles), compared as one; "
                "--group-by story compares each story only within itself")
    return warnings


def _group_config(group: StoryGroup, group_by: str, default: Config) -> Config:
    """A folder group's own claimcheck.toml when it has one, else the run's."""
    if group_by == "folder" and (Path(group.id) / "claimcheck.toml").is_file():
        return load_config(Path(group.id))
    return default


def _report(documents: list[Document], skipped: list[Skipped], groups: list[StoryGroup],
            warnings: list[str], results: Sequence[GroupResult]) -> Report:
    """One report from the groups' results: documents and claims in document order, conflicts
    group by group, a conflict id shared by two groups told apart by its group."""
    by_id = {document.id: document for document in documents}
    kept = {i for result in results for i in result.kept}
    for result in results:
        skipped.extend(Skipped(by_id[i].path, reason) for i, reason in result.over_budget)
    skipped.sort(key=lambda item: (item.path, item.reason))
    position = {document.id: n for n, document in enumerate(documents)}
    claims = sorted((claim for result in results for claim in result.claims),
                    key=lambda claim: position[claim.document])
    counts = Counter(conflict.id for result in results for conflict in result.conflicts)
    conflicts: list[Conflict] = []
    for group, result in zip(groups, results, strict=True):
        for conflict in result.conflicts:
            if counts[conflict.id] > 1:
                suffix = hashlib.sha256(group.id.encode()).hexdigest()[:6]
                conflict = dataclasses.replace(conflict, id=f"{conflict.id}~{suffix}")
            conflicts.append(conflict)
    return Report(
        documents=[document for document in documents if document.id in kept],
        skipped=skipped,
        claims=claims,
        conflicts=conflicts,
        groups=[dataclasses.replace(group, documents=tuple(i for i in group.documents
                                                           if i in kept))
                for group in groups],
        warnings=warnings,
        unclaimed=sorted((item for result in results for item in result.unclaimed),
                         key=lambda item: (position[item.document], item.start, item.stage)),
    )


# -- helpers ---------------------------------------------------------------------------------

def _check_options(options: RunOptions) -> None:
    from claimcheck.errors import InputError

    if options.group_by not in GROUP_BY:
        raise InputError(f"unknown --group-by {options.group_by!r}: one of {', '.join(GROUP_BY)}")
    if options.engine not in ENGINES:
        raise InputError(f"unknown --engine {options.engine!r}: one of {', '.join(ENGINES)}")
    if options.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {options.jobs}")


def _open_cache(cache_dir: str | os.PathLike[str] | None) -> Cache | None:
    if cache_dir is None:
        return None
    from claimcheck.cache import Cache

    return Cache.open(cache_dir)


def _content_key(document: Document) -> str:
    """A hash of everything extraction may read in a document: all of it but its path (which
    depends on the folder the run starts in)."""
    from claimcheck.cache import record_key

    return record_key(document, without=("path",))


def _small_file_bytes(path: str) -> bytes | None:
    """The bytes of a regular file within the read budget, for its cache key; None otherwise
    (the file is then read, and skipped, as usual)."""
    from claimcheck import budgets

    try:
        status = os.stat(path)
        if not os.path.isfile(path) or status.st_size > budgets.MAX_FILE_BYTES:
            return None
        with open(path, "rb") as handle:
            return handle.read(budgets.MAX_FILE_BYTES + 1)
    except OSError:
        return None


def _report_progress(progress: Progress | None, document: Document) -> None:
    if progress is not None:
        progress(document)


def _config_folder(paths: Sequence[str | os.PathLike[str]]) -> Path | None:
    """The first folder given; else the folder of the files given when they share one (files
    of a corpus use the corpus's claimcheck.toml)."""
    for path in paths:
        candidate = Path(path)
        if candidate.is_dir():
            return candidate
    folders = {Path(path).resolve().parent for path in paths if Path(path).is_file()}
    if len(folders) == 1:
        return Path(paths[0]).parent
    return None
