"""The ``df.numfacts`` pandas accessor: compare, show and summarize from a facts or disagreement frame.

Importing :mod:`numfacts` registers it.
"""
from __future__ import annotations

import pandas as pd

from . import compare
from .errors import InputValueError

#: Columns that make a frame a disagreement table (else it must be a facts frame to compare first).
TABLE_COLUMNS = ("measure", "claimant", "value", "low", "high", "n_claimants", "spread", "consistent")


@pd.api.extensions.register_dataframe_accessor("numfacts")
class NumfactsAccessor:
    """``facts.numfacts.disagreements()``, and on either frame ``styled()``, ``plot()``, ``summary()``.

    >>> import numfacts
    >>> numfacts.schema.empty_frame().numfacts.summary().columns.tolist()[:3]
    ['measure', 'unit', 'n_claims']
    """

    def __init__(self, frame: pd.DataFrame):
        is_table = all(c in frame.columns for c in TABLE_COLUMNS)
        is_facts = all(c in frame.columns for c in compare.REQUIRED)
        if not (is_table or is_facts):
            missing = [c for c in compare.REQUIRED if c not in frame.columns]
            raise InputValueError(f"df.numfacts needs a facts frame (from numfacts.extract) or a disagreement "
                                  f"table (from numfacts.disagreements); this frame lacks {missing}")
        self._frame = frame
        self._is_table = is_table

    def disagreements(self, **options) -> pd.DataFrame:
        """:func:`numfacts.disagreements` of this facts frame (same options)."""
        return compare.disagreements(self._frame, **options)

    def table(self) -> pd.DataFrame:
        """This frame if it is a disagreement table, else the disagreements of this facts frame."""
        return self._frame if self._is_table else self.disagreements()

    def styled(self, **options):
        """A pandas Styler of the disagreement table, conflicting measures shaded (see numfacts.display)."""
        from . import display

        return display.styled(self.table(), **options)

    def plot(self, **options):
        """Each claim's interval, one panel per measure; returns the matplotlib Figure (``path=`` saves it)."""
        from . import display

        return display.plot(self.table(), **options)

    def summary(self) -> pd.DataFrame:
        """One row per measure: its unit, claims, claimants, range of figures, spread, consistency and dates."""
        table = self.table()
        rows = []
        for name, claims in table.groupby("measure", sort=False):
            if "repeat" in claims:   # a restated figure is no further claim
                claims = claims[~claims["repeat"].fillna(False).astype(bool)]
            dates = claims["claim_date"].dropna() if "claim_date" in claims else pd.Series([], dtype=object)
            rows.append({
                "measure": name, "unit": claims["unit"].dropna().iloc[0] if claims["unit"].notna().any() else None,
                "n_claims": len(claims), "n_claimants": int(claims["n_claimants"].iloc[0]),
                "claimants": ", ".join(dict.fromkeys(str(c) for c in claims["claimant"])),
                "min": claims["min"].iloc[0], "max": claims["max"].iloc[0], "spread": claims["spread"].iloc[0],
                "consistent": claims["consistent"].iloc[0],
                "first_date": dates.min() if len(dates) else pd.NaT, "last_date": dates.max() if len(dates) else pd.NaT,
            })
        columns = {"measure": compare.OUTPUT["measure"], "unit": compare.OUTPUT["unit"], "n_claims": "Int64",
                   "n_claimants": "Int64", "claimants": compare.OUTPUT["claimant"], "min": "Float64",
                   "max": "Float64", "spread": "Float64", "consistent": "boolean",
                   "first_date": "datetime64[s]", "last_date": "datetime64[s]"}
        frame = pd.DataFrame(rows, columns=list(columns))
        return frame.astype(columns)
