"""The HTML report: self-contained, escaped, deterministic, and working in a real browser."""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_review import clock, sample_report

from claimcheck import cli as cli_module
from claimcheck.report.html import render_html, safe_url
from claimcheck.review.store import load_decisions, make_decision, record, review_states

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
#: Debian's chromium (what .ci/install-browser installs), else a Chrome already on the runner.
CHROMIUM = (shutil.which("chromium") or shutil.which("chromium-browser")
            or shutil.which("google-chrome"))
CHROMEDRIVER = shutil.which("chromedriver")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (CI installs it with .ci/install-browser)")


def _page(tmp_path: Path, **kwargs) -> str:
    report = sample_report()
    path = tmp_path / "reviews.yaml"
    record(path, make_decision(report.conflicts[0], report, "dismissed", note="<b>not</b> one",
                               who="ana", clock=clock))
    return render_html(report, states=review_states(report, load_decisions(path)), **kwargs)


def test_self_contained_and_escaped(tmp_path: Path) -> None:
    html = _page(tmp_path)
    assert '<meta name="viewport"' in html
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html
    assert "&lt;b&gt;not&lt;/b&gt; one" in html  # the reviewer's note is escaped too
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)  # no external asset
    assert "<link" not in html and "@import" not in html
    assert html.count('<article class="card"') == 3
    assert html.count("<svg") == 3
    assert "<mark>15 Mrd. US-Dollar</mark>" in html


def test_cards_carry_filterable_data(tmp_path: Path) -> None:
    html = _page(tmp_path)
    assert 'data-severity="high" data-kind="value_mismatch" data-status="open"' in html
    assert 'data-severity="medium" data-kind="category_mismatch" data-status="dismissed"' in html


def test_deterministic_and_no_timestamp_unless_given(tmp_path: Path) -> None:
    assert _page(tmp_path) == _page(tmp_path)
    assert "Generated" not in _page(tmp_path)
    assert "Generated 2025-06-20" in _page(tmp_path, generated="2025-06-20")


def test_claims_table_is_capped_and_says_so(tmp_path: Path) -> None:
    html = _page(tmp_path, claims_limit=2)
    assert "Showing the first 2 of 7 claims" in html
    table = html.split('id="claims-table"')[1]
    assert table.count("<tr>") == 3  # header + 2


def test_only_web_links_survive() -> None:
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a") == "https://example.org/a"


def test_cli_writes_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    monkeypatch.setattr(cli_module, "run_pipeline", lambda paths, quiet=False: sample_report())
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli_module.cli, ["report", str(folder), "--format", "html",
                                                 "--output", str(out), "--status", "open"])
    assert result.exit_code == 0, result.output
    assert out.read_text().count('<article class="card"') == 3


# --------------------------------------------------------------------------- a real browser


def _chromium(*args: str, user_data: Path) -> str:
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--no-first-run", "--hide-scrollbars", f"--user-data-dir={user_data}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def page_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    path = folder / "report.html"
    path.write_text(_page(folder), encoding="utf-8")
    return path


def _cards(dom: str) -> dict[str, bool]:
    """Each card's severity, and whether the page's JS hid it."""
    tags = re.findall(r'<article class="card"[^>]*>', dom)
    return {re.search(r'data-severity="(\w+)"', tag).group(1): " hidden" in tag for tag in tags}


@needs_browser
def test_browser_applies_a_filter_from_the_url(page_file: Path, tmp_path: Path) -> None:
    dom = _chromium("--dump-dom", page_file.as_uri() + "#severity=high", user_data=tmp_path)
    assert _cards(dom) == {"high": False, "medium": True, "low": True}
    assert 'data-shown="1"' in dom and "1 of 3 conflicts" in dom
    assert dom.count("<mark>") >= 7  # every evidence sentence highlights its value
    dom = _chromium("--dump-dom", page_file.as_uri() + "#status=dismissed", user_data=tmp_path)
    assert _cards(dom) == {"high": True, "medium": False, "low": True}
    dom = _chromium("--dump-dom", page_file.as_uri(), user_data=tmp_path)
    assert _cards(dom) == {"high": False, "medium": False, "low": False}


@needs_browser
def test_browser_screenshots_laptop_and_phone(page_file: Path, tmp_path: Path) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    for name, size in (("html-report.png", "1280,900"), ("html-report-phone.png", "390,844")):
        target = ARTIFACTS / name
        target.unlink(missing_ok=True)
        _chromium(f"--screenshot={target}", f"--window-size={size}", "--virtual-time-budget=3000",
                  page_file.as_uri(),
                  user_data=tmp_path)
        assert target.stat().st_size > 10_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _w3c(base: str, method: str, path: str, body: dict | None = None) -> dict:
    data = json.dumps(body or {}).encode() if method == "POST" else None
    request = urllib.request.Request(base + path, method=method, data=data,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - localhost
        return json.loads(response.read())["value"]


@contextmanager
def webdriver_session(tmp_path: Path, window: str = "390,844"):
    """(base URL, session path) of a headless Chromium driven through chromedriver's W3C API;
    the session and the driver are gone afterwards."""
    port = _free_port()
    driver = subprocess.Popen([CHROMEDRIVER, f"--port={port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                _w3c(base, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        options = {"binary": CHROMIUM, "args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}", f"--window-size={window}"]}
        session = _w3c(base, "POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "chrome", "goog:chromeOptions": options}}})["sessionId"]
        path = f"/session/{session}"
        try:
            yield base, path
        finally:
            _w3c(base, "DELETE", path)
    finally:
        driver.terminate()
        driver.wait(timeout=10)


@needs_browser
@pytest.mark.skipif(CHROMEDRIVER is None, reason="chromedriver is not installed")
def test_browser_select_filters_cards_through_webdriver(page_file: Path, tmp_path: Path) -> None:
    """Pick a kind in the select as a user would; the other cards hide and the URL follows."""
    with webdriver_session(tmp_path) as (base, s):
        _w3c(base, "POST", s + "/url", {"url": page_file.as_uri()})
        selector = "select[name=kind] option[value=period_mismatch]"
        option = _w3c(base, "POST", s + "/element",
                      {"using": "css selector", "value": selector})
        _w3c(base, "POST", f"{s}/element/{next(iter(option.values()))}/click")
        script = ("return [Array.from(document.querySelectorAll('article.card'))"
                  ".map(c => [c.dataset.kind, c.hidden]), location.hash,"
                  " document.getElementById('shown').textContent]")
        cards, fragment, shown = _w3c(base, "POST", s + "/execute/sync",
                                      {"script": script, "args": []})
        assert dict(cards) == {"value_mismatch": True, "category_mismatch": True,
                               "period_mismatch": False}
        assert fragment == "#kind=period_mismatch" and shown == "1 of 3 conflicts"
        page, viewport = _w3c(base, "POST", s + "/execute/sync", {
            "script": "return [document.documentElement.scrollWidth, innerWidth]",
            "args": []})
        assert page <= viewport  # nothing but the tables' own scroll boxes is wider

