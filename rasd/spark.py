"""rasd on Apache Spark: the default pipeline over any input Spark can read, Parquet tables out.

``run(spark, INPUT, OUTPUT)`` reads JSONL (one article object a line), Parquet (a ``text`` column and optional
``id``, ``title``, ``published``, ``source``, ``url``) or a directory of article files (text, HTML, JSONL,
CSV, .gz: read by rasd's own readers), analyses every record inside ``mapInPandas`` with one pipeline per
Python worker, and writes under OUTPUT the Parquet tables ``documents``, ``quotes``, ``events``,
``entities`` (the store's export records, see rasd.store.records), ``errors`` (origin, doc_id, reason of
every record that could not be read or analysed) and ``documents_json`` (doc_id, origin and the
``rasd.document/1`` JSON, which ``rasd ingest --from-parquet`` loads into the store).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from functools import partial
from itertools import groupby, islice
from operator import attrgetter
from pathlib import Path
from typing import Any

import pandas as pd
from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from rasd import records
from rasd.doc import Document
from rasd.errors import InputError
from rasd.io.readers import from_bytes, is_gzip_name, kind_from_name, record_from_json
from rasd.io.writers import to_json
from rasd.pipeline import Pipeline, RawDocument, RecordError
from rasd.store.records import RECORDS, EntityRecord, columns

FORMATS = ("auto", "jsonl", "parquet", "files")
RECORD_TABLES = tuple(RECORDS)  # documents, quotes, events, entities
ERRORS, DOCUMENTS_JSON, ENTITY_PARTS = "errors", "documents_json", "entity_parts"
TABLES = (*RECORD_TABLES, ERRORS, DOCUMENTS_JSON)
JSONL_SUFFIXES = (".jsonl", ".ndjson")
GLOB = "*?[{"
SPARK_TYPES = {"string": "string", "int": "bigint", "float": "double", "list": "array<string>"}

# Input records as the analysis reads them: a JSON object (the fields of one article) with its origin, or
# the reason it could not be read. Results: one row per output record, ``row`` its JSON.
RECORD_SCHEMA = "origin string, record string, error string"
RESULT_SCHEMA = "table string, doc_id string, origin string, row string"
ERROR_SCHEMA = "origin string, doc_id string, reason string"
CHUNK = 64  # records analysed between two yields: bounds the memory a batch of results takes
MERGED_CHUNK = 1000  # entity records per yield


@dataclass(slots=True)
class RunSummary:
    """What a run read and wrote: rows per table, how the input was read, and the seconds the analysis (reading
    included) and the writing of the tables took."""

    input_format: str
    partitions: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


# ---- on the executors ------------------------------------------------------------------------------------

_pipeline: Pipeline | None = None


def worker_pipeline() -> Pipeline:
    """The default pipeline, built once per Python worker process and reused for every batch."""
    global _pipeline
    if _pipeline is None:
        _pipeline = Pipeline()
    return _pipeline


def parse_record(origin: str, record: str | None, error: str | None) -> RawDocument | RecordError:
    """An input row as the pipeline takes it; the problem with it as a RecordError."""
    return RecordError(origin, error) if error is not None else record_from_json(record or "", origin)


def analyze_partition(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """``mapInPandas``: input records (RECORD_SCHEMA) in, result rows (RESULT_SCHEMA) out."""
    for batch in batches:
        for start in range(0, len(batch), CHUNK):
            chunk = batch.iloc[start : start + CHUNK]
            inputs = [parse_record(*row) for row in zip(chunk.origin, chunk.record, chunk.error, strict=True)]
            rows: list[tuple[str, str, str, str]] = []
            for item, result in zip(inputs, worker_pipeline().pipe(inputs), strict=True):
                if isinstance(result, RecordError):
                    rows.append(_error_row(result))
                else:
                    assert isinstance(item, RawDocument)
                    rows.extend(result_rows(result, item.origin))
            yield pd.DataFrame(rows, columns=["table", "doc_id", "origin", "row"])


def result_rows(doc: Document, origin: str) -> Iterator[tuple[str, str, str, str]]:
    """The output rows of one analysed document: (table, doc_id, origin, JSON)."""

    def row(table: str, record: Any) -> tuple[str, str, str, str]:
        return table, doc.id, origin, json.dumps(asdict(record), ensure_ascii=False)

    yield row("documents", records.document_record(doc, origin))
    for quote in records.quote_records(doc):
        yield row("quotes", quote)
    for event in records.event_records(doc):
        yield row("events", event)
    for part in records.entity_parts(doc):
        yield row(ENTITY_PARTS, part)
    yield DOCUMENTS_JSON, doc.id, origin, to_json(doc)


def _error_row(error: RecordError) -> tuple[str, str, str, str]:
    reason = {"origin": error.origin, "doc_id": error.id or None, "reason": error.message}
    return ERRORS, error.id, error.origin, json.dumps(reason, ensure_ascii=False)


def merge_entity_partition(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """``mapInPandas`` over entity parts sorted by entity id: one EntityRecord per id (an id's parts may run
    across batches, so rows are grouped as one stream)."""
    parts = (
        records.EntityPart(
            r.entity_id, r.label, r.canonical, list(r.aliases), int(r.mentions), int(r.documents), r.doc_id
        )
        for batch in batches
        for r in batch.itertuples(index=False)
    )
    names = [name for name, _ in columns(EntityRecord)]
    merged = (records.merge_entity(group) for _, group in groupby(parts, key=attrgetter("entity_id")))
    while chunk := list(islice(merged, MERGED_CHUNK)):
        yield pd.DataFrame([asdict(m) for m in chunk], columns=names)


def read_file_records(batches: Iterator[pd.DataFrame], *, directory: bool) -> Iterator[pd.DataFrame]:
    """``mapInPandas`` over Spark's binaryFile rows: each file's records through rasd's readers."""
    for batch in batches:
        rows = []
        for path, content in zip(batch.path, batch.content, strict=True):
            kind = kind_from_name(path)
            if kind is None and directory:
                continue  # as `rasd analyze DIR`: in a directory, files of other kinds are not articles
            source = from_bytes(bytes(content), path, kind, gzipped=is_gzip_name(path))
            for item in source.records:
                if isinstance(item, RecordError):
                    rows.append((item.origin, None, item.message))
                else:
                    fields = {"text": item.text, "id": item.id or None, **item.meta.to_dict()}
                    rows.append((item.origin, json.dumps(fields, ensure_ascii=False), None))
        yield pd.DataFrame(rows, columns=["origin", "record", "error"])


