"""Sentences and their note flag: a boxed note ("※ …", "* …") and the "- " items under it are not
the release's own statements, so no date, venue or commitment is read from them."""

from __future__ import annotations

import pytest

from core.ingest.clean import clean, split_sentences
from tests.conftest import CORPUS, ROOT


@pytest.mark.parametrize(
    "text, notes",
    [
        ("※ Past consultations\n\n- 18th held in Moscow\n\n- 17th held in Seoul", [True, True, True]),
        ("1. The two sides met in Seoul.\n\n- They agreed to meet again.", [False, False]),
        ("※ Past consultations\n\n- 18th held in Moscow\n\n2. The two sides agreed.", [True, True, False]),
        ("* unofficial translation\n\n- one\n\n- two", [True, True, True]),
        ("※ Note\n\n° A point made by the minister.\n\n- an item under it", [True, False, False]),
        ("- an item\n\n※ Note\n\n- its item", [False, True, True]),
    ],
)
def test_a_notes_items_are_part_of_the_note(text, notes):
    assert [s.note for s in split_sentences(text)] == notes


def test_the_listing_box_gives_the_release_neither_its_venue_nor_its_date(corpus):
    r = corpus.releases
    row = r[r.source.str.endswith("ru-outcome-19th-korea-russia-policy-consultation.txt")].iloc[0]
    assert f"{row.meeting_date:%Y-%m-%d}" == "2021-08-23"
    assert row.venue != "Moscow, Russia"  # where the 18th and 16th were held, per the box


@pytest.mark.parametrize(
    "name, title",
    [
        (
            "de-fm-strategic-dialogue-first.txt",
            "First-ever ROK-Germany Foreign Ministerial Strategic Dialogue Takes Place",
        ),
        ("cn-fm-meeting-beijing.txt", "Outcome of ROK-China Foreign Ministers’ Meeting"),
        ("fr-fm-meeting-munich.txt", "ROK-France Foreign Ministerial Meeting Held"),
        ("ph-fm-visit-manila.txt", "The outcome of Minister Yu’s visit to the Philippines"),
        ("vn-fm-meeting-hanoi.txt", "ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon"),
        (
            "sa-economy-minister-meeting.txt",
            "Outcome of Foreign Minister’s Meeting with Saudi Arabia’s Minister of Economy and Planning",
        ),
        (
            "nz-vice-minister-meeting.txt",
            "Vice Minister Kim Jina and Deputy Minister for Economic Affairs Meet with Deputy Secretary for Americas and Asia Group of Ministry of Foreign Affairs and Trade of New Zealand",
        ),
    ],
)
def test_the_title_is_found_on_every_page_layout(name, title):
    """Newer layouts: social-media menu lines, "SCREEN SIZE", the "Ministry News" board, embassy mirrors."""
    release = clean((CORPUS / name).read_text(encoding="utf-8"))
    assert release.title == title
    assert not release.title_derived


@pytest.mark.parametrize(
    "copied",
    [
        "Foreign Minister Meets Thai Foreign Minister | Ministry of Foreign Affairs, Republic of Korea",
        "Foreign Minister Meets Thai Foreign Minister - Press Releases - MOFA",
        "Press Release No. 23-456: Foreign Minister Meets Thai Foreign Minister",
        "[Press Release] Foreign Minister Meets Thai Foreign Minister",
    ],
)
def test_a_title_copied_with_the_sites_words_around_it_is_the_title_alone(copied):
    body = "Foreign Minister Park Jin held talks with Thai Foreign Minister Don Pramudwinai in Seoul on May 3, 2023."
    assert clean(f"Press Releases\n\n{copied}\n\n{body}").title == "Foreign Minister Meets Thai Foreign Minister"


def test_a_title_ending_in_words_of_its_own_keeps_them():
    body = "Foreign Minister Park Jin held talks with Thai Foreign Minister Don Pramudwinai in Seoul on May 3, 2023."
    title = "ROK-Thailand Foreign Ministers’ Meeting - Outcome"
    assert clean(f"Press Releases\n\n{title}\n\n{body}").title == title


@pytest.mark.parametrize(
    "raw, text",
    [  # real lines with the characters other copies of the same page carry
        ("Foreign\u00a0Minister\u3000Kang Kyung\u2011wha met\u200b", "Foreign Minister Kang Kyung-wha met"),
        ("the ROK\u2013Japan summit on November 19\u201321", "the ROK-Japan summit on November 19-21"),
        ("ROK-Japan-China Foreign Ministers' Meeting", "ROK-Japan-China Foreign Ministers’ Meeting"),
        (
            "Central Asian countries, \u2013 Kazakhstan, Uzbekistan",
            "Central Asian countries, \u2013 Kazakhstan, Uzbekistan",
        ),
    ],
)
def test_characters_are_those_of_the_ministrys_own_pages(raw, text):
    from core.ingest.clean import normalise_characters

    assert normalise_characters(raw) == text


