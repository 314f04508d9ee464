"""The vocabularies Accord extracts with, loaded from YAML files in `core/vocab/` and validated.

Each file is read with safe loading only. A mistake (an empty group, a keyword in two areas, a
bad date) raises `VocabError` naming the file and the line, so an analyst editing a taxonomy sees
exactly where to look. `load_vocab()` returns one immutable `Vocab` holding every compiled
pattern; it is cached per folder and keyed by the files' contents (`Vocab.version`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from core.ingest.files import TextDatesLoader, atomic_write
from core.ingest.prefilter import WholeLine
from core.vocab import dating
from core.vocab.places import (
    Places,
    iso_codes,
    known_state,
    library_cities,
    library_city_names,
    library_town_names,
)

VOCAB_DIR = Path(__file__).parent
FILES = (
    "areas",
    "levels",
    "mechanisms",
    "entities",
    "events",
    "people",
    "places",
    "anniversaries",
    "coinages",
    "names",
    "publishers",
    "spellings",
)
DATING_FILES = ("tenures", "offices", "editions", "event_series")  # read by core/vocab/dating.py
ALL_FILES = FILES + DATING_FILES


class VocabError(ValueError):
    """A vocabulary file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Event:
    name: str
    pattern: re.Pattern
    venue: str | None
    anchor: tuple[int, int] | None  # (edition, year)
    per_year: int
    editions: dict[int, tuple[dt.date, dt.date]]
    years: dict[int, int] = field(default_factory=dict)  # editions whose year only is known
    first: int = 1  # the first edition the anchor's numbering holds for
    named: re.Pattern | None = None  # the event named without an edition, for its `venue`

    def held_at(self, name: str) -> bool:
        """Whether a host event's `name` is this event (numbered or not)."""
        return bool(self.pattern.search(name) or (self.named and self.named.search(name)))

    def dates(self, edition: int | None) -> tuple[dt.date, dt.date] | None:
        return self.editions.get(edition if edition is not None else 1)

    def year(self, edition: int | None) -> int | None:
        if (span := self.dates(edition)) is not None:
            return span[0].year
        if edition in self.years:
            return self.years[edition]
        if self.anchor is None or edition is None or edition < self.first:
            return None
        anchor_edition, anchor_year = self.anchor
        return anchor_year + (edition - 1) // self.per_year - (anchor_edition - 1) // self.per_year


@dataclass(frozen=True)
class Anniversary:
    name: str
    pattern: re.Pattern
    counterpart: str | None
    founded: int


@dataclass(frozen=True)
class Coinage:
    """A name first used on a known day ("COVID-19"): a text using it was written after that day."""

    name: str
    pattern: re.Pattern
    first: dt.date
    source: str


@dataclass(frozen=True)
class Person:
    name: str
    country: str

    def surname_keys(self, by_first_word: frozenset[str]) -> set[str]:
        """Ways a release refers to the person after first naming them: "Minister Lavrov", and
        "Minister Kang" for the people of the states `by_first_word` names."""
        parts = self.name.replace(".", " ").split()
        return {parts[-1], *(parts[:1] if self.country in by_first_word else ())} - {""}


@dataclass(frozen=True)
class Names:
    """Words that help read people's names (names.yaml)."""

    title_words: frozenset[str]  # capitalised words of titles and organisations, never of a name
    particles: frozenset[str]  # lower-case words inside a name ("bin", "de", "van")
    honorifics: frozenset[str]  # words before a name, never of it ("Mr.", "H.E.")
    surnames: dict[str, str]  # family name -> state ("Kim" -> "ROK")
    state_titles: dict[str, str]  # a whole title only one state's officials bear -> that state
    named_by_first_word: frozenset[str] = frozenset()  # states whose people are named again by their first word
    post_nominals: frozenset[str] = frozenset()  # letters after a name, never of it ("MP", "KC")


@dataclass(frozen=True)
class Publisher:
    name: str
    kind: str  # ministry or news
    home: str | None  # a ministry's own country; None for news
    patterns: tuple[re.Pattern, ...]


@dataclass(frozen=True)
class Mechanism:
    name: str
    aliases: tuple[str, ...]
    renamed_to: str | None = None
    renamed_from_session: int | None = None


_UNBUILT = object()  # what `Vocab.cached` has not built yet


