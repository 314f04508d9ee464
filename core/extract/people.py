"""People named in a release, with title, country and whether they took part.

A person is found after a title from `levels.yaml` ("Foreign Minister Kang Kyung-wha"), before
one ("Cho Tae-yong, Special Representative …"), or by a full name listed in `people.yaml`. Later
short references ("Minister Kang", "President Putin") resolve to the full name found earlier in
the release or to a known office-holder, so one person is one row.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import chain, islice, pairwise

from rapidfuzz import fuzz, process

from core.extract.terms import Lexicon, Match, Scan, city_lexicon, party_lexicon
from core.ingest.clean import CleanRelease
from core.ingest.prefilter import Prefiltered, prefiltered
from core.vocab import Vocab

_CONNECTORS = {"for", "of", "the", "and", "in", "charge", "to", "on", "at", "affairs"}
_UPPER = r"[^\W\d_a-z\u00df-\u00ff]"  # a capital letter of any alphabet
_NAME_TOKEN = re.compile(rf"^(?:{_UPPER}[^\W\d_]*(?:[’'\-][^\W\d_]+)*\.?|{_UPPER}\.(?:{_UPPER}\.)*)$")
_TOKEN = re.compile(r"[^\W\d_][^\W\d_’'\-.]*(?:[’'\-.][^\W\d_]+)*\.?|[,;:()\[\]“”\"]")
_NAME_WORD = rf"{_UPPER}[^\W\d_’'\-]*(?:[’'\-]{_UPPER}?[^\W\d_]+)*\.?"


# a title held no more, or not yet ("Former Foreign Minister", "Incoming Foreign Minister")
_NOT_HELD = r"(?:[Ff]ormer|ex-|[Ii]ncoming)"
_TITLE_NOT_HELD = re.compile(_NOT_HELD)


@dataclass
class Person:
    name: str
    title: str
    country: str | None
    sentence: str
    start: int
    participant: bool

    @property
    def holds_title(self) -> bool:
        """The person held the title when they met: not "Former …" nor "Incoming …"."""
        return not _TITLE_NOT_HELD.match(self.title or "")


def _title_heads(vocab: Vocab) -> Prefiltered:
    """The title heads as one pattern, longest first, tried only where a head begins (`re` would
    try its alternatives at every position of every sentence); built once per vocabulary."""
    return vocab.cached("title_heads", lambda: _compiled_heads(tuple(sorted(vocab.levels, key=len, reverse=True))))


@lru_cache(maxsize=4)
def _compiled_heads(heads: tuple[str, ...]) -> Prefiltered:
    return prefiltered(r"\b(?:" + "|".join(re.escape(h) for h in heads) + r")\b")


def _country_words(vocab: Vocab) -> Lexicon:
    return party_lexicon(vocab)


def extract_people(release: CleanRelease, vocab: Vocab) -> list[Person]:
    """Every person named in the release, once, in order of first appearance."""
    heads, countries = _title_heads(vocab), _country_words(vocab)
    lexicon = vocab.cached("people_lexicon", lambda: _lexicon(vocab))
    names, order = vocab.cached("known_names", lambda: _known_names(vocab))
    hits = names.finditer(release.text)  # the known names standing as whole words, found in one pass
    known = sorted({m.value for m in hits}, key=order.__getitem__)  # in the vocabulary's order
    found: list[Person] = []
    lead = release.opening(1)
    lead_paragraph = lead[0].paragraph if lead else 0
    for s in release.sentences:
        participant = (
            s in lead
            or _is_delegation_list(s.text)
            or (s.paragraph <= lead_paragraph + 1 and bool(_TOOK_PART.search(s.text)))
        )
        for name, hint in _counterparts(s.text, vocab):
            _add(found, vocab, name, "", lambda hint=hint: hint, s, participant)
        titles = list(heads.finditer(s.text))  # read by both title rules
        for title, name, country_hint, titled, mentioned in _after_titles(s.text, titles, lexicon, countries, vocab):
            _add(found, vocab, name, title, country_hint, s, participant and not mentioned, titled)
        for name, title in _before_titles(s.text, titles, heads, lexicon, vocab):
            _add(found, vocab, name, title, partial(_country_of_title, title, countries), s, participant)
        firsts: dict[str, int] = {}  # each known name's first place in the sentence
        for m in hits:
            if s.start <= m.start < s.start + len(s.text):
                firsts.setdefault(m.value, m.start - s.start)
        for name in (n for n in known if n in firsts):
            at = firsts[name]
            title = _title_just_before(s.text[:at], heads)
            _add(found, vocab, name, title, _no_state, s, participant and not _mentioned(s.text, at, at + len(name)))
    _default_countries(found, vocab)
    return found


def _no_state() -> None:
    """The state the text gives a known name: none (`_add` takes the known person's)."""
    return None


def _known_names(vocab: Vocab) -> tuple[Lexicon, dict[str, int]]:
    """The full names of people.yaml and of the office holders, matched as whole words ("Cho Hyun"
    is no name in "Cho Hyun-dong"), and each name's place in the vocabulary."""
    order: dict[str, int] = {}
    for i, person in enumerate((*vocab.people, *vocab.office_holders)):
        order.setdefault(person.name, i)
    return Lexicon({name: name for name in order}), order


def _title_just_before(before: str, heads: re.Pattern) -> str:
    """The title a name follows directly ("Foreign Minister Adel al-Jubeir"), else ''."""
    last = next(reversed(list(heads.finditer(before))), None)
    return last.group(0) if last and not before[last.end() :].strip() else ""


def _lexicon(vocab: Vocab) -> frozenset[str]:
    """Words that belong to titles, countries and places, never to a name. A word of a longer
    state name ('Solomon' of Solomon Islands) is left out: the whole name is found as a phrase."""
    return frozenset(
        vocab.names.title_words
        | {w for head in vocab.levels for w in head.split()}
        | {c for c in vocab.countries if " " not in c}
        | vocab.places.capitals
    )


_TOOK_PART = prefiltered(r"\b(?:chaired|headed|led by|delegations?|counterpart|met with|meets? with|meeting with)\b")
_COUNTERPART = prefiltered(r"\b(?:his|her|their) ((?:[A-Z][\w’'.]+ ){1,2})[Cc]ounterparts?,?\s")
# a name mentioned, not met: "issues regarding President Moon Jae-in's visit"
_MENTIONED_BEFORE = re.compile(
    r"\b(?:regarding|about|concerning|including|(?:views|issues|discussions?|briefing|remarks) on)\s+(?:the\s+)?(?:\w+\s+)?$"
)


def _mentioned(text: str, start: int, end: int) -> bool:
    """A name as a topic: after 'regarding', 'about' … (a title between), or in a possessive."""
    return bool(_MENTIONED_BEFORE.search(text[max(0, start - 40) : start])) or text.startswith(("’s", "'s"), end)


def _counterparts(text: str, vocab: Vocab):
    """'his Indian counterpart S.M. Krishna' -> (name, country)."""
    particles = vocab.names.particles
    for m in _COUNTERPART.finditer(text):
        tokens = [t.group(0) for t in islice(_TOKEN.finditer(text, m.end()), 8)]
        name = _name_run(tokens, particles)
        if name:
            yield " ".join(name), vocab.countries.get(m.group(1).strip())


def _name_run(tokens: list[str], particles: frozenset[str], lexicon: frozenset[str] = frozenset()) -> list[str]:
    """The name the tokens open with: capitalised words, initials, and particles inside it."""
    name: list[str] = []
    for i, tok in enumerate(tokens):
        word = tok.rstrip(".")
        if (
            _NAME_TOKEN.match(tok)
            and tok not in lexicon
            and word not in lexicon
            or tok in particles
            and name
            and i + 1 < len(tokens)
            and (_NAME_TOKEN.match(tokens[i + 1]) or tokens[i + 1] in particles)
        ):
            name.append(tok)
        else:
            break
    return _without_trailing(name, particles)


def _joined_particle(tok: str, particles: frozenset[str]) -> bool:
    """A particle hyphenated to a name: 'al-Jubeir', 'el-Sisi'."""
    head, hyphen, rest = tok.partition("-")
    return bool(hyphen) and head in particles and bool(_NAME_TOKEN.match(rest))


_PATRONYMIC = frozenset({"bin", "bint", "ibn"})


def _name_words(name: list[str], particles: frozenset[str]) -> int:
    """The words of a name that count towards its length: not its particles, nor the father's names
    a patronymic particle leads ("Mohammed bin Abdulrahman bin Jassim Al Thani" counts three)."""
    return sum(t not in particles and before not in _PATRONYMIC for before, t in pairwise(["", *name]))


def _without_trailing(name: list[str], particles: frozenset[str]) -> list[str]:
    """A name does not end on a particle ("Juan Ramón de la" cut before "Fuente" is "Juan Ramón")."""
    while name and name[-1] in particles:
        name = name[:-1]
    return name


_DELEGATION_LIST = re.compile(r"^[A-Z][\w ]+:\s*\S")


def _is_delegation_list(text: str) -> bool:
    return ":" in text[:30] and bool(_DELEGATION_LIST.match(text))


def _after_titles(text, titles, lexicon, countries, vocab):
    """'Foreign Minister Kang Kyung-wha' -> (title, name, country, mentioned), after each of `titles`
    (the title heads found in `text`)."""
    particles, honorifics = vocab.names.particles, vocab.names.honorifics
    scan = phrases = None
    for m in titles:
        if scan is None:  # where the sentence names a state (once per sentence with a title)
            scan = countries.scan(text)
            phrases = {c.start: c.end for c in scan.within()}
        title_end, name, previous = m.end(), [], m.group(0).split()[-1]
        inside = portfolio.end() if (portfolio := _PORTFOLIO.match(text, m.end())) else 0
        apposed, name_end = False, 0  # the name set off by commas after the title ("the Minister …, Mauro Vieira,")
        # the next 20 tokens, each with the one after it ('' after the last), read as far as needed
        tokens = islice(_TOKEN.finditer(text, m.end()), 20)
        for t, after in pairwise(chain(tokens, (None,))):
            tok, pos, following = t.group(0), t.start(), after.group(0) if after else ""
            previous, before_tok = tok, previous
            if not name and (pos < inside or pos in phrases):  # 'of New Zealand', 'of the Solomon Islands'
                inside = max(inside, phrases.get(pos, 0))
                title_end = pos + len(tok)
                continue
            if not name and before_tok in ("in", "at") and (city_end := _city_at(text, pos, vocab)):
                inside = city_end  # "the Foreign Minister of Brazil in Rio de Janeiro": a place, no name
                title_end = pos + len(tok)
                continue
            if name:
                if tok == "," and _given_name(following):
                    continue
                if _NAME_TOKEN.match(tok) and tok not in lexicon and tok.rstrip(".") not in lexicon:
                    name.append(tok)
                    name_end = t.end()
                    continue
                if _joined_particle(tok, particles):  # "Adel al-Jubeir", "Abdel Fattah el-Sisi"
                    name.append(tok)
                    name_end = t.end()
                    continue
                if tok in particles and (_NAME_TOKEN.match(following) or following in particles):
                    name.append(tok)  # "van der Laan", "de la Fuente"
                    continue
                break
            if (
                tok == ","
                and pos == title_end
                and _NAME_TOKEN.match(following)
                and not _SET_OFF.search(text, max(0, m.start() - 40), m.start())
            ):
                apposed = True
                continue
            if tok in honorifics:  # "Foreign Secretary the Rt. Hon. James Cleverly": the name comes after
                continue
            given = before_tok not in _CONNECTORS and _given_place(tok, following, lexicon, vocab)
            if not given and (
                tok in _CONNECTORS
                or tok in lexicon
                or tok.rstrip("’s'") in lexicon
                or (before_tok == "of" and tok in _one_word_cities(vocab))  # "Mayor of Vladivostok …"
            ):
                title_end = pos + len(tok)
                continue
            if _NAME_TOKEN.match(tok) and tok[0].isupper():
                name.append(tok)
                name_end = t.end()
                continue
            break
        if apposed and name and not _APPOSITION_END.match(text, name_end):
            continue  # "the Foreign Minister of Russia, Moscow’s top diplomat": no name set off
        name = _without_trailing(name, particles)
        while len(name) > 4 and _name_words(name, particles) > 4:  # no more words than tokens
            name = name[1:]
        if not name:
            continue
        near = max(0, m.start() - 40)
        before = text[near : m.start()]
        hint = partial(_country_after_title, scan, near, m.start(), title_end, len(" ".join(name)), vocab)
        titled = partial(_country_of_its_title, scan, near, m.start(), title_end, vocab)
        mentioned = bool(_MENTIONED_BEFORE.search(before)) or name[-1].endswith(("’s", "'s"))
        ranked = _RANKED.search(text, max(0, m.start() - 40), m.start())  # "First Vice Minister": the title as written
        start = ranked.start() if ranked else m.start()
        former = _FORMER.search(text, max(0, start - 12), start)  # "Former Foreign Minister Yun …"
        start = former.start() if former else start
        title = _ARTICLE_END.sub("", text[start:title_end].strip(" ,"))
        yield title, " ".join(name).rstrip(".,"), hint, titled, mentioned


def _country_after_title(scan: Scan, near: int, start: int, title_end: int, name_length: int, vocab: Vocab):
    """The state of the person named after the title at text[start:title_end] (`scan`: the
    sentence's states; `near`: where the 40 characters before the title begin)."""
    return (
        _country_of_its_title(scan, near, start, title_end, vocab)
        or _state_of_its_city(scan.text[start:title_end], vocab)
        or _country_of_clause(scan, title_end + name_length + 1)
    )


def _country_of_its_title(scan: Scan, near: int, start: int, title_end: int, vocab: Vocab) -> str | None:
    """The state or organisation the title at text[start:title_end] itself names: one whose name runs
    into it ("UN High Commissioner for Refugees …"), one just before it ("OSCE Secretary General"), or
    one inside it ("Minister of Foreign Affairs of Brazil")."""
    spanning = [h.value for h in scan.within(near, title_end) if h.start < start - near < h.end]
    text = scan.text
    return (
        (spanning[0] if spanning else None)
        or _country_before(text[near:start], scan.within(near, start), vocab)
        or _country_in(text[start:title_end], scan.within(start, title_end))
    )


_ARTICLE_END = re.compile(r"\s+the$")
# a title itself set off after a name ("Mr. Koro Bessho, the Japanese Ambassador to the ROK, Mr. …"): the
# name after it has a title of its own
_SET_OFF = re.compile(r",\s+(?!and\b)(?:the\s+)?(?:[\w’'-]+\s+){0,2}$")
# a title held no more, or not yet: kept with the title (`Person.holds_title`)
_FORMER = re.compile(rf"\b{_NOT_HELD}\s*$")
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|and|who|during|to|for|of)\b)")
_CLAUSE = re.compile(r"[^,;.]*(?:,[^,;.]*)?")
# where the clause of a name ends: a verb of what the person did ("… Hayashi agreed to meet on the
# sidelines of the ASEAN …" names no state of his)
_CLAUSE_BREAK = re.compile(
    r"\b(?:and|with|together|who|met|meets|held|holds|had|has|visited|visits|will|agreed|discussed|exchanged|"
    r"expressed|said|stressed|noted|welcomed|emphasized|attended|spoke|talked|signed|arrived|called|shared|"
    r"reaffirmed|affirmed|asked|requested|hoped|explained|briefed|thanked)\b"
)
_OF_END = re.compile(r"\bof\s+(?:the\s+)?$")


