"""numfacts: the figures and dates in news text, who stated them, and where sources disagree."""
from importlib.metadata import PackageNotFoundError, version

from .accessor import NumfactsAccessor  # importing it registers the df.numfacts accessor
from .compare import disagreements
from .errors import DocumentError, InputTypeError, InputValueError, NumfactsError
from .pipeline import extract, extract_many
from .schema import COLUMNS, SCHEMA

try:
    __version__ = version("numfacts")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "COLUMNS",
    "SCHEMA",
    "DocumentError",
    "InputTypeError",
    "InputValueError",
    "NumfactsAccessor",
    "NumfactsError",
    "__version__",
    "disagreements",
    "extract",
    "extract_many",
]
