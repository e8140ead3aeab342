"""Shared fixtures: each corpus is run through the pipeline once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEED_CORPUS = CORPORA / "meta-scale-ai"


def corpus_folders() -> list[Path]:
    return sorted(p for p in CORPORA.iterdir() if (p / "expected.yaml").is_file())


_reports: dict[Path, object] = {}


def run_corpus(folder: Path):
    """claimcheck.check on a corpus folder, memoized for the session."""
    if folder not in _reports:
        from claimcheck.api import check

        _reports[folder] = check([folder])
    return _reports[folder]


@pytest.fixture(scope="session")
def seed_report():
    return run_corpus(SEED_CORPUS)
