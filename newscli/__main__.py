"""``python -m newscli`` and the ``newscli`` command.

Ctrl-C at any moment ends the run with status 130 and one line, never a
traceback: also while the command line module is still being imported, before
Click has taken over.

A standard stream that was closed when the command started (``>&-``, ``<&-``,
``2>&-``) has its file descriptor held open on the null device, so no file the run
opens later takes its number and receives what was meant for the stream.  Closed
standard input and output stay ``None``, as Python leaves them, and the run
reports them; messages for a closed standard error go to the null device, the
exit status still says how the run went.
"""

# No ``from __future__`` import: it loads a module from disk before main's handler
# is in place.  os and sys are loaded while the interpreter starts, so these lines
# are lookups that leave no time for a Ctrl-C; everything else is imported inside
# main's handler.
import os
import sys

EXIT_INTERRUPTED = 130


def hold_closed_streams() -> None:
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            # The lowest free number is taken, so opening in order refills 0, 1, 2.
            held = os.open(os.devnull, os.O_RDWR)
            if held != fd:
                os.dup2(held, fd)
                os.close(held)
            if fd == 2:
                # Lives as long as the process, like the stream it stands in for.
                sys.stderr = open(fd, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115


def main() -> None:
    try:
        import signal  # noqa: F401  (imported here, under the handler; used below)

        hold_closed_streams()
        from newscli.cli import main as cli

        cli(prog_name="newscli")
    except KeyboardInterrupt:
        sys.stderr.write("newscli: interrupted\n")
        sys.exit(EXIT_INTERRUPTED)
    finally:
        # The run has ended and said how; a Ctrl-C while the interpreter shuts down
        # would only turn that into a traceback or a death by signal.
        loaded = sys.modules.get("signal")
        if loaded is not None:
            loaded.signal(loaded.SIGINT, loaded.SIG_IGN)


if __name__ == "__main__":
    main()
