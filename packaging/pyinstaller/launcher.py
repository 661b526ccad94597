"""The packaged app's entry point (what ``messenger-desktop`` is inside a PyInstaller bundle).

``freeze_support`` comes first: the sync ingest worker is a "spawn" process, which a frozen app
starts as itself with special arguments; they must be recognised before the command line is read.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from messenger_desktop.cli import main

    sys.exit(main())
