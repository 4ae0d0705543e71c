"""The exception a library status code becomes."""

from __future__ import annotations


class StatusError(RuntimeError):
    """A libsoftplus array function returned a status other than SP_OK.

    The binding checks its arguments before every call, so this means a bug in
    the binding or in the library; the message is the library's own
    sp_status_string text.
    """

    def __init__(self, symbol: str, status: int, status_name: str, message: str) -> None:
        super().__init__(f"{symbol} returned {status_name} ({status}): {message}")
        self.symbol = symbol
        self.status = status
        self.status_name = status_name
