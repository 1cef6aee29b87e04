"""المملكة alone names the kingdom the article has named before it (السعودية … قالت المملكة: Saudi Arabia's
government), as المدينة names the city named before; when the article has named none, or several (by the name of
the country or of its capital), it stays a government of no country."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rasd.doc import Entity
from rasd.events.actors import ActorDictionary
from rasd.events.forms import key_candidates, name_key
from rasd.events.geo import Gazetteer, place_key
from rasd.events.roles import Mention, definite
from rasd.events.view import SentenceView

KINGDOM = name_key("المملكة")
_OFFICIAL = place_key("مملكة")  # the first word of a kingdom's official name (مملكة البحرين، المملكة المغربية)


@dataclass(slots=True)
class KingdomReferences:
    """Reads المملكة by the kingdoms a gazetteer's official names make known."""

    gazetteer: Gazetteer
    actors: ActorDictionary
    kingdoms: frozenset[str] = field(init=False)  # ISO alpha-2 codes

    def __post_init__(self) -> None:
        self.kingdoms = frozenset(
            p.country for k, p in self.gazetteer.places.items() if p.kind == "country" and k.split(" ")[0] == _OFFICIAL
        )

    def resolve(self, view: SentenceView, mentions: list[Mention], earlier: list[Entity]) -> list[Mention]:
        """``mentions`` with each bare المملكة coded as the government of the one kingdom named before it among
        ``earlier`` (the article's entities up to the end of the sentence, in text order)."""
        out = []
        for m in mentions:
            if m.first == m.last and self._bare_kingdom(view.words, m.first):
                start = view.cells[m.first][0]
                named = {c for e in earlier if e.end <= start and (c := self._kingdom_of(e))}
                if len(named) == 1:
                    m = replace(m, code=self.actors.placed(m.code, named.pop()))
            out.append(m)
        return out

    @staticmethod
    def _bare_kingdom(words: list[str], i: int) -> bool:
        """Whether word ``i`` is المملكة (a mention of it alone: المملكة المتحدة is matched as a whole name)."""
        return KINGDOM in key_candidates(words[i]) and definite(words[i])

    def _kingdom_of(self, entity: Entity) -> str | None:
        """The kingdom a place entity names, by its name or its capital's, if it names one."""
        if entity.label != "LOC":
            return None
        words = entity.text.split()
        found = self.gazetteer.match(words)
        return next(
            (
                p.place.country
                for p in found
                if (p.first, p.last) == (0, len(words) - 1)
                and p.place.country in self.kingdoms
                and (p.place.kind == "country" or p.place.capital)
            ),
            None,
        )
