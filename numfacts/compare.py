"""Compare sources: group figures that measure the same thing and expose where they disagree.

(First cut: placeholder. The comparison issue fills this in.)
"""
from __future__ import annotations

import pandas as pd


def disagreements(facts: pd.DataFrame, *, by=None, tolerance: float = 0.05, min_claimants: int = 2) -> pd.DataFrame:
    """One row per claim, grouped by measure."""
    raise NotImplementedError
