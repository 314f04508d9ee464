"""Metamorphic tests: the same release in another layout extracts the same record.

The blind check's releases are real MOFA pages copied in layouts and phrasings the corpus
under-represents. Each variant below rewrites a golden release (tests/golden/releases.yaml) the
way a real copy of the same page may come: hard-wrapped, without paragraph numbers, wrapped in the
site's menus and footer, as an HTML page, with words glued by a bad copy or other quotes, spaces
and dashes, with its Date line in another format. A reader sees the same release; every field
that tests/test_golden.py scores (and the title, participants, areas and commitments) must come
out as it does from the original, or, where the original misses the golden value, at least match
the golden value.

`python -m tests.test_layouts` prints how many releases change, per variant and field.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import textwrap
from collections.abc import Callable
from functools import cache

import pandas as pd
import pytest

import core
from core.ingest.clean import clean
from tests.test_golden import GOLDEN, _path

# ---------------------------------------------------------------- variants (text -> text or None)
# A variant returns None where it does not apply to a release (no Date line to move, nothing to glue).

_PARA_NUMBER = re.compile(r"^(\s*)\d{1,2}\.\s+(?=\S.{40})", re.M)  # a paragraph's, not a menu's


def hard_wrapped(text: str) -> str:
    """Every line wrapped at 72 columns, as copied from a PDF or an old page."""
    return "\n".join(
        textwrap.fill(line, 72, break_long_words=False, break_on_hyphens=False) if line.strip() else line
        for line in text.split("\n")
    )


def hard_wrapped_tight(text: str) -> str:
    """Wrapped at 72 columns with no blank line between paragraphs (one line break each)."""
    return re.sub(r"\n\s*\n+", "\n", hard_wrapped(text))


def single_spaced(text: str) -> str:
    """Paragraphs one per line with no blank line between them."""
    return re.sub(r"\n\s*\n+", "\n", text)


def unnumbered(text: str) -> str:
    """Paragraph numbers ("1.", "2.") removed."""
    return _PARA_NUMBER.sub(r"\1", text)


def bulleted(text: str) -> str:
    """Paragraph numbers replaced with bullets."""
    return _PARA_NUMBER.sub(r"\1• ", text)


def numbered_in_brackets(text: str) -> str:
    """Paragraph numbers written "(1)", "(2)"."""
    return _PARA_NUMBER.sub(lambda m: f"{m.group(1)}({m.group(0).strip().rstrip('.')}) ", text)


def korean_bullets(text: str) -> str:
    """Paragraphs marked as Korean documents mark them: "□" for a numbered one, "○" under it."""
    text = _PARA_NUMBER.sub(r"\1□ ", text)
    return re.sub(r"^(\s*)(?:[°º◦•·]|o(?=\s))\s*(?=\S.{40})", r"\1○ ", text, flags=re.M)


# Page chrome as plain-text copies of MOFA pages and their embassy mirrors carry it (menus,
# breadcrumbs, board headers, share and print lines, a footer with address and copyright).
_MENU = """Skip to main content
Skip to main menu
Ministry
Minister
Vice Ministers
Organization
Press
Ministry News
Press Releases
Spokesperson's Press Briefings
Speeches & Remarks
Countries & Regions
Consular Services
Related Sites
Search
ENG
한국어
Sitemap
Home > Press > Press Releases
Home > Press > Ministry News

Ministry News
Share
Facebook
Twitter
Print
List"""
_EMBASSY = """Embassy of the Republic of Korea in the Russian Federation
Home
About the Embassy
Consular Services
Korea Information
Embassy News
News & Notices
Home > Embassy News > News & Notices
Embassy News
Share
Print"""
_FOOTER = """
List
Prev
Next
Attachment
Privacy Policy
Terms of Use
Copyright Policy
Email Address Collection Refusal
Sitemap
Related Sites
(03172) 60, Sajik-ro 8-gil, Jongno-gu, Seoul, Republic of Korea
TEL : +82-2-2100-2114 (Main switchboard)
Copyright © Ministry of Foreign Affairs, Republic of Korea. All Rights Reserved.
"""


def site_menu(text: str) -> str:
    """The release under the site's menu, breadcrumbs and board header, with Share/Print/List lines."""
    return f"{_MENU}\n\n{text}"


