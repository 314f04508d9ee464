"""People named in a release, with title, country and whether they took part.

A person is found after a title from `levels.yaml` ("Foreign Minister Kang Kyung-wha"), before
one ("Cho Tae-yong, Special Representative …"), or by a full name listed in `people.yaml`. Later
short references ("Minister Kang", "President Putin") resolve to the full name found earlier in
the release or to a known office-holder, so one person is one row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from rapidfuzz import fuzz, process

from core.ingest.clean import CleanRelease
from core.vocab import Vocab

# Capitalised words that belong to titles and organisations, never to a person's name.
_TITLE_WORDS = set(
    [
        "Affairs",
        "Political",
        "Asia-Pacific",
        "Development",
        "Far",
        "East",
        "Arctic",
        "Peninsula",
        "Peace",
        "Security",
        "Overseas",
        "Koreans",
        "Consular",
        "Public",
        "Relations",
        "International",
        "Cultural",
        "Cooperation",
        "Planning",
        "National",
        "Agency",
        "Ministry",
        "Foreign",
        "Trade",
        "Economic",
        "European",
        "External",
        "Action",
        "Service",
        "Institution",
        "Institute",
        "Group",
        "Bank",
        "Council",
        "Organization",
        "Corporation",
        "University",
        "Committee",
        "Commission",
        "Federation",
        "Federal",
        "District",
        "Presidential",
        "Representative",
        "Secretary-General",
        "General",
        "Assembly",
        "Head",
        "Delegation",
        "Delegations",
        "Heads",
        "Mission",
        "Missions",
        "Embassy",
        "Office",
        "Strategy",
        "Multilateral",
        "Bilateral",
        "Global",
        "Special",
        "Deputy",
        "Vice",
        "First",
        "Second",
        "Executive",
        "Minister",
        "President",
        "Ambassador",
        "Director",
        "Chairman",
        "Prime",
        "Secretary",
        "State",
        "Envoy",
        "Spokesperson",
        "Commerce",
        "Industry",
        "Parliamentary",
        "Speaker",
        "Speakers",
        "Chief",
        "Chiefs",
        "Professor",
        "Mr",
        "Mr.",
        "Ms",
        "Ms.",
        "Mrs",
        "Dr",
        "Dr.",
        "The",
        "SAIS",
        "CSIS",
        "MOFA",
        "EEAS",
        "UN",
        "EU",
        "US",
        "ROK",
        "Russian",
        "Far-East",
        "Energy",
        "Defense",
        "Defence",
        "Unification",
        "Interior",
        "Justice",
        "Finance",
        "Science",
        "Health",
        "Culture",
        "Education",
        "Former",
        "Governor",
        "Mayor",
        "Industrial",
        "Complex",
        "Policy",
        "Plus",
        "Rights",
        "Human",
        "Forum",
        "Summit",
        "Conference",
        "Talks",
        "Declaration",
        "Agreement",
        "Games",
        "Olympic",
        "Cup",
        "Initiative",
    ]
)
_CONNECTORS = {"for", "of", "the", "and", "in", "charge", "to", "on", "at", "affairs"}
_NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zA-Z’'\-]*\.?|[A-Z]\.(?:[A-Z]\.)*|[A-Z]{2,}(?:-[A-Z]+)?)$")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-.]*|[,;:()\[\]“”\"]")
_KOREAN_SURNAMES = set(
    [
        "Kim",
        "Lee",
        "Park",
        "Choi",
        "Jung",
        "Chung",
        "Kang",
        "Cho",
        "Yoon",
        "Yun",
        "Jang",
        "Lim",
        "Han",
        "Oh",
        "Seo",
        "Suh",
        "Shin",
        "Kwon",
        "Hwang",
        "Ahn",
        "Song",
        "Yoo",
        "Yu",
        "Hong",
        "Jeon",
        "Ko",
        "Moon",
        "Yang",
        "Son",
        "Bae",
        "Baek",
        "Heo",
        "Nam",
        "Sim",
        "Roh",
        "Ha",
        "Kwak",
        "Sung",
        "Cha",
        "Joo",
        "Woo",
        "Koo",
        "Min",
        "Ryu",
        "Na",
        "Jin",
        "Ji",
        "Byun",
        "Chae",
        "Won",
        "Bang",
        "Cheon",
        "Yeo",
        "Lim",
        "Ban",
    ]
)


@dataclass
class Person:
    name: str
    title: str
    country: str | None
    sentence: str
    start: int
    participant: bool


def _title_heads(vocab: Vocab) -> re.Pattern:
    return _compiled_heads(tuple(sorted(vocab.levels, key=len, reverse=True)))


@lru_cache(maxsize=4)
def _compiled_heads(heads: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\b")


def _country_words(vocab: Vocab) -> re.Pattern:
    return _compiled_countries(tuple(sorted(vocab.countries, key=len, reverse=True)))


@lru_cache(maxsize=4)
def _compiled_countries(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def extract_people(release: CleanRelease, vocab: Vocab) -> list[Person]:
    """Every person named in the release, once, in order of first appearance."""
    heads, countries = _title_heads(vocab), _country_words(vocab)
    lexicon = vocab.cached("people_lexicon", lambda: _lexicon(vocab))
    known = [person.name for person in vocab.people if person.name in release.text]
    found: list[Person] = []
    lead = [s for s in release.sentences if not s.note][:1]
    lead_paragraph = lead[0].paragraph if lead else 0
    for s in release.sentences:
        participant = (
            s in lead
            or _is_delegation_list(s.text)
            or (s.paragraph <= lead_paragraph + 1 and bool(_TOOK_PART.search(s.text)))
        )
        for name, hint in _counterparts(s.text, vocab):
            _add(found, vocab, name, "", hint, s, participant)
        for title, name, country_hint in _after_titles(s.text, heads, lexicon, countries, vocab):
            _add(found, vocab, name, title, country_hint, s, participant)
        for name, title in _before_titles(s.text, heads, lexicon):
            _add(found, vocab, name, title, _country_in(title, countries, vocab), s, participant)
        for name in known:
            if name in s.text:
                _add(found, vocab, name, "", None, s, participant)
    _default_countries(found)
    return found


def _lexicon(vocab: Vocab) -> frozenset[str]:
    """Words that belong to titles, countries and places, never to a name."""
    return frozenset(
        _TITLE_WORDS
        | {w for head in vocab.levels for w in head.split()}
        | {w for c in vocab.countries for w in c.split()}
        | set(vocab.cities)
    )


_TOOK_PART = re.compile(r"\b(?:chaired|headed|led by|delegations?|counterpart)\b")
_COUNTERPART = re.compile(
    r"\b(?:his|her|their) ([A-Z][\w’']+) [Cc]ounterpart,? ((?:[A-Z][\w\-’']+)(?: [A-Z][\w\-’']+){0,2})"
)


def _counterparts(text: str, vocab: Vocab):
    """'his Indian counterpart Sushma Swaraj' -> (name, country)."""
    for m in _COUNTERPART.finditer(text):
        yield m.group(2), vocab.countries.get(m.group(1))


def _is_delegation_list(text: str) -> bool:
    return bool(re.match(r"^[A-Z][\w ]+:\s*\S", text)) and ":" in text[:30]


def _after_titles(text, heads, lexicon, countries, vocab):
    for m in heads.finditer(text):
        tokens = [(t.group(0), t.start()) for t in islice(_TOKEN.finditer(text, m.end()), 16)]
        title_end, name = m.end(), []
        for i, (tok, pos) in enumerate(tokens):
            if name:
                joined = tok == "," and i + 1 < len(tokens) and _given_name(tokens[i + 1][0])
                if joined:
                    continue
                if _NAME_TOKEN.match(tok) and tok not in lexicon and tok.rstrip(".") not in lexicon:
                    name.append(tok)
                    continue
                break
            if tok in _CONNECTORS or tok in lexicon or tok.rstrip("’s'") in lexicon:
                title_end = pos + len(tok)
                continue
            if _NAME_TOKEN.match(tok) and tok[0].isupper():
                name.append(tok)
                continue
            break
        if len(name) > 3:
            name = name[-3:]
        if not name:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        hint = _country_before(before, countries, vocab) or _country_in(text[m.start() : title_end], countries, vocab)
        tail = re.match(
            r"[^,;.]*?\bof (?:the )?([A-Z][\w ]+?)(?:[,;.)]| on | and |$)", text[title_end + len(" ".join(name)) + 1 :]
        )
        if hint is None and tail:
            hint = vocab.countries.get(tail.group(1).strip()) or vocab.countries.get(tail.group(1).split(" ")[-1])
        yield text[m.start() : title_end].strip(" ,"), " ".join(name).rstrip(".,"), hint


def _given_name(tok: str) -> bool:
    return bool(re.match(r"^[A-Z][a-z]+-[a-z]+$", tok))


def _before_titles(text, heads, lexicon):
    for m in re.finditer(r"((?:[A-Z][a-zA-Z’'\-]+\.? ){1,3}[A-Z][a-zA-Z’'\-]+), (?:the )?(?=[A-Z])", text):
        rest = text[m.end() :]
        head = heads.match(rest)
        if not head:
            continue
        tokens = [t for t in m.group(1).split() if t not in {"Mr.", "Ms.", "Dr.", "Mr", "Ms"}]
        while tokens and tokens[0] in lexicon:
            tokens.pop(0)
        if len(tokens) >= 2:
            title = re.match(r"[^,;.(]+", rest).group(0).strip()
            yield " ".join(tokens), title


def _country_before(before: str, countries, vocab) -> str | None:
    hits = list(countries.finditer(before))
    if hits and before[hits[-1].end() :].strip(" ’'s:-") in {"", "counterpart"}:
        return vocab.countries[hits[-1].group(0)]
    near = re.search(r"(\w[\w’']*)(?:’s|'s)?\s+(?:counterpart\s+)?$", before)
    if near and near.group(1) in vocab.countries:
        return vocab.countries[near.group(1)]
    return None


def _country_in(title: str, countries, vocab) -> str | None:
    if re.search(r"\bto the Republic of Korea\b|\bto the ROK\b", title):
        return None
    hits = [vocab.countries[h.group(0)] for h in countries.finditer(title)]
    return hits[-1] if hits else None


def _add(found: list[Person], vocab: Vocab, name: str, title: str, hint: str | None, s, participant: bool) -> None:
    name = re.sub(r"(?:’s|'s)$", "", name)
    tokens = name.split()
    if not tokens or any(t in _TITLE_WORDS for t in tokens):
        return
    existing = _resolve(found, vocab, tokens)
    if existing is not None:
        existing.participant |= participant
        if not existing.title and title:
            existing.title = title
        if existing.country is None and hint:
            existing.country = hint
        return
    known = _known(vocab, tokens)
    if known is not None:
        found.append(Person(known.name, title, known.country, s.text, s.start, participant))
        return
    if len(tokens) < 2 and not title:
        return
    if len(tokens) < 2 and not re.search(r"counterpart\s*$", s.text[: s.text.find(name)]):
        return
    found.append(Person(_display(name), title, hint, s.text, s.start, participant))


def _display(name: str) -> str:
    return " ".join(t if not t.isupper() or len(t) <= 3 else t.capitalize() for t in name.split())


def _keys(name: str) -> set[str]:
    return {t.casefold().rstrip(".,") for t in name.replace(",", " ").split()}


def _resolve(found: list[Person], vocab: Vocab, tokens: list[str]) -> Person | None:
    key = {t.casefold().rstrip(".,") for t in tokens}
    for p in found:
        pk = _keys(p.name)
        if key <= pk or (len(key) >= 2 and pk <= key):
            return p
    return None


def _people_keys(vocab: Vocab) -> list[tuple[object, set[str], set[str]]]:
    return [(p, _keys(p.name), {k.casefold() for k in p.surname_keys}) for p in vocab.people]


def _known(vocab: Vocab, tokens: list[str]):
    key = {t.casefold().rstrip(".,") for t in tokens}
    ends = {tokens[0].casefold(), tokens[-1].casefold()}
    matches = [
        p
        for p, keys, surnames in vocab.cached("people_keys", lambda: _people_keys(vocab))
        if (key <= keys and (len(key) >= 2 or key & surnames)) or (len(key) >= 3 and ends == surnames)
    ]
    if len(matches) == 1:
        return matches[0]
    if matches or len(tokens) < 2:
        return None
    # a spelling variant of a known full name ("Igor Margulov" for Igor Morgulov)
    best = process.extractOne(" ".join(tokens), [p.name for p in vocab.people], scorer=fuzz.ratio, score_cutoff=88)
    return vocab.person(best[0]) if best else None


def _default_countries(found: list[Person]) -> None:
    for p in found:
        if p.country is None and p.name.split()[0] in _KOREAN_SURNAMES and re.search(r"-|^\w+ \w+$", p.name):
            p.country = "ROK"
