"""Fixtures shared by the test modules; plain helpers live in tests/helpers.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import DATA_DIR, SEED, articles_by_id, require_data


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """../shared/data beside the repo (the test is skipped when it is absent)."""
    return require_data(DATA_DIR)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference article, exactly as stored."""
    return require_data(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The same as ``data_dir``: ../shared/data, or a skip when it is absent."""
    return require_data(DATA_DIR)


@pytest.fixture(scope="session")
def news_articles() -> Callable[..., dict[str, dict[str, Any]]]:
    """``news_articles(ids, path=NEWS)``: records of a news corpus by id (a skip when data or an id is missing)."""
    return articles_by_id