# ---- on the driver ---------------------------------------------------------------------------------------


def session(master: str | None = "local[2]", conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession for rasd (``master`` None: the one spark-submit gives). On a local master the driver
    binds to this machine only and the workers run this Python and import this rasd."""
    builder = SparkSession.builder.appName("rasd").config("spark.log.level", "ERROR")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        _put_on_python_path(str(Path(__file__).resolve().parents[1]))
        builder = builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _put_on_python_path(directory: str) -> None:
    """Local workers are started with the driver's environment: let them import rasd from where it is."""
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    if directory not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([directory, *paths])


def detect_format(path: str) -> str:
    """jsonl, parquet or files, from the path's name; a local directory by the files it holds."""
    name = path.rstrip("/").lower().removesuffix(".gz")
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    local = Path(path.removeprefix("file://"))
    if "://" not in path.replace("file://", "") and local.is_dir():
        names = [p.name.lower() for p in local.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))]
        if names and all(n.endswith(".parquet") for n in names):
            return "parquet"
        if names and all(n.removesuffix(".gz").endswith(JSONL_SUFFIXES) for n in names):
            return "jsonl"
    return "files"


def read_records(spark: SparkSession, path: str, fmt: str = "auto") -> tuple[DataFrame, str]:
    """The input as a DataFrame of RECORD_SCHEMA rows, and the format it was read as."""
    is_glob = any(c in path for c in GLOB)
    status = None if is_glob else file_status(spark, path)
    if status is None and not is_glob:
        raise InputError(path, "no such file or directory")
    if fmt == "auto":
        fmt = detect_format(path)
    reader = spark.read.option("recursiveFileLookup", "true")
    origin = F.col("_metadata.file_path").alias("origin")
    no_error = F.lit(None).cast("string").alias("error")
    if fmt == "jsonl":
        # Line feeds only, as rasd's JSONL reader: a bare carriage return is not a record separator.
        lines = reader.option("lineSep", "\n").text(path)
        lines = lines.where(F.trim(F.col("value")) != "")
        return lines.select(origin, F.col("value").alias("record"), no_error), fmt
    if fmt == "parquet":
        table = reader.parquet(path)
        if "text" not in table.columns:
            raise InputError(path, f'the Parquet input has no "text" column (columns: {", ".join(table.columns)})')
        fields = F.to_json(F.struct(*[F.col(f"`{c}`") for c in table.columns]))
        return table.select(origin, fields.alias("record"), no_error), fmt
    if fmt == "files":
        files = reader.format("binaryFile").load(path).select("path", "content")
        read = partial(read_file_records, directory=is_glob or status.isDirectory())
        return files.mapInPandas(read, RECORD_SCHEMA), fmt
    raise InputError(path, f"unknown input format {fmt!r} (expected one of {', '.join(FORMATS)})")


