"""The pipeline as a library call: ``check(paths) -> Report``. No printing, no exit codes.

ingest → language → (document date) → extract → link → graph → compare. Each stage is a pure
function of its inputs; documents are extracted independently of each other.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from claimcheck import compare, extract, link
from claimcheck.config import Config, load_config
from claimcheck.model import Document, Report
from claimcheck.normalize import infer_document_date

Progress = Callable[[Document], None]


def with_inferred_date(document: Document) -> Document:
    """A document dated by the latest full date its text states, when no metadata dated it."""
    if document.published is not None:
        return document
    inferred = infer_document_date(document.text, document.language)
    if inferred is None:
        return document
    return dataclasses.replace(document, published=inferred, date_origin="text")


def check(
    paths: Sequence[str | os.PathLike[str]],
    config: Config | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read every article under ``paths`` and report where they contradict each other.

    ``config`` defaults to the ``claimcheck.toml`` found in the first folder given, if any.
    ``progress`` is called once per document after it has been extracted.
    """
    from claimcheck.ingest import ingest

    documents, skipped = ingest(paths)
    if config is None:
        config = load_config(_config_folder(paths))
    documents = [with_inferred_date(document) for document in documents]
    mentions = []
    for document in documents:
        mentions.append(extract.extract(document))
        if progress is not None:
            progress(document)
    claims = link.link(documents, mentions, config)
    conflicts = compare.compare(claims, documents)
    return Report(documents=documents, skipped=skipped, claims=claims, conflicts=conflicts)


def _config_folder(paths: Sequence[str | os.PathLike[str]]) -> Path | None:
    for path in paths:
        candidate = Path(path)
        if candidate.is_dir():
            return candidate
    return None
