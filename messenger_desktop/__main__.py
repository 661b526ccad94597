import sys

from .cli import main

# The guard matters: the ingest worker process is started with "spawn", which re-imports the
# main module; without it the worker would run the whole command line again.
if __name__ == "__main__":
    sys.exit(main())
