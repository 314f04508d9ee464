"""Meetings across releases: the accounts of one meeting linked (`link`), dates one account gives
to another (`accounts`), and the side-by-side view of a meeting's accounts (`compare`)."""

from __future__ import annotations

import pandas as pd

from core.meetings.accounts import date_from_accounts
from core.meetings.link import link
from core.vocab import Vocab


def linked(
    releases: pd.DataFrame, participants: pd.DataFrame, vocab: Vocab, new: set[str] | None = None
) -> pd.DataFrame:
    """`releases` with every account of one meeting sharing a meeting_id, and open dates settled
    by linked accounts (`new`: the releases just added to ones linked before)."""
    out, accs = link(releases, participants, vocab, new)
    return date_from_accounts(out, accs, new)


__all__ = ["linked"]
