"""Fixtures shared by the test modules; plain helpers live in tests/helpers.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import DATA_DIR, SEED, require_data


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """../shared/data beside the repo (the test is skipped when it is absent)."""
    return require_data(DATA_DIR)


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The reference article, exactly as stored."""
    return require_data(SEED).read_text(encoding="utf-8")
