"""The ``numfacts`` command: a thin adapter from files to :func:`numfacts.extract_many` and
:func:`numfacts.disagreements`.

``numfacts demo`` prints the disagreement table of the bundled example reports; ``numfacts extract FILE...``
writes one row per figure or date; ``numfacts compare FILE...`` writes the disagreements. A FILE is plain text
(one document), or a ``.csv``/``.jsonl`` corpus with a ``text`` column (or a ``file`` column naming a text
file beside the corpus) and optional ``doc_id``, ``source`` and ``published`` columns; ``-`` reads plain text
from stdin.

User errors (a missing or undecodable file, a bad date, an unknown column) print one line on stderr and
return exit status 2; they never print a traceback.

>>> main(["extract", "--help"]) == 0  # doctest: +ELLIPSIS
usage: numfacts extract ...
True
"""
from __future__ import annotations

import argparse
import io
import json
import math
import sys
import warnings
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import pandas as pd

from .errors import NumfactsError
from .text import parse_published

#: File name suffix -> how the file is read. Anything else is one plain-text document.
CORPUS_READERS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}

#: A corpus without a text column may instead name a text file per row (relative to the corpus file).
FILE_COLUMN = "file"

#: Output suffix -> format, used when ``-o OUT`` is given without ``--format``.
FORMAT_BY_SUFFIX = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "table"}

#: Columns shown by ``--format table`` (the full schema is too wide for a terminal); csv/jsonl write all.
TABLE_COLUMNS = {
    "extract": ["doc_id", "kind", "text", "value", "low", "high", "qualifier", "unit", "entity", "speaker",
                "timex"],
    "compare": ["measure", "claimant", "doc_id", "text", "value", "low", "high", "qualifier", "claim_date",
                "n_claimants", "spread", "consistent"],
}
TABLE_COLUMNS["demo"] = TABLE_COLUMNS["compare"]

#: Longest cell printed in a table; longer strings are cut with an ellipsis so rows stay on one line.
TABLE_CELL = 48

#: Corpora at least this long get a progress bar on stderr (tqdm), unless --quiet.
PROGRESS_MIN_DOCS = 50


class UserError(Exception):
    """A problem with what the user asked for: reported in one line, exit status 2."""


# ---------------------------------------------------------------- arguments

def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="numfacts",
        description="Pull the figures and dates out of news text, say who stated each, and show where "
                    "sources disagree.")
    parser.add_argument("--version", action="version", version=f"numfacts {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = commands.add_parser("demo", help="compare the bundled example reports of one event")
    _add_output_options(demo)

    for name, help_text in (("extract", "one row per figure or date in FILE..."),
                            ("compare", "the figures in FILE... that different sources disagree on")):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("files", nargs="+", metavar="FILE",
                         help="a plain-text document, a .csv/.jsonl corpus with a 'text' column, or - for stdin")
        sub.add_argument("--published", metavar="DATE",
                         help="publication date (e.g. 2022-02-03) for documents that do not give one")
        sub.add_argument("--source", metavar="NAME", help="source (outlet) for documents that do not give one")
        sub.add_argument("--text-column", default="text", metavar="NAME",
                         help="column of a .csv/.jsonl corpus holding the text (default: text)")
        sub.add_argument("--encoding", default="utf-8", help="encoding of the input files (default: utf-8)")
        sub.add_argument("-q", "--quiet", action="store_true", help="no progress bar on stderr")
        if name == "compare":
            sub.add_argument("--tolerance", type=float, default=0.05,
                             help="relative slack for approximate figures (default: 0.05)")
            sub.add_argument("--min-claimants", type=int, default=2,
                             help="show measures with at least this many claimants (default: 2)")
        _add_output_options(sub)
    return parser


def _version() -> str:
    import numfacts

    return numfacts.__version__


def _add_output_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--format", choices=("csv", "jsonl", "table"),
                     help="output format (default: from the -o suffix, else table)")
    sub.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    sub.add_argument("--columns", metavar="A,B,...", help="only these output columns, in this order")


# ---------------------------------------------------------------- entry point