def _country_of_clause(scan: Scan, start: int) -> str | None:
    """The first state named as 'of (the) STATE' in the clause from `start` after a name ('…
    Gayrat Fazilov of Uzbekistan held …', '…, Director-General of … of the Ministry of Foreign
    Affairs of Japan,'), in the sentence `scan`ned for states."""
    clause = _CLAUSE.match(scan.text, start).group(0)
    if "of" not in clause:
        return None  # no 'of' before any state
    clause = _CLAUSE_BREAK.split(clause, 1)[0]
    for h in scan.within(start, start + len(clause)):
        if _OF_END.search(clause, 0, h.start):
            return h.value
    return None


def _given_place(tok: str, following: str, lexicon: frozenset[str], vocab: Vocab) -> bool:
    """A city's name that is a given name here: a place and no word of a title or a state, followed
    by a name ("Foreign Minister Santiago Cafiero", "Victoria Nuland", "Vice President Hamilton
    Mourão"); not a city after "of" or "to" in a title (the caller checks the word before)."""
    places = vocab.cached("people_place_words", lambda: _place_words(vocab))
    return (
        tok in places
        and bool(_NAME_TOKEN.match(following))
        and following not in lexicon
        and following.rstrip(".") not in lexicon
    )


def _place_words(vocab: Vocab) -> frozenset[str]:
    """The one-word city names of the people lexicon that are no word of a title or a state."""
    titles = vocab.names.title_words | {w for head in vocab.levels for w in head.split()}
    return frozenset(c for c in vocab.places.capitals if " " not in c) - titles - set(vocab.countries)


