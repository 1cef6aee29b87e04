"""A real browser (Debian's headless Chromium) against `rasd serve` on localhost, as a reader would use it.

The database is built by the real ingest from the seed, a few news articles and an article carrying markup.
Screenshots are saved in the test's temporary folder.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from helpers import REPO

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent (CI installs it: apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install 'rasd[dev]'")
from test_web_api import MARKUP, build_corpus  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
START_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    """`rasd serve` on a free loopback port over a fresh database; its base URL and the article ids."""
    db = tmp_path_factory.mktemp("site") / "corpus.db"
    ids = build_corpus(db)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("RASD_TOKEN", None)
    server = subprocess.Popen([sys.executable, "-m", "rasd", "serve", "--db", str(db), "--port", str(port)],
                              cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            if server.poll() is not None:
                pytest.fail(f"rasd serve exited: {server.stderr.read().decode()}")
            try:
                if httpx.get(f"{base}/search.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"rasd serve did not answer within {START_TIMEOUT_S} s")
            time.sleep(0.2)
        yield base, ids
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, tmp_path: Path):
    tab = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ar")
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    yield tab
    tab.close()
    assert errors == [], errors  # no script error, no resource refused by the content policy


def quote_text(page, quote_id: str) -> str:
    return "".join(page.locator(f'.article .seg.quote[data-ann~="{quote_id}"]').all_inner_texts())


def test_article_page_shows_the_quote_with_its_speaker(site, page, tmp_path: Path) -> None:
    base, ids = site
    page.goto(f"{base}/article/{ids['seed']}")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    badges = page.locator(".article .q-badge", has_text="نصر الحريري")
    quotes = [badges.nth(i).get_attribute("data-ann") for i in range(badges.count())]
    texts = {q: quote_text(page, q) for q in quotes}
    direct = [q for q, text in texts.items() if "ندين كل الأعمال الإرهابية" in text]
    page.screenshot(path=tmp_path / "article.png", full_page=True)
    print(f"screenshot: {tmp_path / 'article.png'}")
    assert direct, f"no quotation marked with نصر الحريري contains the direct quote; his quotes: {texts}"
    piece = page.locator(f'.article .seg.quote[data-ann~="{direct[0]}"]').first
    assert "quote-direct" in piece.get_attribute("class")
    piece.click()
    detail = page.locator("#detail")
    detail.wait_for(state="visible")
    assert "نصر الحريري" in detail.inner_text()
    page.keyboard.press("Escape")
    assert detail.is_hidden()
    assert page.locator(".panel .quote-item", has_text="نصر الحريري").count() >= 1


def test_entity_page_lists_de_mistura_statements(site, page, tmp_path: Path) -> None:
    base, ids = site
    page.goto(f"{base}/article/{ids['seed']}")
    link = page.locator('.panel a[href^="/entity/"]', has_text="ستيفان دي ميستورا").first
    assert link.count() == 1, "the article's side panel links no entity page for ستيفان دي ميستورا"
    link.click()
    page.wait_for_load_state()
    assert "/entity/" in page.url
    assert "ستيفان دي ميستورا" in page.locator("h1").inner_text()
    statements = page.locator(".statements .quote-item")
    page.screenshot(path=tmp_path / "entity.png", full_page=True)
    print(f"screenshot: {tmp_path / 'entity.png'}")
    assert statements.count() >= 2
    assert any("انفراجة" in t or "المخربون" in t for t in statements.all_inner_texts())


def test_markup_in_an_article_runs_nothing(site, page, tmp_path: Path) -> None:
    base, ids = site
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(f"{base}/article/{ids['xss']}")
    page.wait_for_load_state("networkidle")
    page.locator(".article .body").hover()
    page.screenshot(path=tmp_path / "markup.png", full_page=True)
    assert dialogs == []
    assert MARKUP in page.locator(".article .body").inner_text()
    assert page.locator(".article img, .article script").count() == 0
    assert "<b " in page.locator("h1").inner_text()


def test_search_and_events_pages_render(site, page, tmp_path: Path) -> None:
    base, _ = site
    page.goto(f"{base}/search?q=المفاوضات")
    assert page.locator(".hit mark").count() >= 1
    page.screenshot(path=tmp_path / "search.png", full_page=True)
    page.goto(f"{base}/events")
    assert page.locator("h1").inner_text() == "الأحداث"
    page.screenshot(path=tmp_path / "events.png", full_page=True)