def embassy_mirror(text: str) -> str:
    """The release as an embassy's mirror of the site shows it."""
    return f"{_EMBASSY}\n\n{text}"


def site_footer(text: str) -> str:
    """The release followed by the board's list links and the site's footer (address, copyright)."""
    return f"{text}\n{_FOOTER}"


def html_page(text: str) -> str:
    """The release as an HTML page: nav, header, footer and script around a board_view div whose
    paragraphs carry inline spans and &nbsp; and are wrapped in the page's source, as pages
    converted from word processors are."""
    release = clean(text)
    paras = [p for p in release.text.split("\n\n") if p.strip()]

    def para(p: str) -> str:
        words = html.escape(p).split(" ")
        # inline styling spans around a run of words in the middle of the paragraph, and a span
        # closed and opened again after each word ending in a full stop ("Mr.", "issues.")
        if len(words) > 8:
            words[3] = f'<span style="font-family:Arial">{words[3]}'
            words[6] = f"{words[6]}</span>"
        words = [f'{w}</span><span lang="EN-US">' if w.endswith(".") else w for w in words]
        inner = " ".join(words).replace(" ,", "&nbsp;,")
        # the page's source wrapped at 100 columns, as its editor saved it
        source = textwrap.fill(inner, 100, break_long_words=False, break_on_hyphens=False)
        return f'<p class="0"><span lang="EN-US">{source}</span></p>'

    date = (
        f'<li><span class="tit">Date</span> <span>{release.published:%Y-%m-%d}</span></li>' if release.published else ""
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Press Releases | Ministry of Foreign Affairs</title>
<script>var gnb = "menu";</script><style>.board_view {{ margin: 0 }}</style></head>
<body>
<header><div class="logo">Ministry of Foreign Affairs, Republic of Korea</div>
<nav><ul><li><a href="/eng">Home</a></li><li><a href="#">Press</a></li><li><a href="#">Press Releases</a></li></ul></nav></header>
<div id="container"><div class="location">Home &gt; Press &gt; Press Releases</div>
<h3 class="sub_title">Press Releases</h3>
<div class="board_view">
<h4 class="title">{html.escape(release.title)}</h4>
<ul class="info">{date}<li><span class="tit">Hit</span> <span>1234</span></li></ul>
<div class="view_con">
{chr(10).join(para(p) for p in paras)}
</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Print</a></div>
<div class="btn_list"><a href="#">List</a></div>
</div></div>
<footer><p>(03172) 60, Sajik-ro 8-gil, Jongno-gu, Seoul, Republic of Korea</p>
<p>Copyright © Ministry of Foreign Affairs, Republic of Korea. All Rights Reserved.</p></footer>
<script>window.onload = function () {{}};</script>
</body></html>"""


_GLUE_BEFORE = re.compile(r"\b(in|on|of|to|at|with|and|from|the|two)\s+(?=[A-Z][a-z])")
_GLUE_THE = re.compile(r"\b(on|in|of|to|at|for|with)\s+(?=the\b)")


def glued(text: str) -> str:
    """Words glued by a bad copy, as seen in the corpus: "inSingapore", "onthe", "Ministers’Meetings"."""
    out = _GLUE_BEFORE.sub(r"\1", text)
    out = _GLUE_THE.sub(r"\1", out)
    out = re.sub(r"([a-z][’'])\s+(?=[A-Z])", r"\1", out)
    return out if out != text else None


def straight_quotes(text: str) -> str:
    """Typographic quotes and apostrophes as straight ones."""
    return text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'}))


def curly_quotes(text: str) -> str:
    """Straight apostrophes and quotes as typographic ones."""
    text = re.sub(r"(?<=\w)'", "’", text)
    text = re.sub(r'"(?=\w)', "“", text)
    return text.replace('"', "”").replace("'", "‘")


def odd_spaces(text: str) -> str:
    """Non-breaking, thin and ideographic spaces for some spaces; zero-width spaces at line ends."""
    spaces = ["\u00a0", " ", "\u202f", " ", "\u3000", " "]
    counter = iter(range(10**9))
    out = re.sub(r"(?<=\S) (?=\S)", lambda m: spaces[next(counter) % len(spaces)], text)
    return out.replace("\n", "\u200b\n")


def dashes(text: str) -> str:
    """En dashes in compounds and ranges ("ROK–Japan", "19–21"), em dashes for double hyphens."""
    out = text.replace("--", "—")
    out = re.sub(r"(?<=[A-Z]{2})-(?=[A-Z])", "–", out)
    out = re.sub(r"(?<![\d-])(\d{1,2})-(\d{1,2})(?![\d-])", r"\1–\2", out)
    return out if out != text else None


_DATE_LINES = re.compile(
    r"^(?:\s*•\s*)?Date\s*:?\s*(?:\n\s*)?\d{4}-\d\d-\d\d(?:\s+\d\d:\d\d:\d\d)?\s*\n(?:\s*•\s*)?hit\s*:?\s*(?:\n\s*)?\d+\s*$",
    re.M | re.I,
)


def _redated(form: Callable[[dt.date], str]) -> Callable[[str], str | None]:
    def variant(text: str) -> str | None:
        release = clean(text)
        if release.published is None or not _DATE_LINES.search(text):
            return None
        return _DATE_LINES.sub(form(release.published), text, count=1)

    return variant


date_iso = _redated(lambda d: f"{d:%Y-%m-%d}")
date_dots = _redated(lambda d: f"{d:%Y.%m.%d}")
date_words = _redated(lambda d: f"{d:%b} {d.day}, {d.year}")
date_slashes = _redated(lambda d: f"Date : {d:%Y/%m/%d}")
date_with_hits = _redated(lambda d: f"Writer : Spokesperson | Date : {d:%Y.%m.%d} | Hit : 6798")
date_posted = _redated(lambda d: f"Posted on {d:%B} {d.day}, {d.year}")
date_spaced = _redated(lambda d: f"{d.year}. {d.month}. {d.day}.")
date_weekday = _redated(lambda d: f"Date : {d:%A}, {d:%B} {d.day}, {d.year}")
date_korean = _redated(lambda d: f"{d.year}년 {d.month}월 {d.day}일")


def date_above_title(text: str) -> str | None:
    """The Date line as '2018.08.02', alone, at the top of the page, above the menus and title."""
    release = clean(text)
    if release.published is None or not _DATE_LINES.search(text):
        return None
    return f"{release.published:%Y.%m.%d}\n\n" + _DATE_LINES.sub("", text, count=1)


date_iso.__doc__ = "The Date line as '2018-08-02' alone."
date_dots.__doc__ = "The Date line as '2018.08.02' alone."
date_words.__doc__ = "The Date line as 'Aug 2, 2018' alone."
date_slashes.__doc__ = "The Date line as 'Date : 2018/08/02'."
date_with_hits.__doc__ = "The Date line between the writer and the hit counter, on one line."
date_posted.__doc__ = "The Date line as 'Posted on August 2, 2018'."
date_spaced.__doc__ = "The Date line as '2018. 8. 2.' alone, as Korean pages write dates."
date_weekday.__doc__ = "The Date line as 'Date : Thursday, August 2, 2018', with its weekday."
date_korean.__doc__ = "The Date line as '2018년 8월 2일', in Korean."

VARIANTS: dict[str, Callable[[str], str | None]] = {
    "hard_wrapped": hard_wrapped,
    "hard_wrapped_tight": hard_wrapped_tight,
    "single_spaced": single_spaced,
    "unnumbered": unnumbered,
    "bulleted": bulleted,
    "numbered_in_brackets": numbered_in_brackets,
    "korean_bullets": korean_bullets,
    "site_menu": site_menu,
    "embassy_mirror": embassy_mirror,
    "site_footer": site_footer,
    "html_page": html_page,
    "glued": glued,
    "straight_quotes": straight_quotes,
    "curly_quotes": curly_quotes,
    "odd_spaces": odd_spaces,
    "dashes": dashes,
    "date_iso": date_iso,
    "date_dots": date_dots,
    "date_words": date_words,
    "date_slashes": date_slashes,
    "date_spaced": date_spaced,
    "date_weekday": date_weekday,
    "date_korean": date_korean,
    "date_with_hits": date_with_hits,
    "date_posted": date_posted,
    "date_above_title": date_above_title,
}


def old_copy(text: str) -> str:
    """Several at once, as an old copy of a mirror may come: glued words, straight quotes, an
    embassy's header, the site's footer, hard-wrapped with no blank lines."""
    return hard_wrapped_tight(site_footer(embassy_mirror(straight_quotes(glued(text) or text))))


VARIANTS["old_copy"] = old_copy
_SUFFIX = {"html_page": ".html"}

# ---------------------------------------------------------------- what is compared

FIELDS = (
    "title",
    "published",
    "meeting_date",
    "meeting_end",
    "date_basis",
    "counterpart",
    "mechanism",
    "session_number",
    "level",
    "format",
    "venue",
    "host_event",
    "leads",
    "participants",
    "areas",
    "commitments",
)


def _folded(value: str) -> str:
    """Text compared as a reader compares it: letters and digits only, whatever the spaces,
    quotes, dashes or glued words."""
    return re.sub(r"[\W_]+", "", str(value)).casefold()


def record(name: str, text: str) -> dict:
    """The compared fields of `text` loaded alone (as tests/test_golden.py loads each release)."""
    corpus = core.load(core.Upload(name, text.encode("utf-8")), cache=False, corrections=False)
    assert len(corpus.releases) == 1, f"{name}: {corpus.errors.problem.tolist()}"
    rel = corpus.releases.iloc[0]
    people = corpus.participants
    out = {}
    for field in FIELDS:
        if field == "leads":
            out[field] = sorted(_folded(n) for n in people[people.lead].name)
        elif field == "participants":
            out[field] = sorted(_folded(n) for n in people[people.role == "participant"].name)
        elif field == "areas":
            out[field] = sorted(corpus.areas.area)
        elif field == "commitments":
            out[field] = sorted(f"{c.kind}|{c.actor}|{_folded(c.text)}" for c in corpus.commitments.itertuples())
        else:
            value = rel[field]
            if pd.isna(value):
                value = None
            elif isinstance(value, pd.Timestamp):
                value = value.date()
            elif field in ("title", "host_event"):
                value = _folded(value)
            elif field == "session_number":
                value = int(value)
            out[field] = value
    return out


def _golden(name: str, field: str):
    want = GOLDEN[name].get(field, "absent")
    if field == "leads" and want != "absent":
        return sorted(_folded(n) for n in want)
    return want


@cache
def original(name: str) -> tuple[str, dict]:
    text = _path(name).read_text(encoding="utf-8")
    return text, record(name, text)


def changes(variant: str, name: str) -> dict[str, tuple]:
    """{field: (original value, variant value)} for each field the variant changes for the worse;
    empty when the variant does not apply."""
    text, before = original(name)
    changed = VARIANTS[variant](text)
    if changed is None:
        return {}
    stem = name.rsplit(".", 1)[0]
    after = record(stem + _SUFFIX.get(variant, ".txt"), changed)
    return {f: (before[f], after[f]) for f in FIELDS if after[f] != before[f] and after[f] != _golden(name, f)}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_a_release_in_another_layout_extracts_the_same(variant, name):
    changed = changes(variant, name)
    assert not changed, "\n".join(f"{f}: {a!r} -> {b!r}" for f, (a, b) in changed.items())


def table() -> pd.DataFrame:
    """Releases changed, per variant (rows) and field (columns)."""
    rows = {}
    for variant in VARIANTS:
        counts = dict.fromkeys(FIELDS, 0)
        for name in GOLDEN:
            for field in changes(variant, name):
                counts[field] += 1
        rows[variant] = counts
    return pd.DataFrame.from_dict(rows, orient="index")


if __name__ == "__main__":
    pd.set_option("display.width", 250)
    frame = table()
    frame.columns = [c[:8] for c in frame.columns]
    print(frame.to_string())
