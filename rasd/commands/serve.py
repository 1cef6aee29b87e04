"""`rasd serve`: the web pages and HTTP API over a corpus database."""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path

from rasd.commands import require_extra
from rasd.errors import RasdError

LOOPBACK_HOSTS = {"localhost"}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve", help="serve the web pages and HTTP API over a database",
        description="Serve search, article, entity, events and analyse pages (each with a .json twin) and "
                    "POST /api/analyze over a database made by `rasd ingest`. Pages read it read-only.",
    )
    parser.add_argument("--db", required=True, type=Path, help="the database file (from `rasd ingest`)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument("--token", default=None,
                        help="token required by the analyse endpoints (default: the RASD_TOKEN environment "
                             "variable; none means they are open)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    uvicorn = require_extra("uvicorn", "web")
    create_app = require_extra("rasd.web.app", "web").create_app
    from rasd.web.security import resolve_token

    if not 1 <= args.port <= 65535:
        raise RasdError(f"--port {args.port}: must be between 1 and 65535")
    token = resolve_token(args.token)
    app = create_app(args.db, token=token)
    if not _is_loopback(args.host) and token is None:
        print(f"rasd: warning: serving on {args.host} without a token: anyone who can reach it may use "
              "the analyse endpoints", file=sys.stderr)
    print(f"rasd: serving {args.db} at http://{args.host}:{args.port}/ (Ctrl-C stops)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)
    return 0


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_HOSTS:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
