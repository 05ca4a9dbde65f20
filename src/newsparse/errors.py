"""The one exception newsparse's parsers raise."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["ParseError"]


class ParseError(ValueError):
    """The input is not an article, or a strict parse met problems.

    Raised for empty, blank, binary or too large input in every mode, and for any
    :class:`~newsparse.WarningCode` problem with ``ParseOptions(strict=True)``.

    It is a :class:`ValueError`, so code that already guards against bad values catches it.

    >>> import newsparse
    >>> try:
    ...     newsparse.parse("   ")
    ... except newsparse.ParseError as err:
    ...     print(err.code, err.line, err.column)
    blank_input 1 1
    """

    code: str
    """A stable, machine-readable reason (``empty_input``, ``binary_input``, ``strict``...)."""
    line: int
    """1-based line of the first problem."""
    column: int
    """1-based column of the first problem."""
    problems: tuple[str, ...]
    """Every problem found (several only for a strict parse)."""

    def __init__(
        self,
        message: str,
        *,
        code: str,
        line: int = 1,
        column: int = 1,
        problems: Sequence[str] = (),
    ) -> None:
        super().__init__(message)
        self.code = code
        self.line = line
        self.column = column
        self.problems = tuple(problems) or (message,)

    def __str__(self) -> str:
        return f"{self.code} at line {self.line}, column {self.column}: {self.args[0]}"

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only fields survive pickling (worker processes send errors back).
        return (_rebuild, (self.args[0], self.code, self.line, self.column, self.problems))


def _rebuild(
    message: str, code: str, line: int, column: int, problems: tuple[str, ...]
) -> ParseError:
    return ParseError(message, code=code, line=line, column=column, problems=problems)
