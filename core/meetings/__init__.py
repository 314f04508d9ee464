"""Meetings across releases: the accounts of one meeting linked (`link`), dates one account gives
to another (`accounts`), and the side-by-side view of a meeting's accounts (`compare`)."""

from __future__ import annotations

import pandas as pd

from core.meetings.accounts import date_from_accounts
from core.meetings.link import accounts, link
from core.vocab import Vocab


def linked(releases: pd.DataFrame, participants: pd.DataFrame, vocab: Vocab) -> pd.DataFrame:
    """`releases` with every account of one meeting sharing a meeting_id, and open dates settled
    by linked accounts."""
    out, _ = link(releases, participants, vocab)
    return date_from_accounts(out, accounts(out, participants, vocab))


__all__ = ["linked"]
