"""Features of each token for the CRF, from the token strings and their normalised forms.

The same code serves CoNLL files (tokens given) and documents (``doc.tokens``). What one token contributes on
its own is cached by its surface and normal form, so repeated words cost one dictionary look-up; the context
features are its neighbours' cached values under a position prefix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rasd.memo import Memo
from rasd.ner.gazetteer import Gazetteer
from rasd.ner.paths import RESOURCES
from rasd.text.clitics import ARTICLE, CONJUNCTIONS, FUTURE, PREPOSITIONS, split_raw
from rasd.text.layers import Piece as WordPiece
from rasd.text.normalize import light_normalize, normalize

# a token's word pieces in the text layer (``doc.tokens.infos``)
TokenPieces = tuple[WordPiece, ...]


def _cues() -> dict[str, str]:
    """Normalised cue word -> its kind (TITLE, ORGHEAD, LOCHEAD), from resources/ner/cues.tsv."""
    lines = (RESOURCES / "cues.tsv").read_text(encoding="utf-8").splitlines()
    return {word: kind for kind, word in (line.split("\t") for line in lines if line and line[0] != "#")}


# Words that announce a name: a title before a person (العقيد), the head of an organisation's or a place's name.
CUES = _cues()
SHORT = 3
# Offsets of the neighbours whose values a token's features include.
OFFSETS = (-2, -1, 1, 2)
# Per stem length up to SHORT + 1: the names of its affix features (pre1= …, suf1= …, shorter than the stem) and
# the slices that cut them, made once.
AFFIXES = [
    (
        [f"pre{i}=" for i in range(1, size)] + [f"suf{i}=" for i in range(1, size)],
        [slice(0, i) for i in range(1, size)] + [slice(-i, None) for i in range(1, size)],
    )
    for size in range(SHORT + 2)
]
# The length feature per stem length, those above 8 read as 8; the article and known-word features by truth value.
LENGTH_FEATURES = tuple(("len=", length) for length in ("0", "1", "2", "3", "4", "5-7", "5-7", "5-7", "8+"))
ARTICLE_FEATURES = (("art=", "False"), ("art=", "True"))
KNOWN_FEATURES = (("known=", "False"), ("known=", "True"))
# The letters a proclitic other than the article begins with: a token whose light form starts otherwise keeps
# its first piece whole, so the clitic splitter need not be asked.
PROCLITIC_LETTERS = frozenset(form[0] for form in (*CONJUNCTIONS, *PREPOSITIONS, FUTURE))
# normal forms of the tokens and stems met, kept: a name's first token is split again when its mention is made
NORMS: Memo[str, str] = Memo(normalize, 100_000)


@lru_cache(maxsize=64)
def numbered(name: str, count: int) -> tuple[str, ...]:
    """Names of numbered features: ``c0=``, ``c1=`` …"""
    return tuple(f"{name}{i}=" for i in range(count))


def char_kind(ch: str) -> str:
    """A character's class: ``d`` digit, ``a`` Arabic block, ``l`` other letter, ``p`` anything else."""
    if ch.isdigit():
        return "d"
    if "\u0600" <= ch <= "\u06ff":
        return "a"
    return "l" if ch.isalpha() else "p"


class _CharKinds(dict[str, str]):
    """``char_kind`` of each character met, kept."""

    def __missing__(self, ch: str) -> str:
        kind = self[ch] = char_kind(ch)
        return kind


CHAR_KINDS = _CharKinds()


# a token of characters that are all of kind ``a`` (most tokens)
ARABIC_ONLY = re.compile("[" + "".join(chr(c) for c in range(0x600, 0x700) if char_kind(chr(c)) == "a") + "]+")


def shape(token: str) -> str:
    """A coarse class: Arabic letters, Latin, digits, punctuation, or a mix."""
    if ARABIC_ONLY.fullmatch(token):
        return "a"
    return "".join(sorted(set(map(CHAR_KINDS.__getitem__, token))))


@lru_cache(maxsize=200_000)
def split_proclitics(token: str) -> tuple[str, str, int]:
    """``(proclitics, stem, cut)`` of a raw token, split by the text layer's clitic splitter (which only splits
    when what remains is a known word, so فرانكفورت and وليد stay whole).

    The stem is normalised and keeps its article; ``cut`` is how many raw characters a name's text drops:
    the proclitics, except that the ل of لل (ل + the article) stays, since dropping it would spell no word.
    """
    light = light_normalize(token)
    if light[:1] not in PROCLITIC_LETTERS:
        return "", normalize(token), 0
    return proclitics_of(token, split_raw(token, light))  # what split_token does, without normalising again


