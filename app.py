"""Accord: the dashboard's entry point. It loads the releases (cached), draws the shared filter
sidebar, keeps the filter in the URL, and routes to the pages; an error shows a short message, its
details go to the server log (ui.guard).

Run: `python -m ui.server` (seeds/), `python -m ui.server -- --data PATH`, or ACCORD_DATA=PATH
(ui/server.py says why not plain `streamlit run app.py`).
"""

import streamlit as st

from ui import data, guard, sidebar, state

st.set_page_config(page_title="Accord", page_icon=":material/handshake:", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:"),
    st.Page("pages/commitments.py", title="Commitments", icon=":material/handshake:"),
    st.Page("pages/tracker.py", title="Tracker", icon=":material/task_alt:"),
    st.Page("pages/mechanisms.py", title="Mechanisms", icon=":material/event_repeat:"),
    st.Page("pages/areas.py", title="Cooperation areas", icon=":material/category:"),
    st.Page("pages/reader.py", title="Reader", icon=":material/article:"),
    st.Page("pages/review.py", title="Review", icon=":material/rule:"),
    st.Page("pages/meeting.py", title="Accounts", icon=":material/compare:"),
    st.Page("pages/data.py", title="Data", icon=":material/database:"),
]

page = st.navigation(PAGES, position="top")
with guard.contained(f"page {page.title!r}"):
    corpus = data.corpus()
    st.session_state[state.CORPUS] = corpus
    state.write_url(sidebar.render(corpus.frames()), release=state.release_param(), page=page.url_path)
    with state.routed():
        page.run()