def _state_of_its_city(title: str, vocab: Vocab) -> str | None:
    """The state of the city a title's office is of ("Mayor of Vladivostok": Russia), where no
    other state has a place of that name (`Places.namesakes`)."""
    for m in _OF_A_CITY.finditer(title):
        city = m.group(1)
        if city in _one_word_cities(vocab) and city not in vocab.cached("namesakes", vocab.places.namesakes):
            return vocab.cities[city]
    return None


_OF_A_CITY = re.compile(r"\bof\s+([A-Z][^\W\d_]+)\b")


def _one_word_cities(vocab: Vocab) -> frozenset[str]:
    """The cities of one word: after "of" in a title, the office's place ("Mayor of Vladivostok")."""
    return vocab.cached("one_word_cities", lambda: frozenset(c for c in vocab.cities if " " not in c))


def _given_name(tok: str) -> bool:
    return bool(re.match(r"^[A-Z][a-z]+-[a-z]+$", tok))


# one to four name words, each with up to two particles after it, and a last name word; the first
# is written out of the repeat so that the pattern opens with a capital, and re skips to capitals
_NAMED = rf"{_NAME_WORD} (?:[a-z]{{1,4}} ){{0,2}}"
_BEFORE_TITLE = re.compile(rf"({_NAMED}(?:{_NAMED}){{0,3}}{_NAME_WORD}), (?:the )?")
_CAPITAL = re.compile(_UPPER)
_BEFORE_TITLE_WORDS = 9  # a match's words at most (five names, four particles), one space apart


