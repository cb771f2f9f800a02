"""The numfacts command, through main(argv) and once through a real subprocess."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import numfacts
from numfacts.cli import main

REPORT = "The council said about 400 homes were flooded on Tuesday. Volunteers counted 380 homes.\n"


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A folder of inputs, good and bad, written for these tests."""
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Le caf\xe9 a vendu 40 croissants.".encode("latin-1"))
    pd.DataFrame({"doc_id": ["a", "b"], "source": ["Daily One", "Evening Two"],
                  "published": ["2024-05-02", "2024-05-03"],
                  "text": ["Police said 12 people were hurt.", "Medics treated 15 people, a spokesman said."]},
                 ).to_csv(tmp_path / "corpus.csv", index=False)
    (tmp_path / "corpus.jsonl").write_text(
        json.dumps({"doc_id": 7, "text": "Sales rose 4% to $2 million."}) + "\n"
        + json.dumps({"doc_id": 8, "text": "No figures here."}) + "\n", encoding="utf-8")
    (tmp_path / "index.csv").write_text("doc_id,source,file\nr1,Gazette,report.txt\n", encoding="utf-8")
    (tmp_path / "body.csv").write_text("id,body\n1,Prices rose 3%.\n", encoding="utf-8")
    (tmp_path / "baddate.csv").write_text("text,published\nAbout 5 cars.,2024-02-30\n", encoding="utf-8")
    (tmp_path / "dupes.csv").write_text("doc_id,text\nx,One 1.\nx,Two 2.\n", encoding="utf-8")
    (tmp_path / "broken.jsonl").write_text('{"text": "5 cats"\n', encoding="utf-8")
    (tmp_path / "numbers.jsonl").write_text('{"text": 5}\n', encoding="utf-8")
    (tmp_path / "folder").mkdir()
    return tmp_path


def run(args: list[str], files: Path, capsys, monkeypatch, stdin: str | None = None):
    monkeypatch.chdir(files)
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    status = main(args)
    out, err = capsys.readouterr()
    return status, out, err


# ---------------------------------------------------------------- user errors: one line, status 2

USER_ERRORS = [
    (["extract", "missing.txt"], "missing.txt: no such file"),
    (["extract", "latin1.txt"], "not valid utf-8 text (byte 0xe9"),
    (["extract", "report.txt", "--encoding", "klingon"], "unknown encoding 'klingon'"),
    (["extract", "report.txt", "--published", "2024-13-45"], "--published: '2024-13-45' is not a valid date"),
    (["compare", "report.txt", "--published", "yesterday-ish"], "is not a valid date"),
    (["extract", "baddate.csv"], "baddate.csv: row 1: published: '2024-02-30' is not a valid date"),
    (["extract", "body.csv"], "body.csv: no text column (columns: id, body)"),
    (["extract", "body.csv", "--text-column", "content"], "unknown column 'content'"),
    (["extract", "report.txt", "--columns", "value,colour"], "--columns: unknown column 'colour'"),
    (["extract", "broken.jsonl"], "broken.jsonl: line 1: not valid JSON"),
    (["extract", "numbers.jsonl"], "numbers.jsonl: row 1: text is int, not text"),
    (["extract", "dupes.csv"], "doc_id 'x' appears more than once"),
    (["extract", "folder"], "folder: is a directory"),
]


@pytest.mark.parametrize("args, message", USER_ERRORS, ids=[" ".join(a) for a, _ in USER_ERRORS])
def test_user_error_is_one_line_and_status_2(args, message, files, capsys, monkeypatch):
    status, out, err = run(args, files, capsys, monkeypatch)
    assert status == 2
    assert out == ""
    assert err.startswith("numfacts: error: ") and err.count("\n") == 1, err
    assert message in err


@pytest.mark.parametrize("args", [[], ["frobnicate"], ["extract"], ["extract", "x.txt", "--format", "xml"]])
def test_bad_usage_is_status_2(args, files, capsys, monkeypatch):
    status, _out, err = run(args, files, capsys, monkeypatch)
    assert status == 2
    assert "usage: numfacts" in err and "Traceback" not in err


def test_help_is_status_0(files, capsys, monkeypatch):
    status, out, _ = run(["--help"], files, capsys, monkeypatch)
    assert status == 0 and "demo" in out and "extract" in out and "compare" in out


def test_version(files, capsys, monkeypatch):
    status, out, _ = run(["--version"], files, capsys, monkeypatch)
    assert status == 0 and out == f"numfacts {numfacts.__version__}\n"


# ---------------------------------------------------------------- extract

def test_extract_text_file_as_csv_has_every_column(files, capsys, monkeypatch):
    status, out, err = run(["extract", "report.txt", "--format", "csv", "--published", "2024-05-01",
                            "--source", "Gazette"], files, capsys, monkeypatch)
    assert status == 0 and err == ""
    facts = pd.read_csv(io.StringIO(out))
    assert list(facts.columns) == list(numfacts.COLUMNS)
    assert set(facts["doc_id"]) == {"report.txt"} and set(facts["source"]) == {"Gazette"}
    assert set(facts["published"]) == {"2024-05-01"}
    assert {400.0, 380.0} <= set(facts["value"].dropna())


