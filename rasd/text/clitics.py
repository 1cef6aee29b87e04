"""Clitic splitting: و ف (conjunctions), ب ل ك (prepositions), س (future), ال (article) and attached pronouns.

A token is split only when what is left is a word the stem lexicon knows, and the token itself does not look
like a stem. The lexicon (``rasd/resources/text/stems.tsv.gz``, rebuilt by ``rasd train clitics``) holds word
forms seen at least three times in the news corpora with their counts, three flags measured in the corpora, and
the split the rules below give each form (so that a known form is looked up rather than analysed again):

- ``C``: the form is itself attested after a prefix (و/ف/ب/ل/ك/ال + form), so a و or ف it starts with is its own
  (``والي`` in ``ووالي``, ``الوالي``; ``فيصل`` in ``وفيصل``);
- ``P``: the form is attested after a preposition or the article, so a ب ل ك it starts with is its own
  (``كتاب`` in ``الكتاب``);
- ``A``: the form is attested with the article, so a pronoun-like ending is its own (``سوري`` in ``السوري``).

Besides: a preposition or future prefix is not split off a token four times more frequent than its remainder
(``كان`` is not ك + ان), a conjunction not off one twenty times more frequent (``فيه`` is في + ه, not ف + يه),
nor a pronoun off a token four times more frequent than its stem; ي is no pronoun of a word starting with ي
(an imperfect verb: ``يصفي``); a handful of function words are never split. Decisions are made on the light
normal form (letters kept as written, see `rasd.text.normalize.light_normalize`), so ``والي`` (governor) and
``وإلى`` (and to) are told apart.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache, partial
from importlib import resources
from typing import NamedTuple

from rasd.memo import Memo
from rasd.text.normalize import light_normalize

STEMS_RESOURCE = "text/stems.tsv.gz"
MIN_STEM = 2
FREQUENCY_RATIO = 4  # a token this many times more frequent than its remainder is not split
CONJUNCTION_RATIO = 20  # the same for و and ف, which attach to almost anything

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
FUTURE = "س"
ARTICLE = "ال"
PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
_PRONOUN_SET = frozenset(PRONOUNS)
IMPERFECT_LETTERS = frozenset("يتنأ")
NEVER_SPLIT = frozenset(
    [
        "الله",
        "لله",
        "التي",
        "الذي",
        "الذين",
        "اللذان",
        "اللذين",
        "اللتان",
        "اللتين",
        "اللاتي",
        "اللواتي",
        "اللائي",
        "الا",
        "الى",
        "إلى",
        "ذلك",
        "تلك",
        "هناك",
        "هنالك",
        "أولئك",
        "كذلك",
        "لذلك",
        "ذاك",
        "هذا",
        "هذه",
        "هذان",
        "هاتان",
        "هؤلاء",
        "لكن",
        "لكنه",
        "لكنها",
        "لكي",
        "كي",
        "كيف",
        "كلا",
        "كما",
    ]
)


class Piece(NamedTuple):
    """One part of a split token: its length in the token's light form, its form there and its kind."""

    length: int
    form: str
    kind: str  # prefix | stem | suffix


def _stem(length: int, form: str) -> Piece:
    """A stem piece, made without the slower Python-level NamedTuple constructor."""
    return _new_piece((length, form, "stem"))


