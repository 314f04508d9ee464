"""People: real sentences, one row per person, titles, countries and who took part."""

from __future__ import annotations

import pytest

import core
from core.ingest.sources import Upload

FILLER = "The two sides exchanged views on bilateral relations and agreed to continue close communication."


def _people(lead: str, second: str = FILLER):
    corpus = core.load(Upload("p.txt", f"Press Releases\n\nA Title\n\n1. {lead}\n\n2. {second}".encode()))
    return corpus.participants.set_index("name")


_UK_SECRETARY = "Foreign Secretary of the United Kingdom"


@pytest.mark.parametrize(
    ("lead", "name", "title", "country"),
    [
        (  # the EU's title as a whole, without the Union named otherwise
            "Foreign Minister Park Jin met with Josep Borrell Fontelles, High Representative of the Union for "
            "Foreign Affairs and Security Policy, on May 3.",
            "Josep Borrell Fontelles",
            "High Representative of the Union for Foreign Affairs and Security Policy",
            "EU",
        ),
        (  # letters after a name set off by commas before the title
            "Foreign Minister Cho Tae-yul held talks with Dr. Ali Sabry, PC, Minister of Foreign Affairs of Sri "
            "Lanka, on May 3.",
            "Ali Sabry",
            "Minister of Foreign Affairs of Sri Lanka",
            "Sri Lanka",
        ),
        *(  # a portfolio 'for … Affairs' is the title's, whatever its words
            (
                f"Foreign Minister Cho Tae-yul met with {title} Rosemary DiCarlo of the UN on May 3.",
                "Rosemary DiCarlo",
                title,
                "UN",
            )
            for title in (
                "Under-Secretary-General for Political and Peacebuilding Affairs",
                "Special Envoy for Humanitarian and Refugee Affairs",
            )
        ),
        (  # a state's possessive before a title whose first word is a rank of its own
            "Foreign Minister Cho Tae-yul held talks with Kenya's Prime Cabinet Secretary and Cabinet Secretary for "
            "Foreign and Diaspora Affairs Musalia Mudavadi on May 3.",
            "Musalia Mudavadi",
            "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs",
            "Kenya",
        ),
        (
            "Deputy Foreign Minister for Political Affairs Yoon Soon-gu, together with Deputy Foreign Minister for "
            "Asia-Pacific affairs Igor Margulov of Russia, held the 18th policy consultation in Moscow on May 17.",
            "Igor Morgulov",
            "Deputy Foreign Minister for Asia-Pacific affairs",
            "Russia",
        ),
        (
            "Minister of Foreign Affairs Chung Eui-yong met with Minister for Foreign Affairs of the Republic of "
            "Indonesia Retno L.P. Marsudi on June 25 in Indonesia.",
            "Retno L.P. Marsudi",
            "Minister for Foreign Affairs of the Republic of Indonesia",
            "Indonesia",
        ),
        (
            "On the occasion of the Kang, Kyung-wha meeting, Minister of Foreign Affairs Kang, Kyung-wha had a "
            "meeting with Minister for Foreign Affairs of Japan Toshimitsu Motegi on February 15.",
            "Kang Kyung-wha",
            "Minister of Foreign Affairs",
            "ROK",
        ),
        (
            "Vice Minister of Foreign Affairs Choi Jong Kun held the dialogue with Mr. Enrique Mora Benavente, Deputy "
            "Secretary General for Political Affairs of the European External Action Service (EEAS), on December 11.",
            "Enrique Mora Benavente",
            "Deputy Secretary General for Political Affairs of the European External Action Service",
            "EU",
        ),
        (
            "Cho Tae-yong, Special Representative for Korean Peninsula Peace and Security Affairs, will visit Russia "
            "from August 13 through 15.",
            "Cho Tae-yong",
            "Special Representative for Korean Peninsula Peace and Security Affairs",
            "ROK",
        ),
        (
            "Foreign Minister Yun Byung-se, together with his Indian counterpart Sushma Swaraj, held the eighth "
            "meeting of the Joint Committee in Seoul on December 29.",
            "Sushma Swaraj",
            None,
            "India",
        ),
        (
            "- Tajikistan: Foreign Minister Sirojiddin MUHRIDDIN met Foreign Minister Chung on November 29.",
            "Sirojiddin Muhriddin",
            "Foreign Minister",
            "Tajikistan",
        ),
        (  # a name without its country: tenures.yaml (sourced office terms) knows the office's state
            "Foreign Minister Yu Myung-hwan met with Foreign Minister Alberto Romulo in Seoul on July 18.",
            "Alberto Romulo",
            "Foreign Minister",
            "Philippines",
        ),
        (  # a title only one state's officials bear (names.yaml state_titles)
            "First Vice Minister Choi Jong-kun held talks with Deputy Secretary of State Stephen Biegun in Seoul on "
            "December 9.",
            "Stephen Biegun",
            "Deputy Secretary of State",
            "US",
        ),
        (  # … and a name the name rules cannot read ("al-Jubeir"), by its full spelling
            "Foreign Minister Kang Kyung-wha held a meeting with Foreign Minister Adel al-Jubeir in Seoul on May 2.",
            "Adel al-Jubeir",
            "Foreign Minister",
            "Saudi Arabia",
        ),
        (  # an office holder keeps the name as the release writes it
            "Foreign Minister Kang Kyung-wha met with Minister for Europe and Foreign Affairs Le Drian in Munich on "
            "February 15.",
            "Le Drian",
            "Minister for Europe and Foreign Affairs",
            "France",
        ),
        (  # words of address are not part of a name, before or after the title (Japan MOFA, 2018)
            "Foreign Minister Kang Kyung-wha paid a courtesy call to H.E. Mr. Nguyen Xuan Phuc, Prime Minister of the "
            "Socialist Republic of Viet Nam, in Hanoi on September 12.",
            "Nguyen Xuan Phuc",
            "Prime Minister of the Socialist Republic of Viet Nam",
            "Viet Nam",
        ),
        (
            "Foreign Minister Kang Kyung-wha met with Prime Minister H.E. Nguyen Xuan Phuc of Viet Nam in Hanoi on "
            "September 12.",
            "Nguyen Xuan Phuc",
            "Prime Minister",
            "Viet Nam",
        ),
        (
            "Minister of Foreign Affairs Park Jin met with Minister of Foreign Affairs of the Kingdom of Saudi Arabia "
            "Faisal bin Farhan Al Saud in Riyadh on March 3.",
            "Faisal bin Farhan Al Saud",
            "Minister of Foreign Affairs of the Kingdom of Saudi Arabia",
            "Saudi Arabia",
        ),
        (
            "Vice Minister Kim met with Undersecretary for Multilateral Affairs and Human Rights of Mexico Carlos "
            "Alberto de Icaza González in Mexico City on May 2.",
            "Carlos Alberto de Icaza González",
            "Undersecretary for Multilateral Affairs and Human Rights of Mexico",
            "Mexico",
        ),
        (
            "Foreign Minister Kim Sung-hwan held talks with his Indian counterpart S.M. Krishna in New Delhi on June 2.",
            "S.M. Krishna",
            None,
            "India",
        ),
        (
            "Foreign Minister Yun Byung-se met with Federica Mogherini, High Representative of the European Union "
            "(EU) for Foreign Affairs and Security Policy, in Brussels on May 4.",
            "Federica Mogherini",
            "High Representative of the European Union",
            "EU",
        ),
        (
            "Ambassador for Arctic Affairs Kwon Sei-joong met with David Balton, Ambassador at Large and Senior "
            "Arctic Official of the United States, in Seoul on May 4.",
            "David Balton",
            "Ambassador at Large and Senior Arctic Official of the United States",
            "US",
        ),
        (
            "Foreign Minister Kang Kyung-wha held talks with Wang Yi, member of the Political Bureau of the CPC "
            "Central Committee and Minister of Foreign Affairs of the People's Republic of China, in Beijing.",
            "Wang Yi",
            "member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs of the "
            "People’s Republic of China",  # the cleaner writes the ministry's own apostrophe
            "China",
        ),
        (  # a state minister is a junior minister: the title whole
            "Vice Foreign Minister Kim Hong-kyun held a meeting with State Minister for Foreign Affairs Mesganu Arga "
            "Moach of Ethiopia on May 20.",
            "Mesganu Arga Moach",
            "State Minister for Foreign Affairs",
            "Ethiopia",
        ),
        (  # the same, capitalised
            "Foreign Minister Cho Tae-yul held talks with Wang Yi, Member of the Political Bureau of the CPC "
            "Central Committee and Minister of Foreign Affairs of China, at the Diaoyutai State Guesthouse.",
            "Wang Yi",
            "Member of the Political Bureau of the CPC Central Committee and Minister of Foreign Affairs of China",
            "China",
        ),
        (
            "Minister of Foreign Affairs Cho Tae-yul had a telephone conversation with Canadian Minister of Foreign "
            "Affairs Mélanie Joly on Thursday, February 8.",
            "Mélanie Joly",
            "Minister of Foreign Affairs",
            "Canada",
        ),
        (
            "On July 4, Foreign Minister Kim Sung-Hwan met with Uzbek Foreign Minister Kamilov, who is visiting "
            "Korea on July 4-6.",
            "Kamilov",
            "Foreign Minister",
            "Uzbekistan",
        ),
        (
            "Minister Yu met with President of the United States Institute of Peace Richard H. Solomon in Washington.",
            "Richard H. Solomon",
            "President of the United States Institute of Peace",
            "US",
        ),
        (
            "Foreign Minister Kang met with Foreign Minister of the Solomon Islands Jeremiah Manele in Seoul.",
            "Jeremiah Manele",
            "Foreign Minister of the Solomon Islands",
            "Solomon Islands",
        ),
        (  # the titles foreign ministers bear in other states
            "Foreign Minister Cho Tae-yul met with Mexican Foreign Secretary Alicia Bárcena Ibarra in Seoul.",
            "Alicia Bárcena Ibarra",
            "Foreign Secretary",
            "Mexico",
        ),
        (
            "Foreign Minister Park Jin met with Secretary of Foreign Affairs Enrique A. Manalo of the Philippines "
            "in Manila.",
            "Enrique A. Manalo",
            "Secretary of Foreign Affairs",
            "Philippines",
        ),
        (  # words of rank before a name are not part of it
            "Foreign Minister Park Jin held talks with Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs "
            "of Saudi Arabia, in Riyadh.",
            "Faisal bin Farhan Al Saud",
            "Minister of Foreign Affairs of Saudi Arabia",
            "Saudi Arabia",
        ),
        (
            "Foreign Minister Park Jin met with Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs of "
            "the United Arab Emirates, in Abu Dhabi.",
            "Abdullah bin Zayed Al Nahyan",
            "Minister of Foreign Affairs of the United Arab Emirates",
            "United Arab Emirates",
        ),
        (
            "President Moon Jae-in met with Saudi Crown Prince Mohammed bin Salman in Seoul.",
            "Mohammed bin Salman",
            "Crown Prince",
            "Saudi Arabia",
        ),
        (
            "Deputy Foreign Minister for Political Affairs Kim Hong-kyun and Deputy Foreign Minister for "
            "Asia-Pacific affairs Gayrat Fazilov of Uzbekistan held the 12th policy consultation between the "
            "Republic of Korea and Uzbekistan in Tashkent on December 11.",
            "Kim Hong-kyun",
            "Deputy Foreign Minister for Political Affairs",
            "ROK",
        ),
        (  # the words of a foreign ministry's own name, and of a department's, are its title
            "Foreign Minister Cho Tae-yul held talks with H.E. Mr. Ahmed Awad bin Mubarak, Minister of Foreign "
            "Affairs and Expatriates of the Republic of Yemen, in Seoul.",
            "Ahmed Awad bin Mubarak",
            "Minister of Foreign Affairs and Expatriates of the Republic of Yemen",
            "Yemen",
        ),
        (
            "Director-General for European Affairs Yoon Jong-kwon held consultations with Director of the First "
            "Asian Department Georgy Zinoviev of the Russian Ministry of Foreign Affairs in Moscow.",
            "Georgy Zinoviev",
            "Director of the First Asian Department",
            "Russia",
        ),
        (  # an honorific between title and name belongs to neither
            "Foreign Minister Park Jin met with Saudi Minister of Foreign Affairs Prince Faisal bin Farhan Al Saud in "
            "Riyadh on October 23.",
            "Faisal bin Farhan Al Saud",
            "Minister of Foreign Affairs",
            "Saudi Arabia",
        ),
        (  # a secretary of a council
            "Director of National Security Office Chung Eui-yong met with Mr. Nikolai Patrushev, Secretary of the "
            "Security Council of the Russian Federation, in Moscow on May 3.",
            "Nikolai Patrushev",
            "Secretary of the Security Council of the Russian Federation",
            "Russia",
        ),
        (  # a ministry's portfolio is its title's, whatever it is
            "Foreign Minister Cho Tae-yul met with H.E. Dr. Sultan Ahmed Al Jaber, Minister of Industry and Advanced "
            "Technology of the UAE, in Seoul on May 1.",
            "Sultan Ahmed Al Jaber",
            "Minister of Industry and Advanced Technology of the UAE",
            "United Arab Emirates",
        ),
        (  # heads of international organisations
            "First Vice Minister Choi Jong-kun met with UN High Commissioner for Refugees Filippo Grandi on March 17.",
            "Filippo Grandi",
            "High Commissioner for Refugees",
            "UNHCR",
        ),
        (
            "Foreign Minister Cho Tae-yul met with Secretary-General of ASEAN Kao Kim Hourn in Seoul on March 5.",
            "Kao Kim Hourn",
            "Secretary-General of ASEAN",
            "ASEAN",
        ),
        (
            "Foreign Minister Cho Tae-yul met with Executive Director of the World Food Programme Cindy McCain in "
            "Seoul on March 5.",
            "Cindy McCain",
            "Executive Director of the World Food Programme",
            "WFP",
        ),
        (  # a name set off by commas after its title, a cleric's honorific left out
            "Foreign Minister Cho Tae-yul met with the Secretary of State of the Holy See, Cardinal Pietro Parolin, "
            "in Rome on May 3.",
            "Pietro Parolin",
            "Secretary of State of the Holy See",
            "Vatican",
        ),
        (
            "Foreign Minister Cho Tae-yul met with the Minister of Foreign Affairs of Brazil, Mauro Vieira, in "
            "Brasilia on May 3.",
            "Mauro Vieira",
            "Minister of Foreign Affairs of Brazil",
            "Brazil",
        ),
        (  # a title with a comma of its own before the name set off
            "Foreign Minister Park Jin met with the Minister of Foreign Affairs, Trade and Development of Canada, "
            "Mélanie Joly, in Ottawa on May 3.",
            "Mélanie Joly",
            "Minister of Foreign Affairs, Trade and Development of Canada",
            "Canada",
        ),
        (  # a word that qualifies the office, after the name
            "Foreign Minister Park Jin met with Ms. Annalena Baerbock, Federal Foreign Minister of Germany, in Berlin "
            "on May 3.",
            "Annalena Baerbock",
            "Federal Foreign Minister of Germany",
            "Germany",
        ),
        (
            "Foreign Minister Park Jin met with Hakan Fidan, Turkish Foreign Minister, in Ankara on May 3.",
            "Hakan Fidan",
            "Turkish Foreign Minister",
            "Turkey",
        ),
        (  # a portfolio in the title, the name after it, the state after the name
            "Foreign Minister Cho Tae-yul held a meeting with Minister of Foreign Affairs, European Union and "
            "Cooperation José Manuel Albares Bueno of Spain on June 27 in Madrid.",
            "José Manuel Albares Bueno",
            "Minister of Foreign Affairs, European Union and Cooperation",
            "Spain",
        ),
        (  # the second of two titles with their names set off, "and the …"
            "Foreign Minister Park Jin met with the Ambassador of Russia, Andrey Kulik, and the Ambassador of China, "
            "Xing Haiming, in Seoul on May 3.",
            "Xing Haiming",
            "Ambassador of China",
            "China",
        ),
        (  # the father's names a patronymic particle leads do not make a name too long
            "Foreign Minister Park Jin met with Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin "
            "Abdulrahman bin Jassim Al Thani of Qatar in Doha on May 3.",
            "Mohammed bin Abdulrahman bin Jassim Al Thani",
            "Prime Minister and Minister of Foreign Affairs",
            "Qatar",
        ),
        (  # the head of a partner's region
            "Ambassador Lee Sok-bae met with Governor Oleg Kozhemyako of Primorsky Krai of Russia in Vladivostok on "
            "February 15.",
            "Oleg Kozhemyako",
            "Governor",
            "Russia",
        ),
        *(  # words of address before a name and letters after it are no part of it
            (f"Foreign Minister Park Jin held a meeting with {who} in London on June 7.", "James Cleverly", title, "UK")
            for who, title in (
                ("the Rt Hon James Cleverly MP, Foreign Secretary of the United Kingdom,", _UK_SECRETARY),
                ("UK Foreign Secretary the Rt. Hon. James Cleverly MP", "Foreign Secretary"),
                ("the Right Honourable James Cleverly, Foreign Secretary of the United Kingdom,", _UK_SECRETARY),
            )
        ),
        (  # a known person's name a syllable apart is another person
            "Director-General for African and Middle Eastern Affairs Chung Ki-yong met with State Minister Misganu "
            "Arga of Ethiopia in Addis Ababa on May 3.",
            "Chung Ki-yong",
            "Director-General for African and Middle Eastern Affairs",
            "ROK",
        ),
        (  # a region's adjective in a department's name
            "Director-General for Eurasian Affairs Chung Byung-won held consultations with Director Georgy "
            "Zinoviev of Russia in Moscow on May 3.",
            "Chung Byung-won",
            "Director-General for Eurasian Affairs",
            "ROK",
        ),
        *(  # a region or a portfolio in a title is not the office's own state
            (lead, name, title, "ROK")
            for lead, name, title in (
                (
                    "Director-General for Latin American and Caribbean Affairs Kim Jung-hoon held consultations with "
                    "Director Laura Rocha of Brazil in Seoul on May 3.",
                    "Kim Jung-hoon",
                    "Director-General for Latin American and Caribbean Affairs",
                ),
                (
                    "Director-General for North American Affairs Kim Jung-hoon held consultations with Deputy "
                    "Assistant Secretary Laura Rosenberger of the US in Seoul on May 3.",
                    "Kim Jung-hoon",
                    "Director-General for North American Affairs",
                ),
            )
        ),
        *(  # the party of the body whose head the title names
            (f"Foreign Minister Cho Tae-yul met with {who} in Addis Ababa on March 8.", name, title, country)
            for who, name, title, country in (
                (
                    "African Union Commission Chairperson Moussa Faki Mahamat",
                    "Moussa Faki Mahamat",
                    "Chairperson",
                    "African Union",
                ),
                ("Russian State Duma Chairman Vyacheslav Volodin", "Vyacheslav Volodin", "Chairman", "Russia"),
                ("Kenyan Cabinet Secretary Musalia Mudavadi", "Musalia Mudavadi", "Cabinet Secretary", "Kenya"),
                *(  # adjectives the libraries lack (they give one demonym a state)
                    (f"{adjective} Foreign Minister {name}", name, "Foreign Minister", state)
                    for adjective, name, state in (
                        ("Argentine", "Diana Mondino", "Argentina"),
                        ("Nepali", "Arzu Rana Deuba", "Nepal"),
                        ("Ecuadorian", "Gabriela Sommerfeld", "Ecuador"),
                    )
                ),
                (  # the state of the city whose office it is
                    "Mayor of Vladivostok Konstantin Shestakov",
                    "Konstantin Shestakov",
                    "Mayor of Vladivostok",
                    "Russia",
                ),
                ("US Senator Chris Coons", "Chris Coons", None, "US"),  # a senator's title is his word of address
                (  # an envoy's brief is part of the title
                    "the Special Representative of the EU for the Middle East Peace Process Sven Koopmans",
                    "Sven Koopmans",
                    "Special Representative of the EU for the Middle East Peace Process",
                    "EU",
                ),
                (
                    "UN Special Envoy for the Horn of Africa Hanna Tetteh",
                    "Hanna Tetteh",
                    "Special Envoy for the Horn of Africa",
                    "UN",
                ),
                (  # a state's official short name, as its ministry writes it
                    "Foreign Minister of the Lao PDR Saleumxay Kommasith",
                    "Saleumxay Kommasith",
                    "Foreign Minister of the Lao PDR",
                    "Laos",
                ),
                (
                    "Foreign Minister of Côte d'Ivoire Kacou Houadja Léon Adom",
                    "Kacou Houadja Léon Adom",
                    "Foreign Minister of Côte d’Ivoire",
                    "Côte d'Ivoire",
                ),
                (  # words of rank before the title head are part of the title, between it and the state too
                    "Russian First Deputy Foreign Minister Vladimir Titov",
                    "Vladimir Titov",
                    "First Deputy Foreign Minister",
                    "Russia",
                ),
                (
                    "Japanese Chief Cabinet Secretary Yoshimasa Hayashi",
                    "Yoshimasa Hayashi",
                    "Chief Cabinet Secretary",
                    "Japan",
                ),
                ("Swiss Federal Councillor Ignazio Cassis", "Ignazio Cassis", "Federal Councillor", "Switzerland"),
                (
                    "Austrian Federal Minister for European and International Affairs Alexander Schallenberg",
                    "Alexander Schallenberg",
                    "Federal Minister for European and International Affairs",
                    "Austria",
                ),
                (
                    "ASEAN Secretariat Deputy Secretary-General Satvinder Singh",
                    "Satvinder Singh",
                    "Deputy Secretary-General",
                    "ASEAN",
                ),
                # a known person's remembered state gives way to the one the title itself names
                ("OSCE Secretary General Helga Schmid", "Helga Schmid", "Secretary General", "OSCE"),  # once the EU's
                ("UN Secretary-General Ban Ki-moon", "Ban Ki-moon", "Secretary-General", "UN"),  # once the ROK's
                ("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", "Russia"),
            )
        ),
    ],
)
def test_person(lead, name, title, country):
    people = _people(lead)
    assert name in people.index, people.index.tolist()
    row = people.loc[name]
    assert (row.title if isinstance(row.title, str) else None, row.country, row.role) == (title, country, "participant")