def proclitics_of(token: str, pieces: Sequence[tuple[int, str, str]]) -> tuple[str, str, int]:
    """``split_proclitics``'s answer read off the clitic splitter's pieces ``(length, form, kind)`` of ``token``."""
    clitics, cut, i = "", 0, 0
    while i < len(pieces) - 1 and pieces[i][2] == "prefix" and pieces[i][1] != ARTICLE:
        clitics += pieces[i][1]
        cut += pieces[i][0]
        i += 1
    if not cut:
        return "", NORMS[token], 0
    if pieces[i][1] == ARTICLE and pieces[i][0] == 1:  # لل: the article was written as one ل
        return clitics, ARTICLE + NORMS[token[cut + 1 :]], cut - 1
    return clitics, NORMS[token[cut:]], cut


def layer_proclitics(token: str, pieces: TokenPieces) -> tuple[str, str, int]:
    """``split_proclitics``'s answer read off the text layer's word pieces of ``token`` (``doc.tokens.infos``),
    which come from the same clitic splitter: it is not asked again."""
    if not pieces or pieces[0][0]:  # no pieces; or a hashtag, whose pieces start after the '#'
        return split_proclitics(token)
    if len(pieces) == 1:
        return "", NORMS[token], 0
    return proclitics_of(token, [(end - start, norm, kind) for start, end, norm, kind in pieces])


class ClusterValues(NamedTuple):
    """What a cluster string (``"id id id"``, the coarsest first) gives a token's features."""

    own: tuple[tuple[str, str], ...]  # c0=, c1= …
    stem: tuple[tuple[str, str], ...]  # sc0=, sc1= …: a token's stem's clusters, when the stem is not the token
    coarse: str
    cluster: str
    fine: str


def cluster_values(clusters: str) -> ClusterValues:
    """The features and values of a cluster string (``""`` for a word without clusters)."""
    ids = clusters.split()
    return ClusterValues(
        tuple(zip(numbered("c", len(ids)), ids, strict=True)),
        tuple(zip(numbered("sc", len(ids)), ids, strict=True)),
        ids[0] if ids else "-",
        ids[1] if len(ids) > 1 else "-",
        ids[-1] if ids else "-",
    )


# by cluster string: many words share one
CLUSTER_VALUES: Memo[str, ClusterValues] = Memo(cluster_values, 100_000)


@dataclass(slots=True)
class Lexicon:
    """What features look words up in: word clusters (also the list of known words) and the gazetteer."""

    clusters: dict[str, str] = field(default_factory=dict)  # word -> "id id id", most frequent first
    gazetteer: Gazetteer = field(default_factory=Gazetteer)

    @staticmethod
    def stem(token: str) -> str:
        """The normalised stem of a raw token: proclitics off, article kept."""
        return split_proclitics(token)[1]


class TokenInfo(NamedTuple):
    """A token's own features and the few values its neighbours see.

    Each own feature is kept as ``(name, value)``, the feature string being ``name + value``: the scorer
    (rasd.ner.emissions) looks the values up in per-name tables and never spells the strings out. A tuple of
    strings only, which the garbage collector stops tracking: caches of many of them cost it nothing.
    """

    own: tuple[tuple[str, str], ...]
    norm: str
    stem: str
    cluster: str
    fine: str
    cue: str
    coarse: str
    shape: str

    def own_features(self) -> list[str]:
        """The token's own feature strings."""
        return [name + value for name, value in self.own]


