"""Word clusters learned from unlabeled news: PPMI co-occurrence, a truncated SVD, then k-means.

Each frequent word gets a cluster id at several granularities; the tagger uses them so that a name it never
saw in training still looks like the names it did see. The file also serves as the list of known words.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from rasd.text.normalize import normalize

WORD = regex.compile(r"[^\W_]+")
GRANULARITIES = (64, 256, 1024)


@dataclass(slots=True)
class ClusterConfig:
    """Sizes of the model; the defaults are what the shipped file uses."""

    vocabulary: int = 100_000
    contexts: int = 10_000
    dimensions: int = 128
    granularities: tuple[int, ...] = GRANULARITIES
    iterations: int = 15
    seed: int = 13


def news_texts(paths: Iterable[Path]) -> Iterator[str]:
    """The ``title`` and ``text`` of every article in gzipped JSONL news files."""
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                for key in ("title", "text"):
                    if record.get(key):
                        yield record[key]


def _corpus_ids(texts: Iterable[str]):  # -> (list[str], np.ndarray)
    """Words by first appearance and the corpus as word ids, -1 between documents."""
    from array import array

    import numpy as np

    index: dict[str, int] = {}
    ids = array("i")
    for text in texts:
        for word in WORD.findall(normalize(text)):
            wid = index.get(word)
            if wid is None:
                wid = index[word] = len(index)
            ids.append(wid)
        ids.append(-1)
    return list(index), np.frombuffer(ids, dtype=np.int32)


def _ppmi_matrix(ids, n_vocab: int, n_ctx: int):
    """Sparse PPMI between each of the first ``n_vocab`` ids and left-1, right-1 and ±2 contexts."""
    import numpy as np
    from scipy import sparse

    keys = []
    for offset, block in ((-1, 0), (1, 1), (-2, 2), (2, 2)):
        if offset < 0:
            w, c = ids[-offset:], ids[:offset]
        else:
            w, c = ids[:-offset], ids[offset:]
        ok = (w >= 0) & (w < n_vocab) & (c >= 0) & (c < n_ctx)
        keys.append(w[ok].astype(np.int64) * (3 * n_ctx) + block * n_ctx + c[ok])
    uniq, counts = np.unique(np.concatenate(keys), return_counts=True)
    rows, cols = np.divmod(uniq, 3 * n_ctx)
    m = sparse.csr_matrix((counts.astype(np.float64), (rows, cols)), shape=(n_vocab, 3 * n_ctx))
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col = col / col.sum() * total
    m = m.tocoo()
    pmi = np.log(m.data * total / (row[m.row] * col[m.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)


def _embed(matrix, dims: int, seed: int):
    """Rows of a randomized truncated SVD, scaled by the singular values and L2-normalised."""
    import numpy as np

    rng = np.random.default_rng(seed)
    q = matrix @ rng.standard_normal((matrix.shape[1], dims + 16))
    for _ in range(2):
        q, _ = np.linalg.qr(q)
        q = matrix @ (matrix.T @ q)
    q, _ = np.linalg.qr(q)
    u, s, _ = np.linalg.svd(np.asarray((matrix.T @ q).T), full_matrices=False)
    vectors = (q @ u[:, :dims]) * np.sqrt(s[:dims])
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def _kmeans(x, k: int, iterations: int, seed: int):
    """Spherical k-means with k-means++ seeding; returns each row's cluster index."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centers = np.empty((k, x.shape[1]))
    centers[0] = x[rng.integers(len(x))]
    dist = 2 - 2 * (x @ centers[0])
    for j in range(1, k):
        p = np.maximum(dist, 0)
        centers[j] = x[rng.choice(len(x), p=p / p.sum())]
        dist = np.minimum(dist, 2 - 2 * (x @ centers[j]))
    for _ in range(iterations):
        assign = np.argmax(x @ centers.T, axis=1)
        sums = np.zeros_like(centers)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centers = np.where(norms > 0, sums / np.maximum(norms, 1e-12), centers)
    return np.argmax(x @ centers.T, axis=1)


def word_vectors(texts: Iterable[str], config: ClusterConfig | None = None):  # -> (list[str], np.ndarray)
    """The most frequent words of ``texts``, most frequent first, and their unit-length PPMI-SVD vectors."""
    import numpy as np

    config = config or ClusterConfig()
    words, ids = _corpus_ids(texts)
    counts = np.bincount(ids[ids >= 0], minlength=len(words))
    order = np.argsort(-counts, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    ranked = np.where(ids >= 0, rank[np.maximum(ids, 0)], -1).astype(np.int64)
    n_vocab = min(config.vocabulary, len(words))
    vectors = _embed(_ppmi_matrix(ranked, n_vocab, min(config.contexts, n_vocab)), config.dimensions, config.seed)
    return [words[order[i]] for i in range(n_vocab)], vectors


def build_clusters(texts: Iterable[str], config: ClusterConfig | None = None) -> dict[str, tuple[int, ...]]:
    """Word -> cluster ids (one per granularity) for the most frequent words of ``texts``."""
    config = config or ClusterConfig()
    words, vectors = word_vectors(texts, config)
    columns = [_kmeans(vectors, k, config.iterations, config.seed) for k in config.granularities]
    return {word: tuple(int(c[i]) for c in columns) for i, word in enumerate(words)}


def save_clusters(clusters: dict[str, tuple[int, ...]], path: Path) -> None:
    """Write ``{word: "id id id"}`` as JSON, most frequent word first, in a byte-stable gzip file."""
    body = json.dumps({w: " ".join(map(str, ids)) for w, ids in clusters.items()}, ensure_ascii=False)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        out.write(body.encode("utf-8"))


def load_clusters(path: Path) -> dict[str, str]:
    """Word -> its space-separated cluster ids, most frequent word first; empty when the file is absent."""
    if not path.exists():
        return {}
    return json.loads(gzip.decompress(path.read_bytes()))
