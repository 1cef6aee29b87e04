"""A small cache of rendered GET responses, emptied whenever the database changes.

Pages are functions of their URL and the database, and the database only changes when an ingest commits;
``PRAGMA data_version`` on the cache's own read-only connection tells when that happened.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import OrderedDict
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHE_HEADER = b"x-rasd-cache"


class ResponseCache:
    """An ASGI middleware keeping the last ``entries`` successful GET responses under ``prefixes``."""

    def __init__(self, app: ASGIApp, connect: Callable[[], sqlite3.Connection], prefixes: tuple[str, ...],
                 entries: int = 512, max_body: int = 512 * 1024) -> None:
        self.app = app
        self.connect = connect
        self.prefixes = prefixes
        self.entries = entries
        self.max_body = max_body
        self._store: OrderedDict[bytes, tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._rendering: dict[bytes, asyncio.Event] = {}

    def _check_version(self) -> None:
        if self._conn is None:
            self._conn = self.connect()
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._version:
            self._store.clear()
            self._version = version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith(self.prefixes):
            await self.app(scope, receive, send)
            return
        self._check_version()
        key = scope["raw_path"] + b"?" + scope.get("query_string", b"")
        pending = self._rendering.get(key)
        if pending is not None:  # the same page is being made for another client: wait for it, do not make it twice
            await pending.wait()
        cached = self._store.get(key)
        if cached is not None:
            self._store.move_to_end(key)
            status, headers, body = cached
            await send({"type": "http.response.start", "status": status, "headers": [*headers, (CACHE_HEADER, b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        done = asyncio.Event()
        leading = self._rendering.setdefault(key, done) is done
        try:
            await self._render(key, scope, receive, send)
        finally:
            if leading:
                del self._rendering[key]
                done.set()

    async def _render(self, key: bytes, scope: Scope, receive: Receive, send: Send) -> None:
        version = self._version
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                message = {**message, "headers": [*message.get("headers", []), (CACHE_HEADER, b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        # A page made while the database changed is not kept: it may show the old state.
        if start.get("status") == 200 and len(body) <= self.max_body and version == self._version:
            self._store[key] = (200, list(start.get("headers", [])), body)
            if len(self._store) > self.entries:
                self._store.popitem(last=False)
