"""`rasd train ner`: rebuild the shipped NER model, clusters and gazetteer from ../shared/data."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rasd.ner.build import BuildOptions, build
from rasd.ner.paths import RESOURCES, SHARED_DATA
from rasd.ner.train import CrfParams


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=SHARED_DATA, help="the shared data directory")
    parser.add_argument("--out", type=Path, default=RESOURCES, help="where to write the model (default: shipped)")
    parser.add_argument(
        "--reuse-clusters", action="store_true", help="keep the word-cluster file already in --out (saves minutes)"
    )
    defaults = CrfParams()
    parser.add_argument("--c1", type=float, default=defaults.c1, help="L1 penalty")
    parser.add_argument("--c2", type=float, default=defaults.c2, help="L2 penalty")
    parser.add_argument("--iterations", type=int, default=defaults.max_iterations, help="L-BFGS iterations")


def run(args: argparse.Namespace) -> int:
    options = BuildOptions(args.data, args.out, args.reuse_clusters, CrfParams(args.c1, args.c2, args.iterations))
    metrics = build(options, say=lambda line: print(line, file=sys.stderr))
    for kind, s in metrics["dev"].items():  # type: ignore[union-attr]
        print(f"{kind:<6} P {s['p']:.4f}  R {s['r']:.4f}  F1 {s['f1']:.4f}")
    return 0
