"""Allows ``python -m humanize_desktop``; same as the ``humanize-desktop`` command."""

import sys

from humanize_desktop.cli import main

sys.exit(main())