def _before_title_matches(text: str) -> Iterator[re.Match]:
    """What `_BEFORE_TITLE.finditer(text)` finds, searched only over the nine words before each
    ', ' (re would try the nested name words at every capital of the sentence): a match is words
    joined by single spaces, none holding a comma, so it ends at the first ', ' after its start and
    starts after the ninth space before that; the search stops where its optional 'the ' ends."""
    end, comma = 0, -1
    while (comma := text.find(", ", comma + 1)) >= 0:
        if not _CAPITAL.search(text, text.rfind(" ", 0, comma) + 1, comma):
            continue  # the word before the comma holds no capital: no name word ends there
        start = comma
        for _ in range(_BEFORE_TITLE_WORDS):
            start = text.rfind(" ", 0, start)
            if start < 0:
                break
        start = max(start + 1, end)
        if start < comma and (m := _BEFORE_TITLE.search(text, start, comma + len(", the "))):
            end = m.end()
            yield m


# what may stand between a name and its title: a state's possessive, "member of … and", a word or two
# that qualify the office ("Federal Foreign Minister", "Turkish Foreign Minister")
_TITLE_PREFIX = re.compile(
    r"(?:[A-Z][\w’' ]*?(?:’s|'s)\s+|(?:[Mm]ember|[Hh]ead|[Cc]hair) of [^,;()]*? and |(?:[A-Z][\w-]*\s+){1,2})?$"
)


