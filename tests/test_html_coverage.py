"""The HTML report says what it could check, in a real browser: the coverage figures, a plain
alert when nothing could be compared, and "all reviewed" when --status hid everything."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEED_CORPUS
from test_html_report import CHROMEDRIVER, _chromium, _w3c, needs_browser, webdriver_session

from claimcheck import cli as cli_module

PAGE_FACTS = """
const visible = el => !!el && el.getClientRects().length > 0
  && getComputedStyle(el).visibility !== 'hidden';
const alert = document.querySelector('#coverage .alert');
const none = document.getElementById('no-conflicts');
return [alert ? alert.textContent : null, visible(alert), none ? none.textContent : null,
        visible(none), document.getElementById('summary').innerText.replace(/\\s+/g, ' ')];
"""


def _html(tmp_path: Path, *args: str) -> Path:
    page = tmp_path / f"report-{len(list(tmp_path.glob('*.html')))}.html"
    result = CliRunner().invoke(cli_module.cli, ["--quiet", "report", *args, "--format", "html",
                                                 "--output", str(page), "--no-cache"])
    assert result.exit_code == 0, result.output
    return page


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, Path]:
    two = tmp_path / "two"
    two.mkdir()
    (two / "a.txt").write_text("X reported revenue of $120 million in 2024.\n")
    (two / "b.txt").write_text("X reported revenue of $150 million in 2024.\n")
    reviewed = tmp_path / "meta"
    shutil.copytree(SEED_CORPUS, reviewed)  # every conflict confirmed in its reviews.yaml
    return {"nothing": _html(tmp_path, str(two)),
            "reviewed": _html(tmp_path, str(reviewed), "--status", "open"),
            "seed": _html(tmp_path, str(SEED_CORPUS))}


@needs_browser
def test_the_browser_shows_what_could_be_checked(pages, tmp_path):
    dom = _chromium("--dump-dom", pages["nothing"].as_uri(), user_data=tmp_path)
    assert "<b>Nothing could be compared.</b>" in dom and "agree on everything" not in dom
    assert "Coverage: 2 figures seen, 0 claims made, 0 compared." in dom
    dom = _chromium("--dump-dom", pages["reviewed"].as_uri(), user_data=tmp_path)
    assert "No conflict is open: all 3 are reviewed (3 confirmed)" in dom
    dom = _chromium("--dump-dom", pages["seed"].as_uri(), user_data=tmp_path)
    assert "figures seen</li>" in dom and "compared</li>" in dom
    assert '<th>figures</th><th>claims</th><th>compared</th>' in dom


@needs_browser
@pytest.mark.skipif(CHROMEDRIVER is None, reason="chromedriver is not installed")
def test_the_alert_and_the_verdict_are_visible_on_a_phone(pages, tmp_path):
    with webdriver_session(tmp_path) as (base, s):
        _w3c(base, "POST", s + "/url", {"url": pages["nothing"].as_uri()})
        alert, alert_shown, verdict, verdict_shown, summary = _w3c(
            base, "POST", s + "/execute/sync", {"script": PAGE_FACTS, "args": []})
        assert alert_shown and "Nothing could be compared." in alert
        assert verdict_shown and "not that the sources agree" in verdict
        assert "2 figures seen" in summary and "0 compared" in summary
        _w3c(base, "POST", s + "/url", {"url": pages["seed"].as_uri()})
        alert, _shown, verdict, _v, summary = _w3c(
            base, "POST", s + "/execute/sync", {"script": PAGE_FACTS, "args": []})
        assert alert is None and verdict is None  # conflicts, and enough compared
        assert "compared" in summary

