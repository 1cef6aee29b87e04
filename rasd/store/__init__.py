"""The corpus store: one SQLite file with full-text Arabic search, filled by an idempotent, resumable ingest.

>>> from rasd.store import open_reader, queries, search
>>> conn = open_reader("news.db")                       # doctest: +SKIP
>>> search.search(conn, "المفاوضات", limit=5).total     # doctest: +SKIP
"""

from rasd.store.db import StoreError, open_reader, open_writer

__all__ = ["StoreError", "open_reader", "open_writer"]
