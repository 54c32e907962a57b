"""``python -m guardwire``: the same command line as the ``guardwire`` script."""

from __future__ import annotations

import sys

from guardwire.cli import main

if __name__ == "__main__":
    sys.exit(main())
