"""``python -m r1claims``: the same as the ``r1claims`` command."""

import sys

from r1claims.cli import main

sys.exit(main())
