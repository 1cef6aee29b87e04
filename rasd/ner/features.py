"""Features of each token for the CRF, from the token strings and their normalised forms.

The same code serves CoNLL files (tokens given) and documents (``doc.tokens``). What one token contributes on
its own is cached by its surface and normal form, so repeated words cost one dictionary look-up; the context
features are its neighbours' cached values under a position prefix.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.ner.gazetteer import Gazetteer
from rasd.ner.paths import RESOURCES
from rasd.text.clitics import ARTICLE, split_token
from rasd.text.normalize import normalize


def _cues() -> dict[str, str]:
    """Normalised cue word -> its kind (TITLE, ORGHEAD, LOCHEAD), from resources/ner/cues.tsv."""
    lines = (RESOURCES / "cues.tsv").read_text(encoding="utf-8").splitlines()
    return {word: kind for kind, word in (line.split("\t") for line in lines if line and line[0] != "#")}


# Words that announce a name: a title before a person (العقيد), the head of an organisation's or a place's name.
CUES = _cues()
SHORT = 3


def length_class(word: str) -> str:
    n = len(word)
    return str(n) if n <= 4 else ("5-7" if n <= 7 else "8+")


def shape(token: str) -> str:
    """A coarse class: Arabic letters, Latin, digits, punctuation, or a mix."""
    kinds = set()
    for ch in token:
        if ch.isdigit():
            kinds.add("d")
        elif "\u0600" <= ch <= "\u06ff":
            kinds.add("a")
        elif ch.isalpha():
            kinds.add("l")
        else:
            kinds.add("p")
    return "".join(sorted(kinds))


def split_proclitics(token: str) -> tuple[str, str, int]:
    """``(proclitics, stem, cut)`` of a raw token, split by the text layer's clitic splitter (which only splits
    when what remains is a known word, so فرانكفورت and وليد stay whole).

    The stem is normalised and keeps its article; ``cut`` is how many raw characters a name's text drops:
    the proclitics, except that the ل of لل (ل + the article) stays, since dropping it would spell no word.
    """
    pieces = split_token(token)
    clitics, cut, i = "", 0, 0
    while i < len(pieces) - 1 and pieces[i].kind == "prefix" and pieces[i].form != ARTICLE:
        clitics += pieces[i].form
        cut += pieces[i].length
        i += 1
    if not cut:
        return "", normalize(token), 0
    if pieces[i].form == ARTICLE and pieces[i].length == 1:  # لل: the article was written as one ل
        return clitics, ARTICLE + normalize(token[cut + 1 :]), cut - 1
    return clitics, normalize(token[cut:]), cut


@dataclass(slots=True)
class Lexicon:
    """What features look words up in: word clusters (also the list of known words) and the gazetteer."""

    clusters: dict[str, str] = field(default_factory=dict)  # word -> "id id id", most frequent first
    gazetteer: Gazetteer = field(default_factory=Gazetteer)

    @staticmethod
    def stem(token: str) -> str:
        """The normalised stem of a raw token: proclitics off, article kept."""
        return split_proclitics(token)[1]


@dataclass(slots=True)
class TokenInfo:
    """A token's own features and the few values its neighbours see."""

    own: list[str]
    norm: str
    stem: str
    cluster: str
    fine: str
    cue: str
    coarse: str
    shape: str


class FeatureExtractor:
    """Turns a sentence (tokens + normalised forms) into CRF feature lists."""

    def __init__(self, lexicon: Lexicon, cache_size: int = 200_000) -> None:
        self.lexicon = lexicon
        self.cache: dict[tuple[str, str], TokenInfo] = {}
        self.cache_size = cache_size

    def token_info(self, token: str, norm: str) -> TokenInfo:
        key = (token, norm)
        info = self.cache.get(key)
        if info is None:
            if len(self.cache) >= self.cache_size:
                self.cache.clear()
            info = self.cache[key] = self._token_info(token, norm)
        return info

    def _token_info(self, token: str, norm: str) -> TokenInfo:
        clitic, stem, _ = split_proclitics(token)
        token_shape = shape(token)
        ids = (self.lexicon.clusters.get(norm) or self.lexicon.clusters.get(stem) or "").split()
        own = [
            "w=" + norm,
            "s=" + stem,
            "p=" + clitic,
            "shape=" + token_shape,
            "len=" + length_class(stem),
            "art=" + str(stem.startswith("ال")),
            "known=" + str(norm in self.lexicon.clusters or stem in self.lexicon.clusters),
        ]
        own += [f"pre{i}={stem[:i]}" for i in range(1, SHORT + 1) if len(stem) > i]
        own += [f"suf{i}={stem[-i:]}" for i in range(1, SHORT + 1) if len(stem) > i]
        own += [f"c{i}={c}" for i, c in enumerate(ids)]
        if stem != norm:  # a word with proclitics also gets its stem's clusters (وبجنيف → جنيف)
            own += [f"sc{i}={c}" for i, c in enumerate((self.lexicon.clusters.get(stem) or "").split())]
        cue = CUES.get(stem) or CUES.get(norm)
        if cue:
            own.append("cue=" + cue)
        if token != norm:
            own.append("raw=" + token)
        return TokenInfo(
            own=own,
            norm=norm,
            stem=stem,
            cluster=ids[1] if len(ids) > 1 else "-",
            fine=ids[-1] if ids else "-",
            cue=cue or "",
            coarse=ids[0] if ids else "-",
            shape=token_shape,
        )

    def sentence(self, tokens: list[str], norms: list[str]) -> list[list[str]]:
        """One feature list per token."""
        infos = [self.token_info(t, n) for t, n in zip(tokens, norms, strict=True)]
        gaz = self.lexicon.gazetteer.match(norms, [i.stem for i in infos])
        n = len(infos)
        out: list[list[str]] = []
        for i, info in enumerate(infos):
            feats = ["bias", *info.own]
            feats += ["g=" + m for m in gaz[i]]
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    other = infos[j]
                    feats.append(f"{d}w={other.norm}")
                    feats.append(f"{d}c={other.cluster}")
                    feats.append(f"{d}k={other.coarse}")
                    if d in (-1, 1):
                        feats.append(f"{d}s={other.stem}")
                        feats.append(f"{d}f={other.fine}")
                        feats += [f"{d}g={m}" for m in gaz[j]]
                else:
                    feats.append(f"{d}w=<pad>")
            if i > 0:
                feats.append(f"-1cXsh={infos[i - 1].cluster}|{info.shape}")
                feats.append(f"-1cueXc={infos[i - 1].cue}|{info.cluster}")
                feats.append(f"bi-={infos[i - 1].stem}|{info.stem}")
                if infos[i - 1].cue:
                    feats.append("-1cue=" + infos[i - 1].cue)
            if i > 1 and infos[i - 2].cue:
                feats.append("-2cue=" + infos[i - 2].cue)
            if i + 1 < n:
                feats.append(f"bi+={info.stem}|{infos[i + 1].stem}")
            out.append(feats)
        return out
