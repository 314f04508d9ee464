"""Whole-word matching of vocabulary phrases (area keywords, entity aliases) in sentences.

One compiled pattern per vocabulary, the phrases merged into a trie (a regex alternation of
hundreds of phrases is tried phrase by phrase at every position; a trie is tried character by
character), greedy so that "cyber security" wins over "cyber". Phrases written in capitals ("UN", "LH", "FTA") match case-sensitively; others ignore
case and hyphen/space differences; a plural "s"/"es" also matches.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate

from core.ingest.clean import Sentence


@dataclass(frozen=True)
class Hits:
    value: str
    mentions: int
    sentences: tuple[Sentence, ...]


_SEP = r"[\s\-‐]+"  # what separates the words of a phrase in a text
_WORD_BREAK = "\0"  # stands for _SEP in the trie


def _trie(phrases: list[str]) -> str:
    """One regex matching any of `phrases` (words separated by `_SEP`), longest first."""
    root: dict = {}
    for phrase in phrases:
        node = root
        for ch in _WORD_BREAK.join(p for p in re.split(_SEP, phrase) if p):
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here

    def emit(node: dict) -> str:
        alts = [(_SEP if ch == _WORD_BREAK else re.escape(ch)) + emit(child) for ch, child in node.items() if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return (body if len(alts) > 1 else f"(?:{body})") + "?"  # greedy: the longer phrase first

    return emit(root)


def _compile(terms: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    caps = [t for t, _ in terms if t.upper() == t and any(c.isalpha() for c in t)]
    other = [t.lower() for t, _ in terms if t not in caps]  # one case, so the trie shares prefixes
    lookup = {re.sub(_SEP, " ", t).casefold(): v for t, v in terms}

    def build(items: list[str], flags: int) -> re.Pattern:
        if not items:
            return re.compile(r"(?!x)x")
        return re.compile(r"(?<![\w-])" + _trie(items) + r"(?:s|es)?(?![\w-])", flags)

    return build(caps, 0), build(other, re.IGNORECASE), lookup


def compile_terms(terms: dict[str, str]) -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """Patterns for `terms` (phrase -> value); build once per vocabulary and pass to find_terms."""
    return _compile(tuple(sorted(terms.items())))


def find_terms(sentences: tuple[Sentence, ...] | list[Sentence], compiled) -> list[Hits]:
    """Group the matches of compiled terms in `sentences` by value, in text order.

    The sentences are scanned as one text (two regex passes per release, not per sentence); a
    match is credited to the sentence it starts in, and a match overlapping a longer one is dropped.
    """
    caps, other, lookup = compiled
    text = "\n".join(s.text for s in sentences)
    starts = list(accumulate((len(s.text) + 1 for s in sentences[:-1]), initial=0))
    spans = sorted(
        ((m.start(), m.end(), m.group(0)) for pattern in (caps, other) for m in pattern.finditer(text)),
        key=lambda span: (span[0], -span[1]),
    )
    counts: dict[str, int] = defaultdict(int)
    where: dict[str, list[Sentence]] = defaultdict(list)
    taken_until = -1
    for start, end, matched in spans:
        if start < taken_until:
            continue
        taken_until = end
        value = _value(matched, lookup)
        if value is None:
            continue
        s = sentences[bisect_right(starts, start) - 1]
        counts[value] += 1
        if not where[value] or where[value][-1] is not s:
            where[value].append(s)
    order = sorted(counts, key=lambda v: where[v][0].start)
    return [Hits(v, counts[v], tuple(where[v])) for v in order]


def _value(matched: str, lookup: dict[str, str]) -> str | None:
    key = re.sub(_SEP, " ", matched).casefold()
    for candidate in (key, key[:-2] if key.endswith("es") else key, key[:-1] if key.endswith("s") else key):
        if candidate in lookup:
            return lookup[candidate]
    return None
