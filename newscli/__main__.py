"""``python -m newscli`` and the ``newscli`` command.

Ctrl-C at any moment ends the run with status 130 and one line, never a
traceback: also while the command line module is still being imported, before
Click has taken over.
"""

from __future__ import annotations

import sys

EXIT_INTERRUPTED = 130


def main() -> None:
    try:
        from newscli.cli import main as cli

        cli(prog_name="newscli")
    except KeyboardInterrupt:
        sys.stderr.write("newscli: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)


if __name__ == "__main__":
    main()
