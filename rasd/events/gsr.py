"""The Arabic event gold standard (PLOVER GSR): sentences with yes/no labels, and annotators' actor spans."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path

from rasd.errors import InputError

POSITIVE = "yes"
NEGATIVE = ("easy no", "difficult no")
_DOC_SUFFIX = re.compile(r"[-_]\d+$")
# a Gigaword document id: source, language, the day of the article, its number that day (AAW_ARB_20080110.0023)
_GIGAWORD_ID = re.compile(r"[A-Z]{3}_[A-Z]{3}_(\d{4})(\d{2})(\d{2})\.\d+")


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One labelled sentence; ``label`` is True for an event of ``event_type``."""

    id: str
    doc_id: str
    event_type: str
    text: str
    label: bool

    @property
    def published(self) -> str | None:
        """The article's date (``YYYY-MM-DD``) where its id tells it, as a Gigaword id does."""
        m = _GIGAWORD_ID.match(self.doc_id)
        return "-".join(m.groups()) if m else None


def doc_id(sentence_id: str) -> str:
    """The document a sentence comes from: its id without the last ``-N`` or ``_N``."""
    return _DOC_SUFFIX.sub("", sentence_id)


def read_gold(path: Path) -> list[GoldSentence]:
    """Labelled sentences of a GSR CSV, ``ambiguous`` rows left out."""
    if not path.is_file():
        raise InputError(str(path), "file not found")
    out: list[GoldSentence] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"id", "event_type", "label", "text"} - set(reader.fieldnames or ())
        if missing:
            raise InputError(str(path), f"not a GSR file, missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            label = (row["label"] or "").strip()
            if label == POSITIVE or label in NEGATIVE:
                out.append(
                    GoldSentence(
                        row["id"], doc_id(row["id"]), row["event_type"].strip(), row["text"], label == POSITIVE
                    )
                )
    if not out:
        raise InputError(str(path), "no labelled rows (yes / easy no / difficult no)")
    return out


GoldCode = tuple[str | None, str | None]  # an annotator's (country or group, role); None where not given


@dataclass(frozen=True, slots=True)
class GoldSpans:
    """Every annotator's source and target tokens for one sentence."""

    id: str
    sources: list[list[str]]
    targets: list[list[str]]
    source_codes: frozenset[GoldCode] = frozenset()
    target_codes: frozenset[GoldCode] = frozenset()


def _codes(spans: list[dict], key: str) -> frozenset[GoldCode]:
    """The annotators' codes of one role: ``{"main": "USA", "role": "MIL"}``, "None" for a part not given."""
    out = set()
    for s in spans:
        value = s.get(key)
        if isinstance(value, dict):
            code = (_part(value.get("main")), _part(value.get("role")))
            if code != (None, None):
                out.add(code)
    return frozenset(out)


def _part(value: object) -> str | None:
    return None if value in (None, "None", "") else str(value)


def read_spans(path: Path) -> dict[str, GoldSpans]:
    """Annotated actor spans (and the annotators' actor codes) by sentence id."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
        return {
            r["id"]: GoldSpans(
                r["id"],
                [s.get("source_actor") or [] for s in r.get("spans", [])],
                [s.get("target_actor") or [] for s in r.get("spans", [])],
                _codes(r.get("spans", []), "source_role"),
                _codes(r.get("spans", []), "target_role"),
            )
            for r in records
        }
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from exc
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(str(path), f"not a GSR spans file ({type(exc).__name__}: {exc})") from exc
