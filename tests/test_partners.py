"""Partners the corpus lacks: sentences written the ministry's way for states from Brazil to Zambia,
to check that places, people and titles come from well-kept data and hold for any partner (the rules
were written on Russia and a few others). Each row is a first paragraph; the page has a generic
title, so the fields come from the sentence."""

from __future__ import annotations

import pytest

import core

FILLER = (
    "The two sides exchanged views on bilateral relations, substantive cooperation and the situation on the "
    "Korean Peninsula, and agreed to continue close communication."
)


def _load(lead: str) -> core.Corpus:
    page = f"Press Releases\n\nA Meeting\n\n1. {lead}\n\n2. {FILLER}"
    return core.load(core.Upload("partner.txt", page.encode()), cache=False, corrections=False)


# (city, the state named in the sentence): capitals and large cities of every region
PLACES = [
    ("Brasília", "Brazil"),
    ("Brasilia", "Brazil"),
    ("Astana", "Kazakhstan"),
    ("Nur-Sultan", "Kazakhstan"),
    ("Tashkent", "Uzbekistan"),
    ("Ulaanbaatar", "Mongolia"),
    ("Hanoi", "Viet Nam"),
    ("Riyadh", "Saudi Arabia"),
    ("Mexico City", "Mexico"),
    ("Addis Ababa", "Ethiopia"),
    ("Kuala Lumpur", "Malaysia"),
    ("New Delhi", "India"),
    ("Jeju", "ROK"),
    ("Busan", "ROK"),
    ("Nay Pyi Taw", "Myanmar"),
    ("Phnom Penh", "Cambodia"),
    ("Bandar Seri Begawan", "Brunei"),
    ("Vientiane", "Laos"),
    ("The Hague", "Netherlands"),
    ("Geneva", "Switzerland"),
    ("Washington", "US"),
    ("Canberra", "Australia"),
    ("Wellington", "New Zealand"),
    ("Ottawa", "Canada"),
    ("Buenos Aires", "Argentina"),
    ("Santiago", "Chile"),
    ("Lima", "Peru"),
    ("Bogotá", "Colombia"),
    ("Abuja", "Nigeria"),
    ("Nairobi", "Kenya"),
    ("Cairo", "Egypt"),
    ("Rabat", "Morocco"),
    ("Algiers", "Algeria"),
    ("Doha", "Qatar"),
    ("Kuwait City", "Kuwait"),
    ("Muscat", "Oman"),
    ("Abu Dhabi", "United Arab Emirates"),
    ("Tehran", "Iran"),
    ("Ankara", "Turkey"),
    ("Baku", "Azerbaijan"),
    ("Tbilisi", "Georgia"),
    ("Kyiv", "Ukraine"),
    ("Warsaw", "Poland"),
    ("Prague", "Czech Republic"),
    ("Budapest", "Hungary"),
    ("Vienna", "Austria"),
    ("Brussels", "Belgium"),
    ("Helsinki", "Finland"),
    ("Stockholm", "Sweden"),
    ("Oslo", "Norway"),
    ("Copenhagen", "Denmark"),
    ("Reykjavik", "Iceland"),
    ("Dublin", "Ireland"),
    ("Lisbon", "Portugal"),
    ("Madrid", "Spain"),
    ("Rome", "Italy"),
    ("Athens", "Greece"),
    ("Sofia", "Bulgaria"),
    ("Bucharest", "Romania"),
    ("Belgrade", "Serbia"),
    ("Vilnius", "Lithuania"),
    ("Manila", "Philippines"),
    ("Jakarta", "Indonesia"),
    ("Dili", "Timor-Leste"),
    ("Suva", "Fiji"),
    ("Bishkek", "Kyrgyzstan"),
    ("Dushanbe", "Tajikistan"),
    ("Ashgabat", "Turkmenistan"),
    ("Islamabad", "Pakistan"),
    ("Dhaka", "Bangladesh"),
    ("Colombo", "Sri Lanka"),
    ("Kathmandu", "Nepal"),
    ("Vladivostok", "Russia"),
    ("Sochi", "Russia"),
    ("Moscow", "Russia"),
    ("Khabarovsk", "Russia"),
    ("Tokyo", "Japan"),
    ("Osaka", "Japan"),
    ("Beijing", "China"),
    ("Shanghai", "China"),
    ("Singapore", "Singapore"),
    ("Bangkok", "Thailand"),
    ("Paris", "France"),
    ("Berlin", "Germany"),
    ("London", "UK"),
    ("Pretoria", "South Africa"),
    ("Accra", "Ghana"),
    ("Dakar", "Senegal"),
    ("Luanda", "Angola"),
    ("Havana", "Cuba"),
    ("Panama City", "Panama"),
    ("Quito", "Ecuador"),
    ("Montevideo", "Uruguay"),
    ("Asunción", "Paraguay"),
    ("La Paz", "Bolivia"),
    ("Caracas", "Venezuela"),
    ("Guatemala City", "Guatemala"),
    ("San Salvador", "El Salvador"),
    ("Tegucigalpa", "Honduras"),
    ("Managua", "Nicaragua"),
    ("Amman", "Jordan"),
    ("Beirut", "Lebanon"),
    ("Baghdad", "Iraq"),
    ("Aden", "Yemen"),
    ("Manama", "Bahrain"),
    ("Tunis", "Tunisia"),
    ("Kigali", "Rwanda"),
    ("Kampala", "Uganda"),
    ("Dar es Salaam", "Tanzania"),
    ("Maputo", "Mozambique"),
    ("Harare", "Zimbabwe"),
    ("Lusaka", "Zambia"),
    ("Windhoek", "Namibia"),
    ("Gaborone", "Botswana"),
    ("Sana'a", "Yemen"),
    ("Port Vila", "Vanuatu"),
    ("Chișinău", "Moldova"),
    ("Bled", "Slovenia"),
]