@dataclass(frozen=True)
class Vocab:
    version: str
    areas: dict[str, str]  # area key -> label
    area_keywords: dict[str, str]  # keyword (as written) -> area label
    levels: dict[str, str]  # title head -> level
    mechanisms: tuple[Mechanism, ...]
    meeting_types: dict[str, tuple[str, ...]]
    entities: dict[str, tuple[str, str]]  # alias -> (canonical name, kind)
    events: tuple[Event, ...]
    people: tuple[Person, ...]
    anniversaries: tuple[Anniversary, ...]
    places: Places
    names: Names
    dating: dating.Dating | None = None  # office terms and event editions (dating.py)
    publishers: tuple[Publisher, ...] = ()
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # English name -> other spellings
    coinages: tuple[Coinage, ...] = ()
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    def cached(self, key: str, build):
        """A value derived from this vocabulary (a compiled pattern …), built once."""
        found = self._cache.get(key, _UNBUILT)
        if found is _UNBUILT:
            found = self._cache[key] = build()
        return found

    def remembered(self, table: str, key, work, limit: int = 4096):
        """`work(key)`, the answer of this vocabulary to `key`, worked out once and kept in `table` (a
        name's person, a text's events …); a table holding `limit` answers is emptied first, so a
        flood of one-off questions does not pile up."""
        answers = self.cached(table, dict)
        found = answers.get(key, _UNBUILT)
        if found is _UNBUILT:
            if len(answers) >= limit:
                answers.clear()
            found = answers[key] = work(key)
        return found

    def mechanism_for(self, phrase: str) -> Mechanism | None:
        """The mechanism one of whose aliases `phrase` is (spelling folded); the first listed wins."""
        return self.cached("mechanism_by_alias", self._mechanisms_by_alias).get(fold(phrase))

    def _mechanisms_by_alias(self) -> dict[str, Mechanism]:
        out: dict[str, Mechanism] = {}
        for mech in self.mechanisms:
            for alias in mech.aliases:
                out.setdefault(fold(alias), mech)
        return out

    @property
    def home(self) -> str:
        """The side whose releases these are ('ROK')."""
        return self.places.home

    @property
    def countries(self) -> dict[str, str]:
        """word -> state or organisation (built on first use, from the libraries and places.yaml)."""
        return self.cached("countries", self.places.country_words)

    @property
    def cities(self) -> dict[str, str]:
        """city -> state (built on first use): the libraries' and places.yaml's, and the host cities of
        the sourced event editions (editions.yaml: "Los Cabos", "Taormina", "Cha-am")."""
        return self.cached("cities", self._cities)

    def _cities(self) -> dict[str, str]:
        out = self.places.cities()
        for city, state in self.event_cities():
            out.setdefault(city, state)
        return out

    def event_cities(self) -> list[tuple[str, str | None]]:
        """(city, state or None when places do not know the country) of every sourced event edition."""
        countries = self.countries
        return [
            (city, countries.get(country)) for edition in self.dating.editions for city, country in edition.host_cities
        ]

    @property
    def office_holders(self) -> tuple[Person, ...]:
        """Everyone tenures.yaml lists (sourced office terms) and people.yaml does not, with the state
        of their office: a name a release gives without a country still has one."""
        return self.cached("office_holders", self._office_holders)

    def _office_holders(self) -> tuple[Person, ...]:
        listed = {p.name for p in self.people}
        states = {term.name: self.countries.get(term.country) for term in self.dating.terms}
        return tuple(Person(name, state) for name, state in states.items() if state and name not in listed)

    def person(self, name: str) -> Person | None:
        for p in self.people:
            if p.name == name:
                return p
        return None


def fold(text: str) -> str:
    """Text for comparing spellings: no spaces (what `str.split` splits at: what re's `\\s` matches)
    or hyphens, curly quotes straightened, casefolded."""
    return "".join(text.split()).replace("-", "").replace("‐", "").replace("–", "").replace("’", "'").casefold()


# --- loading -------------------------------------------------------------------------------------


def _line_of(node: yaml.Node, needle: str) -> int:
    """1-based line of the first scalar equal to `needle` in a composed YAML tree (0 if absent)."""
    stack = [node]
    while stack:
        n = stack.pop()
        if isinstance(n, yaml.ScalarNode) and str(n.value) == str(needle):
            return n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            stack.extend(x for pair in reversed(n.value) for x in reversed(pair))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(reversed(n.value))
    return 0


