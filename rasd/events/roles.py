"""Actor mentions in a sentence and which of them is an event's source and target.

Mentions come from the actor and agent dictionaries and from the named entities; a noun in construct
or followed by definite adjectives is joined with what follows (قوات النظام السوري, مقاتلو المعارضة),
a title with the name after it (العقيد فاتح حسون). Roles follow Arabic word order: after a verb come its
subject then its object (VSO), a subject may also stand just before it (SVO); ``من قبل`` and ``على يد``
name the doer of a passive or a noun; a coordinated verb without a subject of its own keeps the subject
of the verb before it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.doc import Entity
from rasd.events.actors import ActorDictionary, ActorMatch, code_on
from rasd.events.forms import bare, fold, key_candidates, proclitic_length
from rasd.events.triggers import TriggerHit
from rasd.events.view import SentenceView

AFTER_WINDOW = 10
BEFORE_WINDOW = 4
CLAUSE_BREAKS = frozenset(".:;!?؟؛\"'")
BY = (fold("قبل"), fold("يد"), fold("ايدي"))
TITLES = frozenset(fold(w) for w in ("عقيد", "لواء", "عميد", "رئيس", "وزير", "الشيخ", "شيخ", "مبعوث", "زعيم"))


@dataclass(slots=True)
class Mention:
    """Tokens ``[first, last]`` of a sentence that name one actor; ``skip`` = proclitic letters before it."""

    first: int
    last: int
    code: str | None
    canonical: str | None = None
    skip: int = 0


def _compose(parts: list[ActorMatch], day: int | None, countries: frozenset[str]) -> str | None:
    """One code for a chain: the country of any part, the role of the head (قوات + النظام السوري → SYRMIL)."""
    codes = [code_on(p.codes, day) if p.codes else p.role for p in parts]
    codes = [c for c in codes if c]
    if not codes:
        return None
    country = next((c[:3] for c in codes if c[:3] in countries), None)
    head = codes[0]
    if head[:3] in countries or not country:
        return head
    return country + head


def _joins(words: list[str], left: ActorMatch | Mention, right_first: int) -> bool:
    """Whether the phrase at ``right_first`` continues the one ending at ``left.last`` (construct or adjective)."""
    if right_first != left.last + 1:
        return False
    right = words[right_first]
    return bare(right) != right and right.startswith(("ال", "لل")) or fold(words[left.last]) in TITLES


def find_mentions(
    view: SentenceView, actors: ActorDictionary, entities: list[Entity], day: int | None
) -> list[Mention]:
    """Actor mentions of a sentence, in order."""
    candidates = [key_candidates(w) for w in view.words]
    matches = actors.match(candidates)
    chains: list[list[ActorMatch]] = []
    for m in matches:
        if chains and _joins(view.words, chains[-1][-1], m.first):
            chains[-1].append(m)
        else:
            chains.append([m])
    mentions = [
        Mention(c[0].first, c[-1].last, _compose(c, day, actors.countries), skip=proclitic_length(view.words[c[0].first], c[0].head))
        for c in chains
    ]
    for ent in entities:
        if ent.label not in ("PER", "ORG"):
            continue
        first = next((i for i, t in enumerate(view.tokens) if t.end > ent.start), None)
        last = next((i for i in range(len(view.tokens) - 1, -1, -1) if view.tokens[i].start < ent.end), None)
        if first is None or last is None or first > last:
            continue
        mentions = _merge_entity(mentions, Mention(first, last, None, ent.canonical or ent.text), view.words)
    return sorted(mentions, key=lambda m: m.first)


def _merge_entity(mentions: list[Mention], ent: Mention, words: list[str]) -> list[Mention]:
    """Add a named entity, joining it to a title right before it or to a mention it overlaps."""
    out: list[Mention] = []
    for m in mentions:
        overlaps = m.first <= ent.last and ent.first <= m.last
        title = m.last + 1 == ent.first and _joins(words, m, ent.first)
        if overlaps or title:
            ent = Mention(min(m.first, ent.first), max(m.last, ent.last), m.code, ent.canonical, m.skip)
        else:
            out.append(m)
    out.append(ent)
    return out


def _breaks(words: list[str], start: int, end: int) -> bool:
    return any(w in CLAUSE_BREAKS for w in words[start:end])


def assign_roles(
    hit: TriggerHit, view: SentenceView, mentions: list[Mention], previous: Mention | None
) -> tuple[Mention | None, Mention | None]:
    """(source, target) of a trigger among the sentence's mentions."""
    words = view.words
    after = [
        m for m in mentions if hit.last < m.first <= hit.last + AFTER_WINDOW and not _breaks(words, hit.last, m.first)
    ]
    doer = _doer(words, hit, mentions)
    if doer:
        rest = [m for m in after if m is not doer and m.first < doer.first]
        return doer, rest[0] if rest else None
    if hit.entry.pos == "noun":
        before = [m for m in mentions if m.last < hit.first and not _breaks(words, m.last, hit.first)]
        source = before[0] if before and hit.first - before[-1].last <= 2 * BEFORE_WINDOW else None
        if source is None and after and after[0].first == hit.last + 1:
            source, after = after[0], after[1:]
        return source, after[0] if after else None
    if len(after) >= 2 or (after and not previous):
        if after[0].first <= hit.last + 3:
            return after[0], after[1] if len(after) > 1 else None
    before = [
        m for m in mentions if 0 < hit.first - m.last <= BEFORE_WINDOW and not _breaks(words, m.last, hit.first)
    ]
    if before:
        return before[-1], after[0] if after else None
    return previous, after[0] if after else None


def _doer(words: list[str], hit: TriggerHit, mentions: list[Mention]) -> Mention | None:
    """The mention after ``من قبل`` / ``على يد`` following the trigger."""
    for i in range(hit.last + 1, min(len(words), hit.last + AFTER_WINDOW)):
        if bare(words[i]) in BY and i > 0 and bare(words[i - 1]) in ("من", "علي"):
            return next((m for m in mentions if i < m.first <= i + 2), None)
    return None
