"""Finding statements: cue, content span, kind, and the speaker phrase, then resolving speakers in text order.

A statement needs a cue and content attached to it:
- after a reporting verb or participle and its speaker: a quotation (direct), a colon and the rest of the
  paragraph or a quotation (direct), أن/إن to the end of the reported clause (indirect; mixed when it holds a
  quoted fragment), or, for calls and demands, the words the lexicon lists (دعا إلى، طالب بضرورة …);
- a quotation just before ``، قال X``;
- a noun cue (بحسب، وفقا لما أعلنه، نقلا عن …) with its speaker: the clause before it, or the one after it
  when it opens the sentence;
- ``SPEAKER: «…»``.
A quotation attached to no cue (a name, a title, a scare quote such as ”جنيف 4″) is not a statement, and
nothing inside a direct quotation opens another statement.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate, compress, count, pairwise

from rasd.doc import Document, Entity, Quote, Span, Speaker
from rasd.quotes.cues import CueForm, Lexicon, load_lexicon
from rasd.quotes.marks import Quotation, pair_quotations
from rasd.quotes.speakers import NAME_LINKS, Phrase, Resolver, is_kin, read_phrase
from rasd.quotes.tokens import BREAK, PUNCT, QUOTE, WORD, close_dateline, is_sentence_end, kinds_of, tokenize
from rasd.quotes.words import (
    ADDRESSED,
    ADDRESSED_ONLY,
    ADJUNCT,
    AFFILIATED,
    AUXILIARIES,
    BETWEEN,
    CONCESSIVE,
    CONNECTORS,
    COPULAS,
    DISCLOSING,
    FEMININE_PRONOUN_HOSTS,
    FEMININE_RELATIVES,
    FUNCTION_WORDS,
    LETTER_NAMES,
    MAIN_CLAUSE_OPENERS,
    MASCULINE_PRONOUN_HOSTS,
    NAME_BEFORE_QUOTE,
    NOT_DOING,
    PLURAL_PRONOUN_HOSTS,
    PREPOSITIONS,
    PRONOUN_OBJECTS,
    RELATIVES,
    SELF_REFERENCE,
    SPEECH_NOUNS,
    SPOKEN_WORDS,
    THAT,
    TIME_MODIFIERS,
    TIME_WORDS,
    TITLES,
    TOPIC_ABOUT,
    TOPIC_OPENERS,
    TOPIC_RESUMERS,
    is_definite,
    is_role_head,
    is_speech_noun,
)

WINDOW = 40  # tokens searched after a cue for its content
SAYING_REACH = 10  # words of its sentence a noun of saying may follow (ومضت المصادر بالقول)
BETWEEN_REACH = 12  # tokens searched before وبين for the بين it pairs with
SUBORDINATORS = frozenset(
    {"بعد", "قبل", "منذ", "دون", "بدون", "رغم", "حين", "بمجرد", "لحين", "عقب", "الا", "غير"}
)  # بعد أن، إلا أن
MARKER_PREPOSITIONS = frozenset({"الي", "علي", "من", "عن", "ب"})
NOUN_PREPOSITION_CUES = frozenset({"وفقا", "ووفقا", "طبقا", "وطبقا"})  # their speaker carries ل
# words before a cue that make it report nothing: a negation (لم يذكر) or عدم before a verbal noun (طلب عدم ذكر اسمه)
NEGATIONS = frozenset({"لم", "ولم", "لا", "ولا", "لن", "ولن", "ما"}) | NOT_DOING
# the labels of a speaker's entity and of the call's object touching it (الجامعة العربية تركيا، ترامب الكونغرس);
# not a person after an organisation: the name after its office (المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي)
OBJECT_AFTER_SPEAKER = frozenset({("ORG", "LOC"), ("PER", "LOC"), ("PER", "ORG")})
TO_THE = "لل"  # ل + the article: opens whom a verb of saying was told to (قال للصحفيين، قال للعربية.نت)
IMPERSONAL = frozenset({"سبق", "وسبق", "يبدو", "ويبدو", "بدا", "وبدا"})  # سبق أن قال، يبدو أن الضحية قالت
SINGULAR_IN_YN = frozenset({"الياسمين", "التدوين", "التموين", "التامين"})  # singulars in ين, normalised
STATED = frozenset({"جاء", "ورد"})  # "it came in", "it stood in" (وجاء في البيان: …)
SEEING = "راي"  # رأى's lemma as the cue lexicon holds it: "held" (رأى أن) or "saw"; folded, the noun رأي too
POLLS = frozenset({"استطلاع", "استطلاعات", "استطلاعا", "لاستطلاع", "باستطلاع"})  # استطلاع رأي: an opinion poll
# "called", before a name set off by commas after a description (لكن قياديا شابا بالمعارضة، يدعى هاسلر، قال), normalised
CALLED = frozenset({"يدعي", "تدعي", "يسمي", "تسمي", "اسمه", "اسمها"})
PLACES_OF_SPEAKING = frozenset({"هامش", "تويتر", "صفحته", "صفحتها", "حسابه", "حسابها", "لسان", "موقعه", "موقعها"})
RELAYING = frozenset({"نقل", "اورد"})  # verbs whose speaker follows عن (or على لسان)
NOUN_CUE_FILLERS = frozenset({"ل", "ما", "لما", "عن"})
AFTER_ONLY = CONNECTORS | {"وانما", "بل"}  # وحسب before one of these is "only" (… وحسب، بل …)
CLAUSE_OPENERS = CONNECTORS | AUXILIARIES
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هاتين", "هذين"})
# words that open an adverbial phrase before a sentence's verb (في المقابل، وقبل استقالة فوكودا، …)
ADVERBIAL_OPENERS = PREPOSITIONS | TOPIC_ABOUT | frozenset({"قبل", "بعد", "خلال", "عقب", "اثر", "اثناء"})
OBJECT_OPENERS = DEMONSTRATIVES | SPEECH_NOUNS  # words a verb's object opens with (برر هذا الدور، اختتم كلمته)
# a noun's possessive pronouns as written; not ه, which ends names (عبدالله، طه)
POSSESSIVE_ENDINGS = ("ها", "هم", "هما")
AUXILIARY_OPENERS = {"كان": "m", "وكان": "m", "كانت": "f", "وكانت": "f"}  # with the gender they carry
PRONOUN_HOSTS = MASCULINE_PRONOUN_HOSTS | FEMININE_PRONOUN_HOSTS | PLURAL_PRONOUN_HOSTS


@dataclass(slots=True)
class Found:
    """A statement before speaker resolution."""

    cue: tuple[int, int]  # token range, inclusive
    content: tuple[int, int] | None  # raw offsets; None until the clause end is known
    content_from: int  # token index where indirect content starts
    kind: str
    phrase: Phrase | None
    mode: str  # after | pronoun | given | self (a first or second person: أعتقد، قلت، نؤكد)
    gender: str
    plural: bool
    noun: bool = False  # opened by a noun cue (بحسب، وفقا لما …)
    content_at: int = 0  # raw offset of the cue, to test whether it lies inside other speech


class Extractor:
    """Quote finding over one document."""

    def __init__(self, doc: Document, lexicon: Lexicon | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.lex = lexicon or load_lexicon()
        self.toks = tokenize(doc.text)
        if doc.dateline is not None:
            close_dateline(self.toks, doc.dateline.end)
        self.norms = [tok.norm for tok in self.toks]
        self.kinds = kinds_of(self.toks)
        self.quotations = pair_quotations(doc.text, self.toks, self.kinds)
        self.opening: dict[int, Quotation] = {q.open: q for q in self.quotations}
        # the article's names, for checks while finding statements and then for resolving speakers
        self.names = Resolver(doc, self.toks, self.lex.lookup, self.norms)
        # word_counts[k]: the number of words among the first k tokens
        self.word_counts = list(accumulate(map(WORD.__eq__, self.kinds), initial=0))
        self.inside = [-1] * len(self.toks)
        for n, q in enumerate(self.quotations):
            last = min(q.close, len(self.toks) - 1)
            self.inside[q.open : last + 1] = [n] * (last + 1 - q.open)

    # -- the whole document -------------------------------------------------------------------------------
    def quotes(self) -> list[Quote]:
        found: list[Found] = []
        stops: list[int] = []  # where another statement's cue or a noun cue (حسب تعبيره) begins
        for i in compress(count(), map(self.lex.may_start, self.norms)):
            tok = self.toks[i]
            if tok.kind != WORD or self.inside[i] != -1:
                continue
            noun = self._noun_cue(i)
            if noun is not None:
                statements = self._noun_statement(i, noun)
                if statements is not None:  # a source or a re-attribution ends the statement before it
                    stops.append(i)
                    found.extend(statements)
                continue
            form = self._form_at(i)
            if form is not None and form.kind != "noun":
                item = self._verb_statement(i, form)
                if item is not None:
                    found.append(item)
        found.extend(self._colon_statements(found))
        found.sort(key=lambda f: f.cue[0])
        self._close_indirect(found, sorted(stops + [f.cue[0] for f in found]))
        for f in found:
            f.content_at = self.toks[f.cue[0]].start
        return self._resolve(_dedupe(_without_reattributions(_outside_direct_speech(found))))

    # -- cues ------------------------------------------------------------------------------------------------
    def _noun_cue(self, i: int) -> int | None:
        """The last token index of a noun cue starting at token i, if one does."""
        norm = self.toks[i].norm
        if not self.lex.opens_phrase(norm):
            return None
        nxt = self._next_word(i)
        if norm == "فحسب" or (norm == "وحسب" and (nxt is None or self.toks[nxt].norm in AFTER_ONLY)):
            return None  # "only", not "according to"
        for key in (norm, norm[1:] if norm[:1] == "و" else None):
            for words in self.lex.noun_phrases.get(key or "", []):
                j, ok = i, True
                for w in words[1:]:
                    j = self._next_word(j)
                    if j is None or self.toks[j].norm != w:
                        ok = False
                        break
                if ok:
                    return j
        return None

    def _form_at(self, i: int) -> CueForm | None:
        """The cue token i spells, unless it opens a person's name (نجيب السعدي), it is "affiliated to" (مصدر تابع
        للوزارة), or a cue only with a conjunction and that conjunction joins it to another بين of its clause
        (الخلافات بينه وبين فؤاد، بين الحكومة وبين المعارضة)."""
        norm = self.toks[i].norm
        form = self.lex.lookup(norm)
        if form is not None and self._opens_name(i):
            return None
        if form is not None and norm in AFFILIATED:
            j = self._next_word(i)
            if j is not None and self.toks[j].norm.startswith("ل"):
                return None
        if form is None or norm[1:] not in self.lex.joined_only:
            return form
        k = i - 1
        while k >= max(0, i - BETWEEN_REACH) and not is_sentence_end(self.toks, k):
            if self.toks[k].norm in BETWEEN:
                return None
            k -= 1
        return form

    def _next_word(self, j: int) -> int | None:
        j += 1
        while j < len(self.toks) and self.toks[j].kind == PUNCT and self.toks[j].norm == "ـ":
            j += 1
        return j if j < len(self.toks) and self.toks[j].kind == WORD else None

    # -- verb cues -------------------------------------------------------------------------------------------
    def _verb_statement(self, i: int, form: CueForm) -> Found | None:
        if (i > 0 and self.toks[i - 1].norm in NEGATIONS) or self._asks_not_to_be_named(i):
            return None  # لم يذكر اسمه، لم يوضح أن، طلب عدم ذكر اسمه، طالبا عدم نشر اسمه: nothing was said
        if form.lemma == SEEING and i > 0 and self.toks[i - 1].norm.removeprefix("و") in POLLS:
            return None  # استطلاع رأي أجراه المكتب: an opinion poll, رأي the noun, not رأى
        if (
            self.lex.is_blocked(self.toks[i].norm)
            and self._next_word(i) is not None
            and (self.toks[i + 1].norm in THAT or self.toks[i + 1].norm == "الي")
        ):
            return None
        marker = self._marker(i, form)
        gender, plural = form.gender, form.plural
        if marker is None:
            return self._quote_before(i, form)
        kind, j, content = marker
        if form.kind == "participle" and self.toks[j].norm not in THAT and self._after_indefinite_noun(i):
            return None  # فرضت إجراءات مشددة على المداخل: an adjective, not "stressing"
        if self._mid_clause(i, form):
            return None  # a verb inside a reported clause (… إنه يعتبر ما حدث …) reports nothing of its own
        if self.toks[i + 1].norm in ("فيه", "فيها") and j > i + 2:
            return None  # بيانا أكد فيه أن …: the content follows at once, or this is no statement
        end = j
        while end > i + 1 and self.toks[end - 1].norm in MARKER_PREPOSITIONS:
            end -= 1  # أشار إلى أن، حذر من أن، شدد على أن
        first = self._source_after_an(i, end, form.lemma in RELAYING)
        if first == i + 1 and self._opens_clause(i):
            first = self._past_time(first, end)
        if form.introducers:
            end = self._before_object(first, end)
        opening = self.toks[first].norm if first < end else ""
        if opening in ADDRESSED_ONLY or (form.introducers and _oblique(opening)):
            end = first  # وناشدت العالم بأن …، ودعا المسؤولين إلى …: whom it appealed to, the subject dropped
        if self.lex.first_person(self.toks[i].norm, self.text[self.toks[i].start : self.toks[i].end], form):
            # أعتقد، قلت، نؤكد: the one speaking, who was named before; no word around it names a speaker
            return Found((i, i), content, j, kind, None, "self", gender, plural)
        # a participle's subject is the clause's (مضيفا أن، مطالبا السلطات بـ…): what follows it is no speaker
        phrase = read_phrase(self.doc, self.toks, first, end, self.names.entities) if form.kind == "verb" else None
        mode = "after" if phrase is not None else "pronoun"
        if form.kind == "saying":
            phrase = self._saying_subject(i)
            mode = "given" if phrase is not None else "pronoun"
        if phrase is not None and self.toks[phrase.first].norm.startswith(TO_THE):
            # قال للعربية.نت: whom it was told to; the speaker, if named, stands before the verb
            fronted, how = self._subject_elsewhere(i, form)
            if fronted is not None:
                phrase, mode = fronted, how
        if phrase is None:
            phrase, mode = self._subject_elsewhere(i, form)
            if mode == "none":
                if self.toks[j].norm != ":":
                    return None
                mode = "pronoun"  # قال لي: "…": speech for sure, its speaker said before
        if mode == "pronoun":
            gender = self._pronoun_gender(i) or gender
        return Found((i, i), content, j, kind, phrase, mode, gender, plural)

    def _after_li(self, speaker: Speaker) -> bool:
        """Whether a speaker's text opens with ل written on a name the tagger found right after it (لترامب)."""
        start = speaker.start + 1
        return speaker.text[:1] == "ل" and any(e.start == start for e in self.names.entities.near(start, start + 1))

    def _after_indefinite_noun(self, i: int) -> bool:
        """Whether token i follows a feminine plural noun with no article, no comma between (إجراءات مشددة، معلومات
        مؤكدة), which a participle after it describes; not a name, nor an adverb (وتحدث طويلا مشددا على)."""
        if i == 0 or self.toks[i - 1].kind != WORD:
            return False
        norm = self.toks[i - 1].norm
        if is_definite(norm) or norm in FUNCTION_WORDS or self.lex.lookup(norm) or self._entity_at(i - 1):
            return False
        return norm.endswith("ات") and len(norm) > 4

    def _marker(self, i: int, form: CueForm) -> tuple[str, int, tuple[int, int] | None] | None:
        """(kind, token index, content span if already known) of the content a cue opens."""
        toks = self.toks
        j = i + 1
        while j < len(toks) and j <= i + WINDOW:
            tok = toks[j]
            if tok.kind == QUOTE and j in self.opening:
                q = self.opening[j]
                if self._attached(j, q):
                    return "direct", j, self._inner(q)
                j = q.close + 1
                continue
            if is_sentence_end(toks, j):
                return None
            if tok.kind == PUNCT and tok.norm == ":":
                nxt = j + 1
                if nxt < len(toks) and nxt in self.opening:
                    return "direct", j, self._inner(self.opening[nxt])
                return "direct", j, self._rest_of_paragraph(j + 1)
            if tok.kind == WORD:
                prev = toks[j - 1].norm if j > i + 1 else ""
                if tok.norm in THAT and prev not in SUBORDINATORS and not self._spelled(j) and not self._name_at(j):
                    return "indirect", j, None
                if (
                    form.introducers
                    and _introduces(tok.norm, form)
                    and not self._that_follows(j)
                    and not self._adjunct_follows(j)
                ):
                    return "indirect", j, None
                if (
                    j > i + 1
                    and prev not in NEGATIONS
                    and self.lex.may_start(tok.norm)
                    and not self._asks_not_to_be_named(j)
                ):
                    if tok.norm == "علي" and self._noun_cue(j) is not None:
                        j += 2  # أعلنت روسيا على لسان وزير خارجيتها …: the speaker goes on
                        continue
                    if self._noun_cue(j) is not None or self._form_at(j) is not None:
                        return None
            j += 1
        return None

    def _opens_clause(self, i: int) -> bool:
        """Whether the cue at token i begins its sentence, alone or with و / ف (وقال أمس وزير …), so that a
        subject may follow it past the time it names."""
        return self.toks[i].norm not in self.lex.forms or self._sentence_start(i) == i

    def _past_time(self, k: int, end: int) -> int:
        """The first token from k on past the words that say when (اليوم الثلاثاء، السبت الماضي)."""
        while k < end and (
            self.toks[k].norm in TIME_WORDS
            or (self.toks[k].norm in TIME_MODIFIERS and k > 0 and self.toks[k - 1].norm in TIME_WORDS)
        ):
            k += 1
        return k

    def _before_object(self, first: int, end: int) -> int:
        """Where a call's object begins right after its speaker (دعت الجامعة العربية تركيا إلى، دعا ترامب الكونغرس
        إلى، طالب البرلمان العربي المجتمع الدولي بـ): at a place or organisation the tagger found touching the
        speaker's entity, or at a word calls are addressed to after a word with the article, which no noun after it
        can be in construct with; else ``end``."""
        if end - first < 2:
            return end
        start, stop = self.toks[first].start, self.toks[end - 1].end
        found = [e for e in self.names.entities.near(start, stop) if start <= e.start and e.end <= stop]
        for before, after in pairwise(found):
            if (before.label, after.label) in OBJECT_AFTER_SPEAKER and not self.text[before.end : after.start].strip():
                return next(k for k in range(first, end) if self.toks[k].end > after.start)
        for k in range(first + 1, end):
            before = self.toks[k - 1]
            if self.toks[k].norm in ADDRESSED and before.kind == WORD and is_definite(before.norm):
                return k
        return end

    def _asks_not_to_be_named(self, j: int) -> bool:
        """A cue before عدم and a word of disclosing (طالبا عدم نشر اسمه، طلب عدم الكشف عن هويته)."""
        k = self._next_word(j)
        if k is None or self.toks[k].norm not in NOT_DOING:
            return False
        k = self._next_word(k)
        return k is not None and self.toks[k].norm in DISCLOSING

    def _source_after_an(self, i: int, end: int, relaying: bool) -> int:
        """نقل بيان عن متحدث …، أعلنت روسيا على لسان وزير خارجيتها …: the words after عن / على لسان spoke."""
        for k in range(i + 1, end - 1):
            if self.toks[k].norm == "علي" and self.toks[k + 1].norm == "لسان":
                return k + 2
            if relaying and self.toks[k].norm == "عن":
                return k + 1
        return i + 1

    def _mid_clause(self, i: int, form: CueForm) -> bool:
        """A verb with no conjunction after أن/إن in its clause: part of a reported clause (… إنه يعتبر …)."""
        norm = self.toks[i].norm
        if form.kind != "verb" or (norm[:1] in "وف" and norm not in self.lex.forms):
            return False
        k = i - 1
        while k >= 0 and not (is_sentence_end(self.toks, k) and self.inside[k] == -1):
            tok = self.toks[k]
            if (tok.kind == PUNCT and tok.norm in "،,") or tok.norm in CONNECTORS:
                return False  # a new clause (… ، فيما أكدت اللجنة أن …، لكنه أكد أن …)
            if tok.norm in THAT and not (k > 0 and self.toks[k - 1].norm in IMPERSONAL):
                return True
            k -= 1
        return False

    def _adjunct_follows(self, j: int) -> bool:
        """على هامش، على تويتر: a place of speaking, not the start of what was said."""
        nxt = self._next_word(j)
        return nxt is not None and self.toks[nxt].norm in PLACES_OF_SPEAKING

    def _that_follows(self, j: int) -> bool:
        nxt = self._next_word(j)
        return nxt is not None and self.toks[nxt].norm in THAT

    def _attached(self, j: int, q: Quotation) -> bool:
        """Whether the quotation opening at j is the cue's content rather than a quoted name."""
        start, end = self._inner(q)
        if not any(char.isalpha() for char in self.text[start:end]):
            return False  # بلغ “676,962” سيارة: a figure set off by quotation marks
        prev = self.toks[j - 1] if j > 0 else None
        if (
            prev is not None
            and prev.kind == WORD
            and (prev.norm in NAME_BEFORE_QUOTE or (prev.norm[:1] in "لب" and prev.norm[1:] in NAME_BEFORE_QUOTE))
        ):
            return False  # لـ«عكاظ»، وكالة “رويترز”، لبرنامج «رسل السلام»
        words = self.word_counts[min(q.close, len(self.toks))] - self.word_counts[q.open + 1]
        if words <= 2 and (prev is None or prev.norm != ":"):
            return False  # “رويترز”، ”جنيف 4″، "الدون": a name or a scare quote
        if (
            words <= 4
            and prev is not None
            and prev.kind == WORD
            and is_definite(prev.norm)
            and prev.norm not in ADJUNCT
        ):
            return False  # المجاهد “خالد بن مساوى”: a name after the noun it names
        if words <= 3:
            # a short quotation followed by أن/إن or a colon in the same sentence is a name (وكالة “رويترز”، … إن)
            k = q.close + 1
            while k < len(self.toks) and not is_sentence_end(self.toks, k):
                if self.toks[k].norm in THAT or self.toks[k].norm == ":":
                    return False
                k += 1
        return True

    def _inner(self, q: Quotation) -> tuple[int, int]:
        start = self.toks[q.open].end
        end = self.toks[q.close].start if q.close < len(self.toks) else len(self.text)
        return _trim(self.text, start, end)

    def _rest_of_paragraph(self, j: int) -> tuple[int, int] | None:
        """Speech after a colon without quotation marks: to the end of the paragraph, or up to a sentence of
        it that reports another statement (long paragraphs hold several speakers)."""
        k = j
        while k < len(self.toks) and self.toks[k].kind != BREAK:
            if k > j and is_sentence_end(self.toks, k - 1) and self._reports(k):
                break
            k += 1
        if k == j:
            return None
        return _trim(self.text, self.toks[j].start, self.toks[k - 1].end)

    def _reports(self, k: int) -> bool:
        """Whether the sentence starting at token k holds a cue outside quotations."""
        end = self._sentence_end(k)
        return any(
            self.toks[m].kind == WORD
            and self.inside[m] == -1
            and (self._form_at(m) is not None or self._noun_cue(m) is not None)
            for m in range(k, end)
        )

    def _quote_before(self, i: int, form: CueForm) -> Found | None:
        """«…»، قال X: the quotation right before the cue is its content; not before رأى, also "saw" (… "الكثير من
        الصراخ" ورأوا رجلا يقود سيارته)."""
        if form.kind != "verb" or form.lemma == SEEING:
            return None
        k = i - 1
        while k >= 0 and self.toks[k].kind == PUNCT and self.toks[k].norm in "،,":
            k -= 1
        if k < 0 or self.toks[k].kind != QUOTE or self.inside[k] == -1:
            return None
        q = self.quotations[self.inside[k]]
        if q.close != k or sum(1 for m in range(q.open, q.close) if len(self.toks[m].norm) > 1) < 3:
            return None  # a name in quotation marks ("د ب أ")
        end = i + 1
        while end < len(self.toks) and not is_sentence_end(self.toks, end):
            end += 1
        phrase = read_phrase(self.doc, self.toks, i + 1, end, self.names.entities)
        if phrase is None:
            return None
        return Found((i, i), self._inner(q), q.open, "direct", phrase, "after", form.gender, form.plural)

    def _subject_elsewhere(self, i: int, form: CueForm) -> tuple[Phrase | None, str]:
        """The speaker of a cue with nothing between it and its content: relative, fronted, or dropped."""
        toks = self.toks
        prev = i - 1
        if prev >= 0 and toks[prev].norm in RELATIVES:
            if self._next_word(i) is not None and toks[i + 1].norm in ("فيه", "فيها"):
                name = next(self.names.runs.latest_before(prev), None)
                if name is not None:
                    a, b = name
                    return Phrase(a, b, (a, b)), "given"
                return None, "pronoun"
            antecedent = prev - 1
            if antecedent >= 0 and toks[antecedent].kind in (WORD, QUOTE):
                if form.gender and form.gender != ("f" if toks[prev].norm in FEMININE_RELATIVES else "m"):
                    # مدينة الطائف التي ذكر بأنها …: what the sentence's subject said of the city, not the city
                    subject = self._opening_subject(i)
                    return (subject, "given") if subject is not None else (None, "pronoun")
                if toks[antecedent].kind == WORD:
                    phrase = read_phrase(self.doc, toks, antecedent, prev, self.names.entities)
                    # إسرائيل التي قالت: a name or a source; قانون … والذي قال: the speaker is elsewhere
                    if phrase is not None and self._names_source(phrase):
                        return phrase, "given"
                    return None, "pronoun"
        conjoined = toks[i].norm not in self.lex.forms
        # a comma closing an apposition before the verb (المتحدثة باسم الخارجية، هيذر نويرت، قالت)
        apposed = prev > 0 and toks[prev].norm in "،," and toks[prev - 1].kind == WORD
        if form.kind == "verb" and not conjoined and prev >= 0 and (toks[prev].kind == WORD or apposed):
            if toks[prev].norm in CONNECTORS or toks[prev].norm in PRONOUN_HOSTS:
                return None, "pronoun"
            start = self._clause_start(i)
            words = [k for k in range(start, i) if toks[k].kind == WORD]
            while words and toks[words[0]].norm in CLAUSE_OPENERS:
                words.pop(0)
            if not words and not apposed:
                return None, "pronoun"  # فقد اعترف بأنه …: no word but the clause's openers, its subject dropped
            topic = bool(words) and toks[words[0]].norm in TOPIC_OPENERS
            words = words[1:] if topic else words
            if topic and words and toks[words[0]].norm in TOPIC_ABOUT:
                return None, "pronoun"
            if words and toks[words[0]].norm[:1] in "وف" and toks[words[0]].norm[1:] in TOPIC_ABOUT | PREPOSITIONS:
                return None, "pronoun"  # وحول مواقفه السياسية قال: what it was about, the speaker named before
            if len(words) > 1 and toks[words[0]].norm in IMPERSONAL and toks[words[1]].norm in THAT:
                words = words[2:]  # ويبدو أن الضحية قالت …
            if apposed and len(words) > 1 and toks[words[0]].norm in CALLED:
                words = words[1:]
            while words and toks[words[-1]].norm in AUXILIARIES:
                words.pop()  # وكانت مصادر سورية قد قالت: قد is no part of who spoke
            if len(words) == 1 and toks[words[0]].norm in PRONOUN_HOSTS:
                return None, "pronoun"  # … فإنه كان قد قال: the one named before
            if (
                words
                and len(words) <= 15
                and not any(toks[k].norm in THAT or self.lex.lookup(toks[k].norm) for k in words)
            ):
                phrase = read_phrase(self.doc, toks, words[0], words[-1] + 1, self.names.entities)
                # a fronted subject is a name, a source or a whole short clause (ويبدو أن الضحية قالت), not any
                # noun phrase (… رفعت لافتات كتب عليها)
                if phrase is not None and apposed:  # only a person's name set off by the commas (هيذر نويرت)
                    whole_name = phrase.name is not None and phrase.name[0] == words[0] and self._name_at(words[0])
                    return (phrase, "given") if whole_name else (None, "pronoun")
                after = self._next_word(i)
                in_it = after is not None and toks[after].norm in ("فيه", "فيها")
                writer = self._sentence_subject(i) if in_it and phrase is not None else None
                if phrase is not None and phrase.last < words[-1] and (self._joined_verb(words[0]) or writer):
                    # وأرسل تومي رسالة … قال فيها إن، نشر المكتب بيانا أكد فيه أن: the writer, the subject of the
                    # verb opening the sentence; ونظمت الأمم المتحدة مؤتمرات … تدعو إلى: a clause describing a noun
                    return (writer, "given") if writer is not None else (None, "none")
                if phrase is not None and (
                    self._sure_name(phrase)
                    or phrase.kind in ("organisation", "unnamed")
                    or is_kin(self.doc, toks[phrase.first])
                    or (len(words) <= 2 and not topic)
                ):
                    return phrase, "given"
            # أما عن الأسعار فقد أكد: the topic is what was spoken of, the speaker the one named before
            return None, "pronoun" if topic or apposed else "none"
        return None, "pronoun"

    def _names_source(self, phrase: Phrase) -> bool:
        """A phrase that names who spoke: a name, a body, an unnamed source, or a relative (زوجة أبو العبد)."""
        return (
            phrase.name is not None
            or phrase.kind in ("organisation", "unnamed")
            or is_kin(self.doc, self.toks[phrase.first])
        )

    def _sure_name(self, phrase: Phrase) -> bool:
        """A name of two words or more, or one word that ends a longer name met before (وكان ترامب أعلن)."""
        return phrase.name is not None and (phrase.name[1] > phrase.name[0] or self._known_surname(phrase))

    def _known_surname(self, phrase: Phrase) -> bool:
        """Whether the phrase's name is one word that ends a longer name met before."""
        if phrase.name is None or phrase.name[1] > phrase.name[0]:
            return False
        a = phrase.name[0]
        return self.names.full_name(a, a) != self.text[self.toks[a].start : self.toks[a].end]

    def _opening_subject(self, i: int) -> Phrase | None:
        """The subject of the sentence's opening verb, a short description included (وقدمت الجزائرية …)."""
        subject = self._sentence_subject(i)
        if subject is not None:
            return subject
        words, adverbial = self._opening_words(i)
        if adverbial:
            return None  # after an adverbial phrase, only a name or a source (``_sentence_subject``)
        phrase = read_phrase(self.doc, self.toks, words[1], i, self.names.entities)
        if phrase is not None and phrase.kind == "description" and phrase.last - phrase.first <= 1:
            return phrase
        return None

    def _auxiliary_subject(self, i: int, gender: str) -> Phrase | None:
        """The subject between the كان opening the sentence and its قد (وكان ترامب قد توعد النظام …، قائلا إن …),
        when it names a source of the cue's gender."""
        words = self._words_before(i)
        if len(words) < 4 or self.toks[words[0]].norm not in AUXILIARY_OPENERS:
            return None
        if gender and gender != AUXILIARY_OPENERS[self.toks[words[0]].norm]:
            return None
        qad = next((p for p in range(2, min(len(words), 8)) if self.toks[words[p]].norm == "قد"), None)
        if qad is None:
            return None
        phrase = read_phrase(self.doc, self.toks, words[1], words[qad], self.names.entities)
        return phrase if phrase is not None and self._names_source(phrase) else None

    def _entity_end(self, first: int, end: int) -> int | None:
        """The token after a name the tagger found starting at token ``first``, at most ``end`` (its subject ends
        there: what follows is the verb's object); None when no name starts there."""
        start = self.toks[first].start
        for entity in self.names.entities.near(start, start + 1):
            if entity.start == start:
                return next((k for k in range(first + 1, end) if self.toks[k].start >= entity.end), end)
        return None

    def _named_before_verb(self, i: int) -> Phrase | None:
        """A person or body the tagger found right before the verb before token i (إلا أن أوربان رد بالقول)."""
        if i < 2 or self.toks[i - 1].kind != WORD or self.toks[i - 2].kind != WORD:
            return None
        end = self.toks[i - 2].end
        for entity in self.names.entities.near(end - 1, end):
            if entity.end == end and entity.label in ("PER", "ORG"):
                first = next((k for k in range(i - 2, -1, -1) if self.toks[k].start <= entity.start), i - 2)
                return read_phrase(self.doc, self.toks, first, i - 1, self.names.entities)
        return None

    def _opens_with_other_verb(self, i: int) -> bool:
        """A dropped subject inside a sentence that opened with a verb that is no cue (وقدمت الجزائرية …، في
        المقابل، رد المندوب الروسي …)."""
        words, adverbial = self._opening_words(i)
        if len(words) < 2 or self.lex.lookup(self.toks[words[0]].norm) is not None:
            return False
        return self._joined_verb(words[0]) or adverbial

    def _past_connectors(self, words: list[int]) -> bool:
        """Drop the connectors that open a sentence's words (بينما، وفيما، ولكن), the last word kept, unless a
        function word follows them (ولكن ما دام …: no verb and its subject); whether any were dropped."""
        k = 0
        while k < len(words) - 1 and _connector(self.toks[words[k]].norm):
            k += 1
        if k == 0 or self.toks[words[k]].norm in FUNCTION_WORDS:
            return False
        del words[:k]
        return True

    def _opening_words(self, i: int) -> tuple[list[int], bool]:
        """The words of token i's sentence before it, from its opening clause: past the connectors and a leading
        adverbial phrase and its comma (في المقابل، من جهة أخرى، إلى ذلك،), without an object pronoun between the
        verb and its subject; and whether there was an adverbial phrase."""
        words = self._words_before(i)
        self._past_connectors(words)
        comma = self._adverbial_comma(words, i)
        if comma is not None:
            words = [k for k in words if k > comma]
        if len(words) > 2 and self.toks[words[1]].norm in PRONOUN_OBJECTS:
            del words[1]  # وعلق عليه الوزير: the verb's object before its subject
        return words, comma is not None

    def _adverbial_comma(self, words: list[int], i: int) -> int | None:
        """The comma closing the adverbial phrase that opens a sentence of ``words`` when a verb follows it (في
        المقابل، رد …): a word with no article that is no function word, role, أن or رغم; not when the opening word is
        a cue (وبين العمرو، أنه …)."""
        if not words or self.toks[words[0]].norm.removeprefix("و") not in ADVERBIAL_OPENERS:
            return None
        if self.lex.lookup(self.toks[words[0]].norm) is not None:
            return None
        comma = next((k for k in range(words[0] + 1, min(i, words[0] + 6)) if self.toks[k].norm in "،,"), None)
        after = next((k for k in words if comma is not None and k > comma), None)
        if after is None:
            return None
        norm = self.toks[after].norm
        verb_like = len(norm) > 1 and not is_definite(norm) and not is_role_head(norm)
        return comma if verb_like and norm not in FUNCTION_WORDS | THAT | CONCESSIVE else None

    def _joined_verb(self, k: int) -> bool:
        """Whether token k reads as a verb with و/ف: no connector, auxiliary or function word (ومنذ، ومن جانبه)."""
        norm = self.toks[k].norm
        return (
            len(norm) > 3  # و and a verb of three letters at least (وقال، ودعا), not في
            and norm[:1] in "وف"
            and norm not in CLAUSE_OPENERS
            and norm[1:] not in FUNCTION_WORDS
        )

    def _saying_subject(self, i: int) -> Phrase | None:
        """Who speaks by a noun of saying (بالقول): the subject of the verb opening its sentence, a cue or not,
        perhaps after a negation (وتابع كيري بالقول، ومضت المصادر بالقول، وبرر المسؤول هذا الدور بالقول، ولم تعلق
        الوزارة …، مكتفية بالقول) or between كان and قد; None when the verb's subject was dropped (واختتم كلمته
        بالقول)."""
        phrase = self._auxiliary_subject(i, "") or self._named_before_verb(i)
        if phrase is not None:
            return phrase
        words = self._words_before(i)
        opened = self._past_connectors(words)  # بينما علق الرئيس بالقول: a verb follows the connector
        negated = bool(words) and self.toks[words[0]].norm in NEGATIONS
        if negated:
            words.pop(0)  # a verb follows
        verb = len(words) > 1 and (
            negated or opened or self._joined_verb(words[0]) or self.lex.lookup(self.toks[words[0]].norm)
        )
        if not verb:
            return None
        if len(words) > SAYING_REACH:
            # a verb far before may not be the one the noun goes with (… الذي أشار إليه الأسد بالقول): its
            # subject only when it names a source (وأطلقت منظمة الصحة العالمية … حملة …، واكتفت بالقول)
            return self._sentence_subject(i) if self._opens_with_other_verb(i) else None
        end = self._object_start(words, i)
        entity_end = self._entity_end(words[1], end)  # وتبرر إسرائيل قتل الفلسطينيين بالقول: its object follows
        phrase = read_phrase(self.doc, self.toks, words[1], entity_end or end, self.names.entities)
        if phrase is None or phrase.first != words[1] or phrase.pronoun:
            return None
        head = self.toks[phrase.first].norm
        # a name the tagger found or one met before (وتابع كيري بالقول), not any words (وحاول تبرير النكسة بالقول)
        named = entity_end is not None or (phrase.name is not None and self._known_surname(phrase))
        described = phrase.kind in ("organisation", "unnamed") or is_role_head(head) or is_definite(head)
        return phrase if named or described or is_kin(self.doc, self.toks[phrase.first]) else None

    def _clause_start(self, i: int) -> int:
        """After the last comma or connector (… ، لكن الشرطة قالت) of the sentence before token i; not a comma
        right before it, which closes an apposition (المتحدثة باسم الخارجية، هيذر نويرت، قالت)."""
        start = self._sentence_start(i)
        for k in range(i - 2, start - 1, -1):
            tok = self.toks[k]
            if tok.kind == PUNCT and tok.norm in "،,":
                return self._named_before_role(k, start)
            if tok.norm in ("لكن", "ولكن", "بينما", "فيما"):
                return k + 1
        return start

    def _named_before_role(self, comma: int, start: int) -> int:
        """The clause start for a comma: the name before it when a role follows it and the name opens its own
        clause (لكن هيليما كروفت، رئيسة استراتيجية السلع … قالت); else the token after it."""
        if comma + 1 >= len(self.toks) or not is_role_head(self.toks[comma + 1].norm):
            return comma + 1
        end = self.toks[comma - 1].end
        for entity in self.names.entities.near(end - 1, end):
            if entity.label != "PER" or entity.end != end:
                continue
            first = next((k for k in range(start, comma) if self.toks[k].start == entity.start), None)
            if first is None:
                return comma + 1
            k = first - 1
            while k >= start and self.toks[k].norm in CONNECTORS:
                k -= 1
            if k < start or (self.toks[k].kind == PUNCT and self.toks[k].norm in "،,"):
                return first
        return comma + 1

    def _object_start(self, words: list[int], i: int) -> int:
        """Where the object of the verb opening ``words`` (a sentence's words before token i) begins, ending its
        subject: a demonstrative (وبرر المسؤول هذا الدور), a speech (واختتم الرئيس كلمته; none when it follows the
        verb: وختم حديثه), a noun with a possessive pronoun (no preposition on it) after a word with the article,
        which is in construct with nothing (وأعلنت المنظمة نتائجها; not المتحدث باسمها), or a cue after ل, a clause
        of its own (جاء البيان ليؤكد)."""
        for k, prev in zip(words[1:], [-1, *words[1:]], strict=False):
            norm = self.toks[k].norm
            opener = norm in OBJECT_OPENERS or (norm[-1:] == "ا" and norm[:-1] in SPEECH_NOUNS)  # بيانا
            if opener and not (prev >= 0 and self.toks[prev].norm in PREPOSITIONS):
                return k  # not after a preposition: في بيان is when it spoke
            if norm[:1] == "ل" and self.lex.lookup(norm[1:]) is not None:
                return k  # جاء البيان ليؤكد أن …: a clause of its own
            raw = self.text[self.toks[k].start : self.toks[k].end]
            possessed = len(norm) > 3 and raw.endswith(POSSESSIVE_ENDINGS) and norm[:1] not in "وفبل"
            if possessed and prev >= 0 and is_definite(self.toks[prev].norm) and not is_definite(norm):
                return k
        return i

    def _sentence_subject(self, i: int) -> Phrase | None:
        """The subject after the verb opening the sentence (وهونت اللجنة … قائلة), when it names a source."""
        words, _ = self._opening_words(i)
        if len(words) < 2:
            return None
        end = self._object_start(words, i)
        phrase = read_phrase(self.doc, self.toks, words[1], self._entity_end(words[1], end) or end, self.names.entities)
        if phrase is not None and self._names_source(phrase):
            return phrase
        if phrase is not None and self._sure_name(Phrase(phrase.first, phrase.first, (phrase.first, phrase.first))):
            return Phrase(phrase.first, phrase.first, (phrase.first, phrase.first))  # وأكد البشير عدم …
        return None

    def _topic(self, i: int) -> Phrase | None:
        """The topic of a sentence opened by أما, when it names a source: the subject its comment drops (أما الزائر
        عبدالله الفركز فقد أعرب عن إعجابه … وقال إنه …، أما الوزارة فقالت إن …)."""
        start = self._sentence_start(i)
        words = [k for k in range(start, i + 1) if self.toks[k].kind == WORD]
        if len(words) < 3 or self.toks[words[0]].norm not in TOPIC_OPENERS or self.toks[words[1]].norm in TOPIC_ABOUT:
            return None
        for k in words[2:]:
            norm = self.toks[k].norm
            if norm[:1] == "ف" and (norm[1:] in TOPIC_RESUMERS or self.lex.lookup(norm) is not None):
                phrase = read_phrase(self.doc, self.toks, words[1], k, self.names.entities)
                if phrase is not None and self._names_source(phrase):
                    return phrase
                return None
        return None

    def _last_full_name(self, i: int) -> Phrase | None:
        """The nearest full name before a cue, outside quotations: after a title or a role, or with a link word
        (سعيد بن محمد مخايش)."""
        for a, b in self.names.runs.latest_before(i):
            titled = a > 0 and (self.toks[a - 1].norm in TITLES or is_role_head(self.toks[a - 1].norm))
            linked = any(self.toks[k].norm in NAME_LINKS for k in range(a, b))
            if self.inside[a] == -1 and (titled or linked):
                return Phrase(a, b, (a, b))
        return None

    def _last_person(self, i: int) -> Phrase | None:
        """The last person of two names or more the tagger found before a cue, outside quotations (وصف الرئيس
        الأميركي دونالد ترامب … وقال إن …: the first statement's dropped subject)."""
        start = self.toks[i].start
        for entity in reversed([e for e in self.names.entities.near(0, start) if e.end <= start]):
            if entity.label != "PER" or len(entity.text.split()) < 2:
                continue
            words = [k for k in range(i) if entity.start <= self.toks[k].start < entity.end]
            if words and self.inside[words[0]] == -1:
                return Phrase(words[0], words[-1], (words[0], words[-1]))
        return None

    def _pronoun_gender(self, i: int) -> str:
        prev = self.toks[i - 1].norm if i > 0 else ""
        if prev in FEMININE_PRONOUN_HOSTS:
            return "f"
        if prev in MASCULINE_PRONOUN_HOSTS and prev not in ("كما",):
            return "m"
        return ""

    def _words_before(self, i: int) -> list[int]:
        """The word tokens of token i's sentence before it."""
        return [k for k in range(self._sentence_start(i), i) if self.toks[k].kind == WORD]

    def _sentence_start(self, i: int) -> int:
        k = i - 1
        while k >= 0 and not (is_sentence_end(self.toks, k) and self.inside[k] == -1):
            k -= 1
        return k + 1

    def _sentence_end(self, i: int) -> int:
        k = i
        while k < len(self.toks) and not (is_sentence_end(self.toks, k) and self.inside[k] == -1):
            k += 1
        return k

    # -- noun cues -------------------------------------------------------------------------------------------
    def _noun_statement(self, i: int, last: int) -> list[Found] | None:
        """The statement a noun cue credits (none when it only credits again: حسب تعبيره); None when what follows
        it is no source (وفقا للقانون، وفق خطة زمنية), so that the statement around it goes on."""
        toks = self.toks
        k = last + 1
        while k < len(toks) and toks[k].kind == WORD and toks[k].norm in NOUN_CUE_FILLERS:
            k += 1
        verb = k < len(toks) and toks[k].kind == WORD and self._reporting_word(toks[k].norm)
        if verb:
            k += 1
            if k < len(toks) and toks[k].norm in ("به", "بها", "عنه", "عنها"):
                k += 1  # وفق ما أفاد به مصدر، حسب ما أعلنت عنه الوزارة
        elif k + 1 < len(toks) and toks[k].norm in SPOKEN_WORDS and toks[k + 1].kind == WORD:
            k += 1  # وفق تصريحات قائد عسكري: whose words they were
        end = k
        while (
            end < len(toks)
            and not is_sentence_end(toks, end)
            and not (toks[end].kind == PUNCT and toks[end].norm in "،,")
        ):
            end += 1
        if k >= end or toks[k].norm in SELF_REFERENCE or toks[k].norm in CONNECTORS:
            return []
        if k + 1 < end and f"{toks[k].norm} {toks[k + 1].norm}" in SELF_REFERENCE:
            return []
        start = self._sentence_start(i)
        opening = all(toks[m].kind != WORD or toks[m].norm in CONNECTORS for m in range(start, i))
        if not opening and toks[i].norm == "علي":
            return []  # نفت الجبهة على لسان ممثلها …: part of a verb's speaker, not a statement's source
        if opening and any(toks[m].norm == "*" for m in range(start, i)):
            return []  # * نقلا عن "الجزيرة": a footnote crediting the whole article
        # after the clause, the phrase may go on past a comma (وفقا لقائد شرطة المدينة، مارك ساوندرز)
        main = self._main_clause(k, end)
        that = None if opening or main is not None else self._that_after_source(k, self._sentence_end(k))
        phrase_end = main if main is not None else (end if opening else that or self._sentence_end(k))
        # another noun cue credits the source's words to a third (وفق تصريحات قائد عسكري بحسب رويترز)
        phrase_end = next((m for m in range(k + 1, phrase_end) if self._noun_cue(m) is not None), phrase_end)
        phrase = read_phrase(self.doc, toks, k, phrase_end, self.names.entities)
        if phrase is None or not (verb or self._source_like(phrase)):
            # وفق خطة زمنية، وفقا للمعايير: not a source; but a tail set off by a comma credits what precedes it
            # (…، بحسب الأسوشيتد برس.)
            tail = i > 0 and toks[i - 1].norm in "،," and (end >= len(toks) or is_sentence_end(toks, end))
            return [] if tail else None
        if that is not None:
            # ويكشف التحقيق بحسب "أسوشيتد برس"، أن …: what was said follows its source
            return [Found((i, last), None, that, "indirect", phrase, "after", "", False, noun=True)]
        if main is not None:
            # وبحسب المصدر فإن …: what was said is the main clause ف opens
            span = _trim(self.text, toks[main].start, toks[self._sentence_end(main) - 1].end)
        elif opening:
            stop = self._sentence_end(end)
            if end < stop:
                span = _trim(self.text, toks[end].end, toks[stop - 1].end)
            elif start >= 2:
                # nothing after it (…؛ حسب ما أعلن المصدر.): the sentence before is the statement
                before = self._sentence_start(start - 1)
                span = _trim(self.text, toks[before].start, toks[start - 1].start)
                start = before
            else:
                return []
        else:
            span = _trim(self.text, toks[start].start, toks[i].start)
        if span[1] - span[0] < 8:
            return []
        return [Found((i, last), span, start, "indirect", phrase, "after", "", False, noun=True)]

    def _main_clause(self, k: int, end: int) -> int | None:
        """The token index of the ف word (فإن، فقد) opening the main clause after a noun cue's source."""
        return next(
            (
                m
                for m in range(k + 1, end)
                if self.inside[m] == -1 and self.toks[m].kind == WORD and self.toks[m].norm in MAIN_CLAUSE_OPENERS
            ),
            None,
        )

    def _that_after_source(self, k: int, end: int) -> int | None:
        """The token index of the أن / إن that ends a noun cue's source starting at token k (بحسب المصدر أنهم …،
        بحسب "أسوشيتد برس"، أن …): in its first part, or right after the comma that closes it (not in a clause
        of its own: حسبما أعلن متحدث …، موضحا أن)."""
        closed = False
        for m in range(k, end):
            tok = self.toks[m]
            if self.inside[m] != -1:
                continue  # a quoted name
            if tok.kind == PUNCT and tok.norm in "،,":
                closed = True
            elif tok.kind == WORD:
                if tok.norm in THAT and not self._spelled(m):
                    return m
                if closed:
                    return None
        return None

    def _spelled(self, m: int) -> bool:
        """أن / إن spelling the letter N in a name (سي أن أن، إن بي سي), not opening a clause (بي بي سي إنها …،
        سي إن إن أن …): followed by a letter's name or another N, or an N after a letter's name and an N."""
        if self.toks[m].norm != "ان":
            return False
        after = self.toks[m + 1].norm if m + 1 < len(self.toks) else ""
        if after == "ان" or after in LETTER_NAMES:
            return True
        return m >= 2 and self.toks[m - 1].norm == "ان" and self.toks[m - 2].norm in LETTER_NAMES

    def _source_like(self, phrase: Phrase) -> bool:
        """A noun cue's complement that names a source: an organisation, an unnamed source, a role, a person."""
        if phrase.kind in ("organisation", "unnamed") or phrase.role:
            return True
        if phrase.first > 0 and self.toks[phrase.first - 1].kind == QUOTE:
            return True  # بحسب "الفرنسية": a name in quotation marks
        words = [t for t in self.toks[phrase.first : phrase.last + 1] if t.kind == WORD]
        if words and is_role_head(words[0].norm[1:] if words[0].norm.startswith("ل") else words[0].norm):
            return True
        if self._entity_at(phrase.first):
            return True
        if phrase.name is None:
            return False
        a, b = phrase.name  # a name met before (بحسب الحريري), not any words (وفقا لمقطع فيديو حصلت عليه)
        return self.names.full_name(a, b) != self.text[self.toks[a].start : self.toks[b].end]

    def _name_at(self, i: int) -> bool:
        """Whether a person's name the tagger found begins at token i (بان كي مون, not بأن; هيذر نويرت)."""
        return next(self._names_at(i), None) is not None

    def _opens_name(self, i: int) -> bool:
        """Whether token i is the first word of a person's name of two words or more the tagger found (نجيب
        السعدي: no نجيب, "we answer")."""
        return any(e.end > self.toks[i].end for e in self._names_at(i))

    def _names_at(self, i: int) -> Iterator[Entity]:
        """The persons' names the tagger found that begin at token i."""
        start = self.toks[i].start
        return (e for e in self.names.entities.near(start, start + 1) if e.label == "PER" and e.start == start)

    def _entity_at(self, i: int) -> bool:
        start = self.toks[i].start
        near = self.names.entities.near(start, start + 1)
        return any(e.label in ("PER", "ORG") and e.start <= start < e.end for e in near)

    def _reporting_word(self, norm: str) -> bool:
        """A verb after a noun cue (وفقا لما أعلنه، بحسب ما أكد), with or without an object pronoun."""
        for candidate in (norm, norm[:-1] if norm.endswith("ه") else None, norm[:-2] if norm.endswith("ها") else None):
            form = self.lex.lookup(candidate or "")
            if form is not None and form.kind == "verb":
                return True
        return False

    # -- SPEAKER: «…» -----------------------------------------------------------------------------------------
    def _colon_statements(self, found: list[Found]) -> list[Found]:
        used = {f.content for f in found}
        out: list[Found] = []
        for q in self.quotations:
            colon = q.open - 1
            if colon < 1 or self.toks[colon].norm != ":" or self._inner(q) in used:
                continue
            start = self._sentence_start(colon)
            words = [k for k in range(start, colon) if self.toks[k].kind == WORD]
            if not words or len(words) > 6 or any(self.lex.lookup(self.toks[k].norm) for k in words):
                continue
            if self.toks[words[-1]].norm in COPULAS or _connector(self.toks[words[0]].norm):
                continue  # لكن الشعور العام هو: …، وعندما يقال: …: what is said, by no one named
            stated = self.toks[words[0]].norm.removeprefix("و") in STATED
            if stated and len(words) > 2 and self.toks[words[1]].norm == "في":
                words = words[2:]  # وجاء في البيان: …: the statement it stood in
                noun = self.toks[words[0]].norm
                if len(words) > 1 and is_speech_noun(noun) and not is_definite(noun):
                    words = words[1:]  # وجاء في بيان كاري: …: whose statement it was
            phrase = read_phrase(self.doc, self.toks, words[0], colon, self.names.entities)
            if phrase is not None:
                out.append(Found((colon, colon), self._inner(q), q.open, "direct", phrase, "after", "", False))
        return out

    # -- content ends and speakers ----------------------------------------------------------------------------
    def _close_indirect(self, found: list[Found], starts: list[int]) -> None:
        """End each open content at its clause end or where the next statement's cue or a noun cue begins."""
        for f in found:
            if f.content is not None:
                continue
            after = bisect_right(starts, f.content_from)
            nxt = starts[after] if after < len(starts) else len(self.toks)
            k = f.content_from
            end = f.content_from
            while k < len(self.toks) and k < nxt:
                if k in self.opening and k != f.content_from:
                    close = self.opening[k].close
                    if close >= len(self.toks) or self.toks[close].kind == BREAK:
                        end = close - 1
                        break
                    end = k = close
                    k += 1
                    continue
                if is_sentence_end(self.toks, k):
                    break
                end = k
                k += 1
            while end > f.content_from and (
                self.toks[end].kind == PUNCT or (self.toks[end].kind == WORD and self.toks[end].norm in CONNECTORS)
            ):
                end -= 1
            f.content = _trim(self.text, self.toks[f.content_from].start, self.toks[end].end)
            if QUOTE in self.kinds[f.content_from : end + 1]:
                f.kind = "mixed"

    def _resolve(self, found: list[Found]) -> list[Quote]:
        resolver = self.names  # resolution comes last: the checks before it left its history empty
        quotes: list[Quote] = []
        for f in found:
            assert f.content is not None
            phrase = self._topic(f.cue[0]) if f.mode == "pronoun" else f.phrase
            # a noun of saying has had its sentence's subject sought (``_saying_subject``)
            sought = phrase is not None or f.mode == "self" or self._form_at(f.cue[0]).kind == "saying"
            if not sought and self._opens_with_other_verb(f.cue[0]):
                phrase = self._opening_subject(f.cue[0])  # وقدمت الجزائرية طعنا … وقالت إنه …
            if phrase is None and not sought:
                phrase = self._auxiliary_subject(f.cue[0], f.gender)  # وكان ترامب قد توعد … قائلا إن …
            if phrase is None and not resolver.history and f.mode != "self":
                phrase = self._sentence_subject(f.cue[0])
                if phrase is None and not f.plural:  # one third person: the one just named
                    phrase = self._last_full_name(f.cue[0]) or (self._last_person(f.cue[0]) if f.gender else None)
            speaker, role, kind = resolver.resolve(phrase, f.gender, f.plural)
            if speaker is not None:
                speaker.kind = kind
                if (f.mode == "after" and self.toks[f.cue[0]].norm in NOUN_PREPOSITION_CUES) or self._after_li(speaker):
                    _drop_preposition(speaker)  # وفقا لوزارة الصحة; وسبق لترامب أن … وكتب: Trump, not "to Trump"
            a, b = f.cue
            cue = Span(self.toks[a].start, self.toks[b].end, self.text[self.toks[a].start : self.toks[b].end])
            start, end = f.content
            quotes.append(Quote(Span(start, end, self.text[start:end]), f.kind, speaker, cue, role))
        return quotes