class _Reader:
    """Reads one YAML file and reports problems with its file name and line."""

    def __init__(self, path: Path):
        self.path = path
        self.text = path.read_text(encoding="utf-8")
        try:
            self.data = yaml.load(self.text, Loader=TextDatesLoader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark else ""
            raise VocabError(f"{path.name}{line}: not valid YAML ({getattr(exc, 'problem', exc)})") from exc
        if self.data is None:
            raise VocabError(f"{path.name}:1: the file is empty")

    def fail(self, needle, message: str):
        tree = yaml.compose(self.text, Loader=yaml.SafeLoader)  # only now: the lines are for the message
        line = _line_of(tree, needle) if tree is not None else 0
        raise VocabError(f"{self.path.name}:{line or '?'}: {message}")

    def require(self, ok: bool, needle, message: str):
        if not ok:
            self.fail(needle, message)

    def date(self, value, needle) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            self.fail(needle, f"{value!r} is not a date (write YYYY-MM-DD)")


def _strings(r: _Reader, values, owner: str) -> tuple[str, ...]:
    r.require(isinstance(values, list) and values, owner, f"'{owner}' needs a non-empty list")
    for v in values:
        r.require(isinstance(v, str) and v.strip(), owner, f"'{owner}' has an empty or non-text entry")
    return tuple(values)


def _areas(r: _Reader):
    r.require(isinstance(r.data, dict), "", "expected a mapping of area -> {label, keywords}")
    labels, keywords = {}, {}
    for key, spec in r.data.items():
        r.require(isinstance(spec, dict) and spec.get("label"), key, f"area '{key}' needs a label")
        for kw in _strings(r, spec.get("keywords"), key):
            owner = keywords.get(kw.casefold())
            r.require(owner is None, kw, f"keyword '{kw}' is in both '{owner}' and '{spec['label']}'")
            keywords[kw.casefold()] = spec["label"]
        labels[key] = spec["label"]
    originals = {kw: keywords[kw.casefold()] for spec in r.data.values() for kw in spec["keywords"]}
    return labels, originals


def _levels(r: _Reader):
    r.require(isinstance(r.data, dict), "", "expected a mapping of level -> titles")
    out = {}
    for level, titles in r.data.items():
        for title in _strings(r, titles, level):
            r.require(title not in out, title, f"title '{title}' is listed under two levels")
            out[title] = level
    return out


def _mechanisms(r: _Reader):
    r.require(isinstance(r.data, dict), "", "expected 'mechanisms' and 'meeting_types'")
    mechs, seen = [], {}
    for spec in r.data.get("mechanisms") or r.fail("mechanisms", "'mechanisms' is empty"):
        name = spec.get("name") if isinstance(spec, dict) else None
        r.require(bool(name), "mechanisms", "a mechanism has no name")
        aliases = _strings(r, spec.get("aliases"), name)
        for a in aliases:
            r.require(seen.get(fold(a), name) == name, a, f"alias '{a}' belongs to '{seen.get(fold(a))}' and '{name}'")
            seen[fold(a)] = name
        mechs.append(Mechanism(name, aliases, spec.get("renamed_to"), spec.get("renamed_from_session")))
    types = r.data.get("meeting_types") or r.fail("meeting_types", "'meeting_types' is empty")
    return tuple(mechs), {k: _strings(r, v, k) for k, v in types.items()}


ENTITY_KINDS = {"event", "project", "agreement", "organisation", "mechanism"}


def _entities(r: _Reader):
    r.require(isinstance(r.data, list), "", "expected a list of {name, kind, aliases}")
    out = {}
    for spec in r.data:
        name = spec.get("name") if isinstance(spec, dict) else None
        r.require(bool(name), "", "an entity has no name")
        r.require(spec.get("kind") in ENTITY_KINDS, name, f"'{name}': kind must be one of {sorted(ENTITY_KINDS)}")
        for a in _strings(r, spec.get("aliases"), name):
            r.require(a.casefold() not in {k.casefold() for k in out}, a, f"alias '{a}' is listed twice")
            out[a] = (name, spec["kind"])
    return out


def _events(r: _Reader):
    events = []
    for name, spec in _named_specs(r, "an event", "events"):
        pattern = _pattern(r, spec, "pattern", "event", name, re.IGNORECASE)
        named = _pattern(r, spec, "named", "event", name, re.IGNORECASE) if spec.get("named") else None
        r.require(
            not named or spec.get("venue"), name, f"event '{name}': 'named' is for an event's venue, and it has none"
        )
        editions = {}
        for edition, span in (spec.get("editions") or {}).items():
            editions[int(edition)] = (r.date(span["start"], name), r.date(span["end"], name))
        anchor = spec.get("anchor")
        r.require(
            bool(editions) or bool(anchor) or bool(named),
            name,
            f"event '{name}' needs editions or an anchor, or a venue and 'named' (an event giving its venue only)",
        )
        events.append(
            Event(
                name,
                pattern,
                spec.get("venue"),
                (int(anchor["edition"]), int(anchor["year"])) if anchor else None,
                int(spec.get("per_year", 1)),
                editions,
                {int(k): int(v) for k, v in (spec.get("years") or {}).items()},
                int(anchor.get("from", 1)) if anchor else 1,
                named,
            )
        )
    return tuple(events)


def _people(r: _Reader):
    r.require(isinstance(r.data, list), "", "expected a list of people")
    people = []
    for spec in r.data:
        name = spec.get("name")
        r.require(bool(name) and spec.get("country"), name or "", "a person needs a name and a country")
        r.require("terms" not in spec, name, f"'{name}': office terms belong in tenures.yaml, with their source")
        people.append(Person(name, spec["country"]))
    return tuple(people)


def _named_specs(r: _Reader, what: str, plural: str) -> Iterator[tuple[str, dict]]:
    """(name, entry) of a file that lists named entries ("an anniversary", "anniversaries")."""
    r.require(isinstance(r.data, list), "", f"expected a list of {plural}")
    for spec in r.data:
        name = spec.get("name") if isinstance(spec, dict) else None
        r.require(bool(name), "", f"{what} has no name")
        yield name, spec


def _pattern(r: _Reader, spec: dict, key: str, what: str, name: str, flags: int = 0) -> re.Pattern:
    """Entry `name`'s regular expression under `key`; a missing or broken one is named with its line."""
    try:
        return re.compile(spec[key], flags)
    except (KeyError, re.error) as exc:
        r.fail(name, f"{what} '{name}': bad or missing {key} ({exc})")


def _anniversaries(r: _Reader):
    out = []
    for name, spec in _named_specs(r, "an anniversary", "anniversaries"):
        r.require(isinstance(spec.get("founded"), int), name, f"'{name}': 'founded' must be a year")
        pattern = _pattern(r, spec, "pattern", "anniversary", name, re.IGNORECASE)
        out.append(Anniversary(name, pattern, spec.get("counterpart"), spec["founded"]))
    return tuple(out)


def _coinages(r: _Reader):
    out = []
    for name, spec in _named_specs(r, "a coinage", "names and the day each was first used"):
        r.require(bool(spec.get("source")), name, f"'{name}': a coinage needs a source")
        pattern = _pattern(r, spec, "pattern", "coinage", name)
        out.append(Coinage(name, pattern, r.date(spec.get("first"), name), spec["source"]))
    return tuple(out)


def _places(r: _Reader) -> Places:
    r.require(isinstance(r.data, dict), "", "expected home, shown, names, adjectives, organisations and cities")
    shown = r.data.get("shown") or {}
    r.require(isinstance(shown, dict), "shown", "'shown' must map ISO codes to names")
    for code, name in shown.items():
        r.require(code in iso_codes(), code, f"'{code}' is not an ISO 3166 alpha-2 code")
        r.require(isinstance(name, str) and name.strip(), code, f"'{code}' needs a name")
    shown_t = tuple(sorted(shown.items()))
    organisations = r.data.get("organisations") or {}
    r.require(isinstance(organisations, dict), "organisations", "'organisations' must map names to words")
    orgs = tuple((org, _strings(r, words, org)) for org, words in organisations.items())

    def party(name, needle, what: str) -> None:
        ok = isinstance(name, str) and (known_state(name, shown_t) or name in organisations)
        r.require(ok, needle, f"{what} '{name}' is neither a state (as named after 'shown') nor an organisation")

    home = r.data.get("home")
    party(home, "home", "home")
    owner: dict[str, str] = {}
    for org, ws in orgs:
        owner.update(dict.fromkeys(ws, org))
    words: dict[str, list[tuple[str, str]]] = {"names": [], "adjectives": []}
    for key, out in words.items():
        groups = r.data.get(key) or {}
        r.require(isinstance(groups, dict), key, f"'{key}' must map states to lists of words")
        for state, ws in groups.items():
            party(state, state, "state")
            for w in _strings(r, ws, state):
                r.require(owner.get(w, state) == state, w, f"'{w}' names both {owner.get(w)} and {state}")
                owner[w] = state
                out.append((w, state))
    cities = r.data.get("cities") or {}
    r.require(isinstance(cities, dict), "cities", "'cities' must map cities to states")
    for city, state in cities.items():
        party(state, city, f"the state of city '{city}',")
    not_cities = _strings(r, r.data["not_cities"], "not_cities") if "not_cities" in r.data else ()
    for name in not_cities:
        r.require(name in library_city_names(shown_t), name, f"not_cities: '{name}' is no city of the library")
    landmarks = r.data.get("landmarks") or {}
    r.require(isinstance(landmarks, dict), "landmarks", "'landmarks' must map seats and buildings to cities")
    for landmark, city in landmarks.items():
        known = city in cities or city in library_city_names(shown_t)
        r.require(
            known, landmark, f"landmarks: the city of '{landmark}', '{city}', is no city of the library or 'cities'"
        )
    seats = r.data.get("seats") or {}
    r.require(isinstance(seats, dict), "seats", "'seats' must map states to the cities their governments sit in")
    for state, city in seats.items():
        party(state, state, "the state of seat")
        seat = city in cities or city in library_city_names(shown_t) or city in library_town_names(shown_t)
        r.require(seat, state, f"seats: the seat of '{state}', '{city}', is no city or town of the library or 'cities'")
    city_names: dict[str, str] = {}  # another name -> the name given
    names_of = r.data.get("city_names") or {}
    r.require(isinstance(names_of, dict), "city_names", "'city_names' must map a city's name to its other names")
    all_cities = {**library_cities(shown_t), **{str(c): s for c, s in cities.items()}}
    for name, others in names_of.items():
        r.require(name in all_cities, name, f"city_names: '{name}' is no city of the library or 'cities'")
        for other in _strings(r, others, name):
            r.require(
                all_cities.get(other) == all_cities[name],
                other,
                f"city_names: '{other}' is no city of the library or 'cities' in the state of '{name}'",
            )
            r.require(other not in city_names, other, f"city_names: '{other}' is another name of two cities")
            city_names[other] = str(name)
    named_buildings = _strings(r, r.data["named_buildings"], "named_buildings") if "named_buildings" in r.data else ()
    return Places(
        home,
        shown_t,
        tuple(words["names"]),
        tuple(words["adjectives"]),
        orgs,
        tuple((str(c), s) for c, s in cities.items()),
        frozenset(not_cities),
        tuple((str(lm), str(c)) for lm, c in landmarks.items()),
        tuple((str(st), str(c)) for st, c in seats.items()),
        tuple(city_names.items()),
        tuple(named_buildings),
    )


def _names(r: _Reader, places: Places) -> Names:
    r.require(isinstance(r.data, dict), "", "expected title_words, particles and surnames")

    def unique(values, owner: str) -> tuple[str, ...]:
        seen: set[str] = set()
        for v in _strings(r, values, owner):
            r.require(v not in seen, v, f"'{v}' is listed twice in '{owner}'")
            seen.add(v)
        return tuple(seen)

    surnames: dict[str, str] = {}
    groups = r.data.get("surnames")
    r.require(isinstance(groups, dict) and groups, "surnames", "'surnames' must map states to family names")
    for state, names in groups.items():
        r.require(state in places.parties, state, f"surnames: '{state}' is not a state of places")
        for name in unique(names, state):
            r.require(name not in surnames, name, f"'{name}' is a family name of {surnames.get(name)} and {state}")
            surnames[name] = state
    first_word = unique(r.data.get("named_by_first_word"), "named_by_first_word")
    for state in first_word:
        r.require(state in places.parties, state, f"named_by_first_word: '{state}' is not a state of places")
    state_titles: dict[str, str] = {}
    for state, titles in (r.data.get("state_titles") or {}).items():
        r.require(state in places.parties, state, f"state_titles: '{state}' is not a state of places")
        for title in unique(titles, state):
            r.require(
                title not in state_titles, title, f"'{title}' is a title of {state_titles.get(title)} and {state}"
            )
            state_titles[title] = state
    return Names(
        frozenset(unique(r.data.get("title_words"), "title_words")),
        frozenset(unique(r.data.get("particles"), "particles")),
        frozenset(unique(r.data.get("honorifics"), "honorifics")),
        surnames,
        state_titles,
        frozenset(first_word),
        frozenset(unique(r.data.get("post_nominals"), "post_nominals")),
    )


def _publishers(r: _Reader):
    r.require(isinstance(r.data, list), "", "expected a list of publishers")
    out = []
    for spec in r.data:
        name = spec.get("name") if isinstance(spec, dict) else None
        r.require(bool(name), "", "a publisher has no name")
        kind = spec.get("kind")
        r.require(kind in ("ministry", "news"), name, f"'{name}': kind must be ministry or news")
        r.require(
            (kind == "ministry") == bool(spec.get("home")), name, f"'{name}': a ministry (only) has a home country"
        )
        patterns = []
        for raw in _strings(r, spec.get("patterns"), name):
            try:
                patterns.append(re.compile(raw, re.MULTILINE))
            except re.error as exc:
                r.fail(raw, f"publisher '{name}': bad pattern {raw!r} ({exc})")
        out.append(Publisher(name, kind, spec.get("home"), tuple(patterns)))
    return tuple(out)


def _spellings(r: _Reader):
    r.require(isinstance(r.data, dict), "", "expected a mapping of name -> [spellings]")
    return {str(name): _strings(r, spellings, str(name)) for name, spellings in r.data.items()}


def load_vocab(folder: Path | str = VOCAB_DIR) -> Vocab:
    """Load and validate every vocabulary file of `folder` (cached by the files' contents)."""
    folder = Path(folder)
    paths = [folder / f"{name}.yaml" for name in ALL_FILES]
    missing = [p.name for p in paths if not p.exists()]
    if missing:
        raise VocabError(f"{folder}: missing vocabulary file(s): {', '.join(missing)}")
    return _load(str(folder), _digest(folder))


SNAPSHOT_ENV = "ACCORD_VOCAB_SNAPSHOT"
DEFAULT_SNAPSHOT = Path(__file__).resolve().parents[2] / "data" / "vocab.last-good"


def load_vocab_or_last_good(
    folder: Path | str = VOCAB_DIR, snapshot: Path | str | None = None
) -> tuple[Vocab, VocabError | None]:
    """The vocabulary of `folder`, or, when it has a mistake, the last version that loaded (kept in
    `snapshot`) together with the error, so the app keeps working while the analyst fixes it."""
    snap = Path(snapshot or os.environ.get(SNAPSHOT_ENV) or DEFAULT_SNAPSHOT)
    try:
        vocab = load_vocab(folder)
    except VocabError as exc:
        if not all((snap / f"{name}.yaml").exists() for name in ALL_FILES):
            raise
        return load_vocab(snap), exc
    if not snap.is_dir() or _digest(snap) != vocab.version:
        for name in ALL_FILES:
            atomic_write(snap / f"{name}.yaml", (Path(folder) / f"{name}.yaml").read_bytes())
    return vocab, None


def _digest(folder: Path) -> str:
    paths = [folder / f"{name}.yaml" for name in ALL_FILES]
    if not all(p.exists() for p in paths):
        return ""
    return hashlib.sha256(b"".join(p.read_bytes() for p in paths)).hexdigest()[:12]


@lru_cache(maxsize=8)
def _load(folder: str, digest: str) -> Vocab:
    readers = {name: _Reader(Path(folder) / f"{name}.yaml") for name in ALL_FILES}
    labels, keywords = _areas(readers["areas"])
    mechanisms, meeting_types = _mechanisms(readers["mechanisms"])
    places = _places(readers["places"])
    vocab = Vocab(
        version=digest,
        areas=labels,
        area_keywords=keywords,
        levels=_levels(readers["levels"]),
        mechanisms=mechanisms,
        meeting_types=meeting_types,
        entities=_entities(readers["entities"]),
        events=_events(readers["events"]),
        people=_people(readers["people"]),
        anniversaries=_anniversaries(readers["anniversaries"]),
        places=places,
        names=_names(readers["names"], places),
        publishers=_publishers(readers["publishers"]),
        spellings=_spellings(readers["spellings"]),
        coinages=_coinages(readers["coinages"]),
        dating=_dating(readers),
    )
    _cross_check(vocab, readers)
    return vocab


def _dating(readers: dict) -> dating.Dating:
    offices, titles, countries = dating.read_offices(readers["offices"])
    editions = dating.read_editions(readers["editions"])
    return dating.Dating(
        terms=dating.read_tenures(readers["tenures"]),
        offices=offices,
        titles=titles,
        countries=countries,
        series=dating.read_series(readers["event_series"], editions),
        editions=editions,
    )


def _cross_check(vocab: Vocab, readers: dict[str, _Reader]) -> None:
    """The files agree with places.yaml: every person's country, anniversary's counterpart and
    event venue's state is a state or organisation it knows."""
    parties = vocab.places.parties
    for person in vocab.people:
        readers["people"].require(person.country in parties, person.name, f"'{person.country}' is no state of places")
    for a in vocab.anniversaries:
        ok = a.counterpart is None or a.counterpart in parties
        readers["anniversaries"].require(ok, a.name, f"'{a.counterpart}' is no state of places")
    for edition in vocab.dating.editions:
        for city, country in edition.host_cities:
            ok = country in vocab.countries
            readers["editions"].require(ok, edition.country, f"the country of '{city}' is no state of places")
    for event in vocab.events:
        state = (event.venue or "").rpartition(", ")[2]
        ok = not event.venue or state in parties
        readers["events"].require(ok, event.venue or "", f"the venue's state '{state}' is no state of places")


# --- page layout (read by core/ingest/clean.py, before any vocabulary above) ------------------


@dataclass(frozen=True)
class Layout:
    """`layout.yaml`: the lines a copied page carries besides the release, and glued words."""

    chrome: WholeLine  # a whole line that is the site's
    footer: WholeLine  # a line that ends the release's body
    glue_words: frozenset[str]
    title_affixes: re.Pattern | None = None  # the site's words before or after a title, removed from it


def load_layout(folder: Path | str = VOCAB_DIR) -> Layout:
    """`layout.yaml` of `folder`, validated (cached by its contents). Every release's cleaning asks
    for it: the file is read and hashed again only when its size or time of change is new."""
    path = _layout_path(folder)
    stat = os.stat(path)
    return _layout_of_file(path, stat.st_mtime_ns, stat.st_size, stat.st_ino)


@lru_cache(maxsize=4)
def _layout_path(folder: Path | str) -> str:
    return str(Path(folder) / "layout.yaml")


@lru_cache(maxsize=4)
def _layout_of_file(path: str, mtime_ns: int, size: int, inode: int) -> Layout:
    return _layout(path, hashlib.sha256(Path(path).read_bytes()).hexdigest())


@lru_cache(maxsize=4)
def _layout(path: str, digest: str) -> Layout:
    r = _Reader(Path(path))
    r.require(isinstance(r.data, dict), "", "expected a mapping with chrome, footer and glue_words")
    for key in ("chrome", "footer", "glue_words"):
        r.require(key in r.data, "", f"'{key}' is missing")

    def patterns(key: str) -> list[str]:
        for pattern in _strings(r, r.data[key], key):
            try:
                re.compile(pattern)
            except re.error as exc:
                r.fail(pattern, f"'{pattern}' is not a valid regular expression ({exc})")
        return r.data[key]

    def lines(key: str) -> WholeLine:
        return WholeLine(patterns(key), re.IGNORECASE)

    words = _strings(r, r.data["glue_words"], "glue_words")
    for w in words:
        r.require(w.isalpha() and w.islower(), w, f"glue word '{w}' must be one lower-case word")
    affixes = patterns("title_affixes") if "title_affixes" in r.data else []
    around = "|".join(f"^(?:{p})|(?:{p})$" for p in affixes)
    return Layout(lines("chrome"), lines("footer"), frozenset(words), re.compile(around, re.I) if affixes else None)