def _before_titles(text, titles, heads, lexicon, vocab):
    """'Wang Yi, member of the Political Bureau … and Minister of Foreign Affairs' -> (name, title)."""
    particles = vocab.names.particles
    if ", " not in text or not titles:
        return
    for m in _before_title_matches(text):
        rest = _after_post_nominals(text[m.end() : m.end() + 240], vocab)  # "Ali Sabry, PC, Minister …"
        head = heads.search(rest)
        if not head or not _TITLE_PREFIX.fullmatch(rest[: head.start()]):
            continue
        words = m.group(1).split()
        if m.start() and text[m.start() - 1] == ".":
            words = words[1:]  # the match began inside a dotted word ("H.E." read from its "E.")
        # the name begins after an honorific: "Opening Remarks Mr. Taro Kono, Minister for ..."
        honorifics = [i for i, t in enumerate(words) if t in vocab.names.honorifics]
        tokens = words[honorifics[-1] + 1 :] if honorifics else words
        verbs = [i for i, t in enumerate(tokens) if t.islower() and t not in particles]
        before = tokens[verbs[-1]] if verbs else (text[: m.start()].split() or [""])[-1]
        if verbs:  # "… met with Hakan Fidan, Minister …": the name is what follows the last such word
            tokens = tokens[verbs[-1] + 1 :]
        if before in _PLACE_PREPOSITIONS and _a_place(" ".join(tokens), vocab):
            continue  # "… General Assembly in New York, Foreign Minister Chung …": a place, no name
        while tokens and (tokens[0] in lexicon or tokens[0] in particles):
            if len(tokens) > 1 and _given_place(tokens[0], tokens[1], lexicon, vocab):
                break  # "Victoria Nuland, Under Secretary of State …"
            tokens.pop(0)
        if len(tokens) >= 2:
            title = re.match(r"[^,;(]+", rest).group(0).strip().rstrip(".")
            yield " ".join(tokens), title


