"""The word tables under ``numfacts/data``, read from the installed package (never from the network).

One reader for every module: the text of a table, its lines without comments or blanks, and its JSON.
"""
from __future__ import annotations

import json
from importlib import resources


def data_text(name: str) -> str:
    """The text of ``numfacts/data/<name>``."""
    return resources.files("numfacts").joinpath("data", name).read_text(encoding="utf-8")


def data_lines(name: str) -> list[str]:
    """The lines of a table, without blank lines and ``#`` comments (line ends stripped).

    >>> data_lines("sentence_abbreviations.txt")[:2] != []
    True
    """
    return [line.rstrip("\r\n") for line in data_text(name).splitlines() if line.strip() and not line.startswith("#")]


def data_json(name: str) -> dict:
    """A JSON table, as a dict."""
    return json.loads(data_text(name))