def test_later_references_are_one_person_and_mentions_are_not_participants():
    people = _people(
        "President Moon Jae-in and Russian President Vladimir Putin held a summit this afternoon in Seoul.",
        "President Putin informed President Moon of the outcome of his summit with North Korea’s Chairman Kim "
        "Jong Un in April, and President Moon thanked him.",
    )
    assert sorted(people.index) == ["Kim Jong Un", "Moon Jae-in", "Vladimir Putin"]
    assert people.loc["Kim Jong Un"].role == "mentioned" and people.loc["Kim Jong Un"].country == "North Korea"
    assert people.loc["Vladimir Putin"].lead and people.loc["Moon Jae-in"].lead


def test_a_president_named_in_the_lead_as_a_topic_is_mentioned_not_a_participant():
    people = _people(
        "Foreign Minister Kang Kyung-wha had a meeting with her Chinese counterpart Wang Yi in Beijing on November "
        "22, and discussed issues regarding President Moon Jae-in’s visit to China."
    )
    assert people.loc["Moon Jae-in"].role == "mentioned"
    assert sorted(people[people.lead].index) == ["Kang Kyung-wha", "Wang Yi"]


def test_hard_wrapped_names_are_joined():
    people = _people(
        "Minister of Foreign Affairs Chung Eui-yong met with Minister for Foreign Affairs of the Republic of\n"
        "Indonesia Retno L.P.\nMarsudi on June 25 in Indonesia."
    )
    assert people.loc["Retno L.P. Marsudi"].country == "Indonesia"


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_state_named_with_either_apostrophe_is_that_state(apostrophe):
    """MOFA writes "People’s Republic of China" with the typographic apostrophe: it is China, not
    the 'Republic of China' inside it."""
    lead = (
        "Foreign Minister Kang Kyung-wha held talks with Wang Yi, member of the Political Bureau of the CPC "
        f"Central Committee and Minister of Foreign Affairs of the People{apostrophe}s Republic of China, in Beijing."
    )
    assert _people(lead).loc["Wang Yi"].country == "China"


