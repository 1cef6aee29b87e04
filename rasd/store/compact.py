"""The stored form of a ``rasd.document/1`` object: its text kept once, in its own column.

Every span's ``text`` is ``text[start:end]``, so the stored JSON leaves the text out (``"text": null``) and
``unpack`` puts it back from the offsets: the object read back equals the object stored.
"""

from __future__ import annotations

import json
from typing import Any

from rasd.doc import Document


def pack(doc: Document) -> str:
    """The JSON to store for a document (without its text and without the text of its spans)."""
    data = doc.to_dict()
    del data["text"]
    return json.dumps(_strip(data, doc.text), ensure_ascii=False, separators=(",", ":"))


def unpack(stored: str, text: str) -> dict[str, Any]:
    """The whole ``rasd.document/1`` object back, keys in their usual order."""
    data = _fill(json.loads(stored), text)
    return {"schema": data.pop("schema"), "id": data.pop("id"), "text": text, **data}


def _strip(value: Any, text: str) -> Any:
    if isinstance(value, dict):
        spanned = _is_span(value) and value["text"] == text[value["start"] : value["end"]]
        return {k: None if spanned and k == "text" else _strip(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [_strip(v, text) for v in value]
    return value


def _fill(value: Any, text: str) -> Any:
    if isinstance(value, dict):
        if value.get("text", "") is None and "start" in value and "end" in value:
            value["text"] = text[value["start"] : value["end"]]
        for v in value.values():
            _fill(v, text)
    elif isinstance(value, list):
        for v in value:
            _fill(v, text)
    return value


def _is_span(value: dict[str, Any]) -> bool:
    return isinstance(value.get("text"), str) and isinstance(value.get("start"), int) and isinstance(
        value.get("end"), int)
