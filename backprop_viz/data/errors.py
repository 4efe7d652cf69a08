"""The data package's one exception type, :class:`DataError`.

Every problem with a user's data file (truncated, malformed, out-of-range values,
unsafe pickles, failed downloads) is reported as a :class:`DataError` whose message
names the file and the problem in one line, so the command line can print it without a
traceback. ``DataError`` subclasses ``ValueError`` so generic callers still catch it.
"""

from __future__ import annotations

import os


class DataError(ValueError):
    """A dataset could not be read, written or fetched; the message says which file and why.

    ``DataError(problem, path=p)`` renders as ``"<p>: <problem>"``; ``path`` and
    ``problem`` stay available as attributes for callers that want them separately.
    """

    def __init__(self, problem: str, path: str | os.PathLike | None = None) -> None:
        self.problem = str(problem)
        self.path = None if path is None else str(path)
        super().__init__(self.problem if self.path is None else f"{self.path}: {self.problem}")