_new_piece = partial(tuple.__new__, Piece)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word counts, flags (see the module doc) and, when shipped, the split of every form (see `split_code`)."""

    counts: dict[str, int]
    flags: dict[str, str]
    splits: dict[str, str] = field(default_factory=dict)

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)

    def has(self, word: str, flag: str) -> bool:
        return flag in self.flags.get(word, "")


@lru_cache(maxsize=1)
def stem_lexicon() -> Lexicon:
    """The shipped stem lexicon (loaded once)."""
    data = resources.files("rasd.resources").joinpath(STEMS_RESOURCE).read_bytes()
    return parse_lexicon(gzip.decompress(data).decode("utf-8"))


def parse_lexicon(text: str) -> Lexicon:
    """A lexicon from its ``form<TAB>count<TAB>flags<TAB>split`` lines; ``#`` lines at the top are comments."""
    while text.startswith("#"):
        text = text.partition("\n")[2]
    # one split of the whole text into fields is far faster than splitting line by line
    fields = text.rstrip("\n").replace("\n", "\t").split("\t") if text.strip() else []
    words, counts, flags, splits = fields[0::4], fields[1::4], fields[2::4], fields[3::4]
    if len(fields) % 4 or not all(map(str.isdigit, counts)):
        raise ValueError("malformed stem lexicon: every line needs form, count, flags and split, tab-separated")
    return Lexicon(
        dict(zip(words, map(int, counts), strict=True)),
        {word: flag for word, flag in zip(words, flags, strict=True) if flag},
        dict(zip(words, splits, strict=True)),
    )


class Prefix(NamedTuple):
    """One way to read the start of a token as clitics."""

    surface: str  # as written: ``لل`` for ل + ال
    pieces: tuple[Piece, ...]
    conjunction: bool  # starts with و or ف
    inner: str  # the preposition or future prefix after the conjunction, or ""
    article: bool  # ends with the article


def _prefix_options() -> dict[str, list[Prefix]]:
    """Every prefix string with its readings.

    ل before the article drops the article's alef: ``للحكومة`` is ل + ال + حكومة.
    """
    options: dict[str, list[Prefix]] = {}
    for conj in ("", *CONJUNCTIONS):
        for inner in ("", *PREPOSITIONS, FUTURE):
            for article in (False, True):
                if (inner == FUTURE and article) or not (conj or inner or article):
                    continue
                parts = [(c, c) for c in (conj, inner) if c]
                if article:
                    parts.append(("ل", ARTICLE) if inner == "ل" else (ARTICLE, ARTICLE))
                surface = "".join(written for written, _ in parts)
                pieces = tuple(Piece(len(written), form, "prefix") for written, form in parts)
                options.setdefault(surface, []).append(Prefix(surface, pieces, bool(conj), inner, article))
    return options


_PREFIXES = _prefix_options()
_LONGEST_PREFIX = max(map(len, _PREFIXES))
_PREFIX_LETTERS = frozenset(surface[0] for surface in _PREFIXES)
_PRONOUN_ENDINGS = frozenset(pronoun[-1] for pronoun in PRONOUNS)  # a token ending otherwise has no pronoun


def _prefix_allowed(word: str, prefix: Prefix, stem: str, lex: Lexicon) -> bool:
    """May ``prefix`` be split off ``word``, leaving ``stem``?"""
    if len(stem) < MIN_STEM:
        return False
    counts = lex.counts
    if prefix.article:
        if ARTICLE + stem in NEVER_SPLIT or not (stem in counts or ARTICLE + stem in counts):
            return False
    elif stem not in counts:
        return False
    if prefix.conjunction and not _conjunction_allowed(word, word[1:], lex):
        return False
    if not prefix.inner:
        return True
    if prefix.inner == FUTURE and stem[0] not in IMPERFECT_LETTERS:
        return False
    rest = word[1:] if prefix.conjunction else word
    if lex.has(rest, "P"):
        return False
    return prefix.article or counts.get(rest, 0) <= FREQUENCY_RATIO * max(1, counts.get(stem, 0))


def _conjunction_allowed(word: str, rest: str, lex: Lexicon) -> bool:
    """May a و or ف be split off ``word``: it is not attested as a stem, nor far more frequent than ``rest``."""
    counts = lex.counts
    return not lex.has(word, "C") and counts.get(word, 0) <= CONJUNCTION_RATIO * max(1, counts.get(rest, 0))