def test_a_name_begins_after_its_honorific():
    """A transcript's section heading glued before the speaker (mofaj-kono-kang-hanoi-press-conference.txt)."""
    people = _people("Opening Remarks Mr. Taro Kono, Minister for Foreign Affairs: This year, I visited Viet Nam.")
    assert "Taro Kono" in people.index and "Opening Remarks Taro Kono" not in people.index


def test_a_month_abbreviation_after_a_title_is_no_name():
    """ca-bilateral-foreign-ministers-meetings.txt with the month abbreviated, as many releases write it."""
    people = _people(
        "Minister of Foreign Affairs Chung Eui-yong had a series of bilateral meetings with the Foreign Ministers "
        "of Tajikistan and Uzbekistan and the Deputy Minister of Foreign Affairs of Kazakhstan on Nov. 29-30."
    )
    assert "Nov" not in people.index and "Nov." not in people.index


def test_a_given_name_alone_is_not_a_known_person_of_a_state_named_by_last_names():
    """'Alexander' is the given name of Alexander Krutikov (people.yaml), whom releases name again as
    'Deputy Minister Krutikov': a UK minister named '… Alexander' is not him."""
    people = _people("Foreign Minister Cho Tae-yul met with Minister of State Alexander of the UK in London.")
    assert "Alexander Krutikov" not in people.index
    assert people.loc["Alexander"].country == "UK"


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "Foreign Minister Cho Tae-yul held talks with H.E. Mr. Ahmed Awad bin Mubarak, Minister of Foreign "
            "Affairs and Expatriates of the Republic of Yemen, in Seoul.",
            "Ahmed Awad bin Mubarak",
        ),
        (
            "Foreign Minister Cho Tae-yul held talks with Minister of Foreign Affairs and Worship Diana Mondino of "
            "Argentina in Seoul.",
            "Diana Mondino",
        ),
    ],
)
def test_no_word_of_a_ministry_name_is_taken_for_a_person(lead, name):
    people = _people(lead)
    assert sorted(people.index) == sorted(["Cho Tae-yul", name])


