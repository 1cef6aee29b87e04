"""Groups of the news' years the training text predates (``resources/ner/groups.txt``), read as organisations."""

from __future__ import annotations

from functools import lru_cache

from rasd.ner.gazetteer import Gazetteer
from rasd.ner.paths import RESOURCES
from rasd.ner.repairs import relabelled
from rasd.text.normalize import normalize

GROUPS_PATH = RESOURCES / "groups.txt"


@lru_cache(maxsize=1)
def groups() -> Gazetteer:
    """The group names of ``groups.txt``, normalised, as one-kind gazetteer entries."""
    lines = GROUPS_PATH.read_text(encoding="utf-8").splitlines()
    return Gazetteer(("ORG", tuple(normalize(line).split())) for line in lines if line and line[0] != "#")


def known_groups(norms: list[str], stems: list[str], tags: list[str]) -> list[str]:
    """One sentence's tags with every group name of ``groups.txt`` an organisation, whatever the tagger made of
    it; a name the tagger found around it becomes the organisation's (جماعة أنصار الله، تنظيم داعش الإرهابي)."""
    out, end = tags, 0
    for start, length, _ in groups().matches(norms, stems, [len(norms)]):
        if start < end:  # inside the name matched before (داعش in تنظيم داعش)
            continue
        end = start + length
        while start > 0 and out[start].startswith("I-"):
            start -= 1
        while end < len(out) and out[end].startswith("I-"):
            end += 1
        out = relabelled(tags, out, start, end, "ORG")
    return out
