"""No traceback reaches the browser: a page that fails shows a short message, and the server log
keeps the details.

Streamlit's own `client.showErrorDetails` (set to "none" in `.streamlit/config.toml`) hides errors
raised outside a page. A developer who wants tracebacks in the browser runs
`python -m ui.server --client.showErrorDetails=full`, and then `contained` lets them through too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import streamlit as st
from streamlit.logger import get_logger

MESSAGE = "This view failed; the details are in the server log."
_log = get_logger("accord")


def details_shown() -> bool:
    """True when the configuration asks for error details in the browser (development)."""
    return str(st.get_option("client.showErrorDetails")).lower() in ("full", "stacktrace", "true")


@contextlib.contextmanager
def contained(what: str) -> Iterator[None]:
    """Run a view; an unexpected error is logged with its traceback and shown as `MESSAGE`.

    Streamlit's own control flow (st.stop, st.rerun, st.switch_page) raises BaseExceptions that are
    not errors and pass through untouched."""
    try:
        yield
    except Exception:
        _log.exception("%s failed", what)
        if details_shown():
            raise
        st.error(MESSAGE, icon=":material/error:")
