"""Errors and warnings about the input, always pointing at a file and a line."""
from dataclasses import dataclass


class InputError(Exception):
    """Bad input that stops the build: printed as `path:line: message`."""

    def __init__(self, path, line, message):
        super().__init__(message)
        self.path = str(path)
        self.line = line
        self.message = message

    def __str__(self):
        return f"{self.path}:{self.line or 0}: {self.message}"


@dataclass
class BuildWarning:
    """Something the build noticed and tolerated; goes into build_warnings."""

    source_file: str
    line: int | None
    code: str
    message: str

    def __str__(self):
        return f"{self.source_file}:{self.line or 0}: warning [{self.code}] {self.message}"