@pytest.mark.parametrize(("city", "state"), PLACES)
def test_the_city_named_is_the_venue_and_the_state_the_counterpart(city, state):
    release = _load(
        f"Foreign Minister Park Jin met with the Foreign Minister of {state} in {city} on May 3."
    ).releases.iloc[0]
    assert isinstance(release.venue, str) and release.venue.replace("’", "'").startswith(city), release.venue
    if state != "ROK":  # Jeju and Busan: the partner is named by no city
        assert release.counterpart == state


@pytest.mark.parametrize(
    ("lead", "heads"),
    [
        (
            "Foreign Minister Cho Tae-yul met with Minister of Foreign Affairs of Brazil Mauro Vieira in Seoul on May 3.",
            ["Cho Tae-yul", "Mauro Vieira"],
        ),
        (
            "Foreign Minister Cho Tae-yul met with Mexican Foreign Secretary Alicia Bárcena Ibarra in Seoul on May 3.",
            ["Alicia Bárcena Ibarra", "Cho Tae-yul"],
        ),
        (
            "Foreign Minister Park Jin held talks with Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs of Saudi Arabia, in Riyadh on May 3.",
            ["Faisal bin Farhan Al Saud", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with his Indian counterpart Subrahmanyam Jaishankar in New Delhi on May 3.",
            ["Park Jin", "Subrahmanyam Jaishankar"],
        ),
        (
            "Foreign Minister Park Jin met with Dutch Foreign Minister Wopke Hoekstra in The Hague on May 3.",
            ["Park Jin", "Wopke Hoekstra"],
        ),
        (
            "Foreign Minister Park Jin met with German Foreign Minister Annalena Baerbock in Berlin on May 3.",
            ["Annalena Baerbock", "Park Jin"],
        ),
        (
            "First Vice Foreign Minister Kim Hong-kyun held the 10th Strategic Dialogue with Thai Permanent Secretary Sarun Charoensuwan in Seoul on May 3.",
            ["Kim Hong-kyun", "Sarun Charoensuwan"],
        ),
        (
            "Vice Minister Lee Do-hoon held talks with Deputy Foreign Minister of Viet Nam Ha Kim Ngoc in Hanoi on May 3.",
            ["Ha Kim Ngoc", "Lee Do-hoon"],
        ),
        (
            "Foreign Minister Chung Eui-yong met with Foreign Minister Retno L.P. Marsudi of Indonesia in Jakarta on May 3.",
            ["Chung Eui-yong", "Retno L.P. Marsudi"],
        ),
        (
            "Foreign Minister Park Jin met with Secretary of Foreign Affairs Enrique A. Manalo of the Philippines in Manila on May 3.",
            ["Enrique A. Manalo", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Minister of Foreign Affairs of Yemen Ahmed Awad Bin Mubarak in Seoul on May 3.",
            ["Ahmed Awad Bin Mubarak", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of the UAE, in Abu Dhabi on May 3.",
            ["Abdullah bin Zayed Al Nahyan", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Hakan Fidan, Minister of Foreign Affairs of Türkiye, in Ankara on May 3.",
            ["Hakan Fidan", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Ethiopian Foreign Minister Taye Atske Selassie in Addis Ababa on May 3.",
            ["Park Jin", "Taye Atske Selassie"],
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Ana Paula Zacarias of Portugal in Lisbon on May 3.",
            ["Ana Paula Zacarias", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Marcelo Ebrard Casaubón of Mexico in Mexico City on May 3.",
            ["Marcelo Ebrard Casaubón", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Kazakh Foreign Minister Murat Nurtleu in Astana on May 3.",
            ["Murat Nurtleu", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Bakhtiyor Saidov of Uzbekistan in Tashkent on May 3.",
            ["Bakhtiyor Saidov", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Sergei Aleinik of Belarus in Minsk on May 3.",
            ["Park Jin", "Sergei Aleinik"],
        ),
        (
            "Deputy Minister for Political Affairs Chung Byung-won held the 20th Korea-Russia Policy Consultation with Deputy Foreign Minister Andrey Rudenko in Moscow on May 3.",
            ["Andrey Rudenko", "Chung Byung-won"],
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Penny Wong of Australia and Defence Minister Richard Marles in Canberra on May 3.",
            ["Park Jin", "Penny Wong"],
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Nanaia Mahuta of New Zealand in Wellington on May 3.",
            ["Nanaia Mahuta", "Park Jin"],
        ),
        (
            "Foreign Minister Park Jin met with Mr. Josep Borrell Fontelles, High Representative of the European Union for Foreign Affairs and Security Policy, in Brussels on May 3.",
            ["Josep Borrell Fontelles", "Park Jin"],
        ),
    ],
)
def test_the_heads_of_delegation_of_any_partner(lead, heads):
    people = _load(lead).participants
    assert sorted(people[people.lead].name) == sorted(heads)


@pytest.mark.parametrize(
    ("lead", "name", "party"),
    [
        (  # the party of the body whose head the title names
            "Foreign Minister Cho Tae-yul met with African Union Commission Chairperson Moussa Faki Mahamat in "
            "Addis Ababa on March 8.",
            "Moussa Faki Mahamat",
            "African Union",
        ),
        (
            "Foreign Minister Cho Tae-yul met with ASEAN Secretariat Deputy Secretary-General Satvinder Singh in "
            "Jakarta on March 8.",
            "Satvinder Singh",
            "ASEAN",
        ),
        (  # a rank the vocabulary's title heads lack
            "Director-General Kim Jung-hoon held consultations with US Deputy Assistant Secretary Laura Rosenberger "
            "in Seoul on March 8.",
            "Laura Rosenberger",
            "US",
        ),
        (
            "Director-General Kim Jin-dong held consultations with Indian Joint Secretary Vani Rao in New Delhi on "
            "March 8.",
            "Vani Rao",
            "India",
        ),
    ],
)
def test_a_body_or_a_rank_between_a_party_and_a_title_keeps_the_party(lead, name, party):
    page = f"Press Releases\n\nForeign Minister Holds Talks on Cooperation\n\n1. {lead}\n\n2. {FILLER}"
    corpus = core.load(core.Upload("partner.txt", page.encode()), cache=False, corrections=False)
    assert corpus.releases.counterpart.tolist() == [party]
    assert corpus.participants.set_index("name").loc[name, "country"] == party
