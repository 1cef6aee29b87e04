"""Sub-commands of the `rasd` CLI, one module each, registered in ``rasd.cli``."""

from __future__ import annotations

import argparse
import importlib
from types import ModuleType

from rasd.errors import RasdError


def register_group(
    subparsers: argparse._SubParsersAction, name: str, help_text: str, members: dict[str, tuple[str, str]]
) -> None:
    """Add a command whose members live in their own modules.

    Each member module exposes ``add_arguments(parser)`` and ``run(args) -> int``.
    """
    parser = subparsers.add_parser(name, help=help_text)
    group = parser.add_subparsers(dest=f"{name}_member", metavar="WHAT", required=True)
    for member, (module, member_help) in members.items():
        sub = group.add_parser(member, help=member_help)
        mod = importlib.import_module(module)
        mod.add_arguments(sub)
        sub.set_defaults(run=mod.run)


def require_extra(module: str, extra: str) -> ModuleType:
    """Import a module an optional extra provides; RasdError saying what to install when it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise RasdError(f"the {extra} extra is not installed ({exc.name}): pip install 'rasd[{extra}]'") from None