def test_extract_matches_the_library(files, capsys, monkeypatch):
    status, out, _ = run(["extract", "report.txt", "--format", "jsonl"], files, capsys, monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    expected = numfacts.extract(REPORT, doc_id="report.txt")
    assert status == 0
    assert [(r["start"], r["end"], r["kind"]) for r in rows] == \
        list(zip(expected["start"], expected["end"], expected["kind"]))


def test_extract_stdin_as_jsonl(files, capsys, monkeypatch):
    status, out, _ = run(["extract", "-", "--format", "jsonl"], files, capsys, monkeypatch,
                         stdin="Exports fell 7% last year.")
    rows = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and rows
    assert {r["doc_id"] for r in rows} == {"stdin"}
    assert 7.0 in [r["value"] for r in rows]


@pytest.mark.parametrize("corpus, doc_ids", [
    ("corpus.csv", {"a", "b"}),
    ("corpus.jsonl", {"7"}),                 # doc 8 has no figure, so no row
    ("index.csv", {"r1"}),                   # a 'file' column instead of 'text'
])
def test_extract_corpus_files(corpus, doc_ids, files, capsys, monkeypatch):
    status, out, _ = run(["extract", corpus, "--format", "csv"], files, capsys, monkeypatch)
    assert status == 0
    assert set(pd.read_csv(io.StringIO(out), dtype={"doc_id": str})["doc_id"]) == doc_ids


def test_extract_corpus_keeps_its_own_source_and_dates(files, capsys, monkeypatch):
    status, out, _ = run(["extract", "corpus.csv", "--format", "csv", "--source", "Fallback"], files, capsys,
                         monkeypatch)
    facts = pd.read_csv(io.StringIO(out))
    assert status == 0
    assert set(zip(facts["doc_id"], facts["source"], facts["published"])) == {
        ("a", "Daily One", "2024-05-02"), ("b", "Evening Two", "2024-05-03")}


def test_text_column_option(files, capsys, monkeypatch):
    status, out, _ = run(["extract", "body.csv", "--text-column", "body", "--format", "csv"], files, capsys,
                         monkeypatch)
    assert status == 0 and 3.0 in set(pd.read_csv(io.StringIO(out))["value"])


@pytest.mark.parametrize("name, fmt", [("out.csv", "csv"), ("out.jsonl", "jsonl"), ("out.txt", "table")])
def test_output_file_format_follows_suffix(name, fmt, files, capsys, monkeypatch):
    status, out, _ = run(["extract", "report.txt", "-o", name], files, capsys, monkeypatch)
    written = (files / name).read_text(encoding="utf-8")
    assert status == 0 and out == ""
    first = written.splitlines()[0]
    assert {"csv": first.startswith("doc_id,source,published"), "jsonl": first.startswith("{"),
            "table": first.split()[:2] == ["doc_id", "kind"]}[fmt]


def test_columns_option(files, capsys, monkeypatch):
    status, out, _ = run(["extract", "report.txt", "--columns", "text,value", "--format", "csv"], files, capsys,
                         monkeypatch)
    assert status == 0 and out.splitlines()[0] == "text,value"


def test_progress_on_stderr_for_long_corpora(files, capsys, monkeypatch):
    pd.DataFrame({"text": [f"Item {i} cost {i + 2} dollars." for i in range(60)]}).to_csv(
        files / "long.csv", index=False)
    status, _out, err = run(["extract", "long.csv", "--format", "csv"], files, capsys, monkeypatch)
    assert status == 0 and "60/60" in err
    status, _out, err = run(["extract", "long.csv", "--format", "csv", "--quiet"], files, capsys, monkeypatch)
    assert status == 0 and err == ""


# ---------------------------------------------------------------- compare and demo

def test_compare_prints_disagreements(files, capsys, monkeypatch):
    status, out, err = run(["compare", "corpus.csv", "--format", "csv", "--min-claimants", "1"], files, capsys,
                           monkeypatch)
    table = pd.read_csv(io.StringIO(out))
    assert status == 0 and err == ""
    assert {"measure", "claimant", "value", "consistent"} <= set(table.columns)
    assert {12.0, 15.0} <= set(table["value"])


def test_demo_prints_the_disagreement_table(capsys):
    status = main(["demo"])
    out, _ = capsys.readouterr()
    assert status == 0
    assert out.split()[:2] == ["measure", "claimant"]
    # The three outlets disagree on the troops sent: each figure is in the table.
    assert all(figure in out for figure in ("3,000", "4,500", "2,000"))


def test_demo_through_a_subprocess():
    done = subprocess.run([sys.executable, "-m", "numfacts", "demo"], capture_output=True, text=True,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert "measure" in done.stdout and "Traceback" not in done.stderr


def test_user_error_through_a_subprocess(tmp_path):
    done = subprocess.run([sys.executable, "-m", "numfacts", "extract", str(tmp_path / "nope.txt")],
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 2
    assert done.stderr.strip() == f"numfacts: error: {tmp_path / 'nope.txt'}: no such file"
