"""Where the pipeline's stages run: ``local`` (this process, or worker processes on this machine)
or ``dask`` (a Dask cluster, ``pip install claimcheck[dask]``).

An engine runs the per-document stages over many documents (``map``) and the per-group stages
over story groups (``check_groups``). Stages are pure functions of their inputs and results come
back in input order, so every engine gives the same report, byte for byte.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.api import RunOptions
    from claimcheck.engines.local import LocalEngine


@contextmanager
def open_engine(options: RunOptions) -> Iterator[LocalEngine]:
    """The engine ``options`` ask for, shut down (workers, cluster) on the way out."""
    if options.engine == "dask":
        from claimcheck.engines.dask import DaskEngine

        engine: LocalEngine = DaskEngine(options.jobs, options.scheduler)
    else:
        from claimcheck.engines.local import LocalEngine

        engine = LocalEngine(options.jobs)
    try:
        yield engine
    finally:
        engine.close()