def _oblique(norm: str) -> bool:
    """A definite sound masculine plural in the accusative or genitive (المسؤولين، المتظاهرين): a call's object, as its
    subject would be in ون (المتظاهرون); not a short word or a singular (الدين، التأمين)."""
    return is_definite(norm) and norm.endswith("ين") and len(norm) > 6 and norm not in SINGULAR_IN_YN


def _connector(norm: str) -> bool:
    """Whether a word joins its clause to the one before, with و or without it (بينما، وفيما، ولكن)."""
    return norm.removeprefix("و") in CONNECTORS


def _introduces(norm: str, form: CueForm) -> bool:
    """Whether a word opens call or demand content for this cue (an entry ending in * matches a prefix); not باسم,
    which names whom a spokesman speaks for (طالب المتحدث باسم الحكومة بـ …)."""
    return norm != "باسم" and any(
        norm == w or (w.endswith("*") and norm.startswith(w[:-1]) and len(norm) > len(w)) for w in form.introducers
    )


def _drop_preposition(speaker: Speaker) -> None:
    """وفقا لوزارة الصحة → وزارة الصحة; وفقا للمرصد → المرصد (the span keeps the written word)."""
    text = speaker.text
    if text.startswith("لل") and len(text) > 3:
        speaker.canonical = "ا" + speaker.canonical[1:] if speaker.canonical.startswith("لل") else speaker.canonical
    elif text.startswith("ل") and len(text) > 2 and not text[1].isspace():
        speaker.start += 1
        speaker.text = text[1:]
        if speaker.canonical.startswith("ل"):
            speaker.canonical = speaker.canonical[1:]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces and trailing commas or periods."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "،,.:"):
        end -= 1
    return start, end


