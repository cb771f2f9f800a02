"""Write examples/quickstart.ipynb (outputs stripped). Edit this script, not the notebook's JSON:

    python examples/make_quickstart.py

tests/test_notebook.py executes the notebook and checks it matches what this script writes.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOK = Path(__file__).with_name("quickstart.ipynb")

#: (kind, source) in order: the notebook, cell by cell.
CELLS = [
    ("markdown", """# numfacts quickstart

Three outlets report the same (invented) event: a dam fails in the Lowmarch valley. Their figures for
troops, deaths, flooded homes and money differ, and so do the people they quote. numfacts pulls every
figure out of each text, says who stated it, groups the figures that measure the same thing and shows
where the sources disagree."""),
    ("markdown", "## Load the reports\n\n`reports.csv` lists each report's file, outlet and publication date."),
    ("code", """from pathlib import Path

import pandas as pd

import numfacts as nf

docs = pd.read_csv("reports.csv")
docs["text"] = [Path(name).read_text(encoding="utf-8") for name in docs["file"]]
docs = docs.drop(columns="file")
docs[["doc_id", "source", "published"]]"""),
    ("markdown", "## Extract\n\nOne row per figure or date, with its interval, unit, counted thing and speaker."),
    ("code", """facts = nf.extract_many(docs, progress=False)
facts.loc[facts.kind == "quantity",
          ["doc_id", "text", "value", "low", "high", "qualifier", "unit", "entity", "speaker"]]"""),
    ("markdown", ("## Compare\n\nOne row per claim, grouped by measure; `consistent` says whether the claimed "
                 "intervals overlap.")),
    ("code", """table = nf.disagreements(facts)
table"""),
    ("markdown", "In Jupyter the styled table highlights the conflicts:"),
    ("code", "table.numfacts.styled()"),
    ("markdown", "Each claimant's interval on one axis per measure:"),
    ("code", "table.numfacts.plot()"),
]


def build() -> nbformat.NotebookNode:
    """The notebook, without outputs."""
    cells = [new_markdown_cell(src) if kind == "markdown" else new_code_cell(src) for kind, src in CELLS]
    notebook = new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    })
    # Stable cell ids, so rewriting the notebook gives the same bytes.
    for number, cell in enumerate(notebook.cells):
        cell["id"] = f"cell-{number:02d}"
    return notebook


def render() -> str:
    return nbformat.writes(build()) + "\n"


if __name__ == "__main__":
    NOTEBOOK.write_text(render(), encoding="utf-8")
    print(f"wrote {NOTEBOOK}")