@pytest.mark.parametrize(
    ("lead", "names"),
    [
        (  # a city set off before a title is no name
            "While attending the UN General Assembly in New York, Foreign Minister Chung Eui-yong met with Foreign "
            "Minister Ahmed Attaf of Algeria.",
            ["Chung Eui-yong", "Ahmed Attaf"],
        ),
        (
            "On his visit to Buenos Aires, Foreign Minister Cho Tae-yul met with Foreign Minister Diana Mondino.",
            ["Cho Tae-yul", "Diana Mondino"],
        ),
        (  # a name after another word stays one
            "At the talks with Ahmed Attaf, Minister of Foreign Affairs of Algeria, Foreign Minister Cho Tae-yul said …",
            ["Ahmed Attaf", "Cho Tae-yul"],
        ),
    ],
)
def test_a_place_set_off_before_a_title_is_no_person(lead, names):
    assert sorted(_people(lead).index) == sorted(names)


@pytest.mark.parametrize(
    "place",
    ["Rio de Janeiro", "Valencia", "Sao Paulo", "Brasilia"],
)
def test_a_city_after_a_title_is_where_they_met_not_who(place):
    """'the Foreign Minister of Brazil in Rio de Janeiro': the title names no one, and the city is the venue."""
    lead = f"Foreign Minister Park Jin met with the Foreign Minister of Brazil in {place} on May 3."
    assert sorted(_people(lead).index) == ["Park Jin"]


