"""Show a disagreement table: a pandas Styler with conflicts highlighted, and a plot of each claim's interval.

matplotlib is an optional extra (``pip install numfacts[plot]``); it is imported only when a plot is drawn.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd

#: Columns the styled table shows by default, when the table has them.
SHOWN = ("measure", "claimant", "claim_date", "text", "value", "low", "high", "qualifier", "unit", "repeat",
         "n_claimants", "spread", "consistent")
#: Background of the claims of a measure whose claimants cannot all be right, and of one they can.
CONFLICT, AGREE = "background-color: #f8d7da", "background-color: #e2f0d9"


def _number(x) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)) or x is pd.NA:
        return ""
    x = float(x)
    return f"{x:,.0f}" if x == int(x) and abs(x) < 1e15 else f"{x:,.4g}" if abs(x) < 1 else f"{x:,.2f}"


def _compact(x) -> str:
    """A figure short enough for an axis or a label: 450M, 1.2bn, 12,849, 4.5.

    >>> [_compact(v) for v in (450e6, 1.2e9, 12849.43, 4.5, 0.25)]
    ['450M', '1.2bn', '12,849', '4.5', '0.25']
    """
    x = float(x)
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "M")):
        if abs(x) >= scale:
            return f"{x / scale:.3g}{suffix}"
    return f"{x:,.0f}" if abs(x) >= 100 or x == int(x) else f"{x:.3g}"


def _percent(x) -> str:
    return "" if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)) else f"{float(x):.0%}"


def styled(table: pd.DataFrame, *, columns: Sequence[str] | None = None):
    """A :class:`pandas.io.formats.style.Styler` of a disagreement table: the claims of each measure whose
    intervals do not all overlap are shaded red, the others green; figures get thousands separators.

    >>> from numfacts.compare import _empty
    >>> type(styled(_empty())).__name__
    'Styler'
    """
    shown = [c for c in (columns or SHOWN) if c in table.columns]
    view = table[shown]
    conflict = (~table["consistent"].fillna(True).astype(bool)) if "consistent" in table else None

    def shade(row: pd.Series) -> list[str]:
        if conflict is None:
            return [""] * len(row)
        return [CONFLICT if conflict.loc[row.name] else AGREE] * len(row)
    try:
        styler = view.style
    except ImportError as exc:   # pandas needs jinja2 for any Styler
        raise ImportError("the styled table needs jinja2 (pandas renders Stylers with it): pip install jinja2") from exc
    styler = styler.apply(shade, axis=1)
    formats = {c: _number for c in ("value", "low", "high", "min", "max") if c in shown}
    if "spread" in shown:
        formats["spread"] = _percent
    if "claim_date" in shown:
        formats["claim_date"] = lambda d: "" if pd.isna(d) else pd.Timestamp(d).strftime("%Y-%m-%d")
    styler = styler.format(formats, na_rep="")
    return styler.set_caption("numfacts: claims grouped by measure (red: the claimed intervals do not overlap)")


def _pyplot():
    try:
        import matplotlib
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise ImportError("plotting needs matplotlib: pip install numfacts[plot]") from exc
    return matplotlib, plt


def plot(table: pd.DataFrame, *, measures: Sequence[str] | None = None, max_measures: int = 12,
         path: str | None = None):
    """One panel per measure, one line per claim: the interval it allows (an arrow where it is unbounded)
    and a dot at the stated figure. Red panels are measures whose claims cannot all be right.
    Returns the matplotlib Figure; saves it too when ``path`` is given.
    """
    _, plt = _pyplot()
    if table.empty:
        raise ValueError("nothing to plot: the disagreement table has no rows")
    names = list(dict.fromkeys(table["measure"])) if measures is None else list(measures)
    names = names[:max_measures]
    heights = [max(1, int((table["measure"] == m).sum())) for m in names]
    fig, axes = plt.subplots(len(names), 1, squeeze=False,
                             figsize=(8, 1.0 + sum(0.45 * h + 0.9 for h in heights)),
                             gridspec_kw={"height_ratios": [h + 1 for h in heights]})
    for ax, name in zip(axes[:, 0], names):
        _panel(ax, table[table["measure"] == name])
    fig.tight_layout()
    if path is not None:
        fig.savefig(path, dpi=120, bbox_inches="tight")
    return fig


def _panel(ax, claims: pd.DataFrame) -> None:
    from matplotlib.ticker import MaxNLocator

    finite = [float(v) for c in ("value", "low", "high") for v in claims[c] if not pd.isna(v)]
    lo, hi = (min(finite), max(finite)) if finite else (0.0, 1.0)
    pad = (hi - lo) * 0.15 or abs(hi) * 0.15 or 1.0
    left, right = lo - pad, hi + pad
    consistent = bool(claims["consistent"].iloc[0]) if "consistent" in claims and not pd.isna(
        claims["consistent"].iloc[0]) else True
    color = "#2b6cb0" if consistent else "#c53030"
    labels = []
    for y, (_, c) in enumerate(claims.iterrows()):
        low = left if pd.isna(c["low"]) else float(c["low"])
        high = right if pd.isna(c["high"]) else float(c["high"])
        ax.plot([low, high], [y, y], color=color, linewidth=3, alpha=0.45, solid_capstyle="butt")
        if pd.isna(c["low"]):
            ax.plot([left], [y], marker="<", color=color, markersize=8)
        if pd.isna(c["high"]):
            ax.plot([right], [y], marker=">", color=color, markersize=8)
        repeat = bool(c.get("repeat")) if not pd.isna(c.get("repeat", False)) else False
        ax.plot([float(c["value"])], [y], marker="o", color=color, markersize=7,   # a restatement: hollow
                markerfacecolor="white" if repeat else color)
        ax.annotate(_compact(c["value"]), (float(c["value"]), y), textcoords="offset points", xytext=(0, 6),
                    ha="center", fontsize=8)
        date = c.get("claim_date")
        when = "" if date is None or pd.isna(date) else f" ({pd.Timestamp(date):%b %d})"
        labels.append(f"{c['claimant']}{when}{' (again)' if repeat else ''}")
    ax.set_yticks(range(len(labels)), labels, fontsize=9)
    ax.set_ylim(-0.7, len(labels) - 0.3)
    ax.set_xlim(left, right)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(6))
    ax.xaxis.set_major_formatter(lambda v, _pos: _compact(v))
    first = claims.iloc[0]
    spread = "" if pd.isna(first.get("spread")) else f", spread {float(first['spread']):.0%}"
    verdict = "consistent" if consistent else "conflict"
    unit = "" if pd.isna(first.get("unit")) or str(first["unit"]) in str(first["measure"]) else f" [{first['unit']}]"
    ax.set_title(f"{first['measure']}{unit}: {verdict}{spread}", fontsize=10, loc="left", color=color)
    ax.grid(axis="x", alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
