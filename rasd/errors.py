"""Errors rasd raises on purpose; the CLI turns them into one-line messages."""

from __future__ import annotations


class RasdError(Exception):
    """Base of every error rasd reports to a user."""


class InputError(RasdError):
    """An input that cannot be read, named with what is wrong with it."""

    def __init__(self, origin: str, problem: str) -> None:
        super().__init__(f"{origin}: {problem}")
        self.origin = origin
        self.problem = problem


class PipelineError(RasdError):
    """A pipeline whose stages do not fit together."""