@pytest.mark.parametrize(
    ("lead", "country"),
    [
        (  # the clause after the name ends at what the person did: a gathering named after it is no state of theirs
            "Foreign Minister Park Jin and Foreign Minister Hayashi agreed to meet again on the sidelines of the "
            "ASEAN Regional Forum.",
            None,
        ),
        ("Foreign Minister Park Jin met with Foreign Minister Gayrat Fazilov of Uzbekistan in Seoul.", "Uzbekistan"),
    ],
)
def test_a_state_named_after_what_a_person_did_is_not_theirs(lead, country):
    people = _people(lead)
    found = people.drop(index="Park Jin").country.tolist()
    assert found == ([country] if country else [])


@pytest.mark.parametrize(
    ("lead", "name"),
    [
        (
            "Foreign Minister Cho Tae-yul met with Foreign Minister Santiago Cafiero of Argentina in Buenos Aires.",
            "Santiago Cafiero",
        ),
        (
            "First Vice Foreign Minister Choi Jong-kun met with Victoria Nuland, Under Secretary of State for "
            "Political Affairs, in Washington.",
            "Victoria Nuland",
        ),
        (
            "Foreign Minister Cho Tae-yul met with Minister of State Douglas Alexander of the UK in London.",
            "Douglas Alexander",
        ),
    ],
)
def test_a_given_name_that_is_also_a_city_stays_in_the_name(lead, name):
    """Santiago, Victoria and Douglas are capitals (GeoNames) and given names: after a title or
    before a surname they are the name's."""
    people = _people(lead)
    assert name in people.index, people.index.tolist()
    assert people.loc[name].role == "participant"


