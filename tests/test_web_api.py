"""The HTTP API and pages through the ASGI test client: every route, its JSON shape, paging, errors, safety.

Two databases: one filled by the real ingest (the seed, a few news articles and an article carrying markup),
and one of hand-annotated articles (tests/store_samples.py) whose quotes, events and coordinates are known,
for the entity and events pages.
"""

from __future__ import annotations

import asyncio
import html
import re
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import NEWS, SEED, iter_news, require_data
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rasd[web]'")
from fastapi.testclient import TestClient
from store_samples import build_db

from rasd.cli import main as rasd_main
from rasd.doc import Document, Meta
from rasd.io.readers import read_path, record_from_fields, with_default_published
from rasd.pipeline import RawDocument
from rasd.store.db import open_reader, open_writer
from rasd.store.ingest import ingest
from rasd.store.writer import content_hash, store_document
from rasd.web.app import Readers, create_app
from rasd.web.charts import event_map, timeline
from rasd.web.render import layout
from rasd.web.security import MAX_BODY_BYTES

SEED_PUBLISHED = "2017-02-26"
NEWS_PICKS = (("alarabia", "internationalNews"), ("BBC", "middleEast"))
PER_PICK = 2
MARKUP = '<img src=x onerror=alert(1)>'
XSS_TEXT = (
    "قال المتحدث باسم البلدية إن الطرق مفتوحة بعد العاصفة.\n"
    f"وكتب أحد القراء في تعليقه {MARKUP} ثم أضاف <script>alert('x')</script> في آخر السطر.\n"
    "وأكد المتحدث أن فرق الصيانة تعمل منذ الصباح."
)
XSS_TITLE = '<b onmouseover="alert(2)">عنوان</b>'


def news_records() -> list[RawDocument]:
    """The first articles of two sources and categories of the news corpus."""
    picked: list[RawDocument] = []
    wanted = {pick: PER_PICK for pick in NEWS_PICKS}
    for line, record in enumerate(iter_news(NEWS), start=1):
        pick = (record.get("source"), record.get("category"))
        if wanted.get(pick, 0) > 0:
            wanted[pick] -= 1
            picked.append(record_from_fields(record, f"{NEWS}:{line}"))
        if not any(wanted.values()):
            break
    return picked


def build_corpus(db: Path) -> dict[str, str]:
    """Ingest the seed, a few news articles and an article carrying markup; their ids by name."""
    seed = list(with_default_published(read_path(require_data(SEED)), SEED_PUBLISHED))
    xss = RawDocument(XSS_TEXT, id="markup-1", origin="markup",
                      meta=Meta(title=XSS_TITLE, source="اختبار", published="2018-05-01", url="javascript:alert(3)"))
    news = news_records()
    failures: list[str] = []
    report = ingest(db, [*seed, *news, xss], on_record=lambda _, error: failures.append(str(error)) if error else None)
    assert report.failed == 0 and report.added == len(news) + 2, failures
    conn = open_reader(db)
    seed_id = conn.execute("SELECT doc_id FROM documents WHERE content_hash = ?",
                           (content_hash(seed[0].text),)).fetchone()[0]
    conn.close()
    return {"seed": seed_id, "xss": "markup-1", "news": news[0].id}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[TestClient, dict[str, str]]:
    db = tmp_path_factory.mktemp("web") / "corpus.db"
    ids = build_corpus(db)
    return TestClient(create_app(db)), ids


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = tmp_path_factory.mktemp("web") / "samples.db"
    build_db(db)
    return TestClient(create_app(db, token="s3cret"))


