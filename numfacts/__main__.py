"""``python -m numfacts``: the same command as ``numfacts`` (see :mod:`numfacts.cli`)."""
from .cli import main

raise SystemExit(main())
