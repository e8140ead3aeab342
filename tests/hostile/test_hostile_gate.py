"""A gate that tells the truth: crashes are not gate failures, nothing read is not a pass,
symlinks stay inside the corpus, a held lock is a message, an unknown id is an error."""

from __future__ import annotations

import fcntl
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_corpus import two_sources

from claimcheck import cli as cli_module
from claimcheck.api import check
from claimcheck.errors import DataError
from claimcheck.review import store
from claimcheck.review.store import (
    LOCK_NAME,
    load_decisions,
    make_decision,
    record,
    reviews_path,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_review import clock, sample_report  # noqa: E402


def _main(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["claimcheck", *args])
    with pytest.raises(SystemExit) as exited:
        cli_module.main()
    return exited.value.code, capsys.readouterr().err


def test_an_unexpected_crash_exits_3_not_1(tmp_path, monkeypatch, capsys):
    corpus = two_sources(tmp_path / "c")

    def explode(*args, **kwargs):
        raise RuntimeError("boom\n::error::forged")

    monkeypatch.setattr("claimcheck.api.check", explode)
    code, err = _main(monkeypatch, capsys, "check", str(corpus))
    assert code == 3
    assert err.count("\n") == 1 and "internal error (RuntimeError: boom\\n" in err
    assert not any(line.lstrip().startswith("::") for line in err.splitlines())


def test_check_fails_when_no_article_could_be_read_and_lists_them(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(b"\x00\x01\x02 binary")
    (corpus / "b.md").write_text("---\ntitle: [1\n---\nNorvane Robotics.\n")
    result = CliRunner().invoke(cli_module.cli, ["check", str(corpus)])
    assert result.exit_code == 1, result.output
    assert "no article could be read (2 files skipped)" in result.output
    assert "skipped " in result.output and "a.txt: binary file" in result.output
    assert "check passed" not in result.output
    allowed = CliRunner().invoke(cli_module.cli, ["check", str(corpus), "--allow-unread"])
    assert allowed.exit_code == 0 and "allowed by --allow-unread" in allowed.output
    github = CliRunner().invoke(cli_module.cli, ["check", str(corpus), "--format", "github"])
    assert github.exit_code == 1 and "::error title=claimcheck check::" in github.output
    assert "::warning file=" in github.output


def test_a_symlink_out_of_the_corpus_is_not_read_unless_asked(tmp_path):
    corpus = two_sources(tmp_path / "c")
    secret = tmp_path / "secret.txt"
    secret.write_text("Norvane Robotics reported revenue of $999 million in 2024, it said.\n")
    (corpus / "x.txt").symlink_to(secret)
    (corpus / "inside.txt").symlink_to(corpus / "a.md")  # inside: read once, as a.md
    report = check([corpus])
    assert [d.id for d in report.documents] == ["a", "b"]
    assert [(Path(s.path).name, s.reason) for s in report.skipped] == [
        ("inside.txt", f"same file as {report.documents[0].path}"),
        ("x.txt", "symlink leads out of the corpus folder (--follow-symlinks reads it)")]
    followed = check([corpus], follow_symlinks=True)
    assert "x" in [d.id for d in followed.documents]
    result = CliRunner().invoke(cli_module.cli, ["report", str(corpus), "--follow-symlinks"])
    assert result.exit_code == 0 and "x " in result.output


def test_a_held_lock_is_waited_for_then_reported(tmp_path, monkeypatch):
    path = reviews_path(tmp_path)
    report = sample_report()
    record(path, make_decision(report.conflicts[0], report, "waived", who="x", clock=clock))
    fd = os.open(tmp_path / LOCK_NAME, os.O_RDWR)
    fcntl.flock(fd, fcntl.LOCK_EX)
    told: list[str] = []
    try:
        with pytest.raises(DataError, match="another claimcheck is still writing it"), \
                store.locked(path, timeout=0.3, waiting=told.append):
            pass
    finally:
        os.close(fd)
    assert len(told) == 1 and "waiting up to 0.3 s" in told[0]
    with store.locked(path, timeout=0.3):  # released: taken at once
        pass


def test_a_folder_where_nothing_can_be_written_is_a_clear_error(tmp_path, monkeypatch):
    path = reviews_path(tmp_path)
    report = sample_report()
    record(path, make_decision(report.conflicts[0], report, "waived", who="x", clock=clock))
    before = path.read_text()

    def read_only(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(store.tempfile, "NamedTemporaryFile", read_only)
    with pytest.raises(DataError, match="(?i)cannot write .read-only file system.; is the folder"):
        record(path, make_decision(report.conflicts[1], report, "waived", who="x"))
    assert path.read_text() == before
    real_open = os.open

    def no_create(file, flags, *args):
        if str(file).endswith(LOCK_NAME) and flags & os.O_CREAT:
            raise PermissionError(13, "Permission denied")
        return real_open(file, flags, *args)

    monkeypatch.setattr(store.os, "open", no_create)
    (tmp_path / LOCK_NAME).unlink()
    with pytest.raises(DataError, match="(?i)cannot create the lock file .permission denied."):
        record(path, make_decision(report.conflicts[1], report, "waived", who="x"))


def test_temporary_files_of_an_interrupted_write_are_removed(tmp_path):
    path = reviews_path(tmp_path)
    orphan = tmp_path / ".reviews.yaml.k2j3h4.tmp"
    orphan.write_text("half a fi")
    report = sample_report()
    record(path, make_decision(report.conflicts[0], report, "waived", who="x", clock=clock))
    assert not orphan.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [LOCK_NAME, "reviews.yaml"]


def test_an_unknown_id_is_an_error_and_changes_nothing(tmp_path):
    corpus = two_sources(tmp_path / "c")
    for status in ("open", "dismissed"):
        result = CliRunner().invoke(cli_module.cli, ["review", str(corpus), "--id", "typo",
                                                     "--status", status])
        assert result.exit_code == 2, result.output
        assert "typo" in result.output and "typo: open" not in result.output
    assert not (corpus / "reviews.yaml").exists()
    assert load_decisions(corpus / "reviews.yaml").by_id == {}