def _outside_direct_speech(found: list[Found]) -> list[Found]:
    """Nothing said inside another statement's direct speech (وأضاف: إن … وأعتقد أن …) is a statement of its own."""
    direct = _Spans(f.content for f in found if f.kind == "direct" and f.content is not None)
    return [f for f in found if not direct.holds(f.content_at)]


def _without_reattributions(found: list[Found]) -> list[Found]:
    """Drop a noun cue's statement whose clause is already another statement's content (… إلى أن …، حسبما ذكر
    البيان) or holds another statement's cue (أعلنت روسيا على لسان …): it only says again who spoke."""
    spans = _Spans(f.content for f in found if not f.noun and f.content is not None)
    cues = sorted(f.cue[0] for f in found if not f.noun)
    return [
        f
        for f in found
        if not (
            f.noun
            and f.content is not None
            and (spans.overlaps(*f.content) or bisect_left(cues, f.content_from) < bisect_left(cues, f.cue[0]))
        )
    ]


class _Spans:
    """Spans [a, b) sorted by start, with the furthest end among each prefix: point and overlap tests in
    logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(accumulate((b for _, b in ordered), max))

    def _reach_before(self, limit: int, inclusive: bool) -> int | None:
        """The furthest end among spans starting before ``limit`` (or at it, when ``inclusive``)."""
        k = (bisect_right if inclusive else bisect_left)(self.starts, limit)
        return self.reach[k - 1] if k else None

    def holds(self, point: int) -> bool:
        """Does a span hold ``point`` (a <= point < b)?"""
        reach = self._reach_before(point, inclusive=True)
        return reach is not None and reach > point

    def overlaps(self, start: int, end: int) -> bool:
        """Does a span overlap [start, end) (a < end and start < b)?"""
        reach = self._reach_before(end, inclusive=False)
        return reach is not None and reach > start


def _dedupe(found: list[Found]) -> list[Found]:
    """One statement per content: the first cue keeps it."""
    seen: set[tuple[int, int]] = set()
    out = []
    for f in found:
        key = f.content
        if key is None or key in seen or key[1] <= key[0]:
            continue
        seen.add(key)
        out.append(f)
    return out


def extract_quotes(doc: Document, lexicon: Lexicon | None = None) -> list[Quote]:
    """Every statement in the document, in text order."""
    return Extractor(doc, lexicon).quotes()