def _suffix_split(rest: str, lex: Lexicon) -> tuple[str, str, str] | None:
    """(stem as written, stem form, pronoun) when ``rest`` ends with a pronoun that may be split off."""
    if rest[-1] not in _PRONOUN_ENDINGS or rest in NEVER_SPLIT or lex.has(rest, "A"):
        return None
    for size in (3, 2, 1):
        pronoun = rest[-size:]
        if pronoun not in _PRONOUN_SET or len(rest) - size < MIN_STEM:
            continue
        if pronoun == "ي" and rest[0] == "ي":  # an imperfect verb: its object pronoun is ني, not ي
            continue
        written = rest[: -len(pronoun)]
        counts = lex.counts
        for form in (written, *_stem_variants(written)):
            count = counts.get(form, 0)
            if count and counts.get(rest, 0) <= FREQUENCY_RATIO * count:
                return written, form, pronoun
    return None


def _stem_variants(written: str) -> tuple[str, ...]:
    """Forms a stem takes when nothing is attached: ة written ت, final hamza written on a seat."""
    last = written[-1]
    if last == "ت":
        return (written[:-1] + "ة",)
    if last in "ئؤ":
        return (written[:-1] + "ء",)
    return ()


def split_light(word: str, lex: Lexicon | None = None) -> tuple[Piece, ...]:
    """The pieces of one token in light normal form (a single stem piece when nothing is split).

    A form of the lexicon has its split shipped with it; any other is analysed by `analyse_light`.
    """
    lex = lex or stem_lexicon()
    code = lex.splits.get(word)
    if code is None:
        return analyse_light(word, lex)
    return parse_split(word, code) if code else (_stem(len(word), word),)


def analyse_light(word: str, lex: Lexicon) -> tuple[Piece, ...]:
    """`split_light` by the rules of the module doc, without the shipped splits."""
    if len(word) <= MIN_STEM or word in NEVER_SPLIT:
        return (_stem(len(word), word),)
    if word[0] in _PREFIX_LETTERS:
        for size in range(min(_LONGEST_PREFIX, len(word) - 1), 0, -1):
            for prefix in _PREFIXES.get(word[:size], ()):
                found = _split_after_prefix(word, prefix, lex)
                if found is not None:
                    return found
    return _stem_pieces(word, True, lex)


def _split_after_prefix(word: str, prefix: Prefix, lex: Lexicon) -> tuple[Piece, ...] | None:
    """The pieces of ``word`` with ``prefix`` split off, or None."""
    rest = word[len(prefix.surface) :]
    if rest in _PRONOUN_SET and prefix.inner in PREPOSITIONS and not prefix.article:
        if prefix.conjunction and not _conjunction_allowed(word, word[1:], lex):
            return None
        return (*prefix.pieces, _SUFFIX_PIECES[rest])
    if _prefix_allowed(word, prefix, rest, lex):
        return (*prefix.pieces, *_stem_pieces(rest, not prefix.article, lex))
    return None


def _stem_pieces(rest: str, may_have_suffix: bool, lex: Lexicon) -> tuple[Piece, ...]:
    found = _suffix_split(rest, lex) if may_have_suffix else None
    if found is None:
        return (_stem(len(rest), rest),)
    written, form, pronoun = found
    return _stem(len(written), form), _SUFFIX_PIECES[pronoun]


def split_code(word: str, pieces: tuple[Piece, ...]) -> str:
    """How a split is shipped in the lexicon: "" when the form is whole, else ``prefixes+stem form+suffix``, where
    the stem is what lies between the prefixes and the suffix and its form is written only when it differs:
    ``وللحكومة`` → ``ولل++``, ``حكومته`` → ``+حكومة+ه``, ``لها`` → ``ل++ها`` (no stem)."""
    if len(pieces) == 1:
        return ""
    prefix = sum(piece.length for piece in pieces if piece.kind == "prefix")
    form = suffix = ""
    for piece in pieces:
        if piece.kind == "stem" and piece.form != word[prefix : prefix + piece.length]:
            form = piece.form
        elif piece.kind == "suffix":
            suffix = piece.form
    return f"{word[:prefix]}+{form}+{suffix}"


