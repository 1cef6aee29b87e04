"""What quote finding adds to `rasd analyze`: time per article with and without the quotes stage.

    python benchmarks/bench_quotes.py               # 1,000 articles of ant-multisource
    python benchmarks/bench_quotes.py --limit 200   # a quick run

Runs the default pipeline over the first N articles of ``../shared/data/news/ant-multisource.jsonl.gz``: the
stages before the quotes stage on every article, then the quotes stage alone on the analysed documents. Prints
milliseconds per article for the whole pipeline and for the quotes stage, the share quotes add (the aim is
≤ 20%), and quotes found per article. One process.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from itertools import islice
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rasd.doc import Document  # noqa: E402
from rasd.stages import default_stages  # noqa: E402

NEWS = REPO.parent / "shared" / "data" / "news" / "ant-multisource.jsonl.gz"


def articles(limit: int) -> list[str]:
    with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in islice(lines, limit)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=1000, help="number of articles (default 1000)")
    args = parser.parse_args()
    if not NEWS.exists():
        print(f"needs {NEWS}", file=sys.stderr)
        return 1
    texts = articles(args.limit)
    stages = default_stages()
    names = [s.name for s in stages]
    quotes = stages[names.index("quotes")]
    before = [s for s in stages if s is not quotes]

    docs = []
    start = time.perf_counter()
    for text in texts:
        doc = Document(text=text)
        for stage in before:
            doc = stage(doc)
        docs.append(doc)
    other = time.perf_counter() - start

    start = time.perf_counter()
    found = sum(len(quotes(doc).quotes) for doc in docs)
    quote_time = time.perf_counter() - start

    n = len(texts)
    total = other + quote_time
    print(f"articles                         {n}")
    print(f"rasd analyze (all stages)        {1000 * total / n:.2f} ms/article")
    print(f"  of which the quotes stage      {1000 * quote_time / n:.2f} ms/article")
    print(f"quotes add                       {100 * quote_time / other:.1f}% to the other stages")
    print(f"quotes found                     {found / n:.2f} per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