def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``numfacts`` command with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:          # argparse has printed usage (status 2) or help (status 0)
        return exc.code if isinstance(exc.code, int) else 2
    try:
        if args.command == "demo":
            table = _demo_table()
        else:
            published = _check_date(args.published, "--published")
            docs = _read_corpus(args.files, args)
            facts = _extract(docs, published=published, source=args.source, quiet=args.quiet)
            if args.command == "extract":
                table = facts
            else:
                table = _disagreements(facts, tolerance=args.tolerance, min_claimants=args.min_claimants)
        _write(table, args)
    except UserError as exc:
        print(f"numfacts: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:            # `numfacts extract big.csv | head`: the reader left, not an error
        sys.stderr.close()
        return 0
    return 0


# ---------------------------------------------------------------- reading

def _check_date(value: str | None, where: str):
    if value is None:
        return None
    try:
        return parse_published(value, name=where)
    except NumfactsError as exc:
        raise UserError(str(exc)) from None


def _read_corpus(files: Sequence[str], args: argparse.Namespace) -> pd.DataFrame:
    """All FILEs as one frame of documents with columns doc_id, source, published, text."""
    frames = []
    for name in files:
        kind = CORPUS_READERS.get(Path(name).suffix.lower()) if name != "-" else None
        if kind is None:
            frames.append(pd.DataFrame({"doc_id": [_doc_id_of(name)], "source": [None], "published": [None],
                                        "text": [_read_text(name, args.encoding)]}))
        else:
            frames.append(_read_table(name, kind, args.encoding, args.text_column))
    docs = pd.concat(frames, ignore_index=True)
    if docs["doc_id"].duplicated().any():
        dup = docs.loc[docs["doc_id"].duplicated(), "doc_id"].iloc[0]
        raise UserError(f"doc_id {dup!r} appears more than once; give each document its own doc_id")
    return docs


def _doc_id_of(name: str) -> str:
    return "stdin" if name == "-" else Path(name).name


def _read_text(name: str, encoding: str) -> str:
    if name == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    else:
        data = _read_bytes(name)
    return _decode(data, name, encoding)


def _read_bytes(name: str) -> bytes:
    path = Path(name)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise UserError(f"{name}: is a directory; pass the files in it (e.g. {name}/*.txt)") from None
    except OSError as exc:
        raise UserError(f"{name}: cannot read ({exc.strerror or exc})") from None


def _decode(data: bytes, name: str, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UserError(f"{name}: not valid {encoding} text (byte {data[exc.start]:#04x} at offset {exc.start}); "
                        f"convert it or pass --encoding") from None
    except LookupError:
        raise UserError(f"unknown encoding {encoding!r}") from None
    return text.removeprefix("\ufeff")     # a byte-order mark is not part of the text


def _read_table(name: str, kind: str, encoding: str, text_column: str) -> pd.DataFrame:
    buffer = io.StringIO(_decode(_read_bytes(name), name, encoding))
    try:
        if kind == "csv":
            # Everything as text: a doc_id "007" stays "007", and dates are checked by us, not guessed.
            table = pd.read_csv(buffer, dtype=str, keep_default_na=False, na_values=[""])
        else:
            table = _read_jsonl(buffer, name)
    except pd.errors.EmptyDataError:
        table = pd.DataFrame()
    except (ValueError, pd.errors.ParserError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise UserError(f"{name}: not a readable {kind} corpus ({first})") from None
    if text_column == "text" and text_column not in table.columns and FILE_COLUMN in table.columns:
        table[text_column] = [None if _missing(f) else _read_text(str(Path(name).parent / f), encoding)
                              for f in table[FILE_COLUMN]]
    if text_column not in table.columns:
        columns = ", ".join(map(str, table.columns)) or "none"
        if text_column == "text":
            raise UserError(f"{name}: no text column (columns: {columns}); name it with --text-column, or give "
                            f"a {FILE_COLUMN!r} column of text files")
        raise UserError(f"{name}: unknown column {text_column!r} given to --text-column (columns: {columns})")
    for i, value in enumerate(table[text_column]):
        if not isinstance(value, str) and not _missing(value):
            raise UserError(f"{name}: row {i + 1}: {text_column} is {type(value).__name__}, not text")
    docs = pd.DataFrame({
        "doc_id": [f"{Path(name).name}:{i + 1}" for i in range(len(table))] if "doc_id" not in table
        else [None if _missing(v) else str(v) for v in table["doc_id"]],
        "source": table.get("source", None),
        "published": table.get("published", None),
        "text": table[text_column].where(table[text_column].notna(), ""),
    })
    for i, value in enumerate(docs["published"]):
        if not _missing(value):
            _check_date(str(value), f"{name}: row {i + 1}: published")
    return docs


def _read_jsonl(buffer: io.StringIO, name: str) -> pd.DataFrame:
    # Parsed line by line (not pd.read_json) so an error names its line and no value is type-guessed.
    records = []
    for number, line in enumerate(buffer, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UserError(f"{name}: line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise UserError(f"{name}: line {number}: expected a JSON object, got {type(record).__name__}")
        records.append(record)
    columns = list(dict.fromkeys(key for record in records for key in record))
    return pd.DataFrame.from_records(records, columns=columns).astype(object)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


# ---------------------------------------------------------------- the work

def _extract(docs: pd.DataFrame, *, published, source: str | None, quiet: bool) -> pd.DataFrame:
    import numfacts

    if published is not None:
        docs["published"] = docs["published"].where(docs["published"].notna(), published.isoformat())
    if source is not None:
        docs["source"] = docs["source"].where(docs["source"].notna(), source)
    progress = False if quiet else len(docs) >= PROGRESS_MIN_DOCS
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")     # failures are reported below, one line each
        facts = numfacts.extract_many(docs, progress=progress, errors="collect")
    failed = facts.attrs.get("errors")
    if failed is not None and len(failed):
        for doc_id, reason in failed[["doc_id", "reason"]].itertuples(index=False):
            print(f"numfacts: warning: skipped document {doc_id!r}: {reason}", file=sys.stderr)
    return facts


def _disagreements(facts: pd.DataFrame, **options) -> pd.DataFrame:
    import numfacts

    return numfacts.disagreements(facts, **options)


def example_reports() -> pd.DataFrame:
    """The bundled example: reports of one invented event by three outlets, as a frame of documents.

    >>> example_reports()[["doc_id", "source"]].values.tolist()[0]
    ['courier-1', 'Lowmarch Courier']
    """
    folder = resources.files("numfacts").joinpath("examples")
    index = pd.read_csv(io.StringIO(folder.joinpath("reports.csv").read_text(encoding="utf-8")), dtype=str)
    index["text"] = [folder.joinpath(name).read_text(encoding="utf-8") for name in index["file"]]
    return index.drop(columns="file")


def _demo_table() -> pd.DataFrame:
    import numfacts

    facts = numfacts.extract_many(example_reports(), progress=False)
    return _disagreements(facts)


# ---------------------------------------------------------------- writing

def _write(table: pd.DataFrame, args: argparse.Namespace) -> None:
    fmt = args.format or (FORMAT_BY_SUFFIX.get(Path(args.output).suffix.lower()) if args.output else None) or "table"
    if args.columns:
        wanted = [c.strip() for c in args.columns.split(",") if c.strip()]
        unknown = [c for c in wanted if c not in table.columns]
        if unknown:
            raise UserError(f"--columns: unknown column {unknown[0]!r} (columns: {', '.join(table.columns)})")
        table = table[wanted]
    elif fmt == "table":
        shown = [c for c in TABLE_COLUMNS.get(args.command, []) if c in table.columns]
        table = table[shown] if shown else table
    rendered = {"csv": _as_csv, "jsonl": _as_jsonl, "table": _as_table}[fmt](table)
    if args.output and args.output != "-":
        try:
            Path(args.output).write_text(rendered, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"{args.output}: cannot write ({exc.strerror or exc})") from None
    else:
        sys.stdout.write(rendered)
        sys.stdout.flush()


def _as_csv(table: pd.DataFrame) -> str:
    return table.to_csv(index=False)


def _as_jsonl(table: pd.DataFrame) -> str:
    lines = []
    for row in table.to_dict(orient="records"):
        lines.append(json.dumps({k: _json_value(v) for k, v in row.items()}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)


def _json_value(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if hasattr(value, "item"):          # numpy scalars
        return _json_value(value.item())
    return value


def _as_table(table: pd.DataFrame) -> str:
    if table.empty:
        return "(no rows)\n"
    shown = table.copy()
    for name in shown.columns:
        if shown[name].dtype == "string" or shown[name].dtype == object:
            shown[name] = shown[name].map(_cut, na_action="ignore")
        elif isinstance(shown[name].dtype, pd.CategoricalDtype):
            shown[name] = [str(v) if not _missing(v) else "<NA>" for v in shown[name]]
        elif pd.api.types.is_float_dtype(shown[name].dtype):
            shown[name] = [_figure(v) for v in shown[name]]
    with pd.option_context("display.width", 250, "display.max_columns", None, "display.max_rows", None,
                           "display.max_colwidth", TABLE_CELL + 1):
        return shown.to_string(index=False) + "\n"


def _figure(value: object) -> str:
    """A float as a reader writes it: 150,000,000 rather than 150000000.0, 0.5366 rather than 0.536585."""
    if _missing(value):
        return "<NA>"
    number = float(value)
    return f"{number:,.0f}" if number.is_integer() and abs(number) < 1e18 else f"{number:,.4g}"


def _cut(value: object) -> object:
    if isinstance(value, str):
        flat = " ".join(value.split())
        return flat if len(flat) <= TABLE_CELL else flat[:TABLE_CELL - 1] + "\u2026"
    return value


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
