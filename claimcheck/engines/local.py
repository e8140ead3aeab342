"""The default engine: this process, and worker processes when there is enough work for them.

Where the platform allows it (Linux, and no other thread running in this process), workers are
forked, after this process has loaded the pipelines of the languages to extract: they start in
milliseconds and share those pipelines and word lists with it instead of loading their own
(about 5 s and 500 MB for all six languages, mostly lemma dictionaries). Elsewhere they are
spawned (a fresh interpreter each) and load what their documents need, once. ``map`` hands
documents out in chunks and yields the results in input order as they arrive, so this process
links and compares one group while the workers extract the next.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from claimcheck.api import GroupResult, GroupTask, Progress
    from claimcheck.cache import Cache
    from claimcheck.model import Document

Item = TypeVar("Item")

#: Documents each worker should get at least before workers are worth their start-up (on two
#: cores, 200 articles take as long with two workers as without); below that the run stays in
#: this process.
MIN_ITEMS_PER_WORKER = 64
#: Groups each worker should get at least for workers to take whole groups (extract, link and
#: compare) rather than single documents.
MIN_GROUPS_PER_WORKER = 4
#: Documents sent to a worker at once: large enough to amortize the transfer, small enough to
#: keep every worker busy until the end.
MAX_CHUNK = 16


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class LocalEngine:
    """This process, plus up to ``jobs`` worker processes."""

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)
        self._spawned: Executor | None = None
        self._will_fork = False  # set when a map forks workers; see ``prepare``
        self._prepared: set[str] = set()

    def workers_for(self, items: int) -> int:
        """How many workers ``items`` items are worth: 0 when this process does them alone."""
        workers = min(self.jobs, items // MIN_ITEMS_PER_WORKER)
        return workers if workers >= 2 else 0

    def map(self, function: Callable[..., Any], items: Sequence[Item],
            cache: Cache | None = None, chunk: int | None = None,
            workers: int | None = None) -> Iterator[Any]:
        """``function(item, cache)`` for every item, in order; ``workers`` (default: as many as
        the items are worth) processes, ``chunk`` items sent to a worker at once."""
        workers = self.workers_for(len(items)) if workers is None else workers
        if not workers:
            return (function(item, cache) for item in items)
        chunk = chunk or max(1, min(MAX_CHUNK, len(items) // (workers * 4)))
        task = partial(function, cache=cache)
        if _can_fork():
            self._will_fork = True
            return _forked_map(task, items, workers, chunk)
        return self._spawned_pool().map(task, items, chunksize=chunk)

    def prepare(self, document: Document) -> None:
        """Called for each document as it is read: when workers are forked, this process loads
        the document's language now, while workers read the next documents, so that the
        workers forked to extract inherit it."""
        if self._will_fork and document.language not in self._prepared:
            self._prepared.add(document.language)
            _load_languages([document])

    def check_groups(self, tasks: Sequence[GroupTask], cache: Cache | None,
                     progress: Progress | None) -> list[GroupResult]:
        """Every group's result, in order: documents extracted by ``map``, each group linked and
        compared here as soon as its documents are in."""
        from claimcheck.api import cached_group, check_groups_here, extract_document

        results = [cached_group(task, cache) for task in tasks]
        pending = [n for n, result in enumerate(results) if result is None]
        documents = [d for n in pending for d in tasks[n].documents]
        workers = self.workers_for(len(documents))
        if workers and _can_fork():
            _load_languages([d for d in documents if d.language not in self._prepared])
        if workers and len(pending) >= workers * MIN_GROUPS_PER_WORKER:
            return self._whole_groups(tasks, results, pending, cache, progress, workers)

        def extract_all(documents: list[Document]) -> Iterator[Any]:
            return self.map(extract_document, documents, cache)

        return check_groups_here(tasks, cache, progress, extract_all)

    def _whole_groups(self, tasks: Sequence[GroupTask], results: list[GroupResult | None],
                      pending: list[int], cache: Cache | None, progress: Progress | None,
                      workers: int) -> list[GroupResult]:
        """Many groups: each worker extracts, links and compares whole groups, largest first, and
        sends back only claims and conflicts."""
        from claimcheck.api import check_whole_group, finish_groups

        order = sorted(pending, key=lambda n: (-len(tasks[n].documents), n))
        groups = self.map(check_whole_group, [tasks[n] for n in order], cache, chunk=1,
                          workers=workers)
        return finish_groups(tasks, results, zip(order, groups, strict=True), cache, progress)

    def close(self) -> None:
        if self._spawned is not None:
            self._spawned.shutdown(wait=True, cancel_futures=True)
            self._spawned = None

    def _spawned_pool(self) -> Executor:
        if self._spawned is None:
            import multiprocessing

            self._spawned = ProcessPoolExecutor(max_workers=self.jobs,
                                                mp_context=multiprocessing.get_context("spawn"))
        return self._spawned


def _can_fork() -> bool:
    """Forking copies only the calling thread: safe on Linux while no other thread runs."""
    return sys.platform == "linux" and threading.active_count() == 1


def _forked_map(task: Callable[[Item], Any], items: Sequence[Item], workers: int,
                chunk: int) -> Iterator[Any]:
    """``task`` over ``items`` in freshly forked workers, which end with the iteration."""
    import multiprocessing

    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
    try:
        yield from pool.map(task, items, chunksize=chunk)
    finally:  # an interrupted run does not wait for the documents not started
        pool.shutdown(wait=True, cancel_futures=True)


def _load_languages(documents: Sequence[Document]) -> None:
    """Load here what extraction needs for each language of ``documents``, by extracting one
    short document of each, so that forked workers inherit it."""
    import dataclasses

    from claimcheck.extract import extract

    samples: dict[str, Document] = {}
    for document in documents:
        samples.setdefault(document.language, document)
    for _, document in sorted(samples.items()):
        first_lines = "\n".join(document.text.split("\n")[:3])
        extract(dataclasses.replace(document, text=first_lines))
