"""examples/quickstart.ipynb runs from top to bottom, and is exactly what examples/make_quickstart.py writes."""
from __future__ import annotations

import filecmp
import importlib.util
from pathlib import Path

import nbclient
import nbformat
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
BUNDLED = Path(__file__).resolve().parent.parent / "numfacts" / "examples"


def _maker():
    spec = importlib.util.spec_from_file_location("make_quickstart", EXAMPLES / "make_quickstart.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_notebook_is_generated_and_stripped():
    on_disk = (EXAMPLES / "quickstart.ipynb").read_text(encoding="utf-8")
    assert on_disk == _maker().render(), "regenerate it: python examples/make_quickstart.py"
    notebook = nbformat.reads(on_disk, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")


@pytest.mark.parametrize("name", sorted(p.name for p in BUNDLED.iterdir() if p.suffix in {".txt", ".csv"}))
def test_examples_folder_holds_the_bundled_reports(name):
    assert filecmp.cmp(EXAMPLES / name, BUNDLED / name, shallow=False)


def test_notebook_executes():
    notebook = nbformat.read(EXAMPLES / "quickstart.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(EXAMPLES)}})
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # The last cell draws the plot: the notebook shows a picture, not only text.
    assert any("image/png" in o.get("data", {}) for o in notebook.cells[-1].outputs)
