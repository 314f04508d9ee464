"""Data: where the releases came from, what could not be read, uploads, and every frame to download."""

import streamlit as st

from core.frames import export, filters
from core.frames.schema import COLUMNS
from core.ingest.library import Library
from core.track import tracking
from ui import data, state, widgets


def _pick_and_move(entries, label: str, button: str, icon: str, move, key: str) -> None:
    """A form to choose library files by name and move them (to the trash, or back)."""
    names = {e.key: e.name for e in entries}
    with st.form(key):
        chosen = st.multiselect(label, list(names), format_func=names.get, key=key)
        if st.form_submit_button(button, icon=icon) and chosen:
            for k in chosen:
                move(k)
            st.rerun()


frames, f = state.current()
view = filters.apply(frames, f)

st.title("Data")
widgets.nothing_matches(frames, view, f)  # the page goes on: uploads and sources do not depend on the filter
paths = data.data_paths()
library = Library()
kept = library.entries()
_, vocab_problem = data.vocab()
if vocab_problem:
    st.error(f"A vocabulary file has a mistake: {vocab_problem}. Accord goes on with the last version that loaded.")
st.caption(
    "Reading from "
    + ", ".join(f"`{p}`" for p in paths)
    + (f" and {len(kept)} release file(s) kept in the library `{library.root}`" if kept else "")
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
    if st.form_submit_button("Load", icon=":material/upload:"):
        if not files:
            st.warning("Choose a file first, and wait until it shows below the drop zone.")
        else:
            st.session_state[state.UPLOAD_REPORT] = data.add_uploads(
                [(u.name, u.getvalue()) for u in files], set(frames["releases"]["release_id"])
            )
            st.rerun()
for level, message in st.session_state.get(state.UPLOAD_REPORT, []):
    getattr(st, level)(message)

if kept or library.trash():
    st.subheader("Library")
    _pick_and_move(kept, "Uploaded files", "Move to trash", ":material/delete:", library.remove, state.LIBRARY_REMOVE)
    if trash := library.trash():
        _pick_and_move(
            trash, "Trash", "Restore", ":material/restore_from_trash:", library.restore, state.LIBRARY_RESTORE
        )

st.subheader(f"Sources ({len(frames['releases'])} releases)")
widgets.table(
    frames["releases"][["source", "title", "meeting_date", "date_basis", "counterpart", "release_id"]],
    "sources",
    filters.Filters(),
    key=state.DATA_SOURCES,
)

st.subheader(f"Problems ({len(frames['errors'])})")
if frames["errors"].empty:
    st.success("Every file was read.")
else:
    widgets.table(frames["errors"], "errors", filters.Filters(), key=state.DATA_ERRORS)

st.subheader("Download the frames")
st.caption(f"Filtered: {f.describe()}. Lists are joined with “; ”. XLSX cells stop at Excel's 32,767 characters.")
everything = tracking.take_away(view, data.tracked())
st.download_button(
    "Workbook (XLSX): every frame, the statuses with corrections, and a sheet describing the columns",
    data=lambda: export.workbook(everything),
    file_name=widgets.file_name("workbook", f, "xlsx"),
    mime=export.MIME["xlsx"],
    key=state.DATA_WORKBOOK,
    on_click="ignore",
    icon=":material/download:",
    type="primary",
)
for name, df in view.items():
    with st.container(border=True):
        st.markdown(f"**{name}** · {len(df)} rows · " + ", ".join(f"`{c}`" for c in COLUMNS[name]))
        widgets.table_downloads(df, name, f, key=state.DATA_FRAME + name, xlsx=True)