@pytest.mark.parametrize(
    ("lead", "name", "title"),
    [
        (  # two particles in a row
            "Foreign Minister Cho Tae-yul held talks with Foreign Minister Juan Ramón de la Fuente of Mexico in "
            "Mexico City.",
            "Juan Ramón de la Fuente",
            "Foreign Minister",
        ),
        (
            "Foreign Minister Cho Tae-yul held talks with Foreign Minister Luis Alberto van der Laan of Peru in Lima.",
            "Luis Alberto van der Laan",
            "Foreign Minister",
        ),
        (  # a particle hyphenated to the name
            "Foreign Minister Yun Byung-se held talks with Foreign Minister Adel al-Jubeir of Saudi Arabia in Riyadh.",
            "Adel al-Jubeir",
            "Foreign Minister",
        ),
        (  # a name before its title, after the words that lead to it
            "The Third High-level Political Dialogue took place in Seoul, with First Vice Minister of Foreign Affairs "
            "Kim Kyou-hyun and Helga Schmid, Deputy Secretary-General for Political Affairs of European External "
            "Action Service (EEAS), leading their respective delegations.",
            "Helga Schmid",
            "Deputy Secretary-General for Political Affairs of European External Action Service",
        ),
    ],
)
def test_names_with_particles_and_names_before_titles(lead, name, title):
    people = _people(lead)
    assert name in people.index, people.index.tolist()
    assert people.loc[name].title == title


