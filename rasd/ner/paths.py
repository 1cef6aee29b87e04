"""Where the NER resources ship and where the training data lives."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "ner"
# ../shared/data relative to the repository root (the parent of the package directory).
SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