def run(
    spark: SparkSession,
    input_path: str,
    output_path: str,
    *,
    fmt: str = "auto",
    partitions: int | None = None,
    mode: str = "errorifexists",
) -> RunSummary:
    """Analyse every record of ``input_path`` and write the tables under ``output_path``.

    ``partitions`` is how many tasks share the analysis (default: twice the cluster's parallelism, or the
    input's own partitioning when larger); ``mode`` is Spark's save mode (``overwrite`` to replace)."""
    output_path = output_path.rstrip("/")
    if mode == "errorifexists":
        taken = [name for name in TABLES if file_status(spark, f"{output_path}/{name}") is not None]
        if taken:
            raise InputError(output_path, f"already holds {', '.join(taken)}: choose another output or overwrite it")
    inputs, fmt = read_records(spark, input_path, fmt)
    n = partitions or max(inputs.rdd.getNumPartitions(), 2 * spark.sparkContext.defaultParallelism)
    results = inputs.repartition(n).mapInPandas(analyze_partition, RESULT_SCHEMA)
    results = results.persist(StorageLevel.MEMORY_AND_DISK)
    started = time.perf_counter()
    try:
        counts = {r["table"]: r["count"] for r in results.groupBy("table").count().collect()}
        analysed = time.perf_counter()
        for name, table in output_tables(results).items():
            table.write.mode(mode).parquet(f"{output_path}/{name}")
        entities = spark.read.parquet(f"{output_path}/entities").count()
    finally:
        results.unpersist()
    rows = {name: counts.get(name, 0) for name in TABLES} | {"entities": entities}
    seconds = {"analysis": analysed - started, "writing": time.perf_counter() - analysed}
    return RunSummary(fmt, n, rows, seconds)


def file_status(spark: SparkSession, path: str) -> Any | None:
    """Hadoop's FileStatus of a path on whatever file system Spark reaches it through; None if it is not there."""
    hadoop_path = spark.sparkContext._jvm.org.apache.hadoop.fs.Path(path)
    fs = hadoop_path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
    return fs.getFileStatus(hadoop_path) if fs.exists(hadoop_path) else None


def output_tables(results: DataFrame) -> dict[str, DataFrame]:
    """The tables to write, each built from the result rows of its kind."""

    def rows(kind: str, schema: str) -> DataFrame:
        of_kind = results.where(F.col("table") == kind)
        return of_kind.select(F.from_json("row", schema).alias("r")).select("r.*")

    out = {name: rows(name, spark_schema(RECORDS[name])) for name in RECORD_TABLES if name != "entities"}
    parts = rows(ENTITY_PARTS, spark_schema(records.EntityPart))
    by_id = parts.repartition("entity_id").sortWithinPartitions("entity_id")
    out["entities"] = by_id.mapInPandas(merge_entity_partition, spark_schema(EntityRecord))
    out[ERRORS] = rows(ERRORS, ERROR_SCHEMA)
    out[DOCUMENTS_JSON] = results.where(F.col("table") == DOCUMENTS_JSON).select(
        "doc_id", "origin", F.col("row").alias("json")
    )
    return out


def spark_schema(record: type) -> str:
    """The Spark schema (DDL) of a record dataclass: the store's export records, entity parts."""
    return ", ".join(f"`{name}` {SPARK_TYPES[kind]}" for name, kind in columns(record))