@pytest.mark.parametrize(
    ("title", "lead", "country"),
    [
        (  # the partner's head of delegation, whose state the text does not give, is the partner's
            "Outcome of the 2nd ROK-Qatar Strategic Dialogue",
            "Second Vice Minister of Foreign Affairs Oh Young-ju held the 2nd ROK-Qatar strategic dialogue with "
            "Minister of State for Foreign Affairs Sultan bin Saad Al-Muraikhi in Doha on May 16.",
            "Qatar",
        ),
        (  # not when more than one partner meets
            "Outcome of the ROK-Qatar-Oman Consultation",
            "Second Vice Minister of Foreign Affairs Oh Young-ju held a consultation with Minister of State for "
            "Foreign Affairs Sultan bin Saad Al-Muraikhi and Foreign Minister Badr Albusaidi of Oman in Doha on May 16.",
            None,
        ),
    ],
)
def test_the_partners_head_of_delegation_is_of_the_partners_side(title, lead, country):
    text = f"Press Releases\n\n{title}\n\n1. {lead}\n\n2. {FILLER}"
    people = core.load(Upload("p.txt", text.encode())).participants.set_index("name")
    found = people.loc["Sultan bin Saad Al-Muraikhi", "country"]
    assert (found if isinstance(found, str) else None) == country


