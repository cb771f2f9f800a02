"""The df.numfacts accessor, the styled table and the plot."""
from __future__ import annotations

import re
import sys

import matplotlib
import pandas as pd
import pytest

import numfacts as nf
from numfacts.schema import as_frame

matplotlib.use("Agg")   # no screen here; must come before pyplot is imported


def _facts() -> pd.DataFrame:
    """Two measures: crowd sizes that conflict, and arrests whose bounds agree."""
    rows = []
    claims = [
        ("a", "Ledger", "Police said 9,000 people marched in Dorby.", "9,000 people", 9000, 9000, 9000, "exact",
         "Police"),
        ("a", "Ledger", "Organizers said 25,000 people marched in Dorby.", "25,000 people", 25000, 25000, 25000,
         "exact", "Organizers"),
        ("b", "Wire", "At least 30 people were arrested, officials said.", "At least 30 people", 30, 30, None,
         "lower_bound", "officials"),
        ("b", "Wire", "A lawyer said up to 45 people were arrested.", "up to 45 people", 45, None, 45,
         "upper_bound", "A lawyer"),
    ]
    offset = {"a": 0, "b": 0}
    for doc, source, sentence, text, value, low, high, qualifier, speaker in claims:
        start = offset[doc] + sentence.index(text)
        rows.append({"doc_id": doc, "source": source, "published": "2024-09-09", "kind": "quantity",
                     "start": start, "end": start + len(text), "text": text, "sentence": sentence,
                     "value": value, "low": low, "high": high, "qualifier": qualifier, "speaker": speaker})
        offset[doc] += len(sentence) + 1
    return as_frame(rows)


def test_accessor_is_registered_by_import():
    facts = _facts()
    assert isinstance(facts.numfacts, nf.NumfactsAccessor)
    pd.testing.assert_frame_equal(facts.numfacts.disagreements(), nf.disagreements(facts))
    pd.testing.assert_frame_equal(facts.numfacts.table(), nf.disagreements(facts))


def test_accessor_refuses_a_frame_it_cannot_read():
    with pytest.raises(ValueError, match="kind"):
        pd.DataFrame({"a": [1]}).numfacts.summary()


def test_summary_has_one_row_per_measure():
    summary = _facts().numfacts.summary()
    assert summary["n_claims"].tolist() == [2, 2]
    assert summary["n_claimants"].tolist() == [2, 2]
    assert summary["consistent"].tolist() == [False, True]
    assert summary["claimants"].tolist() == ["Police, Organizers", "officials, A lawyer"]
    assert summary["spread"].tolist() == pytest.approx([25000 / 9000 - 1, 0.5])


def test_styled_is_a_styler_with_conflicts_highlighted():
    from pandas.io.formats.style import Styler

    from numfacts.display import AGREE, CONFLICT

    table = nf.disagreements(_facts())
    styler = table.numfacts.styled()
    assert isinstance(styler, Styler)
    html = styler.to_html()

    def rows_shaded(color: str) -> set[int]:
        """Rows whose cells the stylesheet paints ``color`` (rules are "#T_id_rowN_colM, ... { css }")."""
        out = set()
        for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", html):
            if color.split(": ")[1] in body:
                out |= {int(n) for n in re.findall(r"_row(\d+)_col", selectors)}
        return out
    conflicting = set(table.index[~table["consistent"].astype(bool)])
    assert rows_shaded(CONFLICT) == conflicting
    assert rows_shaded(AGREE) == set(table.index) - conflicting
    assert "25,000" in html and "9,000" in html


def test_plot_is_saved_as_png(tmp_path):
    path = tmp_path / "claims.png"
    figure = _facts().numfacts.plot(path=str(path))
    assert path.exists() and path.stat().st_size > 1000
    assert len(figure.axes) == 2
    assert figure.axes[0].get_title(loc="left").startswith(nf.disagreements(_facts())["measure"].iloc[0])


def test_plot_without_matplotlib_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(ImportError, match=r"pip install numfacts\[plot\]"):
        _facts().numfacts.plot()


def test_plot_of_an_empty_table_is_refused():
    with pytest.raises(ValueError, match="nothing to plot"):
        as_frame([]).numfacts.plot()
