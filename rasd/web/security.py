"""Request limits, the optional access token, and the security headers of every response."""

from __future__ import annotations

import hmac
import os

from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOKEN_ENV = "RASD_TOKEN"
MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_QUERY_CHARS = 500

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


class AccessDenied(Exception):
    """A write or analyse request without the right token."""


class BodyTooLarge(Exception):
    """A request body over the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"request body is larger than {limit // 1024} KB")
        self.limit = limit


def resolve_token(cli_token: str | None) -> str | None:
    """The token from the command line, else from the environment; None means no token is required."""
    token = cli_token if cli_token is not None else os.environ.get(TOKEN_ENV)
    return token or None


def check_token(expected: str | None, supplied: str | None) -> None:
    """Raise AccessDenied unless no token is required or the supplied one matches (in constant time)."""
    if expected is None:
        return
    if supplied is None or not hmac.compare_digest(supplied.encode("utf-8"), expected.encode("utf-8")):
        raise AccessDenied("a valid token is required (header 'Authorization: Bearer TOKEN' or form field 'token')")


def bearer_token(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, if any."""
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


class LimitsMiddleware:
    """Adds the security headers to every response and refuses request bodies over ``max_body`` bytes.

    The body is counted as it streams in, so a client that lies in (or omits) Content-Length is stopped too.
    """

    def __init__(self, app: ASGIApp, max_body: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            await _send_too_large(send, self.max_body)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise BodyTooLarge(self.max_body)
            return message

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                present = {name.lower() for name, _ in headers}
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in present]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            await _send_too_large(send, self.max_body)


async def _send_too_large(send: Send, limit: int) -> None:
    body = f'{{"error": "request body is larger than {limit // 1024} KB"}}'.encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": 413, "headers": headers})
    await send({"type": "http.response.body", "body": body})