# a title's portfolio, all of it the title's: "Under-Secretary-General for Political and Peacebuilding
# Affairs", "Cabinet Secretary for Foreign and Diaspora Affairs" (whatever words it is made of)
_PORTFOLIO = re.compile(r"(?:-[A-Z][\w]*)*\s+for\s+(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){1,6}[Aa]ffairs\b")
_SET_OFF_WORD = re.compile(r"([A-Z][\w.]*)\s*,\s*")


def _after_post_nominals(rest: str, vocab: Vocab) -> str:
    """`rest` without the letters after a name set off by commas that open it ("PC, Minister …")."""
    while (m := _SET_OFF_WORD.match(rest)) and m.group(1).rstrip(".") in vocab.names.post_nominals:
        rest = rest[m.end() :]
    return rest


def _city_at(text: str, at: int, vocab: Vocab) -> int:
    """The end of the city's name that starts at `at` in `text`, else 0."""
    return next((at + m.end for m in city_lexicon(vocab).finditer(text[at : at + 40]) if m.start == 0), 0)


_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near"})


def _a_place(words: str, vocab: Vocab) -> bool:
    """`words` are wholly the name of a city or state."""
    return any(
        m.start == 0 and m.end == len(words)
        for lexicon in (city_lexicon(vocab), party_lexicon(vocab))
        for m in lexicon.finditer(words)
    )


_WORD_AT_END = re.compile(r"(\w[\w’']*)(?:’s|'s)?\s+(?:counterpart\s+)?$")
# the state a title is accredited to ("Ambassador to the ROK"), or a portfolio's ("Director-General for
# North American Affairs", "Special Representative for Korean Peninsula Peace"): not the office's own
_TO_OR_IN_END = re.compile(r"\b(?:to|in|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)?$")
# a portfolio listed in a title: "Minister of Foreign Affairs, European Union and Cooperation"
_LISTED_END = re.compile(r",\s+(?:the\s+)?$")


def _country_before(before: str, hits: list[Match], vocab) -> str | None:
    """The state named just before a title ('Japanese Foreign Minister'), or before the body whose
    title it is ('African Union Commission Chairperson', 'Russian State Duma Chairman'); `hits`:
    the states in `before`."""
    if hits and (
        (between := before[hits[-1].end :].strip(" ’'s:-")) in {"", "counterpart"}
        or _BODY.fullmatch(between)
        or _RANK.fullmatch(between)
    ):
        return hits[-1].value
    near = _WORD_AT_END.search(before, _last_two_words(before))
    if near and near.group(1) in vocab.countries:
        return vocab.countries[near.group(1)]
    return None


# words of rank before a title head the vocabulary lacks ("US Deputy Assistant Secretary", "First Vice
# Minister"): part of the title (`_RANKED`), and no word between a state's adjective and it (`_RANK`)
_RANK_WORD = r"(?:First|Second|Third|Deputy|Vice|Acting|Senior|Principal|Chief|Associate|Assistant|Joint|Additional)"
_RANK = re.compile(rf"(?:{_RANK_WORD}\s*)+")
_RANKED = re.compile(rf"\b(?:{_RANK_WORD}\s+)+$")
# a party's body whose head a title names
_BODY = re.compile(
    r"(?:State\s+Duma|Federation\s+Council|National\s+Assembly|Commission|Council|Secretariat|Parliament|Senate|"
    r"Congress|Diet|Duma|Assembly)"
)


def _last_two_words(text: str) -> int:
    """Where the search for `_WORD_AT_END` may begin: a match is a word and white space, and
    'counterpart' and white space, so it opens inside the last two words (re would try every
    position before them, each as far as the word runs)."""
    parts = text.rsplit(None, 2)
    return len(parts[0]) if len(parts) == 3 else 0


