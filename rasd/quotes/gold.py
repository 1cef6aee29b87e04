"""The quote gold format (``rasd.quotes-gold/1``) and reading the articles it points to.

```json
{"format": "rasd.quotes-gold/1",
 "articles": [
   {"id": "AL-sport-2135-20180625", "source": "news/ant-multisource.jsonl.gz", "split": "dev",
    "statements": [
      {"speaker": "روبرت ليفاندوفسكي", "speaker_alts": ["ليفاندوفسكي"], "cue": "وقال", "kind": "direct",
       "snippet": "أشعر بالمرارة والغضب والعجز"}]}]}
```

- ``source`` is a path relative to the data directory (``../shared/data``): a ``.jsonl``/``.jsonl.gz`` corpus,
  in which the record with this ``id`` is the article, or a plain text file that is the article itself.
- ``split`` names the part: ``dev`` (rules are written on it) or a held-out part (``heldout1`` …), scored blind
  before its errors are studied.
- each statement: ``speaker`` (the full name, or the words naming a group or an unnamed source),
  optional ``speaker_alts`` (other acceptable names), ``cue`` (as written), ``kind``
  (direct | indirect | mixed), and ``snippet``: a few consecutive words that lie inside the statement's content.

The file holds no article text beyond the snippets.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

from rasd.errors import InputError

FORMAT = "rasd.quotes-gold/1"
KINDS = ("direct", "indirect", "mixed")


@dataclass(slots=True)
class GoldStatement:
    speaker: str
    cue: str
    kind: str
    snippet: str
    speaker_alts: list[str] = field(default_factory=list)

    @property
    def speaker_names(self) -> list[str]:
        return [self.speaker, *self.speaker_alts]


@dataclass(slots=True)
class GoldArticle:
    id: str
    source: str
    split: str
    statements: list[GoldStatement]


def load_gold(path: Path) -> list[GoldArticle]:
    """Read and check a gold file; InputError names the file and the problem."""
    origin = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(origin, "no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(origin, f"not a JSON file ({exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(origin, f'expected an object with "format": "{FORMAT}"')
    articles = []
    for n, item in enumerate(data.get("articles") or []):
        where = f"articles[{n}]"
        try:
            statements = [_statement(s) for s in item["statements"]]
            articles.append(GoldArticle(str(item["id"]), str(item["source"]), item.get("split", "dev"), statements))
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(origin, f"{where}: bad entry ({exc})") from None
    if not articles:
        raise InputError(origin, "no articles")
    return articles


def _statement(item: dict) -> GoldStatement:
    kind = item["kind"]
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if not str(item["snippet"]).strip():
        raise ValueError("empty snippet")
    return GoldStatement(
        str(item["speaker"]),
        str(item["cue"]),
        kind,
        str(item["snippet"]),
        [str(a) for a in item.get("speaker_alts", [])],
    )


def article_texts(articles: list[GoldArticle], data_dir: Path) -> dict[str, str]:
    """The text of every gold article, each corpus read once; InputError when one cannot be found."""
    wanted: dict[str, set[str]] = {}
    for article in articles:
        wanted.setdefault(article.source, set()).add(article.id)
    texts: dict[str, str] = {}
    for source, ids in wanted.items():
        path = data_dir / source
        if not path.exists():
            raise InputError(str(path), "no such file (is the data directory right?)")
        if path.name.endswith((".jsonl", ".jsonl.gz")):
            opener = gzip.open if path.suffix == ".gz" else open
            with opener(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    record = json.loads(line)
                    if record.get("id") in ids:
                        texts[record["id"]] = record["text"]
        else:
            for article_id in ids:
                texts[article_id] = path.read_text(encoding="utf-8")
        missing = ids - texts.keys()
        if missing:
            raise InputError(str(path), f"no record with id {', '.join(sorted(missing))}")
    return texts
