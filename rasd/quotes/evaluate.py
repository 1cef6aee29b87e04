"""Scoring quotes against gold (``rasd evaluate quotes GOLD.json``).

A predicted quote matches a gold statement when its content contains the gold snippet (both normalised, quote
marks and punctuation ignored); each is matched at most once, a snippet taking the shortest unmatched content
that contains it. Precision = matched / predicted, recall = matched / gold. Speaker accuracy, over matched
pairs: the predicted canonical name or speaker text equals one of the gold names, or contains it as whole
consecutive words (``العقيد فاتح حسون`` contains ``فاتح حسون``).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import regex

from rasd.doc import Document, Quote
from rasd.evaluate import Score, ratio
from rasd.quotes.gold import GoldArticle, GoldStatement, article_texts, load_gold
from rasd.text.normalize import normalize

_NOT_WORD = regex.compile(r"[^\p{L}\p{M}\p{N}]+")
DEFAULT_DATA = Path("..") / "shared" / "data"


def _words(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", normalize(text)).split())


@dataclass(slots=True)
class Scores:
    """Counts over a set of articles, and the ratios from them."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_correct: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched
        self.speaker_correct += other.speaker_correct
        self.misses += other.misses

    @property
    def quotes(self) -> Score:
        """Quote finding as precision and recall; a split without quotes on a side scores 1.0 there."""
        return Score.from_totals(gold=self.gold, predicted=self.predicted, correct=self.matched, empty=1.0)

    @property
    def precision(self) -> float:
        return self.quotes.precision

    @property
    def recall(self) -> float:
        return self.quotes.recall

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_correct, self.matched, empty=1.0)

    def line(self) -> str:
        return (
            f"precision {self.precision:.3f} ({self.matched}/{self.predicted})  "
            f"recall {self.recall:.3f} ({self.matched}/{self.gold})  "
            f"speaker accuracy {self.speaker_accuracy:.3f} ({self.speaker_correct}/{self.matched})"
        )


def speaker_matches(gold: GoldStatement, quote: Quote) -> bool:
    if quote.speaker is None:
        return False
    predicted = [f" {_words(quote.speaker.canonical)} ", f" {_words(quote.speaker.text)} "]
    return any(f" {_words(name)} " in p for name in gold.speaker_names for p in predicted)


def score_article(article_id: str, gold: list[GoldStatement], quotes: list[Quote]) -> Scores:
    """Match one article's predictions to its gold statements."""
    contents = [_words(q.content.text) for q in quotes]
    free = set(range(len(quotes)))
    scores = Scores(gold=len(gold), predicted=len(quotes))
    for statement in gold:
        snippet = _words(statement.snippet)
        candidates = [i for i in free if snippet in contents[i]]
        if not candidates:
            scores.misses.append(f"{article_id}: missed {statement.speaker}: {statement.snippet}")
            continue
        best = min(candidates, key=lambda i: len(contents[i]))
        free.discard(best)
        scores.matched += 1
        if speaker_matches(statement, quotes[best]):
            scores.speaker_correct += 1
        else:
            got = quotes[best].speaker.canonical if quotes[best].speaker else None
            scores.misses.append(f"{article_id}: speaker {got!r} for {statement.speaker}: {statement.snippet}")
    for i in sorted(free):
        scores.misses.append(f"{article_id}: extra {quotes[i].content.text[:60]!r}")
    return scores


def evaluate(
    articles: list[GoldArticle], texts: dict[str, str], analyze: Callable[[Document], Document]
) -> dict[str, Scores]:
    """Scores per split and for ``all``."""
    results: dict[str, Scores] = {"all": Scores()}
    for article in articles:
        doc = analyze(Document(text=texts[article.id], id=article.id))
        scores = score_article(article.id, article.statements, doc.quotes)
        results.setdefault(article.split, Scores()).add(scores)
        results["all"].add(scores)
    return results


def quote_pipeline() -> Callable[[Document], Document]:
    """The default pipeline up to and including the quotes stage."""
    from rasd.pipeline import Pipeline
    from rasd.stages import default_stages

    stages = default_stages()
    names = [s.name for s in stages]
    return Pipeline(stages[: names.index("quotes") + 1] if "quotes" in names else stages)


def evaluate_file(gold_path: Path, data_dir: Path) -> dict[str, Scores]:
    articles = load_gold(gold_path)
    return evaluate(articles, article_texts(articles, data_dir), quote_pipeline())


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", type=Path, help="gold file (format rasd.quotes-gold/1, see rasd/quotes/README.md)")
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="directory the gold sources are relative to (default: ../shared/data)",
    )
    parser.add_argument("--details", action="store_true", help="list every miss, wrong speaker and extra quote")


def run(args: argparse.Namespace) -> int:
    results = evaluate_file(args.gold, args.data)
    for split, scores in results.items():
        print(f"{split:8} {scores.line()}")
    if args.details:
        for miss in results["all"].misses:
            print(miss)
    return 0