def json_ok(client: TestClient, url: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


def html_ok(client: TestClient, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in response.text
    return response.text


def assert_error(client: TestClient, url: str, status: int, *words: str) -> dict[str, Any]:
    response = client.get(url)
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == status
    for word in words:
        assert word in body["error"], body["error"]
    return body


# --- search -------------------------------------------------------------------------------------------------------

def test_search_finds_inflected_forms_and_pages(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = corpus
    data = json_ok(client, "/search.json?q=المفاوضات")
    assert {"query", "articles", "quotes"} <= data.keys()
    hits = data["articles"]["items"]
    assert ids["seed"] in [h["doc_id"] for h in hits]
    seed_hit = next(h for h in hits if h["doc_id"] == ids["seed"])
    marked = [p["text"] for p in seed_hit["snippet_parts"] if p["match"]]
    assert marked and all("مفاوضات" in m for m in marked)  # للمفاوضات, والمفاوضات …
    every = json_ok(client, "/search.json")
    total = every["articles"]["total"]
    assert total == 2 + len(NEWS_PICKS) * PER_PICK
    first = json_ok(client, "/search.json?limit=2")
    second = json_ok(client, "/search.json?limit=2&offset=2")
    assert len(first["articles"]["items"]) == 2 and first["articles"]["pages"]["next_url"] == "/search?limit=2&offset=2"
    first_ids = {h["doc_id"] for h in first["articles"]["items"]}
    assert first_ids.isdisjoint(h["doc_id"] for h in second["articles"]["items"])
    assert second["articles"]["pages"]["prev_url"] == "/search?limit=2"
    beyond = json_ok(client, f"/search.json?offset={total}")
    assert beyond["articles"]["items"] == [] and beyond["articles"]["total"] == total


def test_search_filters(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = corpus
    in_2017 = json_ok(client, "/search.json?since=2017-01-01&until=2017-12-31")
    assert [h["doc_id"] for h in in_2017["articles"]["items"]] == [ids["seed"]]
    assert json_ok(client, "/search.json?source=اختبار")["articles"]["total"] == 1
    assert json_ok(client, "/search.json?source=لا_مصدر")["articles"]["total"] == 0
    # SQL and FTS syntax in a query is searched for, never run
    for q in ('"', "*", "OR", "'; DROP TABLE documents; --", "NEAR(a b)"):
        response = client.get("/search.json", params={"q": q})
        assert response.status_code in (200, 400), response.text
    assert json_ok(client, "/search.json")["articles"]["total"] == 2 + len(NEWS_PICKS) * PER_PICK


def test_search_html_escapes_and_keeps_filters(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = corpus
    page = html_ok(client, "/search?q=<script>alert(1)</script>&limit=1")
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    listing = html_ok(client, "/search?limit=1")
    assert 'rel="next" href="/search?limit=1&amp;offset=1"' in listing


def test_search_by_entity_and_event_type(samples: TestClient) -> None:
    def found(url: str, part: str = "articles") -> list[str]:
        return sorted(hit["doc_id"] for hit in json_ok(samples, url)[part]["items"])

    assert found("/search.json?q=المفاوضات") == ["ar-2", "fr-1", "sky-3"]
    assert found("/search.json?q=المفاوضات&entity=لودريان") == ["fr-1"]
    assert found("/search.json?q=المفاوضات&type=ASSAULT") == ["sky-3"]
    assert found("/search.json?entity=حمص") == ["sky-3"]
    assert found("/search.json?type=protest") == ["tn-4"]
    assert found("/search.json?q=المفاوضات&entity=دي ميستورا", "quotes") == ["ar-2"]
    assert found("/search.json?q=المفاوضات&since=2018-02-21") == ["ar-2", "sky-3"]
    with_entity = json_ok(samples, "/search.json?q=مستمرة&entity=ميستورا")["articles"]["items"]
    assert [p["text"] for p in with_entity[0]["snippet_parts"] if p["match"]] == ["مستمرة"]


@pytest.mark.parametrize(("url", "words"), [
    ("/search.json?limit=0", ("limit",)),
    ("/search.json?limit=101", ("limit",)),
    ("/search.json?limit=abc", ("limit", "integer")),
    ("/search.json?offset=-1", ("offset",)),
    ("/search.json?since=2017-13-01", ("since", "YYYY-MM-DD")),
    ("/search.json?since=2018-01-01&until=2017-01-01", ("since", "after")),
    ("/search.json?type=BOMBING", ("type", "PLOVER")),
    ("/search.json?q=" + "ب" * 501, ("q", "500 characters")),
    ("/events.json?until=yesterday", ("until",)),
    ("/events.json?type=nothing", ("type",)),
    ("/entity/x.json?limit=0", ("limit",)),
], ids=lambda value: value[:40] if isinstance(value, str) else None)
def test_bad_parameters_are_400_with_a_clear_message(corpus: tuple[TestClient, dict[str, str]], url: str,
                                                     words: tuple[str, ...]) -> None:
    client, _ = corpus
    body = assert_error(client, url, 400, *words)
    assert "\n" not in body["error"] and len(body["error"]) < 300


# --- article ------------------------------------------------------------------------------------------------------

def test_article_json_is_the_stored_document(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = corpus
    data = json_ok(client, f"/article/{ids['seed']}.json")
    doc = data["document"]
    assert doc["schema"] == "rasd.document/1" and doc["id"] == ids["seed"]
    assert doc["text"] == require_data(SEED).read_text(encoding="utf-8")
    assert doc["meta"]["published"] == SEED_PUBLISHED
    assert len(data["speaker_entities"]) == len(doc["quotes"])
    assert len(data["event_sentences"]) == len(doc["events"])
    for group in data["entities"]:
        assert group["count"] == len(group["ann"]) >= 1


def test_article_page_marks_what_was_found(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = corpus
    data = json_ok(client, f"/article/{ids['seed']}.json")
    page = html_ok(client, f"/article/{ids['seed']}")
    doc = data["document"]
    for i, _ in enumerate(doc["quotes"]):
        assert f'<span class="q-badge" data-ann="q{i}">' in page and f'id="ann-q{i}"' in page
    shown_headings = {html.unescape(re.sub(r"<[^>]+>", "", h)).strip() for h in re.findall(r"<h2>(.*?)</h2>", page)}
    for heading in doc["headings"]:
        assert heading["text"].strip() in shown_headings
    for i, _ in enumerate(doc["events"]):
        assert f'id="ann-v{i}"' in page
    if doc["entities"]:
        assert 'class="seg ' in page and "ent-" in page
    # every character of the text is on the page, in order, once the markup is taken away
    body = page.split('<div class="body">', 1)[1].split("</div>", 1)[0]
    plain = re.sub(r'<span class="[qv]-badge"[^>]*>.*?</span>', "", body)
    plain = re.sub(r"<[^>]+>", "", plain)
    assert re.sub(r"\s+", "", html.unescape(plain)) == re.sub(r"\s+", "", doc["text"])


def test_markup_in_an_article_is_shown_as_text(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = corpus
    page = html_ok(client, f"/article/{ids['xss']}")
    assert MARKUP not in page and "<script>alert('x')" not in page and XSS_TITLE not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;b onmouseover=&#34;alert(2)&#34;&gt;" in page
    assert "javascript:" not in page  # a stored link that is no web address is not rendered
    assert json_ok(client, f"/article/{ids['xss']}.json")["document"]["text"] == XSS_TEXT


def test_unknown_article_is_404(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = corpus
    assert_error(client, "/article/no-such-id.json", 404, "no-such-id")
    response = client.get("/article/no-such-id")
    assert response.status_code == 404 and 'dir="rtl"' in response.text and "no-such-id" in response.text
    assert client.get("/no/such/page").status_code == 404


# --- entity -------------------------------------------------------------------------------------------------------

def test_entity_page_lists_quotes_events_and_companions(samples: TestClient) -> None:
    data = json_ok(samples, "/entity/per-demistura.json")
    assert data["entity"]["canonical"] == "ستيفان دي ميستورا" and data["entity"]["label"] == "PER"
    assert "دي ميستورا" in data["entity"]["aliases"]
    assert data["quotes"]["total"] == 1
    assert data["quotes"]["items"][0]["content"].startswith("لا نتوقع انفراجة سريعة")
    ledrian = json_ok(samples, "/entity/per-ledrian.json")
    assert ledrian["quotes"]["total"] == 2 and ledrian["events"]["total"] == 1
    assert ledrian["events"]["items"][0]["role"] == "source"
    assert [c["entity_id"] for c in ledrian["cooccurring"]] == ["loc-geneva"]
    page = html_ok(samples, "/entity/per-ledrian")
    assert "الحل السياسي هو الطريق الوحيد" in page and 'href="/entity/loc-geneva"' in page
    paged = json_ok(samples, "/entity/per-ledrian.json?limit=1&offset=1")
    assert len(paged["quotes"]["items"]) == 1 and paged["quotes"]["pages"]["prev_url"] == "/entity/per-ledrian?limit=1"


def test_entity_ids_link_across_articles(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = corpus
    doc = json_ok(client, f"/article/{ids['seed']}.json")["document"]
    for ent in doc["entities"][:5]:
        data = json_ok(client, f"/entity/{ent['entity_id']}.json")
        assert ent["text"] in data["entity"]["aliases"]
    assert_error(client, "/entity/nobody.json", 404, "nobody")
    assert client.get("/entity/nobody").status_code == 404


# --- events -------------------------------------------------------------------------------------------------------

def test_events_table_timeline_and_map(samples: TestClient) -> None:
    data = json_ok(samples, "/events.json")
    assert data["events"]["total"] == 3
    fields = {"date", "event_type", "source", "target", "place", "lat", "lon", "doc_id", "display_title"}
    assert fields <= data["events"]["items"][0].keys()
    assert sum(row["count"] for row in data["timeline"]) == 3
    assert {p["place"] for p in data["places"]} == {"جنيف", "حمص", "تونس"}
    page = html_ok(samples, "/events")
    assert page.count("<circle") == 3 and page.count('<rect class="bar') == 3
    only = json_ok(samples, "/events.json?type=assault")
    assert [e["event_type"] for e in only["events"]["items"]] == ["ASSAULT"] and len(only["places"]) == 1
    assert json_ok(samples, "/events.json?actor=مسلحون")["events"]["total"] == 1
    assert json_ok(samples, "/events.json?place=TN")["events"]["total"] == 1
    assert json_ok(samples, "/events.json?since=2018-03-01")["events"]["total"] == 1
    first = json_ok(samples, "/events.json?limit=2")
    assert len(first["events"]["items"]) == 2 and first["events"]["pages"]["next_url"] == "/events?limit=2&offset=2"
    empty = html_ok(samples, "/events?type=SANCTION")
    assert "<circle" not in empty and "لا أحداث" in empty


# --- analyse ------------------------------------------------------------------------------------------------------

def test_analyze_api_returns_a_document_and_needs_the_token(samples: TestClient) -> None:
    text = "قال المتحدث باسم الوزارة إن الاجتماع انتهى دون اتفاق."
    assert samples.post("/api/analyze", json={"text": text}).status_code == 401
    wrong = samples.post("/api/analyze", json={"text": text}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "token" in wrong.json()["error"]
    done = samples.post("/api/analyze", json={"text": text, "published": "2018-02-01"},
                        headers={"Authorization": "Bearer s3cret"})
    assert done.status_code == 200, done.text
    doc = done.json()
    assert doc["schema"] == "rasd.document/1" and doc["text"] == text and doc["meta"]["published"] == "2018-02-01"
    assert json_ok(samples, "/search.json")["articles"]["total"] == 4  # nothing was saved


def test_analyze_api_rejects_bad_bodies(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = corpus
    missing = client.post("/api/analyze", json={})
    assert missing.status_code == 400 and "text" in missing.json()["error"]
    assert client.post("/api/analyze", json={"text": "   "}).status_code == 400
    broken = client.post("/api/analyze", content=b"{not json", headers={"content-type": "application/json"})
    assert broken.status_code == 400
    huge = client.post("/api/analyze", json={"text": "ا" * MAX_BODY_BYTES})
    assert huge.status_code == 413 and "larger than" in huge.json()["error"]


def test_analyse_page_shows_the_article_view_without_saving(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = corpus
    assert "<textarea" in html_ok(client, "/analyse")
    pasted = client.post("/analyse", data={"text": f"قال الوزير إن {MARKUP} ليس صورة."})
    assert pasted.status_code == 200 and 'class="notice"' in pasted.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in pasted.text and MARKUP not in pasted.text
    uploaded = client.post("/analyse", files={"file": ("a.txt", "\ufeffأعلن الجيش انسحابه من المدينة.".encode())})
    assert uploaded.status_code == 200 and "انسحابه" in uploaded.text
    latin1 = client.post("/analyse", files={"file": ("b.txt", "caf\xe9".encode("latin-1"))})
    assert latin1.status_code == 400 and "b.txt" in latin1.text and "UTF-8" in latin1.text
    empty = client.post("/analyse", data={"text": ""})
    assert empty.status_code == 400
    before = json_ok(client, "/search.json")["articles"]["total"]
    assert before == 2 + len(NEWS_PICKS) * PER_PICK


def test_analyse_page_token(samples: TestClient) -> None:
    assert 'name="token"' in html_ok(samples, "/analyse")
    assert samples.post("/analyse", data={"text": "قال الوزير إن الوضع هادئ."}).status_code == 401
    ok = samples.post("/analyse", data={"text": "قال الوزير إن الوضع هادئ.", "token": "s3cret"})
    assert ok.status_code == 200


# --- docs, headers, read-only, command ----------------------------------------------------------------------------

def test_docs_page_lists_every_route_without_a_cdn(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = corpus
    spec = json_ok(client, "/openapi.json")
    page = html_ok(client, "/docs")
    for path in spec["paths"]:
        assert f"<code>{path}</code>" in page
    assert {"/search.json", "/article/{doc_id}.json", "/entity/{entity_id}.json", "/events.json",
            "/api/analyze"} <= spec["paths"].keys()
    assert "cdn" not in page.lower() and client.get("/redoc").status_code == 404


def test_pages_have_security_headers_and_no_inline_or_external_code(
        corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, ids = corpus
    for url in ("/search?q=حمص", f"/article/{ids['seed']}", "/events", "/analyse", "/docs",
                f"/article/{ids['seed']}.json"):
        response = client.get(url)
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        if url.endswith(".json"):
            continue
        assert not re.search(r"<script(?![^>]*\bsrc=\"/static/)", response.text), url
        assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", response.text.replace(
            'class="url" href="', "")), url
        assert " style=" not in response.text and " on" + "click=" not in response.text
    for asset in ("/static/rasd.css", "/static/rasd.js"):
        response = client.get(asset)
        assert response.status_code == 200 and "http" not in response.text


def test_pages_read_the_database_read_only(tmp_path: Path) -> None:
    db = tmp_path / "samples.db"
    build_db(db)
    conn = Readers(db).get()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM documents")


def test_serve_command_reports_a_missing_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert rasd_main(["serve", "--db", str(tmp_path / "none.db"), "--port", "8999"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "none.db" in err and "rasd ingest" in err
    assert rasd_main(["serve", "--db", str(tmp_path / "none.db"), "--port", "70000"]) == 2


def test_every_stored_article_renders(corpus: tuple[TestClient, dict[str, str]]) -> None:
    client, _ = corpus
    for hit in json_ok(client, "/search.json?limit=20")["articles"]["items"]:
        html_ok(client, f"/article/{hit['doc_id']}")


def test_cached_pages_follow_the_database(tmp_path: Path) -> None:
    db = tmp_path / "samples.db"
    build_db(db)
    client = TestClient(create_app(db))
    first = client.get("/search.json")
    assert first.headers["x-rasd-cache"] == "miss" and first.json()["articles"]["total"] == 4
    again = client.get("/search.json")
    assert again.headers["x-rasd-cache"] == "hit" and again.content == first.content
    assert "content-security-policy" in again.headers
    writer = open_writer(db)
    store_document(writer, Document("خبر جديد عن المفاوضات في جنيف.", id="new-1", meta=Meta(published="2018-06-01")))
    writer.close()
    after = client.get("/search.json")
    assert after.headers["x-rasd-cache"] == "miss" and after.json()["articles"]["total"] == 5
    assert client.get("/article/nothing.json").headers.get("x-rasd-cache") == "miss"
    assert client.get("/article/nothing.json").status_code == 404  # errors are not kept


def test_layout_cuts_overlapping_annotations_into_flat_segments() -> None:
    text = "قال الوزير أحمد علي: «سنعود إلى غزة\nقريبا جدا». #غزة_الآن"

    def span(surface: str, **extra: Any) -> dict[str, Any]:
        start = text.index(surface)
        return {"start": start, "end": start + len(surface), "text": surface, **extra}

    doc = {
        "text": text,
        "entities": [span("أحمد علي", label="PER", canonical="أحمد علي", entity_id="p1"),
                     span("غزة", label="LOC", canonical="غزة", entity_id="l1")],
        "quotes": [{"content": span("سنعود إلى غزة\nقريبا جدا"), "kind": "direct",
                    "speaker": span("أحمد علي", canonical="أحمد علي"), "cue": span("قال")}],
        "events": [{"type": "RETREAT", "cameo": "87", "trigger": span("سنعود"), "sentence": 0,
                    "source": span("أحمد علي", canonical="أحمد علي", actor_code="GOV"), "target": None}],
        "hashtags": [span("#غزة_الآن", name="غزة الآن")],
        "headings": [],
    }
    first, second = layout(doc)
    assert "".join(s.text for s in first.segments) == text.split("\n")[0]
    assert "".join(s.text for s in second.segments) == text.split("\n")[1]
    badges = [b for block in (first, second) for s in block.segments for b in s.badges]
    assert badges == [("q0", "أحمد علي")]
    gaza = next(s for s in first.segments if s.text == "غزة")
    assert {"ent", "ent-LOC", "quote", "quote-direct"} <= set(gaza.classes) and gaza.ann == ["e1", "q0"]
    trigger = next(s for s in first.segments if s.text == "سنعود")
    assert "trigger" in trigger.classes and trigger.after == "أحمد علي ← ؟"
    assert "RETREAT (87): أحمد علي [GOV] ←" in trigger.title
    assert "quote" in second.segments[0].classes and not second.segments[0].badges
    assert any("hashtag" in s.classes and "غزة الآن" in s.title for s in second.segments)


def test_timeline_buckets_long_spans_and_map_fits_the_points() -> None:
    days = [{"date": "2018-01-01", "type": "ASSAULT", "count": 2},
            {"date": "2018-01-03", "type": "PROTEST", "count": 1},
            {"date": "2018-01-03", "type": "ASSAULT", "count": 1}]
    daily = timeline(days)
    assert daily.unit == "day" and len(daily.bars) == 3 and max(b.height for b in daily.bars) > 0
    assert daily.bars[0].x > daily.bars[-1].x  # the first day is drawn at the right, as the page reads
    weekly = timeline([*days, {"date": "2018-06-01", "type": "AID", "count": 5}])
    assert weekly.unit == "week" and {b.title.split(":")[0] for b in weekly.bars} == {"2018-01-01", "2018-05-28"}
    later = [{"date": "2019-06-01", "type": "AID", "count": 5}, {"date": "bad", "type": "AID", "count": 1}]
    monthly = timeline([*days, *later])
    assert monthly.unit == "month" and len(monthly.bars) == 3
    assert timeline([]).empty and event_map([{"place": "x", "lat": None, "lon": None, "count": 1}]).empty
    places = event_map([{"place": "حمص", "lat": 34.73, "lon": 36.72, "count": 3},
                        {"place": "تونس", "lat": 36.8, "lon": 10.18, "count": 1}])
    assert all(0 <= p.x <= places.width and 0 <= p.y <= places.height for p in places.points)
    homs, tunis = places.points
    assert homs.x > tunis.x and homs.r > tunis.r  # east is right; more events, bigger point


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet="اب ت\n<>&\"'", min_size=1, max_size=60), data=st.data())
def test_layout_keeps_every_character_whatever_the_spans(text: str, data: st.DataObject) -> None:
    def spans(n: int) -> list[dict[str, Any]]:
        out = []
        for _ in range(n):
            start = data.draw(st.integers(0, len(text)))
            end = data.draw(st.integers(start, len(text)))
            out.append({"start": start, "end": end, "text": text[start:end]})
        return out

    doc = {"text": text, "headings": [], "hashtags": [],
           "entities": [{**s, "label": "PER", "canonical": s["text"]} for s in spans(data.draw(st.integers(0, 4)))],
           "quotes": [{"content": s, "kind": "direct", "speaker": None} for s in spans(data.draw(st.integers(0, 3)))],
           "events": [{"type": "AID", "trigger": s, "sentence": 0} for s in spans(data.draw(st.integers(0, 2)))]}
    blocks = layout(doc)
    assert ["".join(seg.text for seg in b.segments) for b in blocks] == [line for line in text.split("\n")
                                                                          if line.strip()]
    for block in blocks:
        for seg in block.segments:
            assert seg.text and bool(seg.ann) == bool(seg.classes)


def test_concurrent_requests_get_the_same_pages(samples: TestClient) -> None:
    """Many clients at once (threads reading, the cache filling): no error, and every answer is the page."""
    app = samples.app
    urls = ["/search?q=المفاوضات", "/article/fr-1", "/entity/per-ledrian.json", "/events", "/article/sky-3.json"]
    expected = {url: samples.get(url).content for url in urls}

    async def run() -> list[tuple[str, int, bytes]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            async def one(url: str) -> tuple[str, int, bytes]:
                response = await client.get(url)
                return url, response.status_code, response.content

            return await asyncio.gather(*(one(urls[i % len(urls)]) for i in range(200)))

    for url, status, body in asyncio.run(run()):
        assert status == 200 and body == expected[url], url
