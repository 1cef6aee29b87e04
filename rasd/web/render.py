"""Lay out an analysed article as blocks of flat text segments, each carrying the annotations over it.

Annotations overlap freely (a speaker inside an entity, an entity inside a quotation, a quotation running over
several paragraphs), so the text is cut at every annotation boundary and every piece is a leaf: the template
wraps each in one element and escapes its text. Nothing here produces markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

LABEL_NAMES = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}
QUOTE_KINDS = {"direct": "اقتباس مباشر", "indirect": "قول منقول", "mixed": "اقتباس مختلط"}
ARROW = "←"  # source → target, as read right to left


@dataclass(slots=True)
class Annotation:
    """One thing rasd found, as the article view shows it."""

    id: str  # e3, q1, v0, h2, …
    kind: str  # entity | quote | speaker | cue | trigger | hashtag
    start: int
    end: int
    classes: tuple[str, ...]
    title: str


@dataclass(slots=True)
class Segment:
    """A run of text with the same annotations over all of it."""

    text: str
    classes: list[str] = field(default_factory=list)
    ann: list[str] = field(default_factory=list)
    title: str = ""
    badges: list[tuple[str, str]] = field(default_factory=list)  # (quote id, speaker) where a quotation begins
    after: str = ""  # an event's "source ← target" shown after its trigger
    after_ann: str = ""


@dataclass(slots=True)
class Block:
    """A line of the article: a paragraph or a heading."""

    tag: str  # p | h2
    segments: list[Segment]


TITLE_CHARS = 90
WEB_SCHEMES = ("http", "https")


def web_url(url: str | None) -> str | None:
    """The URL when it is an http(s) address, else None: a stored ``javascript:`` link is never rendered."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme.lower() in WEB_SCHEMES else None


def fallback_title(text: str) -> str:
    """For an article without a title: its first line, shortened."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS].rsplit(" ", 1)[0] + " …"


def shown_name(part: dict[str, Any] | None, missing: str) -> str:
    """The readable name of an actor or speaker: its canonical form, else its text, else ``missing``."""
    return (part.get("canonical") or part.get("text") or missing) if part else missing


def actor_text(actor: dict[str, Any] | None) -> str:
    """An actor's readable name with its code, or a dash when the text names none."""
    name = shown_name(actor, "—")
    return f"{name} [{actor['actor_code']}]" if actor and actor.get("actor_code") else name


def event_summary(event: dict[str, Any]) -> str:
    """``TYPE (CAMEO): source [CODE] ← target [CODE]``: everything, for tooltips."""
    code = f" ({event['cameo']})" if event.get("cameo") else ""
    return f"{event['type']}{code}: {actor_text(event.get('source'))} {ARROW} {actor_text(event.get('target'))}"


def event_badge(event: dict[str, Any]) -> str:
    """``source ← target``: what the text shows after a trigger (type and codes are in its tooltip)."""
    return f"{shown_name(event.get('source'), '؟')} {ARROW} {shown_name(event.get('target'), '؟')}"


def speaker_name(quote: dict[str, Any]) -> str:
    return shown_name(quote.get("speaker"), "متحدث غير معروف")


def annotations(doc: dict[str, Any]) -> list[Annotation]:
    """Every annotation of a ``rasd.document/1`` object that the article view marks."""
    out: list[Annotation] = []
    for i, ent in enumerate(doc.get("entities") or []):
        label = ent.get("label") or "MISC"
        name = ent.get("canonical") or ent.get("text") or ""
        code = f" · {ent['entity_id']}" if ent.get("entity_id") else ""
        out.append(Annotation(f"e{i}", "entity", ent["start"], ent["end"], ("ent", f"ent-{label}"),
                              f"{LABEL_NAMES.get(label, label)}: {name}{code}"))
    for i, quote in enumerate(doc.get("quotes") or []):
        who = speaker_name(quote)
        kind = quote.get("kind") or "direct"
        content = quote["content"]
        out.append(Annotation(f"q{i}", "quote", content["start"], content["end"], ("quote", f"quote-{kind}"),
                              f"{QUOTE_KINDS.get(kind, kind)} — {who}"))
        if quote.get("speaker"):
            sp = quote["speaker"]
            out.append(Annotation(f"q{i}", "speaker", sp["start"], sp["end"], ("speaker",), f"المتحدث: {who}"))
        if quote.get("cue"):
            cue = quote["cue"]
            out.append(Annotation(f"q{i}", "cue", cue["start"], cue["end"], ("cue",), f"فعل القول: {cue['text']}"))
    for i, event in enumerate(doc.get("events") or []):
        trig = event["trigger"]
        out.append(Annotation(f"v{i}", "trigger", trig["start"], trig["end"], ("trigger",),
                              f"حدث {event_summary(event)}"))
    for i, tag in enumerate(doc.get("hashtags") or []):
        out.append(Annotation(f"h{i}", "hashtag", tag["start"], tag["end"], ("hashtag",),
                              f"وسم: {tag.get('name', '')}"))
    return [a for a in out if 0 <= a.start < a.end <= len(doc["text"])]


def lines(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` of every non-empty line."""
    out, start = [], 0
    for part in text.split("\n"):
        end = start + len(part)
        if part.strip():
            out.append((start, end))
        start = end + 1
    return out


def layout(doc: dict[str, Any]) -> list[Block]:
    """The article as blocks of segments, ready for a template to escape and wrap."""
    text: str = doc["text"]
    anns = annotations(doc)
    headings = {(h["start"], h["end"]) for h in doc.get("headings") or []}
    badged: set[str] = set()
    trigger_ends: dict[int, list[Annotation]] = {}
    for a in anns:
        if a.kind == "trigger":
            trigger_ends.setdefault(a.end, []).append(a)
    summaries = {f"v{i}": event_badge(e) for i, e in enumerate(doc.get("events") or [])}
    speakers = {f"q{i}": speaker_name(q) for i, q in enumerate(doc.get("quotes") or [])}
    blocks = []
    for start, end in lines(text):
        inside = [a for a in anns if a.start < end and a.end > start]
        cuts = sorted({start, end} | {p for a in inside for p in (a.start, a.end) if start < p < end})
        segments = []
        for a_start, a_end in pairwise(cuts):
            over = [a for a in inside if a.start <= a_start and a.end >= a_end]
            seg = Segment(text[a_start:a_end])
            seg.classes = sorted({c for a in over for c in a.classes})
            seg.ann = sorted({a.id for a in over})
            seg.title = "\n".join(dict.fromkeys(a.title for a in over))
            for a in over:
                if a.kind == "quote" and a.id not in badged:
                    badged.add(a.id)
                    seg.badges.append((a.id, speakers[a.id]))
            ending = trigger_ends.get(a_end)
            if ending:
                seg.after = " · ".join(summaries[a.id] for a in ending)
                seg.after_ann = " ".join(a.id for a in ending)
            segments.append(seg)
        line = text[start:end].strip()
        is_heading = any(start <= h0 and h1 <= end and text[h0:h1].strip() == line for h0, h1 in headings)
        blocks.append(Block("h2" if is_heading else "p", segments))
    return blocks
