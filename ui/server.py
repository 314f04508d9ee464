"""Starts the dashboard: `python -m ui.server [streamlit options]` is `streamlit run app.py` with
Streamlit's older multipage mode switched off from the first session on.

Why: app.py routes the scripts in pages/ with st.navigation, but Streamlit takes a pages/ folder
beside the main script for its older multipage mode until some session has called st.navigation.
On a fresh server, the first sessions opened on a page's link (/data, /tracker) each ran that page
alone, without app.py: no corpus loaded, and their imports raced into a deadlock.
"""

from __future__ import annotations

import sys
from pathlib import Path

from streamlit.runtime.pages_manager import PagesManager
from streamlit.web import cli

APP = Path(__file__).resolve().parent.parent / "app.py"


def main(argv: list[str] | None = None) -> None:
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
