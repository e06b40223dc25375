"""Entry point of the frozen (PyInstaller) Humanize Desktop.

The same program is the editor and the headless CLI. The model engine runs
in a child process started with multiprocessing's ``spawn`` method, which in
a frozen build re-runs this executable: ``freeze_support()`` must come first
so such a child becomes the engine instead of opening a second window.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from humanize_desktop.cli import main

    sys.exit(main())
