"""Token and word layers stored as columns; `Token` and `Word` objects are made when they are read.

Segmenting finds every boundary, normal form and clitic split at once (C-level passes over the text and
cached analyses per word form); building one Python object per token and word is most of what is left, so
the layers keep plain columns and hand out objects on access. They behave as read-only sequences: ``len``,
indexing, slicing, iteration, equality with lists. Code that wants speed can read the columns directly
(``texts``, ``starts``, ``ends``, ``norms`` of tokens).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Any, overload

from rasd.doc import Token, Word

# one word piece relative to its token: (start, end, norm, kind)
Piece = tuple[int, int, str, str]
# what is known of a token: its length, its normal form and its word pieces
TokenInfo = tuple[int, str, tuple[Piece, ...]]


class _Layer(Sequence):
    """Shared sequence behaviour: equality with any sequence, a readable repr, pickling by columns."""

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self)!r})"


class TokenLayer(_Layer):
    """The tokens of one text: for each, the part of the text it opens (the token and the separators after
    it), its start, and what is known of it (token length, normal form, word pieces)."""

    __slots__ = ("infos", "parts", "starts")

    def __init__(self, parts: list[str], starts: Sequence[int], infos: list[TokenInfo]) -> None:
        self.parts = parts
        self.starts = starts
        self.infos = infos

    @property
    def texts(self) -> list[str]:
        return [part[: info[0]] for part, info in zip(self.parts, self.infos, strict=True)]

    @property
    def ends(self) -> list[int]:
        return [start + info[0] for start, info in zip(self.starts, self.infos, strict=True)]

    @property
    def norms(self) -> list[str]:
        return list(map(itemgetter(1), self.infos))

    def __len__(self) -> int:
        return len(self.parts)

    @overload
    def __getitem__(self, index: int) -> Token: ...
    @overload
    def __getitem__(self, index: slice) -> list[Token]: ...
    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        start, (length, norm, _) = self.starts[index], self.infos[index]
        return Token(start, start + length, self.parts[index][:length], norm)

    def __iter__(self) -> Iterator[Token]:
        for part, start, (length, norm, _) in zip(self.parts, self.starts, self.infos, strict=True):
            yield Token(start, start + length, part[:length], norm)


class WordLayer(_Layer):
    """The clitic-split words of one text, from each token's pieces; flattened on first read."""

    __slots__ = ("_flat", "tokens")

    def __init__(self, tokens: TokenLayer) -> None:
        self.tokens = tokens
        self._flat: list[Word] | None = None

    def _words(self) -> list[Word]:
        if self._flat is None:
            tokens = self.tokens
            self._flat = [
                Word(base + start, base + end, part[start:end], norm, kind, index)
                for index, (base, part, (_, _, pieces)) in enumerate(
                    zip(tokens.starts, tokens.parts, tokens.infos, strict=True)
                )
                for start, end, norm, kind in pieces
            ]
        return self._flat

    def __len__(self) -> int:
        return len(self._words())

    def __getitem__(self, index: Any) -> Any:
        return self._words()[index]

    def __iter__(self) -> Iterator[Word]:
        return iter(self._words())

    def __getstate__(self) -> TokenLayer:
        return self.tokens

    def __setstate__(self, state: TokenLayer) -> None:
        self.tokens = state
        self._flat = None
