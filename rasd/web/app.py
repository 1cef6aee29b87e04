"""The FastAPI application: every page is rendered from the same view data as its ``.json`` twin."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, File, Form, Header, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd import __version__
from rasd.store.db import open_reader
from rasd.web import views
from rasd.web.cache import ResponseCache
from rasd.web.charts import event_map, timeline
from rasd.web.render import (
    ARROW,
    QUOTE_KINDS,
    actor_text,
    event_summary,
    fallback_title,
    layout,
    speaker_name,
    web_url,
)
from rasd.web.security import (
    MAX_BODY_BYTES,
    MAX_QUERY_CHARS,
    AccessDenied,
    LimitsMiddleware,
    bearer_token,
    check_token,
)

HERE = Path(__file__).parent
CACHED_PAGES = ("/search", "/article/", "/entity/", "/events")
Text = Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)]
Offset = Annotated[int, Query(ge=0, le=views.MAX_OFFSET, description="results to skip")]
EntityLimit = Annotated[int, Query(ge=1, le=views.MAX_LIMIT, description="quotes per page")]


def search_params(q: Text = None, source: Text = None, since: Text = None, until: Text = None, entity: Text = None,
                  type: Text = None, offset: Offset = 0,
                  limit: Annotated[int, Query(ge=1, le=views.MAX_LIMIT, description="results per page")] = (
                      views.SEARCH_PER_PAGE),
                  ) -> views.SearchParams:
    """The search filters: words (``OR``, ``"phrase"``, ``prefix*``), source, dates YYYY-MM-DD, entity name,
    PLOVER event type."""
    return views.SearchParams(q=q, source=source, since=since, until=until, entity=entity, type=type, limit=limit,
                              offset=offset)


def event_params(type: Text = None, actor: Text = None, place: Text = None, since: Text = None, until: Text = None,
                 offset: Offset = 0,
                 limit: Annotated[int, Query(ge=1, le=views.MAX_LIMIT, description="events per page")] = (
                     views.EVENTS_PER_PAGE),
                 ) -> views.EventParams:
    """The events filters: PLOVER type, actor name or code, place name or country code, dates YYYY-MM-DD."""
    return views.EventParams(type, actor, place, since, until, limit, offset)


SearchQuery = Annotated[views.SearchParams, Depends(search_params)]
EventQuery = Annotated[views.EventParams, Depends(event_params)]


class AnalyzeRequest(BaseModel):
    """The body of ``POST /api/analyze``."""

    text: str = Field(min_length=1, description="the article text")
    id: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, description="publication date, YYYY-MM-DD")
    url: str | None = None


class Readers:
    """One read-only connection per worker thread (a SQLite connection is not shared between threads)."""

    def __init__(self, db: Path) -> None:
        self.db = db
        open_reader(db).close()  # fail now, with a clear message, if the database is not usable
        self._local = threading.local()

    def get(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = open_reader(self.db)
        return conn


def create_app(db: str | Path, *, token: str | None = None) -> FastAPI:
    """The web app over the database ``db`` (opened read-only); ``token`` guards the analyse endpoints."""
    readers = Readers(Path(db))
    app = FastAPI(title="rasd", version=__version__, docs_url=None, redoc_url=None,
                  description="Who said what, who did what to whom, and who is who in Arabic news.")
    app.add_middleware(ResponseCache, connect=lambda: open_reader(readers.db), prefixes=CACHED_PAGES)
    app.add_middleware(LimitsMiddleware, max_body=MAX_BODY_BYTES)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals.update(ARROW=ARROW, QUOTE_KINDS=QUOTE_KINDS, actor_text=actor_text,
                                 fallback_title=fallback_title, event_summary=event_summary, speaker_name=speaker_name,
                                 token_required=token is not None, version=__version__, web_url=web_url)

    def page(request: Request, name: str, data: dict[str, Any], status: int = 200, **extra: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"data": data, **extra}, status_code=status)

    def wants_json(request: Request) -> bool:
        path = request.url.path
        return path.endswith(".json") or path.startswith("/api/")

    def error(request: Request, status: int, message: str) -> Response:
        if wants_json(request):
            return JSONResponse({"error": message, "status": status}, status_code=status)
        return page(request, "error.html", {"message": message, "status": status}, status)

    @app.exception_handler(views.NotFound)
    async def not_found(request: Request, exc: views.NotFound) -> Response:
        return error(request, 404, str(exc))

    @app.exception_handler(views.BadRequest)
    async def bad_request(request: Request, exc: views.BadRequest) -> Response:
        return error(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return error(request, 400, views.describe_validation(exc.errors()))

    @app.exception_handler(AccessDenied)
    async def denied(request: Request, exc: AccessDenied) -> Response:
        response = error(request, 401, str(exc))
        response.headers["www-authenticate"] = "Bearer"
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
        return error(request, exc.status_code, message)

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> Response:
        return error(request, 500, f"internal error ({type(exc).__name__}); the request was not completed")

    @app.get("/", include_in_schema=False)
    def home() -> RedirectResponse:
        return RedirectResponse("/search")

    @app.get("/search.json", response_class=JSONResponse, summary="Full-text search over articles and quotes")
    def search_json(params: SearchQuery) -> JSONResponse:
        return JSONResponse(views.search(readers.get(), params))

    @app.get("/search", response_class=HTMLResponse, summary="Search page")
    def search_html(request: Request, params: SearchQuery) -> HTMLResponse:
        conn = readers.get()
        return page(request, "search.html", views.search(conn, params), filters=views.filter_choices(conn))

    @app.get("/article/{doc_id:path}.json", response_class=JSONResponse,
             summary="One article with everything found in it (rasd.document/1)")
    def article_json(doc_id: str) -> JSONResponse:
        return JSONResponse(views.article(readers.get(), doc_id))

    @app.get("/article/{doc_id:path}", response_class=HTMLResponse, summary="Article page")
    def article_html(request: Request, doc_id: str) -> HTMLResponse:
        data = views.article(readers.get(), doc_id)
        return page(request, "article.html", data, blocks=layout(data["document"]))

    @app.get("/entity/{entity_id:path}.json", response_class=JSONResponse,
             summary="A person, organisation or place: aliases, quotes, events")
    def entity_json(entity_id: str, limit: EntityLimit = views.ENTITY_QUOTES_PER_PAGE,
                    offset: Offset = 0) -> JSONResponse:
        return JSONResponse(views.entity(readers.get(), entity_id, limit, offset))

    @app.get("/entity/{entity_id:path}", response_class=HTMLResponse, summary="Entity page")
    def entity_html(request: Request, entity_id: str, limit: EntityLimit = views.ENTITY_QUOTES_PER_PAGE,
                    offset: Offset = 0) -> HTMLResponse:
        return page(request, "entity.html", views.entity(readers.get(), entity_id, limit, offset))

    @app.get("/events.json", response_class=JSONResponse,
             summary="Coded events, filtered, with counts per day and type and their places")
    def events_json(params: EventQuery) -> JSONResponse:
        return JSONResponse(views.events(readers.get(), params))

    @app.get("/events", response_class=HTMLResponse, summary="Events page")
    def events_html(request: Request, params: EventQuery) -> HTMLResponse:
        data = views.events(readers.get(), params)
        return page(request, "events.html", data, timeline=timeline(data["timeline"]), map=event_map(data["places"]),
                    types=views.PLOVER_TYPES)

    @app.post("/api/analyze", response_class=JSONResponse,
              summary="Analyse a text without saving it; returns rasd.document/1")
    def analyze_api(body: AnalyzeRequest, authorization: Annotated[str | None, Header()] = None) -> JSONResponse:
        check_token(token, bearer_token(authorization))
        meta = body.model_dump(exclude={"text"}, exclude_none=True)
        return JSONResponse(views.analyse(body.text, meta)["document"])

    @app.get("/analyse", response_class=HTMLResponse, summary="Analyse page: paste text or upload a file")
    def analyse_form(request: Request) -> HTMLResponse:
        return page(request, "analyse.html", {"limit_kb": MAX_BODY_BYTES // 1024})

    @app.post("/analyse", response_class=HTMLResponse, summary="Analyse pasted or uploaded text without saving")
    async def analyse_html(request: Request, text: Annotated[str, Form()] = "",
                           published: Annotated[str, Form()] = "",
                           file: Annotated[UploadFile | None, File()] = None,
                           form_token: Annotated[str | None, Form(alias="token")] = None,
                           authorization: Annotated[str | None, Header()] = None) -> HTMLResponse:
        check_token(token, bearer_token(authorization) or form_token)
        if file is not None and file.filename:
            text = views.decode_upload(file.filename, await file.read())
        meta = {"published": published} if published else {}
        data = await run_in_threadpool(views.analyse, text, meta)
        return page(request, "article.html", data, blocks=layout(data["document"]), unsaved=True)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> HTMLResponse:
        return page(request, "docs.html", views.api_routes(app.openapi()))

    return app