def _country_in(title: str, hits: list[Match]) -> str | None:
    """The state a title names as the office's own ('Minister of Foreign Affairs of Japan'), not the
    one it is accredited to ('EU Ambassador to the Republic of Korea') nor one of its portfolio ('Minister
    of Foreign Affairs, European Union and Cooperation'); `hits`: the states in `title`."""
    own = [
        h.value
        for h in hits
        if not _TO_OR_IN_END.search(title, 0, h.start) and not _LISTED_END.search(title, 0, h.start)
    ]
    return own[-1] if own else None


def _country_of_title(title: str, countries: Lexicon) -> str | None:
    return _country_in(title, countries.finditer(title))


def _without_honorifics(tokens: list[str], vocab: Vocab) -> list[str]:
    """The words of a name without words of address ("H.E. Mr. Nguyen Xuan Phuc") nor letters after
    it ("the Rt Hon James Cleverly MP")."""
    names = vocab.names
    tokens = [t for t in tokens if t not in names.honorifics]
    while tokens and tokens[-1].rstrip(".,") in names.post_nominals:
        tokens.pop()
    return tokens


_POSSESSIVE_END = re.compile(r"(?:’s|'s)$")


def _add(
    found: list[Person],
    vocab: Vocab,
    name: str,
    title: str,
    hint: Callable[[], str | None],
    s,
    participant: bool,
    titled: Callable[[], str | None] = _no_state,
) -> None:
    """Adds the person `name` to `found`, or what this mention tells to the person found before
    (`hint`: the state the text gives them, worked out only when it is needed; `titled`: the state
    or organisation their title itself names, which a known person's state gives way to: "OSCE
    Secretary General Helga Schmid", once of the EU; "UN Secretary-General Ban Ki-moon")."""
    tokens = _without_honorifics(_POSSESSIVE_END.sub("", name).split(), vocab)
    name = " ".join(tokens)
    if title and (words := title.split())[-1] in vocab.names.honorifics and words[-2:-1] != ["Crown"]:
        title = " ".join(words[:-1]).rstrip(",")  # "Minister of Foreign Affairs Prince Faisal …", not "Crown Prince"
    if not tokens or any(t in vocab.names.title_words for t in tokens) or all(len(t.rstrip(".")) < 2 for t in tokens):
        return  # no name, a title's word, or initials alone ("the G20": "G")
    existing = _resolve(found, vocab, tokens)
    if existing is not None:
        existing.participant |= participant
        if not existing.title and title:
            existing.title = title
        if existing.country is None and (country := hint()):
            existing.country = country
        return
    known = _known(vocab, tokens)
    if known is not None:  # an office holder keeps the name as the release writes it
        shown = known.name if vocab.person(known.name) else _display(name)
        stated = titled()
        country = stated if stated not in (None, vocab.home) else known.country
        found.append(Person(shown, title, country, s.text, s.start, participant))
        return
    if len(tokens) < 2 and not title:
        return
    hint = hint()
    foreign_official = bool(title) and hint not in (None, vocab.home)
    if len(tokens) < 2 and not foreign_official and not re.search(r"counterpart\s*$", s.text[: s.text.find(name)]):
        return
    found.append(Person(_display(name), title, hint, s.text, s.start, participant))


def _display(name: str) -> str:
    return " ".join(t if not t.isupper() or len(t) <= 3 or "." in t else t.capitalize() for t in name.split())


@lru_cache(maxsize=4096)  # each name found is compared with every one found before it
def _keys(name: str) -> frozenset[str]:
    return frozenset(t.casefold().rstrip(".,") for t in name.replace(",", " ").split())


def _resolve(found: list[Person], vocab: Vocab, tokens: list[str]) -> Person | None:
    key = {t.casefold().rstrip(".,") for t in tokens}
    for p in found:
        pk = _keys(p.name)
        if key <= pk or (len(key) >= 2 and pk <= key):
            return p
    return None


@dataclass(frozen=True)
class _PeopleKeys:
    """Each known person with the words of their name, their surname keys and the first and last
    words of their name, indexed by word and by those ends so a name is compared with the few
    people who share a word with it."""

    people: list[tuple[object, frozenset[str], set[str], frozenset[str]]]
    by_word: dict[str, list[int]]  # a word of a name -> positions in `people`
    by_ends: dict[frozenset[str], list[int]]


