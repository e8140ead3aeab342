"""How the pipeline runs never changes what it reports: worker processes, the cache and the Dask
engine give the local, single-process report byte for byte; a changed article is read again, and
only it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPORA

from claimcheck import extract as extract_module
from claimcheck.api import RunOptions, check
from claimcheck.cli import cli
from claimcheck.engines import local
from claimcheck.report import to_json

#: Three stories in six languages, one folder each.
STORIES = ("meta-scale-ai", "real/volkswagen-job-cuts", "real/citroen-takata-recall")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """A folder holding one sub-folder per story."""
    root = tmp_path_factory.mktemp("archive")
    for story in STORIES:
        shutil.copytree(CORPORA / story, root / Path(story).name,
                        ignore=shutil.ignore_patterns("expected.yaml", "reviews.yaml"))
    return root


@pytest.fixture(scope="module")
def reference(archive) -> str:
    """The report of one process, no cache."""
    return to_json(check([archive], options=RunOptions(jobs=1)))


def test_worker_processes_give_the_same_report(archive, reference, monkeypatch):
    pools = []
    real_pool = local.ProcessPoolExecutor

    def counting_pool(*args, **kwargs):
        pools.append(kwargs.get("max_workers"))
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(local, "ProcessPoolExecutor", counting_pool)
    monkeypatch.setattr(local, "MIN_ITEMS_PER_WORKER", 1)  # share even a small archive
    assert to_json(check([archive], options=RunOptions(jobs=2))) == reference
    assert pools and set(pools) == {2}


def test_a_small_folder_stays_in_this_process(monkeypatch):
    monkeypatch.setattr(local, "ProcessPoolExecutor", None)  # would fail if called
    report = check([CORPORA / "meta-scale-ai"], options=RunOptions(jobs=8))
    assert report.documents


def test_groups_by_folder_by_default(archive):
    report = check([archive])
    assert [group.label for group in report.groups] == [
        str(archive / name) for name in ("citroen-takata-recall", "meta-scale-ai",
                                         "volkswagen-job-cuts")]
    # Every conflict stays within one group.
    group_of = {i: group.id for group in report.groups for i in group.documents}
    document_of = {claim.id: claim.document for claim in report.claims}
    for conflict in report.conflicts:
        groups = {group_of[document_of[c]] for side in conflict.sides for c in side.claims}
        assert len(groups) == 1


def test_the_cache_gives_the_same_report_and_reads_a_changed_article_alone(
        tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPORA / "meta-scale-ai", corpus)
    options = RunOptions(cache_dir=tmp_path / "cache")
    uncached = to_json(check([corpus]))
    extracted = []
    real_extract = extract_module.extract

    def counting_extract(document):
        extracted.append(document.id)
        return real_extract(document)

    monkeypatch.setattr(extract_module, "extract", counting_extract)
    assert to_json(check([corpus], options=options)) == uncached  # cold: fills the cache
    assert len(extracted) == 5
    extracted.clear()
    assert to_json(check([corpus], options=options)) == uncached  # warm: nothing re-read
    assert extracted == []

    changed = corpus / "002_e74afe82dad34834.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("giugno 2025", "giugno 2024"),
                       encoding="utf-8")
    monkeypatch.setattr(extract_module, "extract", real_extract)
    expected = to_json(check([corpus]))
    monkeypatch.setattr(extract_module, "extract", counting_extract)
    assert to_json(check([corpus], options=options)) == expected
    assert extracted == ["002_e74afe82dad34834"]


def test_a_damaged_cache_entry_is_a_miss(tmp_path):
    options = RunOptions(cache_dir=tmp_path / "cache")
    first = to_json(check([CORPORA / "meta-scale-ai"], options=options))
    for entry in (tmp_path / "cache").rglob("*"):
        if entry.is_file():
            entry.write_bytes(b"not a pickle")
    assert to_json(check([CORPORA / "meta-scale-ai"], options=options)) == first


def test_the_cache_builds_claimcheck_records_only(tmp_path):
    import os

    from claimcheck.cache import Cache

    class Planted:
        def __reduce__(self):
            return (os.system, ("echo planted",))

    cache = Cache.open(tmp_path)
    cache.put("group", "ab" * 32, Planted())
    assert cache.get("group", "ab" * 32) is None


def test_another_claimcheck_never_reads_these_entries(tmp_path):
    from claimcheck.cache import Cache

    mine = Cache.open(tmp_path)
    key = mine.key("analysis", "same content")
    mine.put("analysis", key, ("a", "record"))
    other = Cache(tmp_path, fingerprint="0.0.0:other-code:other-data")
    assert other.get("analysis", other.key("analysis", "same content")) is None
    assert mine.get("analysis", key) == ("a", "record")


def test_cache_clear_and_no_cache_on_the_command_line(tmp_path):
    runner = CliRunner()
    cache_dir = tmp_path / "cache"
    corpus = str(CORPORA / "meta-scale-ai")
    result = runner.invoke(cli, ["report", corpus, "--no-cache", "--cache-dir", str(cache_dir)])
    assert result.exit_code == 0
    assert not cache_dir.exists()
    result = runner.invoke(cli, ["report", corpus, "--cache-dir", str(cache_dir), "-j", "1"])
    assert result.exit_code == 0
    info = runner.invoke(cli, ["cache", "info", "--cache-dir", str(cache_dir)])
    assert f"{cache_dir}: 11 results" in info.output  # 5 documents, 5 analyses, 1 group
    cleared = runner.invoke(cli, ["cache", "clear", "--cache-dir", str(cache_dir)])
    assert cleared.exit_code == 0 and "removed 11 results" in cleared.output
    assert runner.invoke(cli, ["cache", "info", "--cache-dir", str(cache_dir)]).output.endswith(
        ": 0 results, 0.0 MB\n")


def test_the_default_cache_folder_follows_xdg(monkeypatch, tmp_path):
    from claimcheck.cache import default_cache_dir

    monkeypatch.delenv("CLAIMCHECK_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "claimcheck"
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path / "mine"))
    assert default_cache_dir() == tmp_path / "mine"


@pytest.mark.parametrize("arguments", [["--jobs", "0"], ["--scheduler", "tcp://x:8786"],
                                       ["--group-by", "topic"]])
def test_bad_run_options_are_usage_errors(arguments):
    result = CliRunner().invoke(cli, ["report", str(CORPORA / "meta-scale-ai"), *arguments])
    assert result.exit_code == 2


def test_the_dask_engine_gives_the_same_report(archive, reference, tmp_path):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    report = check([archive], options=RunOptions(engine="dask", jobs=2,
                                                 cache_dir=tmp_path / "cache"))
    assert to_json(report) == reference
    # And by story, which shuffles documents between workers by group.
    by_story = RunOptions(group_by="story")
    assert to_json(check([archive], options=RunOptions(engine="dask", jobs=2,
                                                       group_by="story"))) == to_json(
        check([archive], options=by_story))