def parse_split(word: str, code: str) -> tuple[Piece, ...]:
    """The pieces of ``word`` from its non-empty `split_code`."""
    return tuple(_new_piece((end - start, form, kind)) for start, end, form, kind in split_bounds(word, code))


# one piece of a word as (start, end, form, kind), offsets within the word
Bounds = tuple[int, int, str, str]


class _SplitCode(NamedTuple):
    """A `split_code` read: the prefix pieces' bounds, where the stem starts, its form if written, the suffix."""

    prefixes: tuple[Bounds, ...]
    stem_start: int
    form: str
    suffix: str


def _read_code(code: str) -> _SplitCode:
    prefix, form, suffix = code.split("+")
    bounds: list[Bounds] = []
    start = 0
    for piece in _PREFIXES[prefix][0].pieces if prefix else ():
        bounds.append((start, start + piece.length, piece.form, piece.kind))
        start += piece.length
    return _SplitCode(tuple(bounds), start, form, suffix)


_SPLIT_CODES: Memo[str, _SplitCode] = Memo(_read_code, 50_000)  # a few thousand codes are shipped


def split_bounds(word: str, code: str) -> tuple[Bounds, ...]:
    """The pieces of ``word`` from its non-empty `split_code`, as bounds within it: the lexicon's fast path."""
    prefixes, start, form, suffix = _SPLIT_CODES[code]
    size = len(word)
    end = size - len(suffix)
    if end == start:
        return (*prefixes, (end, size, suffix, "suffix")) if suffix else prefixes
    if suffix:
        return (*prefixes, (start, end, form or word[start:end], "stem"), (end, size, suffix, "suffix"))
    return (*prefixes, (start, end, form or word[start:end], "stem"))


_SUFFIX_PIECES = {pronoun: Piece(len(pronoun), pronoun, "suffix") for pronoun in PRONOUNS}


@lru_cache(maxsize=100_000)
def split_token(text: str) -> tuple[Piece, ...]:
    """Pieces of a raw Arabic token; lengths are in raw characters (diacritics stay with their letter).

    A tatweel after a prefix marks the boundary as written (``بـ``, ``لـCNN``, ``بالـ``).
    """
    return split_raw(text, light_normalize(text))


def split_raw(text: str, light: str) -> tuple[Piece, ...]:
    """`split_token` (uncached) of ``text`` whose light normal form ``light`` is known."""
    head, tatweel, tail = text.partition("ـ")
    if tatweel and light_normalize(head) in _TATWEEL_PREFIXES:
        prefix = Piece(len(head) + len(tail) - len(tail.lstrip("ـ")) + 1, light_normalize(head), "prefix")
        tail = tail.lstrip("ـ")
        return (prefix, *split_token(tail)) if tail else (prefix,)
    pieces = split_light(light)
    if len(light) == len(text):
        return pieces
    if len(pieces) == 1:
        return (Piece(len(text), pieces[0].form, pieces[0].kind),)
    return _to_raw_lengths(text, pieces)


_TATWEEL_PREFIXES = frozenset(_PREFIXES)


def _to_raw_lengths(text: str, pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
    """Re-measure piece lengths in raw characters; removed characters stay with the letter before them."""
    bounds = []
    consumed = 0
    for piece in pieces[:-1]:
        consumed += piece.length
        bounds.append(consumed)
    out = []
    start = light_pos = 0
    for raw_pos, char in enumerate(text):
        light_pos += len(light_normalize(char))
        next_removed = raw_pos + 1 < len(text) and not light_normalize(text[raw_pos + 1])
        if len(out) < len(bounds) and light_pos == bounds[len(out)] and not next_removed:
            piece = pieces[len(out)]
            out.append(Piece(raw_pos + 1 - start, piece.form, piece.kind))
            start = raw_pos + 1
    if len(out) < len(bounds):  # an expanding character hid a boundary: keep the token whole
        return (Piece(len(text), light_normalize(text), "stem"),)
    out.append(Piece(len(text) - start, pieces[-1].form, pieces[-1].kind))
    return tuple(out)
