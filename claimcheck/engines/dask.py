"""The pipeline on a Dask cluster, for archives that outgrow one machine.

    pip install 'claimcheck[dask]'
    claimcheck report ARCHIVE --engine dask --scheduler tcp://scheduler:8786
    claimcheck report ARCHIVE --engine dask --jobs 4      # a local cluster of 4 processes

Documents go out as a ``dask.bag`` (read → language → date, then extract); the extracted
documents are shuffled by story group (``Bag.groupby``), and each group is linked and compared
on the worker that holds it; only claims and conflicts come back. Results are put back in input
order, so the report is byte for byte the local engine's.

Workers need claimcheck installed (the same version), and the articles and the cache folder at the
same paths: a shared filesystem, or ``--no-cache``. Group results are cached by this process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from claimcheck.errors import InputError

if TYPE_CHECKING:
    from claimcheck.api import GroupResult, GroupTask, Progress
    from claimcheck.cache import Cache
    from claimcheck.config import Config
    from claimcheck.model import Analysis, Document, StoryGroup

Item = TypeVar("Item")

#: Partitions per worker: enough to balance uneven documents, few enough to keep tasks cheap.
PARTITIONS_PER_WORKER = 4

INSTALL_HINT = "the dask engine needs Dask: pip install 'claimcheck[dask]'"


class DaskEngine:
    """A Dask client: to the scheduler at ``scheduler``, or to a ``distributed.LocalCluster`` of
    ``jobs`` single-threaded worker processes when no address is given."""

    def __init__(self, jobs: int = 1, scheduler: str | None = None) -> None:
        try:
            import dask.bag  # noqa: F401
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise InputError(INSTALL_HINT) from exc
        self._cluster = None
        if scheduler:
            try:
                self.client = Client(scheduler, timeout="30s")
            except OSError as exc:
                raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        else:
            self._cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1,
                                         processes=True, dashboard_address=None,
                                         silence_logs=logging.ERROR)
            self.client = Client(self._cluster)

    def prepare(self, document: Document) -> None:
        """Nothing to prepare here: the workers load what they need."""

    def map(self, function: Callable[..., Any], items: Sequence[Item],
            cache: Cache | None = None) -> Iterator[Any]:
        """``function(item, cache)`` for every item, on the cluster; results in input order."""
        import dask.bag as db

        if not items:
            return iter(())
        bag = db.from_sequence(items, npartitions=self._partitions(len(items)))
        return iter(bag.map(function, cache=cache).compute(scheduler=self.client))

    def check_groups(self, tasks: Sequence[GroupTask], cache: Cache | None,
                     progress: Progress | None) -> list[GroupResult]:
        """Extract every document of the groups not cached, shuffle by group, link and compare
        each group where its documents landed."""
        import dask.bag as db

        from claimcheck.api import cached_group, finish_groups

        results: list[GroupResult | None] = [cached_group(task, cache) for task in tasks]
        pending = [n for n, result in enumerate(results) if result is None]
        items = [(n, position, tasks[n].group, tasks[n].config, document)
                 for n in pending for position, document in enumerate(tasks[n].documents)]
        if items:
            bag = db.from_sequence(items, npartitions=self._partitions(len(items)))
            checked = (bag.map(_extract_item, cache=cache)
                       .groupby(_group_number, shuffle="tasks",
                                npartitions=self._partitions(len(pending)))
                       .map(_check_grouped))
            return finish_groups(tasks, results, checked.compute(scheduler=self.client), cache,
                                 progress)
        return finish_groups(tasks, results, (), cache, progress)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def _partitions(self, count: int) -> int:
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        return max(1, min(count, workers * PARTITIONS_PER_WORKER))


# Module-level, so that workers import them by name instead of unpickling closures.

_Item = tuple[int, int, "StoryGroup", "Config", "Document"]


def _extract_item(item: _Item, cache: Cache | None = None
                  ) -> tuple[int, int, StoryGroup, Config, Document, Analysis]:
    from claimcheck.api import extract_document

    n, position, group, config, document = item
    return n, position, group, config, document, extract_document(document, cache)


def _group_number(item: tuple) -> int:
    return item[0]


def _check_grouped(grouped: tuple[int, list[tuple]]) -> tuple[int, GroupResult]:
    from claimcheck.api import GroupTask, check_group

    n, items = grouped
    items = sorted(items, key=lambda item: item[1])  # a shuffle keeps no order
    _, _, group, config, _, _ = items[0]
    task = GroupTask(group, tuple(item[4] for item in items), config)
    return n, check_group(task, [item[5] for item in items])
