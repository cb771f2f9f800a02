"""Errors numfacts raises on bad input.

Each subclasses both :class:`NumfactsError` and the builtin a caller would expect, so
``except ValueError`` and ``except numfacts.NumfactsError`` both work.
"""
from __future__ import annotations


class NumfactsError(Exception):
    """Base class of every error numfacts raises on purpose."""


class InputTypeError(NumfactsError, TypeError):
    """An argument has the wrong type (``bytes`` where text was wanted, a number as a date ...)."""


class InputValueError(NumfactsError, ValueError):
    """An argument has the right type but an unusable value (an impossible date, a missing column ...)."""


class DocumentError(NumfactsError, ValueError):
    """A document of a corpus could not be read; ``doc_id`` names it."""

    def __init__(self, doc_id: object, reason: str):
        super().__init__(f"document {doc_id!r}: {reason}")
        self.doc_id = doc_id
        self.reason = reason