def _people_keys(vocab: Vocab) -> _PeopleKeys:
    by_first = vocab.names.named_by_first_word
    known = [(p, _keys(p.name), {k.casefold() for k in p.surname_keys(by_first)}) for p in vocab.people]
    # office holders are known by their full name only, never by a surname or a near spelling
    people = [(p, keys, surnames, _ends(p.name.replace(".", " ").split())) for p, keys, surnames in known] + [
        (p, _keys(p.name), set(), frozenset()) for p in vocab.office_holders
    ]
    by_word: dict[str, list[int]] = defaultdict(list)
    by_ends: dict[frozenset[str], list[int]] = defaultdict(list)
    for i, (_, keys, _, ends) in enumerate(people):
        for word in keys:
            by_word[word].append(i)
        by_ends[ends].append(i)
    return _PeopleKeys(people, dict(by_word), dict(by_ends))


def _ends(tokens: list[str]) -> frozenset[str]:
    return frozenset({tokens[0].casefold(), tokens[-1].casefold()})


def _known(vocab: Vocab, tokens: list[str]):
    """The known person (people.yaml, or an office holder) `tokens` name, if one; looked up once per
    name and vocabulary, as a release names its people again and again, and releases the same people."""
    return vocab.remembered("known_people", tuple(tokens), lambda name: _look_up(vocab, list(name)))


def _look_up(vocab: Vocab, tokens: list[str]):
    key = {t.casefold().rstrip(".,") for t in tokens}
    ends = _ends(tokens)
    index = vocab.cached("people_keys", lambda: _people_keys(vocab))
    # a person matching needs every word of `key` among their words (one word: a surname key), or
    # three words or more with the first and last of theirs ("Mikhail Yefimovich Shvydkoy")
    rarest = min(key, key=lambda word: len(index.by_word.get(word, ())))  # the fewest people to compare
    candidates = sorted({*index.by_word.get(rarest, ()), *index.by_ends.get(ends, ())})
    matches = [
        p
        for p, keys, surnames, their_ends in (index.people[i] for i in candidates)
        if (key <= keys and (len(key) >= 2 or key & surnames)) or (len(key) >= 3 and ends == their_ends)
    ]
    if len(matches) == 1:
        return matches[0]
    if matches or len(tokens) < 2:
        return None
    # a spelling variant of a known full name ("Igor Margulov" for Igor Morgulov), word by word: a
    # syllable apart is another person ("Chung Ki-yong" is not Chung Eui-yong)
    best = process.extractOne(" ".join(tokens), [p.name for p in vocab.people], scorer=fuzz.ratio, score_cutoff=88)
    if best is None or len(theirs := best[0].split()) != len(tokens):
        return None
    last = len(tokens) - 1
    alike = all(_spelt_alike(a, b, cut=i == last) for i, (a, b) in enumerate(zip(tokens, theirs, strict=True)))
    return vocab.person(best[0]) if alike else None


def _spelt_alike(word: str, theirs: str, cut: bool = False) -> bool:
    """Two spellings of one word of a name ("Margulov", "Morgulov"; "Sergei", "Sergey"), part by
    part of a hyphenated one; a short part (a Korean syllable: "Ki-yong", "Eui-yong") alike only as
    written, or, `cut` (the name's last word), as the start of theirs: a page cut off inside the
    name ("President Moon Jae-i")."""
    parts, their_parts = word.casefold().split("-"), theirs.casefold().split("-")
    last = len(parts) - 1
    return len(parts) == len(their_parts) and all(
        a == b
        or (min(len(a), len(b)) > _SHORT and fuzz.ratio(a, b) >= _SAME_WORD)
        or (cut and i == last and b.startswith(a))
        for i, (a, b) in enumerate(zip(parts, their_parts, strict=True))
    )


_SHORT, _SAME_WORD = 4, 80  # a part that short must match as written; fuzz.ratio of "Margulov", "Morgulov": 87.5


def _default_countries(found: list[Person], vocab: Vocab) -> None:
    """A name opening with a family name of names.yaml ('Kim Jina', 'Yoon Soon-gu') is of its state;
    so is one bearing a title only one state's officials bear ('Deputy Secretary of State')."""
    for p in found:
        if p.country is None and p.title in vocab.names.state_titles:
            p.country = vocab.names.state_titles[p.title]
        state = vocab.names.surnames.get(p.name.split()[0])
        if p.country is None and state and re.search(r"-|^\w+ \w+$", p.name):
            p.country = state