def test_a_known_name_inside_a_longer_one_is_no_one():
    """Office holder "Cho Hyun" (First Vice Minister 2018-2019) is not in "Cho Hyun-dong" (2022-2023): no
    second person, and no term of his to date the meeting by."""
    corpus = core.load(
        Upload(
            "p.txt",
            b"Press Releases\n\nA Title\n\n1. First Vice Minister of Foreign Affairs Cho Hyun-dong had a phone call "
            b"with Executive Vice Minister of Foreign Affairs Ma Zhaoxu of China on March 14.\n\n2. The two vice "
            b"ministers agreed to maintain close communication.",
        )
    )
    assert set(corpus.participants.name) == {"Cho Hyun-dong", "Ma Zhaoxu"}
    assert "Cho Hyun was" not in corpus.releases.date_evidence.iloc[0]


def test_a_senators_name_is_without_the_word_of_address():
    people = _people(
        "Foreign Minister Park Jin met with the Chairman of the Senate Foreign Relations Committee, Senator Bob "
        "Menendez, in Washington on May 3."
    )
    assert "Bob Menendez" in people.index and "Senator Bob Menendez" not in people.index


def test_a_title_set_off_after_a_name_does_not_pass_to_the_next_name():
    """ "Mr. Koro Bessho, the Japanese Ambassador to the ROK, Mr. Shinsuke Sugiyama, Deputy Minister …": the
    ambassador's title is Bessho's, not set off before Sugiyama's name."""
    people = _people(
        "Foreign Minister Fumio Kishida met with Foreign Minister Yun Byung-se of the ROK in Seoul on March 21. The "
        "meeting was attended on the Japanese side by Mr. Koro Bessho, the Japanese Ambassador to the ROK, Mr. "
        "Shinsuke Sugiyama, Deputy Minister for Foreign Affairs, and others."
    )
    assert people.loc["Shinsuke Sugiyama", "title"] == "Deputy Minister for Foreign Affairs"


@pytest.mark.parametrize(
    ("lead", "title_words", "name", "country"),
    [
        (  # a hyphenated title
            "Foreign Minister Cho Tae-yul met with the EU's High Representative for Foreign Affairs and Security Policy "
            "and Vice-President of the European Commission, Josep Borrell, in Brussels on May 1.",
            "Vice-President",
            "Josep Borrell",
            "EU",
        ),
        (  # a ministry's portfolio
            "Foreign Minister Cho Tae-yul met with H.E. Dr. Sultan Ahmed Al Jaber, Minister of Industry and Advanced "
            "Technology of the UAE, in Seoul on May 1.",
            "Advanced Technology",
            "Sultan Ahmed Al Jaber",
            "United Arab Emirates",
        ),
    ],
)
def test_the_words_of_a_title_are_no_person(lead, title_words, name, country):
    people = _people(lead)
    assert title_words not in people.index
    assert people.loc[name, "country"] == country


@pytest.mark.parametrize(
    "title",
    [
        "National Security Advisor",
        "State Councilor",
        "Vice Premier",
        "Chancellor",
        "Commissioner for Trade",
        "Assistant Secretary of State for East Asian and Pacific Affairs",
        "Assistant Minister of Foreign Affairs",
        "Vice Chairman of the State Duma",
        "Consul General",
        "Ambassador-at-Large",
        "Speaker of the National Assembly",
        "Chief Executive",
        "Mayor",
    ],
)
def test_titles_of_every_kind_of_office(title):
    people = _people(f"Foreign Minister Cho Tae-yul met with {title} John Smithers in Seoul on May 1.")
    assert people.loc["John Smithers", "title"] == title, people.index.tolist()


@pytest.mark.parametrize("goes_on", ["on the Sidelines of the G20 Summit", "on the Occasion of His Visit to Korea"])
def test_the_words_a_title_case_page_title_goes_on_with_are_no_name(goes_on):
    """A page title copied into the text (a board's list of releases) is read as a statement."""
    page = (
        "Press Releases\n\nOutcome of the Foreign Ministers' Meeting\n\n"
        f"Foreign Minister Meets with the US Secretary of State {goes_on}\n\n"
        f"1. Foreign Minister Park Jin met with Secretary of State Antony Blinken on May 3.\n\n2. {FILLER}"
    )
    names = core.load(Upload("p.txt", page.encode())).participants.name.tolist()
    assert sorted(names) == ["Antony Blinken", "Park Jin"]


def test_a_known_name_cut_off_by_the_page_end_is_that_person():
    lead = "Foreign Minister Kang Kyung-wha met with Foreign Minister Taro Kono of Japan in Hanoi on September 12."
    people = _people(lead, "Minister Kono voiced hope that President Moon Jae-i")
    assert "Moon Jae-in" in people.index and "Moon Jae-i" not in people.index
