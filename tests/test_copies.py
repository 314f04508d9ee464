"""Copies of one release (the same page with a line added or cut, an older page template) count
once; the pair is reported, and the analyst keeps either copy with a correction."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import SEEDS

import core
from core.track import copies, corrections, review

SUB = SEEDS / "korea-russia-far-east-siberia-subcommittee-14th.txt"
ADDED = "° The two sides also agreed to exchange views on the Northern Sea Route at the next meeting.\n"


def variant(kind: str) -> core.Upload:
    lines = SUB.read_text(encoding="utf-8").splitlines(keepends=True)
    if kind == "line added":
        at = next(i for i, line in enumerate(lines) if line.startswith("°"))
        lines.insert(at, ADDED)
    elif kind == "line cut":
        del lines[next(i for i, line in enumerate(lines) if line.startswith("°"))]
    else:  # an older page template: other page chrome around the same body
        lines = ["Skip navigation\n", "Countries Information\n", "  1. HOME\n", "  2. Press\n", *lines[4:]]
    return core.Upload(f"copy ({kind}).txt", "".join(lines).encode("utf-8"))


@pytest.mark.parametrize("kind", ["line added", "line cut", "older template"])
def test_a_copy_counts_once_and_is_reported(kind):
    alone = core.load([SEEDS], corrections=False)
    both = core.load([SEEDS, variant(kind)], corrections=False)
    assert len(both.releases) == len(alone.releases)
    assert len(both.commitments) == len(alone.commitments)  # Russia's commitments do not double
    kept = alone.releases.loc[alone.releases["source"].str.endswith(SUB.name), "release_id"].item()
    found = copies.pairs(both.errors)
    if kind != "older template" or len(found):  # a template the cleaner strips leaves one text: no pair
        assert list(found["copy_of"]) == [kept] and found["similarity"].iloc[0] >= 0.9
        listed = review.contradictions(both.releases, found)
        assert listed["problem"].str.contains("loaded twice").any()


def test_distinct_meetings_are_never_copies(corpus):
    assert copies.find(corpus.releases).empty


def test_adding_a_copy_later_counts_it_once_too(seeds):
    grown = core.add(seeds, [variant("line added")], cache=False)
    assert len(grown.releases) == len(seeds.releases) and len(copies.pairs(grown.errors)) == 1


def test_the_analyst_keeps_the_other_copy(tmp_path):
    both = core.load([SEEDS, variant("line added")], corrections=False)
    kept = copies.pairs(both.errors)["copy_of"].item()
    file = tmp_path / "c.yaml"
    corrections.append({"release": kept, "drop": True, "note": "the longer copy is the right one"}, file)
    chosen = core.load([SEEDS, variant("line added")], corrections=file)
    assert kept not in set(chosen.releases["release_id"]) and len(chosen.releases) == len(both.releases)
    assert chosen.commitments["evidence"].str.contains("Northern Sea Route").any()
    assert not chosen.commitments["release_id"].isin([kept]).any()  # its rows left with it
    assert copies.pairs(chosen.errors).empty


@pytest.mark.parametrize("kind", ["line added", "line cut"])
def test_only_the_added_releases_are_compared_and_the_pairs_are_those_of_all(kind):
    """`find(releases, new)`: the releases loaded before hold no copies (theirs were left out on
    load), so comparing the new ones with all is comparing all: the same pairs, however many."""
    first = core.load([SEEDS], corrections=False)
    added = core.load([variant(kind), variant("older template")], corrections=False).releases
    grown = pd.concat([first.releases, added], ignore_index=True)
    new = set(added.release_id)
    assert copies.find(grown, new).equals(copies.find(grown))
    assert len(copies.find(grown, new)) == 1
    assert copies.find(grown, set()).empty  # nothing new: nothing to compare