class FeatureExtractor:
    """Turns a sentence (tokens + normalised forms) into CRF feature lists."""

    def __init__(self, lexicon: Lexicon, cache_size: int = 200_000) -> None:
        self.lexicon = lexicon
        self.cache: Memo[tuple[str, str], TokenInfo] = Memo(lambda key: self._token_info(*key), cache_size)

    def token_info(self, token: str, norm: str, pieces: TokenPieces = ()) -> TokenInfo:
        """The token's features, kept here; unless ``pieces`` are given (its word pieces from the text layer,
        which spare splitting it again), whose caller keeps the answer itself."""
        return self._token_info(token, norm, pieces) if pieces else self.cache[token, norm]

    def _token_info(self, token: str, norm: str, pieces: TokenPieces = ()) -> TokenInfo:
        clitic, stem, _ = layer_proclitics(token, pieces)
        token_shape = shape(token)
        clusters = self.lexicon.clusters
        of_norm = clusters.get(norm)
        of_stem = of_norm if stem == norm else clusters.get(stem)
        values = CLUSTER_VALUES[of_norm or of_stem or ""]
        names, slices = AFFIXES[min(len(stem), SHORT + 1)]  # affixes shorter than the stem
        own = [
            ("w=", norm),
            ("s=", stem),
            ("p=", clitic),
            ("shape=", token_shape),
            LENGTH_FEATURES[min(len(stem), 8)],
            ARTICLE_FEATURES[stem.startswith("ال")],
            KNOWN_FEATURES[of_norm is not None or of_stem is not None],
            *zip(names, map(stem.__getitem__, slices), strict=True),
            *values.own,
        ]
        if stem != norm:  # a word with proclitics also gets its stem's clusters (وبجنيف → جنيف)
            own += CLUSTER_VALUES[of_stem or ""].stem
        cue = CUES.get(stem) or CUES.get(norm)
        if cue:
            own.append(("cue=", cue))
        if token != norm:
            own.append(("raw=", token))
        return TokenInfo(tuple(own), norm, stem, values.cluster, values.fine, cue or "", values.coarse, token_shape)

    def marks(self, norms: list[str], infos: list[TokenInfo]) -> list[list[str]]:
        """Each token's gazetteer marks."""
        return self.lexicon.gazetteer.match(norms, [i.stem for i in infos])

    def sentence(self, tokens: list[str], norms: list[str]) -> list[list[str]]:
        """One feature list per token."""
        infos = [self.token_info(t, n) for t, n in zip(tokens, norms, strict=True)]
        gaz = self.marks(norms, infos)
        n = len(infos)
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            feats = ["bias", *info.own_features(), *gazetteer_features(gaz[i])]
            for d in OFFSETS:
                j = i + d
                if 0 <= j < n:
                    feats += neighbour_features(infos[j], d)
                    if d in (-1, 1):
                        feats += gazetteer_features(gaz[j], d)
                else:
                    feats.append(padding_feature(d))
            if i > 0:
                previous = infos[i - 1]
                feats.append(cluster_shape_feature(previous.cluster, info.shape))
                feats.append(cue_cluster_feature(previous.cue, info.cluster))
                feats.append(bigram_feature(BEFORE, previous.stem, info.stem))
                feats += cue_features(previous, -1)
            if i > 1:
                feats += cue_features(infos[i - 2], -2)
            if i + 1 < n:
                feats.append(bigram_feature(AFTER, info.stem, infos[i + 1].stem))
            out.append(feats)
        return out


# What a token's features say about its context, one function per group. The CRF's weights only see the
# strings; the fast scorer (rasd.ner.emissions) sums each group's weights once and reuses the sum.


def gazetteer_features(marks: list[str], d: int | None = None) -> list[str]:
    """A token's gazetteer marks, as its own (``d`` None) or as seen from the token ``-d`` places away."""
    prefix = "g=" if d is None else f"{d}g="
    return [prefix + m for m in marks]


def neighbour_features(other: TokenInfo, d: int) -> list[str]:
    """What a token sees of the token ``d`` places away (the nearest ones also show stem and fine cluster)."""
    feats = [f"{d}w={other.norm}", f"{d}c={other.cluster}", f"{d}k={other.coarse}"]
    if d in (-1, 1):
        feats += [f"{d}s={other.stem}", f"{d}f={other.fine}"]
    return feats


def padding_feature(d: int) -> str:
    """What a token sees where the sentence has no token ``d`` places away."""
    return f"{d}w=<pad>"


def cue_features(other: TokenInfo, d: int) -> list[str]:
    """A cue word ``-d`` places before a token."""
    return [f"{d}cue={other.cue}"] if other.cue else []


def cluster_shape_feature(previous_cluster: str, shape: str) -> str:
    """The previous token's cluster with this token's shape."""
    return f"-1cXsh={previous_cluster}|{shape}"


def cue_cluster_feature(previous_cue: str, cluster: str) -> str:
    """The previous token's cue kind (maybe none) with this token's cluster."""
    return f"-1cueXc={previous_cue}|{cluster}"


# The stem bigram of two adjacent tokens, as a feature of the second (BEFORE) and of the first (AFTER).
BEFORE, AFTER = "bi-", "bi+"


def bigram_feature(side: str, first: str, second: str) -> str:
    return f"{side}={first}|{second}"