def test_a_mistake_in_the_layout_vocabulary_names_its_file_and_line(tmp_path):
    from core.vocab import VOCAB_DIR, VocabError
    from core.vocab.loader import load_layout

    text = (VOCAB_DIR / "layout.yaml").read_text(encoding="utf-8")
    (tmp_path / "layout.yaml").write_text(text.replace("  - 'date|hit|hits|views?'", "  - 'date|(hit'"), "utf-8")
    line = text[: text.index("  - 'date|hit|hits|views?'")].count("\n") + 1
    with pytest.raises(VocabError, match=rf"layout\.yaml:{line}: .*not a valid regular expression"):
        load_layout(tmp_path)


@pytest.mark.parametrize(
    "glued, text",
    [  # lines of jp-fm-meeting-singapore-arf.txt and a Korea Herald account, as copied
        ("On August 2,Foreign Minister Kang", "On August 2, Foreign Minister Kang"),
        (
            "her Japanese counterpart Taro Kono inSingapore, where",
            "her Japanese counterpart Taro Kono in Singapore, where",
        ),
        (
            "the ASEAN-related Foreign Ministers’Meetings, onthe",
            "the ASEAN-related Foreign Ministers’ Meetings, on the",
        ),
        ("between the ROKand Japan", "between the ROK and Japan"),
        ("The twoMinisters discussed", "The two Ministers discussed"),
        ("he said.The two leaders", "he said. The two leaders"),
        # not glued: real words and names stay whole
        ("Poland, Finland and Côte d’Ivoire", "Poland, Finland and Côte d’Ivoire"),
        ("the U.S. and McDonald within the ROKs", "the U.S. and McDonald within the ROKs"),
        ("Minister Kangand theimportance", "Minister Kangand theimportance"),
    ],
)
def test_words_glued_by_a_bad_copy_are_split_again(glued, text):
    from core.ingest.clean import unglue
    from core.vocab.loader import load_layout

    assert unglue([glued], load_layout()) == [text]
    assert unglue(["A title", glued, "", "The end."], load_layout()) == ["A title", text, "", "The end."]


def test_a_line_without_the_hint_of_a_glue_pattern_holds_no_match_of_it():
    """`unglue` scans a line with a pattern only where the pattern's quick hint is found: on every
    line of the real pages (and the glued lines above), no pattern matches where its hint does not."""
    from core.ingest.clean import _GLUED_PUNCTUATION, _GLUED_PUNCTUATION_HINT, _glue_patterns
    from core.ingest.sources import Document, read_inputs
    from core.vocab.loader import load_layout

    docs = read_inputs([ROOT / "tests" / "corpus", ROOT / "seeds", ROOT / "tests" / "accounts"])
    lines = [ln for doc in docs if isinstance(doc, Document) for ln in doc.text.splitlines()]
    lines += ["On August 2,Foreign Minister", "Kono inSingapore", "Ministers’Meetings, onthe", "the ROKand Japan"]
    pairs = [*_glue_patterns(load_layout().glue_words), (_GLUED_PUNCTUATION, _GLUED_PUNCTUATION_HINT)]
    for pattern, hint in pairs:
        assert any(pattern.search(ln) for ln in lines)
        assert all(hint.search(ln) for ln in lines if pattern.search(ln)), pattern.pattern


def test_the_lead_is_the_first_statement_not_a_headline_or_byline_left_in_the_body():
    """The Korea Herald account's opening lines, as copied (tests/accounts/koreaherald-moon-putin-hamburg.txt)."""
    release = clean(
        "The Korea Herald\n\nMoon meets all of the ‘Big Four’ in Germany\n\nBy Bae Hyun-jung\n\n    • Link copied\n\n"
        "HAMBURG, Germany -- Upon meeting with Russian President Vladimir Putin on Friday, President Moon Jae-in "
        "completed his initial diplomatic mission.\n\nThe South Korean leader attended a bilateral summit."
    )
    assert [s.text[:16] for s in release.opening(2)] == ["HAMBURG, Germany", "The South Korean"]
    dateline = clean("Press Conferences\n\nA Press Conference by the Minister\n\nTuesday, September 11, 2018, Hanoi")
    assert [s.text for s in dateline.opening(1)] == ["Tuesday, September 11, 2018, Hanoi"]  # a dateline stays
