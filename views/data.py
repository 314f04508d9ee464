"""Data: where the releases came from, what could not be read, uploads, and every frame to download."""

import streamlit as st

from core import filters
from core.schema import COLUMNS
from ui import data, state, widgets

frames, f = state.current()
view = filters.apply(frames, f)

st.title("Data")
paths = data.data_paths()
uploads = st.session_state.get(state.UPLOADS, [])
st.caption(
    "Reading from "
    + ", ".join(f"`{p}`" for p in paths)
    + (f" and {len(uploads)} uploaded file(s)" if uploads else "")
    + " · point Accord elsewhere with `streamlit run app.py -- --data PATH` or `ACCORD_DATA=PATH`."
)
if st.button("Read the files again", icon=":material/refresh:"):
    data.reload()
    st.rerun()

st.subheader("Add releases")
with st.form("upload", clear_on_submit=True):
    files = st.file_uploader(
        "Press releases as text, HTML or a zip of them",
        type=["txt", "html", "htm", "zip"],
        accept_multiple_files=True,
    )
    if st.form_submit_button("Load", icon=":material/upload:") and files:
        st.session_state[state.UPLOAD_REPORT] = data.add_uploads(
            [(u.name, u.getvalue()) for u in files], set(frames["releases"]["release_id"])
        )
        st.rerun()
for level, message in st.session_state.get(state.UPLOAD_REPORT, []):
    getattr(st, level)(message)

st.subheader(f"Sources ({len(frames['releases'])} releases)")
widgets.table(
    frames["releases"][["source", "title", "meeting_date", "date_basis", "counterpart", "release_id"]],
    "sources",
    filters.Filters(),
    key="sources",
    column_config={"meeting_date": st.column_config.DateColumn("Meeting date", format="YYYY-MM-DD")},
)

st.subheader(f"Problems ({len(frames['errors'])})")
if frames["errors"].empty:
    st.success("Every file was read.")
else:
    widgets.table(frames["errors"], "errors", filters.Filters(), key="errors")

st.subheader("Download the frames")
st.caption(f"Filtered: {f.describe()}. Lists are joined with “; ”. XLSX cells stop at Excel's 32,767 characters.")
for name, df in view.items():
    with st.container(border=True):
        st.markdown(f"**{name}** · {len(df)} rows · " + ", ".join(f"`{c}`" for c in COLUMNS[name]))
        widgets.table_downloads(df, name, f, key=f"frame_{name}", xlsx=True)
