"""Errors a user can cause. Messages are written for the user, one line each."""


class NewscliError(Exception):
    """Base of every error newscli reports without a traceback."""


class InputError(NewscliError):
    """An input could not be read or decoded; other inputs go on."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class MissingExtraInput(InputError):
    """An input needs an optional dependency that is not installed: the input fails like
    any other, and the run's status is the usage status, since installing fixes it."""


class MissingExtraError(NewscliError):
    """An optional dependency is needed for this input or option."""


class ClusterLost(NewscliError):
    """The Dask cluster has had no workers, or its scheduler has not answered, for the
    whole time-out: the records not yet done cannot be done."""


class InputWarning:
    """Something about an input worth telling the user that does not stop its processing."""

    __slots__ = ("message", "source")

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"
