"""Counterpart, venue and format from real phrasings, including partners no rule was written for."""

from __future__ import annotations

import pandas as pd
import pytest

import core
from core.ingest.sources import Upload

FILLER = "The two sides exchanged views on bilateral relations and agreed to continue close communication."


def _release(title: str, lead: str, second: str = FILLER):
    corpus = core.load(Upload("m.txt", f"Press Releases\n\n{title}\n\n1. {lead}\n\n2. {second}".encode()))
    return corpus.releases.iloc[0]


@pytest.mark.parametrize(
    ("title", "lead", "second", "counterpart"),
    [
        (
            "Outcome of ROK-Brazil Foreign Ministers’ Meeting",
            "Foreign Minister Chung Eui-yong held a meeting with Brazilian Foreign Minister Carlos França in Seoul.",
            "The two Ministers shared the view that North Korea’s nuclear program is a grave threat.",
            "Brazil",
        ),
        (
            "ROK-Mexico Vice Ministerial Strategic Dialogue Held",
            "Vice Minister Choi met with his Mexican counterpart Carmen Moreno Toscano in Mexico City.",
            "They discussed North Korea’s recent missile launches and the situation on the Korean Peninsula.",
            "Mexico",
        ),
        (  # a pair joined by a hyphen names the partner, whatever the title says
            "Deputy Minister Holds Strategic Dialogue",
            "Deputy Minister Kim Gunn held the 3rd Korea-Thailand Strategic Dialogue with Permanent Secretary "
            "Sihasak Phuangketkeow in Bangkok on December 2.",
            FILLER,
            "Thailand",
        ),
        (
            "Joint Commission Held",
            "The 2nd Korea-Ethiopia Joint Commission was held in Addis Ababa on October 6, co-chaired by Vice "
            "Minister Lee Do-hoon and State Minister Markos Tekle.",
            FILLER,
            "Ethiopia",
        ),
        (  # a run of hyphens with the home country names every partner in it
            "Outcome of ROK-Japan-US Trilateral Vice Foreign Ministerial Talks",
            "First Vice Minister Lim Sung-nam held trilateral talks with Vice Minister Shinsuke Sugiyama and Deputy "
            "Secretary of State John Sullivan in Seoul.",
            FILLER,
            "Japan and US",
        ),
        (
            "Foreign Minister Meets with Yemeni Foreign Minister",
            "Foreign Minister Kang met with Minister of Foreign Affairs of Yemen Khaled Hussein Alyemany in Seoul.",
            "Minister Kang asked for Yemen’s support for the denuclearization of North Korea.",
            "Yemen",
        ),
        (
            "Foreign Minister Meets with EU High Representative",
            "Foreign Minister Yun Byung-se met with Federica Mogherini, High Representative of the European Union "
            "(EU) for Foreign Affairs and Security Policy, in Brussels on May 4.",
            "They discussed cooperation with Japan, China and the US in the region.",
            "EU",
        ),
        (
            "Foreign Minister Meets with US Secretary of State",
            "Foreign Minister Yun Byung-se met with US Secretary of State John Kerry in Honolulu, Hawaii on May 2.",
            "The two sides welcomed the cooperation with Australia and Fiji on regional issues in the Pacific.",
            "US",
        ),
        (
            "Outcome of Foreign Minister’s Meeting with Saudi Arabia’s Minister of Economy and Planning",
            "Minister of Foreign Affairs Kang Kyung-wha met with Minister of Economy and Planning of the Kingdom of "
            "Saudi Arabia Mohamed Al-Towaijri, who is on a visit to the Republic of Korea.",
            FILLER,
            "Saudi Arabia",
        ),
        (
            "Foreign Minister Meets with Emirati Counterpart",
            "Foreign Minister Park Jin met with Minister of Foreign Affairs Abdullah bin Zayed Al Nahyan of the "
            "United Arab Emirates in Abu Dhabi on May 4.",
            FILLER,
            "United Arab Emirates",
        ),
        (
            "Outcome of ROK-Japan-China Trilateral Foreign Ministers’ Meeting",
            "Foreign Minister Kang Kyung-wha held a trilateral meeting with Foreign Minister Taro Kono of Japan and "
            "Foreign Minister Wang Yi of China in Tokyo on August 24.",
            FILLER,
            "Japan and China",
        ),
        (
            "Outcome of Bilateral Foreign Ministers’ Meetings Held on Occasion of Korea-Central Asia Cooperation Forum",
            "Minister of Foreign Affairs Chung Eui-yong met with Foreign Minister Sirojiddin Muhriddin of Tajikistan, "
            "Foreign Minister Abdulaziz Kamilov of Uzbekistan and Foreign Minister Rashid Meredov of Turkmenistan.",
            FILLER,
            "multilateral",
        ),
        (  # a page with no title of its own: its first sentence is no title naming one partner
            "",
            "Foreign Minister Park Jin held a trilateral meeting with Secretary of State Antony Blinken and Foreign "
            "Minister Yoshimasa Hayashi of Japan in Phnom Penh on November 13.",
            FILLER,
            "US and Japan",
        ),
        (  # the parties listed after a side's officials are sides too
            "Foreign Minister Attends Korea-Central Asia Foreign Ministers’ Meeting",
            "Foreign Minister Cho Tae-yul attended the Korea-Central Asia Foreign Ministers’ Meeting with the foreign "
            "ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan in Busan on May 3.",
            FILLER,
            "multilateral",
        ),
        (  # international organisations meet as one party
            "Foreign Minister Meets IAEA Director General",
            "Foreign Minister Cho Tae-yul met with IAEA Director General Rafael Grossi in Vienna on May 3.",
            FILLER,
            "IAEA",
        ),
        (
            "Foreign Minister Meets World Bank President",
            "Foreign Minister Cho Tae-yul met with World Bank President Ajay Banga in Washington on May 3.",
            "The two sides discussed cooperation with the WHO and the WTO on global health and trade.",
            "World Bank",
        ),
        (  # a gathering attended, where no partner is named
            "Foreign Minister Attends G20 Foreign Ministers' Meeting",
            "Foreign Minister Cho Tae-yul attended the G20 Foreign Ministers' Meeting held in Rio de Janeiro, Brazil, "
            "from February 21 to 22.",
            "At the meeting, Minister Cho stressed the need for the international community to respond in unity to "
            "North Korea's nuclear development.",
            "multilateral",
        ),
        (  # both sides by their formal names
            "Outcome of the Foreign Ministers' Meeting",
            "The Foreign Ministers of the Republic of Korea and the Kingdom of Saudi Arabia held a meeting in Riyadh "
            "on May 3.",
            FILLER,
            "Saudi Arabia",
        ),
        *(  # an organisation's gathering attended hosts many parties, unless it pairs the organisation with the home
            (
                f"Foreign Minister Attends {gathering}",
                f"Foreign Minister Cho Tae-yul attended the {gathering} {at}.",
                FILLER,
                side,
            )
            for gathering, at, side in (
                ("ASEAN Regional Forum", "held in Vientiane, Laos, on July 27", "multilateral"),
                ("ASEAN Plus Three Foreign Ministers' Meeting", "in Vientiane on July 26", "multilateral"),
                ("NATO Foreign Ministers' Meeting", "in Brussels on April 4", "multilateral"),
                ("ASEAN-ROK Foreign Ministers' Meeting", "in Vientiane on July 25", "ASEAN"),
            )
        ),
        (  # a gathering hosted
            "Foreign Minister Hosts Korea-Pacific Islands Foreign Ministers' Meeting",
            "Foreign Minister Park Jin hosted the 5th Korea-Pacific Islands Foreign Ministers' Meeting in Busan on "
            "October 25, attended by foreign ministers and officials of 14 Pacific island countries.",
            FILLER,
            "multilateral",
        ),
        (  # "Island" is no state (countryinfo's Icelandic name of Iceland)
            "Foreign Minister Hosts Korea-Pacific Island Countries Foreign Ministers' Meeting",
            "Foreign Minister Park Jin hosted the 5th Korea-Pacific Island Countries Foreign Ministers' Meeting in "
            "Busan on October 25, attended by foreign ministers and officials of 14 Pacific Island Countries.",
            FILLER,
            "multilateral",
        ),
        (  # a US state with a state's name in it
            "Foreign Minister Meets Governor of New Mexico",
            "Foreign Minister Park Jin met with Governor Michelle Lujan Grisham of New Mexico in Seoul on May 3.",
            FILLER,
            "US",
        ),
        *(  # the sides named as a group's states, the home country among them or not: a trilateral's two partners
            ("Press Release", lead, FILLER, side)
            for lead, side in (
                (
                    "The foreign ministers of the ROK, the US and Japan held a trilateral meeting in Munich on February 15.",
                    "US and Japan",
                ),
                (
                    "The leaders of Korea, Japan and China held the 9th trilateral summit in Chengdu on December 24.",
                    "Japan and China",
                ),
                (
                    "Foreign Minister Kang Kyung-wha held a trilateral meeting with the foreign ministers of the US and "
                    "Japan in Munich on February 15.",
                    "US and Japan",
                ),
            )
        ),
        *(  # the other side named as a group of states
            ("Press Release", f"Foreign Minister Park Jin {met} in Seoul on June 4.", FILLER, "multilateral")
            for met in (
                "held talks with the foreign ministers of the five Central Asian countries",
                "hosted a luncheon for the Ambassadors of the seven Arctic states",
                "met with his counterparts from the Nordic countries",
            )
        ),
        (  # two partners in the title's order
            "Outcome of the ROK-Japan-China Trilateral Foreign Ministers' Meeting",
            "Foreign Minister Cho Tae-yul attended the 10th ROK-Japan-China Trilateral Foreign Ministers' Meeting with "
            "Foreign Minister Wang Yi of China and Foreign Minister Iwaya Takeshi of Japan in Tokyo on March 22.",
            FILLER,
            "Japan and China",
        ),
        (  # the EU's institutions are the EU
            "Vice Minister Meets Delegation of the European Parliament",
            "First Vice Minister Kim Hong-kyun met with a delegation of the European Parliament in Seoul on May 2.",
            FILLER,
            "EU",
        ),
        (  # a country that ends one sentence is not qualified by the title opening the next
            "Vice Foreign Minister Meets with UN High Commissioner for Refugees",
            "First Vice Minister of Foreign Affairs Choi Jong-kun met with UN High Commissioner for Refugees Filippo "
            "Grandi on March 17 and discussed the humanitarian situation in Ukraine.",
            "Vice Minister Choi said the ROK will provide additional humanitarian assistance to Ukraine.",
            "UNHCR",  # the organisation whose name runs into the title, not the "UN" it opens with
        ),
        (
            "Foreign Minister Meets ASEAN Secretary-General",
            "Foreign Minister Cho Tae-yul met with Secretary-General of ASEAN Kao Kim Hourn in Seoul on March 5.",
            "Secretary-General Kao expressed hope that the ROK would continue to support ASEAN's connectivity.",
            "ASEAN",
        ),
    ],
)
def test_counterpart_is_the_other_side_not_a_country_discussed(title, lead, second, counterpart):
    assert _release(title, lead, second).counterpart == counterpart


@pytest.mark.parametrize(
    ("lead", "venue"),
    [
        (
            "Foreign Minister Yun Byung-se met with US Secretary of State John Kerry in Honolulu, Hawaii on May 2.",
            "Honolulu, US",
        ),
        (
            "Vice Minister Lee Tae-ho met with Deputy Foreign Minister Igor Morgulov of Russia in Busan on May 2.",
            "Busan, ROK",
        ),
        (
            "Foreign Minister Kang Kyung-wha held talks with Foreign Minister Taro Kono of Japan in Pohang on May 2.",
            "Pohang, ROK",
        ),
        (
            "Foreign Minister Yu Myung-hwan paid a visit to Manila and met with Foreign Minister Alberto Romulo.",
            "Manila, Philippines",
        ),
        ("Vice Minister Choi met with his Mexican counterpart Carmen Moreno Toscano in Mexico on May 2.", "Mexico"),
        (  # the city a visit names
            "Foreign Minister Kang Kyung-wha visited Canberra, Australia, and held talks with Foreign Minister Marise "
            "Payne on May 3.",
            "Canberra, Australia",
        ),
        ("President Moon Jae-in and Russian President Vladimir Putin held a summit in Seoul on June 22.", "Seoul, ROK"),
        (  # a city's own place, but not a city's view
            "Foreign Minister Wang Yi met with Foreign Minister Park Jin in Beijing's Diaoyutai State Guesthouse "
            "on May 3.",
            "Beijing, China",
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Wang Yi of China on May 3 to hear Beijing's views.",
            None,
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil on Jeju Island on May 3.",
            "Jeju, ROK",
        ),
        (  # the publisher's own ministry, where no other place is named
            "First Vice Minister Kim Hong-kyun received a courtesy call from Ambassador Georgy Zinoviev of Russia at "
            "the Ministry of Foreign Affairs on February 28.",
            "Seoul, ROK",
        ),
        (
            "Foreign Minister Chung Eui-yong held talks with Foreign Minister Don Pramudwinai at the Ministry of "
            "Foreign Affairs of Thailand on November 4.",
            "Bangkok, Thailand",  # not the publisher's ministry: Thailand's, in its capital
        ),
        (
            "During his visit to Thailand, Foreign Minister Chung Eui-yong held talks with Foreign Minister Don "
            "Pramudwinai at the Ministry of Foreign Affairs on November 4.",
            "Thailand",
        ),
        *(  # a state named by a name other than its party's ("the United States" is the US), not by an adjective
            (
                f"Foreign Minister Cho Tae-yul held talks with Foreign Minister Abdullah bin Zayed {said} on May 3.",
                venue,
            )
            for said, venue in (
                ("in the United States", "US"),
                ("in the UAE", "United Arab Emirates"),
                ("in Vietnam", "Viet Nam"),
                ("in the Russian Federation", "Russia"),
                ("in the Emirati capital", "Abu Dhabi, United Arab Emirates"),
                ("and sent a letter to Russia's Foreign Minister Sergey Lavrov", None),
            )
        ),
        (
            "On May 3, Foreign Minister Cho Tae-yul, who is visiting the U.S., held talks with Secretary of State "
            "Antony Blinken.",
            "US",
        ),
        (  # "the Ministry" alone is the publisher's own
            "Vice Foreign Minister Lee Do-hoon met with Russian Ambassador to Korea Andrey Kulik on November 9, 2021, "
            "at the Ministry.",
            "Seoul, ROK",
        ),
        (
            "Foreign Minister Park Jin met with Unification Minister Kwon Young-se at the Ministry of Unification on "
            "November 9.",
            None,
        ),
        *(  # where someone came from is no place of the meeting
            (lead, "Seoul, ROK")
            for lead in (
                "Vice Minister Lee Tae-ho met with a delegation from Vladivostok led by Governor Oleg Kozhemyako in "
                "Seoul on May 3.",
                "Foreign Minister Cho Tae-yul met with Foreign Minister Ahmed Awad bin Mubarak of Yemen, who arrived "
                "from Aden, in Seoul on May 3.",
                "Foreign Minister Cho Tae-yul, who returned from Washington on May 2, met with Foreign Minister Mauro "
                "Vieira of Brazil in Seoul on May 3.",
            )
        ),
        *(  # towns that hosted a sourced event edition, too small for the library's cities
            (
                f"Foreign Minister Yun Byung-se met with Foreign Minister Julie Bishop of Australia in {town} on May 3.",
                venue,
            )
            for town, venue in (
                ("Los Cabos", "Los Cabos, Mexico"),
                ("Taormina", "Taormina, Italy"),
                ("Phuket", "Phuket, Thailand"),
                ("Washington, D.C.", "Washington DC, US"),  # one city, one name (places.yaml's city_names)
            )
        ),
        *(  # an ambassador accredited to the home country, met by the publisher's official: at its seat
            (lead, venue)
            for lead, venue in (
                (
                    "First Vice Minister Kim Hong-kyun met with Brazilian Ambassador to Korea Luis Henrique Sobreira "
                    "Lopes on May 3.",
                    "Seoul, ROK",
                ),
                (
                    "Foreign Minister Park Jin met with the Ambassador of Mexico to the Republic of Korea, Gustavo "
                    "Cabrera, on May 3.",
                    "Seoul, ROK",
                ),
                # where an envoy serves is not where the meeting was
                ("Foreign Minister Park Jin met with Korean Ambassador to Brazil Lim Ki-mo on May 3.", None),
                ("Ambassador to Brazil Lim Ki-mo met with Foreign Minister Mauro Vieira of Brazil on May 3.", None),
                (
                    "Foreign Minister Sergey Lavrov of Russia met with Korean Ambassador to Russia Lee Do-hoon on May 3.",
                    None,
                ),
            )
        ),
        *(  # one city, one name, however the release writes it (places.yaml's city_names)
            (f"Foreign Minister Park Jin met with Secretary of State Antony Blinken of the US {at} on May 3.", venue)
            for at, venue in (
                ("in Washington", "Washington DC, US"),
                ("in Washington D.C.", "Washington DC, US"),
                ("in Washington DC", "Washington DC, US"),
                ("at the State Department", "Washington DC, US"),
                ("in New York City", "New York, US"),
                ("in Kiev", "Kyiv, Ukraine"),
                ("in Ha Noi", "Hanoi, Viet Nam"),
            )
        ),
        *(  # a town too small for the library's cities, placed by the state after it
            (
                f"Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil in {where} on May 3.",
                venue,
            )
            for where, venue in (
                ("Karuizawa, Japan,", "Karuizawa, Japan"),
                ("Luang Prabang, Laos,", "Luang Prabang, Laos"),
                ("Sunnylands Estate, United States,", "Sunnylands Estate, US"),
                # or by a city of its area named after it: the town is the place, not that city
                ("Karuizawa, Nagano,", "Karuizawa, Japan"),
                ("Songdo, Incheon,", "Incheon, ROK"),  # no town: a part of the city
                ("Bo'ao,", None),  # not Bo, Sierra Leone: the apostrophe joins the name's parts
            )
        ),
        *(  # a courtesy call the publisher's own official received, where no place is named: at the official's seat
            (lead, venue)
            for lead, venue in (
                (
                    "First Vice Minister Cho Tae-yul received a courtesy call from Ambassador Andrey Kulik of Russia "
                    "on March 3.",
                    "Seoul, ROK",
                ),
                (
                    "Foreign Minister Park Jin received a courtesy call from Foreign Minister Mauro Vieira of Brazil, "
                    "who is on an official visit to the Republic of Korea, on March 3.",
                    "Seoul, ROK",
                ),
                (
                    "Foreign Minister Park Jin, who is in New York, received a courtesy call from Foreign Minister "
                    "Mauro Vieira of Brazil on March 3.",
                    "New York, US",
                ),
                (  # received by the other side's official: not at the publisher's seat
                    "Russian Foreign Minister Sergey Lavrov received a courtesy call from Ambassador Lee Do-hoon on "
                    "March 3.",
                    None,
                ),
            )
        ),
        *(  # a town of GeoNames too small for the city list, where its state is named with it
            (f"Foreign Minister Park Jin met with Foreign Minister {who} in {town} on May 3.", venue)
            for who, town, venue in (
                ("Ayman Safadi of Jordan", "Aqaba", "Aqaba, Jordan"),
                ("Sameh Shoukry of Egypt", "Sharm El-Sheikh", "Sharm El-Sheikh, Egypt"),
                ("Sameh Shoukry of Egypt", "Sharm el-Sheikh", "Sharm el-Sheikh, Egypt"),
                ("Mauro Vieira of Brazil", "Aqaba", None),  # Jordan's town, Jordan not named
                ("Mauro Vieira of Brazil", "Pohang City", "Pohang, ROK"),  # a city with "City" after its name
                ("Mauro Vieira of Brazil", "Busan Metropolitan City", "Busan, ROK"),
                ("Mauro Vieira of Brazil", "Busan City Hall", None),
                (
                    "Mauro Vieira of Brazil",
                    "the Sheraton Grand Incheon Hotel",
                    "Incheon, ROK",
                ),  # a hotel named after its city
                ("Enrique Manalo of the Philippines", "Asia", None),  # a town, but a continent's name
                ("Antony Blinken of the US", "Union Station", None),  # not where a place ends
            )
        ),
        *(  # a city whose name another state's place shares, at least half as large: the state named, else none
            (f"Foreign Minister Park Jin met with {who} {at} on May 3.", venue)
            for who, at, venue in (
                ("Spanish Foreign Minister José Manuel Albares", "in Valencia", "Valencia, Spain"),
                ("the Foreign Minister of Venezuela", "in Valencia", "Valencia, Venezuela"),
                ("Foreign Minister Mauro Vieira of Brazil", "in Valencia", None),
                ("Spanish Foreign Minister José Manuel Albares", "at the Palacio de Santa Cruz", "Madrid, Spain"),
                ("Canadian Minister Mary Ng", "in Cambridge", "Cambridge, Canada"),
                ("British Minister Anne-Marie Trevelyan", "at the University of Cambridge", "Cambridge, UK"),
                ("Russian Ambassador Andrey Kulik", "in Anyang", "Anyang, ROK"),  # the home country's
                ("Spanish Foreign Minister José Manuel Albares", "in Barcelona", "Barcelona, Spain"),  # twice the other
                # another state's capital, whatever its size, where the larger place is no capital
                ("Foreign Minister Sylvestre Radegonde of Seychelles", "in Victoria", "Victoria, Seychelles"),
                ("Chief Executive John Lee of Hong Kong", "in Victoria", "Victoria, Hong Kong"),
                ("Foreign Minister Mauro Vieira of Brazil", "in Victoria", None),
                ("Foreign Minister Arnoldo André Tinoco of Costa Rica", "in San Jose", "San Jose, Costa Rica"),
                ("Foreign Minister Mauro Vieira of Brazil", "in San Jose", None),
                (
                    "Foreign Minister E.P. Chet Greene of Antigua and Barbuda",
                    "in St. John's",
                    "St. John’s, Antigua and Barbuda",
                ),
                ("Foreign Minister Kamina Johnson Smith", "in Kingston", "Kingston, Jamaica"),  # itself a capital
            )
        ),
        *(  # a city's name in a person's name is no place
            (lead, venue)
            for lead, venue in (
                (
                    "Foreign Minister Cho Tae-yul received a courtesy call from Ambassador of Chile to Korea Juan "
                    "Pablo Lira on May 3.",
                    "Seoul, ROK",
                ),
                (
                    "Foreign Minister Park Jin met with Foreign Minister Jeje Odongo of Uganda in Lira on May 3.",
                    "Lira, Uganda",
                ),
            )
        ),
        *(  # a city's name in a building named after it (places.yaml named_buildings) is not where it stands
            (f"Foreign Minister Park Jin met with {who} {at} on May 3.", venue)
            for who, at, venue in (
                ("the Foreign Minister of Uruguay", "at the Palacio Santos in Montevideo", "Montevideo, Uruguay"),
                ("Foreign Minister Mauro Vieira of Brazil", "at the Villa Santos", None),
                ("Foreign Minister Mauro Vieira of Brazil", "at the Palace of the Santos family", None),
                (
                    "Foreign Minister Mauro Vieira of Brazil",
                    "at the Palácio dos Santos in Brasilia",
                    "Brasilia, Brazil",
                ),
                ("Foreign Minister Mauro Vieira of Brazil", "in Santos", "Santos, Brazil"),
                ("Foreign Minister José Manuel Albares", "at the Palacio de Viana", "Madrid, Spain"),  # a seat
                ("Foreign Minister Mauro Vieira of Brazil", "at the Grand Hyatt Sao Paulo", "Sao Paulo, Brazil"),
                (
                    "Foreign Minister Mohamad Hasan of Malaysia",
                    "at the Istana Negara",
                    "Kuala Lumpur, Malaysia",
                ),  # a seat
                ("Foreign Minister Vivian Balakrishnan of Singapore", "at the Istana", "Singapore"),
                (
                    "Foreign Minister Vivian Balakrishnan of Singapore",
                    "at the Korea National Diplomatic Academy",
                    "Seoul, ROK",
                ),
            )
        ),
        *(  # a city the words before it put elsewhere than the meeting
            (f"Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil{said}.", venue)
            for said, venue in (
                (" in Los Angeles on May 3, en route to Washington", "Los Angeles, US"),
                (" on May 3, on his way to Tokyo", None),
                (" on May 3, following his visit to Beijing", None),
                (" on May 3 after attending the G7 meeting in Hiroshima", None),
                (", who had visited Tokyo the day before, on May 3", None),
                (" on May 3 and discussed the Brazilian community in Sao Paulo", None),
                (" on May 3 to discuss the G20 Summit to be held in Rio de Janeiro", None),
                (" on May 3, ahead of the G20 Summit in Rio de Janeiro", None),
                # another deed or a topic once the meeting is told
                (" on May 3 and invited him to the APEC meeting in Gyeongju", None),
                (" on May 3, and thanked him for Brazil's hospitality in Rio de Janeiro last year", None),
                (" on May 3 and welcomed the opening of the Korean Cultural Center in Sao Paulo", None),
                (" on May 3 about the COP30 in Belem", None),
                (" on May 3 in preparation for the G20 Summit in Rio de Janeiro", None),
                (", formerly Ambassador to Washington, on May 3", None),
                (" in Seoul on May 3 and discussed trade", "Seoul, ROK"),
                # a state likewise
                (" on May 3, following his visit to Japan", None),
                (" on May 3 and discussed the situation in Venezuela", None),
                (" on May 3 and explained Korea's contribution to peace in Ukraine", None),
                (" on May 3 and briefed him on his recent trip to China", None),
                (", formerly Ambassador to Argentina, on May 3", None),
                (" on May 3 and asked for support for Korean companies in Mexico", None),
                (", who is on a visit to Mexico, on May 3", "Mexico"),
            )
        ),
        (  # a meeting the release announces, to take place there
            "Ambassador Kwon Sei-joong will attend the 2019 Senior Arctic Officials Meeting to take place in "
            "Hveragerði, the Republic of Iceland, on November 19-21, 2019.",
            "Hveragerði, Iceland",
        ),
        *(  # not a region, nor a list of states
            (f"Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil {said}.", None)
            for said in (
                "on May 3 and discussed peace in Northeast Asia, Japan's role and trade",
                "on May 3 and discussed cooperation in Africa, Brazil and the Pacific",
                "on May 3 and discussed their investment in Korea, Brazil and Mexico",
                "on May 3 and discussed the situation in Gaza, Israel and Lebanon",
                "on May 3 and discussed the situation in Gaza",
                "on May 3 and discussed the mining projects in Namangan and Chust",
            )
        ),
    ],
)
def test_venue(lead, venue):
    found = _release("A Meeting", lead).venue
    assert (found if isinstance(found, str) else None) == venue


@pytest.mark.parametrize(
    ("second", "venue"),
    [
        ("The two ministers agreed to hold the next strategic dialogue in Brasilia next year.", None),
        ("Minister Vieira invited Minister Cho to visit Brasilia at a mutually convenient time.", None),
        ("The two sides noted the success of President Lula’s visit to Seoul in 2023.", None),
        ("Minister Cho welcomed the opening of the Korea-Brazil business center in Sao Paulo.", None),
        ("Minister Cho, who arrived from Buenos Aires, explained the ROK’s policy on North Korea.", None),
        ("The two ministers welcomed the upcoming G20 Summit to be held in Rio de Janeiro in November.", None),
        (
            "The meeting took place in Brasilia, where the two ministers also had a working luncheon.",
            "Brasilia, Brazil",
        ),
        ("During the visit, the two ministers held the third strategic dialogue in Sao Paulo.", "Sao Paulo, Brazil"),
        ("During the visit, the two ministers held talks at the Itamaraty Palace.", "Brasilia, Brazil"),  # a seat
        (  # a visit going on
            "Minister Cho is visiting Brasilia from May 2 to 4 at the invitation of Minister Vieira to discuss "
            "cooperation in trade and energy.",
            "Brasilia, Brazil",
        ),
        (  # one ahead
            "Minister Cho will visit Sao Paulo on May 5 to meet business leaders and discuss cooperation in trade "
            "and energy.",
            None,
        ),
        (  # another deed, on another day
            "Minister Cho also visited Sao Paulo on May 4 and met with Korean business leaders.",
            None,
        ),
        ("Minister Cho visited Sao Paulo on May 4 and met with Korean business leaders.", None),
        ("On May 3, Minister Cho met with Korean business leaders in Sao Paulo.", "Sao Paulo, Brazil"),
        (  # a visit to a state going on, within the days it spans
            "Minister Cho is on a visit to Brazil from May 2 to 5 at the invitation of Minister Vieira.",
            "Brazil",
        ),
        ("Minister Cho is on a visit to Brazil from May 5 to 7 at the invitation of Minister Vieira.", None),
        ("Minister Cho is on a visit to Brazil and will visit Chile next week to attend a meeting.", None),
        ("Minister Cho, who was on a visit to Brazil last year, explained the ROK's policy.", None),
        # a meeting of another time, told as the subject; what a side did after the meeting
        ("The previous meeting was held in Seoul in 2019, before the pandemic, at the invitation of Korea.", None),
        ("The last dialogue between the two ministers took place in Seoul.", None),
        ("After the meeting, Minister Cho visited the Korean community in Sao Paulo.", None),
        ("Minister Cho then met with Korean business leaders in Sao Paulo.", None),
        (  # an event to come, after a comma the meeting's place
            "Ahead of the G20 Summit, the two ministers held talks in Rio de Janeiro and discussed cooperation.",
            "Rio de Janeiro, Brazil",
        ),
    ],
)
def test_a_later_statement_places_the_meeting_only_when_it_tells_it(second, venue):
    lead = "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil on May 3."
    found = _release("A Meeting", lead, second).venue
    assert (found if isinstance(found, str) else None) == venue


@pytest.mark.parametrize(
    ("last", "format_", "venue"),
    [
        (
            "The consultation was held via video conference in light of the COVID-19 situation.",
            "virtual",
            None,
        ),
        ("The consultation took place in Moscow.", "in person", "Moscow, Russia"),
        ("This meeting was held at the Russian Foreign Ministry.", "in person", "Moscow, Russia"),
        (
            "The meeting was held on the sidelines of the ASEAN Regional Forum.",
            "on the sidelines of ASEAN Regional Forum",
            None,
        ),
        # a meeting of another time, or one to come
        ("The previous consultation was held via video conference.", "in person", None),
        ("The consultation was held in Seoul in 2019 for the first time.", "in person", None),
        ("The next consultation will be held in Seoul next year.", "in person", None),
        ("Vice Minister Choi said the talks were held in Moscow once before.", "in person", None),
    ],
)
def test_a_statement_further_down_whose_subject_is_the_meeting_tells_how_or_where_it_was_held(last, format_, venue):
    """Far down the release, "The consultation was held via video conference" still tells this
    meeting; only a statement whose subject is the meeting, of no other time."""
    paragraphs = (
        "Vice Minister Choi Jong-kun held consultations with Russian Deputy Foreign Minister Andrey Rudenko on May 3.",
        "The two sides exchanged views on bilateral relations and agreed to continue close communication.",
        "Vice Minister Choi explained the government's policy toward North Korea.",
        "Deputy Minister Rudenko expressed hope that the two countries would expand cooperation in energy.",
        last,
    )
    body = "\n\n".join(f"{i}. {p}" for i, p in enumerate(paragraphs, 1))
    corpus = core.load(Upload("m.txt", f"Press Releases\n\nKorea-Russia Consultation Held\n\n{body}".encode()))
    row = corpus.releases.iloc[0]
    assert row.format == format_
    assert (row.venue if isinstance(row.venue, str) else None) == venue


@pytest.mark.parametrize(
    "title",
    [
        "Results of the 3rd ROK-Uzbekistan Foreign Ministers’ Strategic Dialogue (Tashkent)",
        "Results of the 3rd ROK-Uzbekistan Foreign Ministers’ Strategic Dialogue (Tashkent, May 3)",
        "Foreign Minister Holds Talks with Uzbek Counterpart, Tashkent",
    ],
)
def test_a_city_a_title_closes_on_is_the_venue(title):
    lead = "Foreign Minister Cho Tae-yul held talks with Foreign Minister Bakhtiyor Saidov of Uzbekistan on May 3."
    assert _release(title, lead).venue == "Tashkent, Uzbekistan"


@pytest.mark.parametrize(
    "title",
    [
        "Outcome of ROK-Uzbekistan Foreign Ministers’ Meeting in Tashkent",
        "Foreign Minister Holds Talks with Uzbek Counterpart in Tashkent",
    ],
)
def test_a_city_the_title_places_the_meeting_in_is_the_venue(title):
    """The title's last word is no given name of the statement's first ("… in Tashkent" + "Foreign
    Minister …" is not a person named Tashkent Foreign)."""
    lead = "Foreign Minister Cho Tae-yul held talks with Foreign Minister Bakhtiyor Saidov of Uzbekistan on May 3."
    assert _release(title, lead).venue == "Tashkent, Uzbekistan"


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Foreign Minister Cho Tae-yul Visits Tashkent", "Tashkent, Uzbekistan"),
        ("Foreign Minister Cho Tae-yul Visits Uzbekistan", "Uzbekistan"),
        ("Uzbek Foreign Minister Visits Korea", "ROK"),  # the partner's visit to the home country
        ("Uzbek Foreign Minister to Visit Korea", "ROK"),  # announced
        ("Foreign Minister Cho Tae-yul to Visit Tashkent", "Tashkent, Uzbekistan"),
        ("Minister's Condolence Visit to Uzbekistan", "Uzbekistan"),
        # "to" a state that receives something: no place gone to
        ("Foreign Minister's Condolences to Uzbekistan", None),
        ("Korea's Support to Uzbekistan", None),
        ("Korea Delivers Vaccines to Uzbekistan", None),
        ("Korea Extends Humanitarian Assistance to Uzbekistan", None),
    ],
)
def test_a_place_the_titles_visit_names_is_the_venue(title, venue):
    lead = "Foreign Minister Cho Tae-yul held talks with Foreign Minister Bakhtiyor Saidov of Uzbekistan on May 3."
    found = _release(title, lead).venue
    assert (found if isinstance(found, str) else None) == venue


@pytest.mark.parametrize(
    ("at", "venue"),
    [
        ("in the Russian capital", "Moscow, Russia"),
        ("at the Russian MFA", "Moscow, Russia"),
        ("at the Ministry of Foreign Affairs of the Russian Federation", "Moscow, Russia"),
        ("at the Korean Embassy in Russia", "Russia"),  # no city said
        ("at the Thai Foreign Ministry", "Russia"),  # another state's city is not the visited state's
    ],
)
def test_a_city_of_the_state_the_title_visits_places_the_meeting_in_it(at, venue):
    lead = f"Vice Minister Choi Jong-kun met with Russian Deputy Foreign Minister Andrey Rudenko {at} on May 3."
    assert _release("Vice Foreign Minister Visits Russia", lead).venue == venue


@pytest.mark.parametrize(
    ("lead", "venue"),
    [
        (
            "Foreign Minister Bakhtiyor Saidov of Uzbekistan, visiting Korea from May 2 to 4, held talks with Foreign "
            "Minister Cho Tae-yul on May 3.",
            "ROK",
        ),
        (
            "Foreign Minister Bakhtiyor Saidov of Uzbekistan visited Korea on May 3 and held talks with Foreign "
            "Minister Cho Tae-yul.",
            "ROK",
        ),
        (
            "Foreign Minister Cho Tae-yul held talks with Foreign Minister Bakhtiyor Saidov of Uzbekistan, who visited "
            "Korea at the invitation of the Korean government, on May 3.",
            "ROK",
        ),
        (
            "Foreign Minister Cho Tae-yul held talks on May 3 with Foreign Minister Bakhtiyor Saidov of Uzbekistan, "
            "who is in Korea for the Korea-Central Asia Cooperation Forum.",
            "ROK",
        ),
        (
            "Foreign Minister Bakhtiyor Saidov of Uzbekistan paid an official visit to Korea from May 2 to 4 and held "
            "talks with Foreign Minister Cho Tae-yul on May 3.",
            "ROK",
        ),
        (
            "Foreign Minister Bakhtiyor Saidov of Uzbekistan, on an official visit to Korea, held talks with Foreign "
            "Minister Cho Tae-yul on May 3.",
            "ROK",
        ),
        (  # the other side visiting: in the publisher's country
            "Foreign Minister Cho Tae-yul held talks with visiting Uzbek Foreign Minister Bakhtiyor Saidov on May 3.",
            "ROK",
        ),
        (
            "Foreign Minister Cho Tae-yul received the visiting Foreign Minister Bakhtiyor Saidov of Uzbekistan on "
            "May 3.",
            "ROK",
        ),
        (  # a visit of another time
            "Foreign Minister Cho Tae-yul held talks with Foreign Minister Bakhtiyor Saidov of Uzbekistan, who visited "
            "Korea in 2019, on May 3.",
            None,
        ),
        (
            "Foreign Minister Bakhtiyor Saidov of Uzbekistan, who paid a visit to Korea in 2019, held talks with "
            "Foreign Minister Cho Tae-yul on May 3.",
            None,
        ),
        (  # where the text names the city, the city
            "Foreign Minister Cho Tae-yul held talks with visiting Uzbek Foreign Minister Bakhtiyor Saidov in Busan "
            "on May 3.",
            "Busan, ROK",
        ),
        *(  # a visit told as under way
            (
                f"Foreign Minister Cho Tae-yul held talks with Foreign Minister Bakhtiyor Saidov of Uzbekistan{said}.",
                venue,
            )
            for said, venue in (
                (", who is paying an official visit to Korea, on May 3", "ROK"),
                (" during the latter's visit to Korea on May 3", "ROK"),
                (" on the occasion of Minister Saidov's visit to Korea on May 3", "ROK"),
                (", who came to Korea for the Korea-Central Asia Forum, on May 3", "ROK"),
                (" on May 3 and recalled his visit to Korea last year", None),
                (" on May 3 and discussed preparations for his visit to Korea next month", None),
                (", who is paying an official visit to Japan, on May 3", "Japan"),
                (" during the official visit of Foreign Minister Saidov to Korea on May 3", "ROK"),
                (" on the occasion of the visit of the Foreign Minister of Uzbekistan to the ROK on May 3", "ROK"),
                (" on May 3 and recalled the visit of President Mirziyoyev to Korea last year", None),
            )
        ),
        (  # a sentence opening with the visit
            "On the occasion of the official visit of Foreign Minister Bakhtiyor Saidov of Uzbekistan to the Republic "
            "of Korea, Foreign Minister Cho Tae-yul held talks with him on May 3.",
            "ROK",
        ),
        *(  # a guest received or hosted by the publisher's own official: at home, where no place is named
            (lead, venue)
            for lead, venue in (
                (
                    "Foreign Minister Cho Tae-yul received Foreign Minister Bakhtiyor Saidov of Uzbekistan on May 3.",
                    "Seoul, ROK",
                ),
                (
                    "Foreign Minister Cho Tae-yul hosted a luncheon for Foreign Minister Bakhtiyor Saidov of Uzbekistan "
                    "on May 3.",
                    "Seoul, ROK",
                ),
                ("Uzbek Foreign Minister Bakhtiyor Saidov received Foreign Minister Cho Tae-yul on May 3.", None),
                (  # a courtesy or farewell call paid on the publisher's official by the other side
                    "Ambassador Alisher Abdusalomov of Uzbekistan paid a farewell call on Foreign Minister Cho Tae-yul "
                    "on May 3.",
                    "Seoul, ROK",
                ),
                (
                    "Foreign Minister Bakhtiyor Saidov of Uzbekistan paid a courtesy call on President Yoon Suk Yeol on "
                    "May 3.",
                    "Seoul, ROK",
                ),
                (  # paid by the publisher's side, or by one visiting elsewhere
                    "Foreign Minister Cho Tae-yul paid a courtesy call on President Shavkat Mirziyoyev of Uzbekistan "
                    "on May 3.",
                    None,
                ),
                (
                    "Foreign Minister Cho Tae-yul, on a trip to Central Asia, paid a courtesy call on President "
                    "Shavkat Mirziyoyev on May 3.",
                    None,
                ),
                (
                    "Foreign Minister Cho Tae-yul, who is visiting Uzbekistan, hosted a luncheon for Foreign Minister "
                    "Bakhtiyor Saidov on May 3.",
                    "Uzbekistan",  # not the publisher's capital
                ),
                (  # the sentence's full stop is no part of the place, an abbreviation's is
                    "On May 3, Foreign Minister Cho Tae-yul held talks with Foreign Minister Bakhtiyor Saidov of "
                    "Uzbekistan, who is visiting Korea.",
                    "ROK",
                ),
                (
                    "On May 3, Foreign Minister Cho Tae-yul held talks with Foreign Minister Bakhtiyor Saidov of "
                    "Uzbekistan, who is visiting the U.S.",
                    "US",
                ),
            )
        ),
    ],
)
def test_a_partner_visiting_the_home_country_as_the_meeting_is_told(lead, venue):
    found = _release("A Meeting", lead).venue
    assert (found if isinstance(found, str) else None) == venue


_DIALOGUE = (
    "The 5th Korea-Mexico Vice Ministerial Strategic Dialogue was held between First Vice Minister Cho Hyun-dong "
    "and Mexican Undersecretary for Foreign Affairs Carmen Moreno Toscano."
)


@pytest.mark.parametrize(
    ("field", "venue"),
    [
        ("Venue: Ministry of Foreign Affairs, Mexico City", "Mexico City, Mexico"),
        ("Date & Place: May 3, 2022, Seoul", "Seoul, ROK"),
        ("Date/Venue: June 5 (Wed), 2024, Bangkok", "Bangkok, Thailand"),
        ("Location: Mexico", "Mexico"),
        ("Venue: video conference", None),
        ("Participants: Foreign Ministry officials of Mexico City", None),  # not a venue field
    ],
)
def test_a_venue_field_above_the_text_places_the_meeting(field, venue):
    found = _release("Korea-Mexico Vice Ministerial Strategic Dialogue", field, _DIALOGUE).venue
    assert (found if isinstance(found, str) else None) == venue


def test_the_statement_telling_the_meeting_places_it_before_a_venue_field():
    lead = _DIALOGUE.replace("was held", "was held in Cancun")
    assert (
        _release("Korea-Mexico Vice Ministerial Strategic Dialogue", "Venue: Mexico City", lead).venue
        == "Cancun, Mexico"
    )


@pytest.mark.parametrize(
    ("second", "venue"),
    [
        ("Minister Cho welcomed Deputy Prime Minister Sok's first visit to Korea since taking office.", "ROK"),
        ("Minister Cho welcomed his visit to the Republic of Korea and the progress in relations.", "ROK"),
        ("Minister Cho welcomed Deputy Prime Minister Sok's visit to Korea last year.", None),
        ("Minister Cho welcomed the upcoming visit to Korea of the King of Cambodia.", None),
        ("Minister Cho welcomed Deputy Prime Minister Sok's planned visit to Korea.", None),
        ("Minister Cho welcomed the King's visit to Japan and the progress in relations.", None),
    ],
)
def test_a_welcomed_visit_to_the_home_country_places_the_meeting_there(second, venue):
    lead = (
        "Foreign Minister Cho Tae-yul had a meeting with Deputy Prime Minister and Foreign Minister Sok Chenda Sophea "
        "of Cambodia on February 26 and discussed ways to develop relations."
    )
    found = _release("A Meeting", lead, second).venue
    assert (found if isinstance(found, str) else None) == venue


@pytest.mark.parametrize(
    "second",
    [
        "The two sides agreed to expand cooperation in e-commerce and online education.",
        "The two ministers agreed to keep in close communication through phone calls and video conferences.",
        "Minister Park noted that the two leaders had held a video conference in June and a phone call in March.",
    ],
)
def test_a_meeting_in_person_keeps_its_venue_whatever_later_statements_say_of_calls(second):
    lead = "Foreign Minister Park Jin held talks with Foreign Minister Mauro Vieira of Brazil in Brasilia on May 3."
    row = _release("A Meeting", lead, second)
    assert (row.format, row.venue) == ("in person", "Brasilia, Brazil")


@pytest.mark.parametrize(
    ("lead", "format_", "venue"),
    [
        (
            "On the sidelines of the Raisina Dialogue 2024 in New Delhi, Foreign Minister Cho Tae-yul met with "
            "Minister of External Affairs of India S. Jaishankar on February 22.",
            "on the sidelines of Raisina Dialogue 2024",
            "New Delhi, India",
        ),
        (
            "Vice Minister of Foreign Affairs Choi Jong Kun held a virtual meeting with Deputy Secretary General "
            "Enrique Mora Benavente of the EEAS on December 11.",
            "virtual",
            None,
        ),
        (
            "Foreign Minister Yu Myung-hwan met with Foreign Minister Alberto Romulo in Manila on July 18 on the "
            "sidelines of 60th anniversary of the establishment of diplomatic ties next year.",
            "in person",
            "Manila, Philippines",
        ),
        (  # "margins" and "sideline" say the same as "sidelines"
            "On the margins of the UN General Assembly in New York, Foreign Minister Cho Tae-yul met with Foreign "
            "Minister Ahmed Attaf of Algeria on September 24.",
            "on the sidelines of UN General Assembly",
            "New York, US",
        ),
        (
            "Foreign Minister Cho Tae-yul met with Foreign Minister Ahmed Attaf of Algeria on the sideline of the G20 "
            "Foreign Ministers' Meeting in Rio de Janeiro on February 21.",
            "on the sidelines of G20 Foreign Ministers’ Meeting",  # the ministry's apostrophe
            "Rio de Janeiro, Brazil",
        ),
        (  # an event attended, by name
            "Foreign Minister Kang Kyung-wha, who is attending the ASEAN Regional Forum in Singapore, met with "
            "Foreign Minister Taro Kono of Japan on August 3.",
            "on the sidelines of ASEAN Regional Forum",
            "Singapore",
        ),
        (
            "During the ASEAN Regional Forum in Manila, Foreign Minister Kang Kyung-wha met with Foreign Minister "
            "Sergey Lavrov of Russia on August 7.",
            "on the sidelines of ASEAN Regional Forum",
            "Manila, Philippines",
        ),
        (  # a visit made to attend an event
            "Foreign Minister Yun Byung-se, during his visit to New York to attend the UN General Assembly, "
            "bilaterally met with his Chilean counterpart Alfredo Moreno on September 26.",
            "on the sidelines of UN General Assembly",
            "New York, US",
        ),
        (  # met at an event, by name
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil at the G20 Foreign "
            "Ministers' Meeting in Rio de Janeiro on February 21.",
            "on the sidelines of G20 Foreign Ministers’ Meeting",
            "Rio de Janeiro, Brazil",
        ),
        (  # a visit, a signing or an anniversary is an occasion but no event
            "On the occasion of his official visit to Korea, Foreign Minister Mauro Vieira of Brazil met with "
            "Foreign Minister Park Jin in Seoul on May 3.",
            "in person",
            "Seoul, ROK",
        ),
        (
            "Foreign Minister Park Jin held a meeting with Foreign Minister Mauro Vieira of Brazil on the occasion "
            "of the signing of the visa waiver agreement in Seoul on May 3.",
            "in person",
            "Seoul, ROK",
        ),
        (  # in a city, or on a visit, for an event
            "Foreign Minister Park Jin, who is in Rio de Janeiro for the G20 Summit, met with Foreign Minister Mauro "
            "Vieira of Brazil on November 18.",
            "on the sidelines of G20 Summit",
            "Rio de Janeiro, Brazil",
        ),
        *(
            (
                f"Foreign Minister Park Jin, {where} Rio de Janeiro for the G20 Summit, met with Foreign Minister Mauro "
                "Vieira of Brazil on November 18.",
                "on the sidelines of G20 Summit",
                "Rio de Janeiro, Brazil",
            )
            for where in ("currently in", "who is currently in")
        ),
        (
            "Foreign Minister Park Jin held a non-face-to-face meeting with Foreign Minister Mauro Vieira of Brazil "
            "on May 3.",
            "virtual",
            None,
        ),
        *(  # a side taking part from afar; not one watching a message
            (f"Foreign Minister Park Jin {took_part} on May 3.", format_, venue)
            for took_part, format_, venue in (
                ("delivered a video message to the Korea-Brazil Business Forum held in Sao Paulo", "virtual", None),
                (
                    "delivered pre-recorded remarks at the Korea-Brazil Business Forum held in Sao Paulo",
                    "virtual",
                    None,
                ),
                (
                    "attended the Korea-Brazil Business Forum in Sao Paulo and delivered a keynote speech",
                    "in person",
                    "Sao Paulo, Brazil",
                ),
                (
                    "held talks with Foreign Minister Mauro Vieira of Brazil in Brasilia, and the two watched a video "
                    "message from President Lula",
                    "in person",
                    "Brasilia, Brazil",
                ),
            )
        ),
        (  # met at a place is no event
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil at the Ministry of Foreign "
            "Affairs in Seoul on February 21.",
            "in person",
            "Seoul, ROK",
        ),
        (  # "during" a meeting or a visit is no host event
            "During his visit to Moscow, Foreign Minister Yun Byung-se met Foreign Minister Sergey Lavrov of Russia "
            "on May 3.",
            "in person",
            "Moscow, Russia",
        ),
        (
            "Foreign Minister Kang Kyung-wha held a video call with Foreign Minister Sergey Lavrov of Russia on May 3.",
            "virtual",
            None,
        ),
        (
            "Foreign Minister Kang Kyung-wha spoke on the phone with Foreign Minister Sergey Lavrov of Russia on May 3.",
            "phone",
            None,
        ),
        (
            "Foreign Minister Kang Kyung-wha held a phone talk with Foreign Minister Sergey Lavrov of Russia on May 3.",
            "phone",
            None,
        ),
        (  # the words between the meeting and "remotely"
            "Vice Minister Choi Jong-kun held consultations with Russian Deputy Foreign Minister Andrey Rudenko remotely "
            "on March 3.",
            "virtual",
            None,
        ),
        *(
            (f"Foreign Minister Park Jin {said} Foreign Minister Mauro Vieira of Brazil on March 3.", format_, None)
            for said, format_ in (
                ("held a teleconference with", "phone"),
                ("held a telephone conference with", "phone"),
                ("had a conference call with", "phone"),
                ("received a call from", "phone"),
                ("held a call with", "phone"),
                ("held a video-conference with", "virtual"),
                ("met by video with", "virtual"),
                ("held talks via video link with", "virtual"),
                ("held talks via VTC with", "virtual"),  # a video teleconference, by its acronym
                ("held talks over a secure video line with", "virtual"),
                ("held talks via telephone with", "phone"),
                ("held a phone meeting with", "phone"),
                ("had a telephonic conversation with", "phone"),
                ("held a video teleconference with", "virtual"),
                ("held a video summit with", "virtual"),
                ("held talks in a video format with", "virtual"),
                ("held a phone summit with", "phone"),
                ("had a phone-call with", "phone"),
                ("telephoned", "phone"),
                ("phoned", "phone"),
                ("held talks via Zoom with", "virtual"),
                ("held a meeting over Webex with", "virtual"),
                ("held a Zoom meeting with", "virtual"),
                ("had a Webex call with", "virtual"),
                ("held talks in a virtual manner with", "virtual"),
                ("held a telephone consultation with", "phone"),
                ("held a virtual bilateral meeting with", "virtual"),
                ("held a virtual conversation with", "virtual"),
                ("had a virtual discussion with", "virtual"),
                ("held a remote exchange with", "virtual"),
                ("held a remote meeting with", "virtual"),
                ("held talks in a remote format with", "virtual"),
                ("met remotely with", "virtual"),
                ("held a tele-conference with", "phone"),
                ("held a meeting via teleconferencing with", "phone"),
                ("held talks by videoconferencing with", "virtual"),
                ("held an untact meeting with", "virtual"),
                ("held a meeting in a non-contact manner with", "virtual"),
                ("held a web conference with", "virtual"),
                ("called", "phone"),
                ("held a meeting in a hybrid format, some joining online, with", "in person"),  # some met
                ("held a meeting both in person and online with", "in person"),
                ("held talks, online and offline, with", "in person"),
                ("called his Brazilian counterpart,", "phone"),
                ("called on", "in person"),  # a courtesy call
                ("discussed the so-called Foreign Agents law with", "in person"),
                ("discussed virtual assets in the form of tokens with", "in person"),
            )
        ),
        (  # in a city for an event
            "Foreign Minister Park Jin, in Lima for the APEC Ministerial Meeting, met with Foreign Minister Mauro "
            "Vieira of Brazil on November 14.",
            "on the sidelines of APEC Ministerial Meeting",
            "Lima, Peru",
        ),
        (  # a call held on a day is a call, where "paid a call on" someone is a visit
            "Foreign Minister Park Jin and Foreign Minister Mauro Vieira of Brazil held a call on March 3.",
            "phone",
            None,
        ),
        (
            "In a call on March 3, Foreign Minister Park Jin and Foreign Minister Mauro Vieira of Brazil "
            "discussed bilateral relations.",
            "phone",
            None,
        ),
        *(  # other words for an event's sidelines
            (
                f"Foreign Minister Yun Byung-se met with Foreign Minister Sergey Lavrov of Russia {cue} the ASEAN "
                "Regional Forum in Kuala Lumpur on August 5.",
                "on the sidelines of ASEAN Regional Forum",
                "Kuala Lumpur, Malaysia",
            )
            for cue in ("in the course of", "in conjunction with", "in connection with", "on the side of")
        ),
        (  # an event's name goes on after "on", a date does not
            "Foreign Minister Yun Byung-se met with Foreign Minister Sergey Lavrov of Russia on the sidelines of the "
            "Conference on Disarmament in Geneva on March 2.",
            "on the sidelines of Conference on Disarmament",
            "Geneva, Switzerland",
        ),
        *(  # an occasion that is no gathering: a farewell call, a national day, a year of exchanges
            (
                f"Foreign Minister Park Jin received Ambassador Andrey Kulik of Russia {occasion} in Seoul on March 2.",
                "in person",
                "Seoul, ROK",
            )
            for occasion in (
                "on the occasion of the completion of his tenure",
                "on the occasion of the end of his term",
                "on the occasion of Russia Day",
                "on the occasion of the Korea-Russia Year of Mutual Exchanges",
                "on the occasion of the entry into force of the visa waiver agreement",
                "during the inauguration of the new embassy building",
            )
        ),
        *(  # an occasion that is one
            (
                f"Foreign Minister Park Jin met with Foreign Minister Sergey Lavrov of Russia {occasion} in Moscow "
                "on March 2.",
                f"on the sidelines of {event}",
                "Moscow, Russia",
            )
            for occasion, event in (
                ("on the occasion of the Korea-Russia Dialogue Forum", "Korea-Russia Dialogue Forum"),
                ("on the occasion of the 10th meeting of the Joint Commission", "10th meeting of the Joint Commission"),
                ("on the occasion of the state funeral of Mikhail Gorbachev", "State funeral of Mikhail Gorbachev"),
            )
        ),
        (  # an event named by its acronym: with a kind of meeting in lower case, or alone if it recurs
            "Foreign Minister Kim Sung-hwan, who is in Vladivostok to attend the APEC meetings, met with Foreign "
            "Minister Sergey Lavrov of Russia on September 7.",
            "on the sidelines of APEC meetings",
            "Vladivostok, Russia",
        ),
        (
            "Foreign Minister Kim Sung-hwan met with Foreign Minister Sergey Lavrov of Russia during the ARF in "
            "Bangkok on August 2.",
            "on the sidelines of ARF",
            "Bangkok, Thailand",
        ),
        (
            "Foreign Minister Kim Sung-hwan met with Foreign Minister Sergey Lavrov of Russia in Vladivostok, where "
            "the APEC meetings are taking place, on September 7.",
            "on the sidelines of APEC meetings",
            "Vladivostok, Russia",
        ),
        (  # "ASEAN-related meetings", in lower case; an attendance told as a participation
            "Foreign Minister Kang Kyung-wha, who is in Bangkok to attend ASEAN-related meetings, met with Foreign "
            "Minister Sergey Lavrov of Russia on August 2.",
            "on the sidelines of ASEAN-related meetings",
            "Bangkok, Thailand",
        ),
        (
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia in Bangkok on August 2 "
            "during her participation in the ASEAN Regional Forum.",
            "on the sidelines of ASEAN Regional Forum",
            "Bangkok, Thailand",
        ),
        (  # an event attended before the meeting is not its host
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil on May 3 after attending the "
            "G7 Foreign Ministers' Meeting in Hiroshima.",
            "in person",
            None,
        ),
        (  # an event attended, and a meeting held there
            "Ambassador Lee Sok-bae attended the Eastern Economic Forum in Vladivostok and met with Deputy Prime "
            "Minister Yuri Trutnev of Russia on September 5.",
            "on the sidelines of Eastern Economic Forum",
            "Vladivostok, Russia",
        ),
        (  # a side accompanying its leader to an event (not on a visit)
            "Foreign Minister Yun Byung-se met with Foreign Minister Sergey Lavrov of Russia, who accompanied "
            "President Putin to the G20 Summit in Hangzhou, on September 5.",
            "on the sidelines of G20 Summit",
            "Hangzhou, China",
        ),
        (
            "Foreign Minister Yun Byung-se, accompanying President Park Geun-hye on her state visit to Russia, met "
            "with Foreign Minister Sergey Lavrov of Russia on November 13.",
            "in person",
            "Russia",
        ),
        (  # an opportunity taken of an attendance
            "Foreign Minister Cho Tae-yul, taking the opportunity of his attendance at the APEC Ministerial Meeting "
            "in Lima, met with Foreign Minister Sergey Lavrov of Russia on November 14.",
            "on the sidelines of APEC Ministerial Meeting",
            "Lima, Peru",
        ),
        (  # an acronym that names no recurring event is no occasion (the MOFA is the publisher's, in Seoul)
            "Foreign Minister Kim Sung-hwan met with Foreign Minister Sergey Lavrov of Russia at the MOFA on "
            "September 7.",
            "in person",
            "Seoul, ROK",
        ),
        (  # an event of two name words whose kind is written in lower case
            "Foreign Minister Cho Tae-yul met with Foreign Minister Taye Atske Selassie of Ethiopia in Addis Ababa on "
            "February 17, where he attended the African Union summit as a guest.",
            "on the sidelines of African Union summit",
            "Addis Ababa, Ethiopia",
        ),
        (
            "Foreign Minister Cho Tae-yul, who attended the African Union summit in Addis Ababa, met with Cabinet "
            "Secretary Musalia Mudavadi of Kenya on February 17.",
            "on the sidelines of African Union summit",
            "Addis Ababa, Ethiopia",
        ),
        (  # the ministry's acronym without an article
            "Minister of Foreign Affairs and Trade Kim Sung-hwan held talks with Foreign Minister Berhane "
            "Gebre-Christos of Ethiopia at MOFAT on March 3.",
            "in person",
            "Seoul, ROK",
        ),
        (  # an event attended, told in a relative clause
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia in Vientiane, where she "
            "attended the ASEAN Regional Forum, on July 26.",
            "on the sidelines of ASEAN Regional Forum",
            "Vientiane, Laos",
        ),
        *(  # the event named as the place's, or going on there
            (
                f"President Moon Jae-in held a summit with President Vladimir Putin of Russia on September 6 {where}.",
                "on the sidelines of Eastern Economic Forum",
                "Vladivostok, Russia",
            )
            for where in (
                "at the Far Eastern Federal University in Vladivostok, the venue of the Eastern Economic Forum",
                "in Vladivostok, the host city of the Eastern Economic Forum",
                "in Vladivostok, where the Eastern Economic Forum is under way",
                "in Vladivostok, where the Eastern Economic Forum was held",
                "in Vladivostok, where the Eastern Economic Forum took place",
                "in Vladivostok, taking the occasion of the Eastern Economic Forum",
            )
        ),
        (  # one attended another time
            "Foreign Minister Kang Kyung-wha, who attended the ASEAN Regional Forum last week, met with Foreign "
            "Minister Sergey Lavrov of Russia in Seoul on July 26.",
            "in person",
            "Seoul, ROK",
        ),
        (  # "virtual" of what was discussed says nothing of the format
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil in Seoul on March 3 and "
            "discussed cooperation on virtual assets.",
            "in person",
            "Seoul, ROK",
        ),
        (  # a ceremony attended
            "Foreign Minister Park Jin, who is visiting Brasilia to attend the inauguration ceremony of President "
            "Lula, met with Foreign Minister Mauro Vieira on January 1.",
            "on the sidelines of Inauguration ceremony of President Lula",
            "Brasilia, Brazil",
        ),
        *(  # more ways to say the meeting was held during an event
            (
                f"Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia in Osaka on June 28 {when}.",
                "on the sidelines of G20 Summit",
                "Osaka, Japan",
            )
            for when in (
                "amid the G20 Summit",
                "as part of her participation in the G20 Summit",
                "on the first day of the G20 Summit",
                "at the International Exhibition Center (INTEX), the venue of the G20 Summit",
            )
        ),
        (  # a part of an event, named in lower case before it
            "During the high-level week of the 78th UN General Assembly, Foreign Minister Park Jin met with Foreign "
            "Minister Mauro Vieira of Brazil in New York on September 20.",
            "on the sidelines of 78th UN General Assembly",
            "New York, US",
        ),
        (
            "Foreign Minister Cho Tae-yul met with Foreign Minister Mauro Vieira of Brazil in Davos on January 18 "
            "during the annual meeting of the World Economic Forum.",
            "on the sidelines of World Economic Forum",
            "Davos, Switzerland",
        ),
        (  # a council's session, attended
            "Foreign Minister Cho Tae-yul, attending the high-level segment of the 55th session of the UN Human Rights "
            "Council, met with Foreign Minister Mauro Vieira of Brazil in Geneva on February 26.",
            "on the sidelines of 55th session of the UN Human Rights Council",
            "Geneva, Switzerland",
        ),
        *(  # an acronym numbering its edition names one
            (
                f"Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil in Dubai on December 2 {when}.",
                "on the sidelines of COP28",
                "Dubai, United Arab Emirates",
            )
            for when in ("during COP28", "at the venue of COP28", "during the ministerial segment of COP28")
        ),
        (  # the stay an event is the reason for
            "During his stay in New York for the UN General Assembly, Foreign Minister Park Jin met with Foreign "
            "Minister Mauro Vieira of Brazil on September 20.",
            "on the sidelines of UN General Assembly",
            "New York, US",
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil while in Rio de Janeiro for "
            "the G20 Foreign Ministers’ Meeting on February 21.",
            "on the sidelines of G20 Foreign Ministers’ Meeting",
            "Rio de Janeiro, Brazil",
        ),
        (  # an event attended, at its venue, or held where they met
            "Foreign Minister Cho Tae-yul met with Foreign Minister Annalena Baerbock of Germany in Munich, where he "
            "is attending the Munich Security Conference, on February 17.",
            "on the sidelines of Munich Security Conference",
            "Munich, Germany",
        ),
        (
            "Foreign Minister Cho Tae-yul held a bilateral meeting with Foreign Minister Mauro Vieira of Brazil at the "
            "venue of the G20 Foreign Ministers' Meeting in Rio de Janeiro on February 21.",
            "on the sidelines of G20 Foreign Ministers’ Meeting",
            "Rio de Janeiro, Brazil",
        ),
        (
            "On the occasion of his attendance at the G20 Summit in Rio de Janeiro, President Yoon Suk Yeol held a "
            "summit with President Lula of Brazil on November 19.",
            "on the sidelines of G20 Summit",
            "Rio de Janeiro, Brazil",
        ),
        (
            "President Yoon Suk Yeol held a summit with President Lula of Brazil on November 19 in Rio de Janeiro, "
            "where the G20 Summit is being held.",
            "on the sidelines of G20 Summit",
            "Rio de Janeiro, Brazil",
        ),
        (
            "Foreign Minister Yun Byung-se met with Foreign Minister Sergey Lavrov of Russia within the framework of "
            "the Eastern Economic Forum in Vladivostok on September 3.",
            "on the sidelines of Eastern Economic Forum",
            "Vladivostok, Russia",
        ),
        (
            "Foreign Minister Yun Byung-se met with Foreign Minister Sergey Lavrov of Russia alongside the G20 Summit "
            "in Hangzhou on September 3.",
            "on the sidelines of G20 Summit",
            "Hangzhou, China",
        ),
        (  # an event named with an ordinal word, or a meeting written in lower case after its name
            "Deputy Minister Yoon Soon-gu met with Deputy Minister Dilshod Akhatov of Uzbekistan, who was on a visit "
            "to the Republic of Korea for the eleventh Korea-Central Asia Cooperation Forum, on November 6.",
            "on the sidelines of Eleventh Korea-Central Asia Cooperation Forum",
            "ROK",  # on a visit to the ROK
        ),
        (
            "Foreign Minister Yun Byung-se met with Foreign Minister Fumio Kishida of Japan, who is on a visit to the "
            "Republic of Korea to attend an ROK-Japan-China Foreign Ministers’ meeting, on March 21.",
            "on the sidelines of ROK-Japan-China Foreign Ministers’ meeting",
            "ROK",  # on a visit to the ROK
        ),
        (  # the meeting itself, named by its kind
            "During the Sub-committee meeting, Deputy Minister Kim Gunn and Deputy Minister Alexander Krutikov of "
            "Russia signed the agreed minutes on December 18.",
            "in person",
            None,
        ),
        (  # where an event was held once is no host event
            "President Yoon Suk Yeol held a summit with President Lula of Brazil on November 19 in Busan, where the "
            "APEC Summit was held in 2005.",
            "in person",
            "Busan, ROK",
        ),
        *(
            (
                f"President Yoon Suk Yeol held a summit with President Lula of Brazil on November 19 in {where}.",
                "in person",
                venue,
            )
            for where, venue in (
                ("Gyeongju, where the APEC Summit took place last year", "Gyeongju, ROK"),
                ("Seoul, where the G20 Summit was held for the first time in Asia", "Seoul, ROK"),
                ("Pyeongchang, where the Winter Olympics took place in February 2018", "Pyeongchang, ROK"),
            )
        ),
        (  # remote areas discussed say nothing of the format
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil in Seoul on March 3 and "
            "discussed support for remote areas and remote sensing.",
            "in person",
            "Seoul, ROK",
        ),
        *(  # the city of a seat or building named as the place
            (
                f"President Moon Jae-in held a summit with President Vladimir Putin of Russia {at} on June 22.",
                "in person",
                venue,
            )
            for at, venue in (
                ("at the Kremlin", "Moscow, Russia"),
                ("at Cheong Wa Dae", "Seoul, ROK"),
                ("at the White House", "Washington DC, US"),
                ("at 10 Downing Street", "London, UK"),
                ("at Qasr Al Watan", "Abu Dhabi, United Arab Emirates"),
                ("at Los Pinos", "Mexico City, Mexico"),
                ("at the Great Hall of the People", "Beijing, China"),
                ("at the State Department", "Washington DC, US"),
                ("at the Quai d'Orsay", "Paris, France"),
                ("at the Foreign, Commonwealth and Development Office", "London, UK"),  # no "Commonwealth" city
                ("at the Farnesina", "Rome, Italy"),
                ("at the Itamaraty", "Brasilia, Brazil"),
                ("at the Akorda Presidential Palace", "Astana, Kazakhstan"),
                ("at the Dolmabahçe Palace", "Istanbul, Turkey"),
                ("at the Tahrir Palace", "Cairo, Egypt"),
                ("at the R.G. Casey Building", "Canberra, Australia"),
                ("at Smolensk Square", "Moscow, Russia"),  # a city's name in it: not Smolensk
                ("at the Konstantinovsky Palace", "Saint Petersburg, Russia"),
            )
        ),
        *(  # a state's foreign ministry: the city its government sits in (places.yaml's seats)
            (
                f"Ambassador Park Jin met with Deputy Foreign Minister Andrey Rudenko {at} on June 22.",
                "in person",
                venue,
            )
            for at, venue in (
                ("at the Russian Ministry of Foreign Affairs", "Moscow, Russia"),
                ("at the Russian Foreign Ministry", "Moscow, Russia"),
                ("at the Ministry of Foreign Affairs of Thailand", "Bangkok, Thailand"),
                (
                    "at the Ministry of Foreign Affairs and International Cooperation of Cambodia",
                    "Phnom Penh, Cambodia",
                ),
                ("at the Dutch Foreign Ministry", "The Hague, Netherlands"),
                ("at the Ministry of Foreign Affairs of the Netherlands", "The Hague, Netherlands"),
                ("at the Department of Foreign Affairs of the Philippines", "Manila, Philippines"),
                ("at the Ministry of External Affairs of India", "New Delhi, India"),
                ("at the Ministry of Foreign Affairs", "Seoul, ROK"),  # the publisher's own
                ("at the Ministry of Foreign Affairs and Trade", "Seoul, ROK"),
                ("at the Mexican Secretariat of Foreign Affairs", "Mexico City, Mexico"),
                ("at the Brazilian Ministry of External Relations", "Brasilia, Brazil"),
                ("at the French Ministry for Europe and Foreign Affairs", "Paris, France"),
                ("at the Ministry of Foreign Affairs of Kazakhstan", "Astana, Kazakhstan"),  # named so since 2022
                ("at the Foreign Office", None),  # whose, not said
                ("at the reception house of the Russian Foreign Ministry", "Moscow, Russia"),  # a building of it
                ("at the invitation of the Russian Foreign Ministry", None),  # no building: no place
                # a state's leader's office, the state named
                ("at the Japanese Prime Minister's Office", "Tokyo, Japan"),
                ("at the Presidential Palace of Viet Nam", "Hanoi, Viet Nam"),
                ("at the Prime Minister's Office", None),
                # an organisation's headquarters or secretariat: its seat (places.yaml)
                ("at the African Union headquarters", "Addis Ababa, Ethiopia"),
                ("at the AU headquarters", "Addis Ababa, Ethiopia"),
                ("at the headquarters of NATO", "Brussels, Belgium"),
                ("at the ASEAN Secretariat", "Jakarta, Indonesia"),
                ("at the headquarters of Samsung Electronics", None),
            )
        ),
        *(  # a capital named by its state's adjective
            (
                f"President Moon Jae-in held a summit with President Lula of Brazil {at} on June 22.",
                "in person",
                venue,
            )
            for at, venue in (
                ("in the Brazilian capital", "Brasilia, Brazil"),
                ("in the Turkish capital", "Ankara, Turkey"),
                ("in the Korean capital", "Seoul, ROK"),
                ("in the UAE capital", "Abu Dhabi, United Arab Emirates"),  # a state's name before it
                ("in Mexico's capital", "Mexico City, Mexico"),
                ("and discussed investment in Brazil's capital market", None),
                ("and discussed investment in the Brazilian capital market", None),
                ("and discussed the Brazilian capital's transport", None),
            )
        ),
        (  # a side on a visit to the home country met there, in a city not said
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil, who is on an official visit "
            "to the Republic of Korea, on May 3.",
            "in person",
            "ROK",
        ),
        (  # a visit of another time is not
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil on May 3 and recalled "
            "President Lula's visit to Korea in 2005.",
            "in person",
            None,
        ),
        (  # a seat that speaks is no place
            "President Moon Jae-in held a summit with President Vladimir Putin of Russia on June 22, and welcomed the "
            "Kremlin's view on the talks.",
            "in person",
            None,
        ),
        (  # a courtesy call is made in person
            "Foreign Minister Mauro Vieira of Brazil paid a courtesy call on President Yoon Suk Yeol in Seoul on May 3.",
            "in person",
            "Seoul, ROK",
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil on the fringes of the G20 "
            "Summit in Rio de Janeiro on November 18.",
            "on the sidelines of G20 Summit",
            "Rio de Janeiro, Brazil",
        ),
        (  # an event held in one city every time (events.yaml) gives its seat, numbered or not
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia on the sidelines of "
            "the UN General Assembly on September 25.",
            "on the sidelines of UN General Assembly",
            "New York, US",
        ),
        (
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia on the margins of the "
            "Eastern Economic Forum on September 5.",
            "on the sidelines of Eastern Economic Forum",
            "Vladivostok, Russia",
        ),
        (
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia on the sidelines of "
            "the 40th session of the Human Rights Council on February 25.",
            "on the sidelines of 40th session of the Human Rights Council",
            "Geneva, Switzerland",
        ),
        (  # a dialogue named after a hotel: held in Singapore, not in the Chinese city of that name
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Marise Payne of Australia on the sidelines "
            "of the Shangri-La Dialogue on June 2.",
            "on the sidelines of Shangri-La Dialogue",
            "Singapore",
        ),
        *(  # gatherings held in one city every time (events.yaml, venue only)
            (
                f"Ambassador Kim Young-jun met with Ambassador Nikolay Korchunov of Russia on the sidelines of the {e} "
                "on October 14.",
                f"on the sidelines of {e}",
                venue,
            )
            for e, venue in (("Arctic Circle Assembly", "Reykjavik, Iceland"), ("Raisina Dialogue", "New Delhi, India"))
        ),
        (  # the occasion of another, dated meeting is not this meeting's
            "Foreign Minister Yun Byung-se held the Third ROK-UK Strategic Dialogue with Foreign Secretary Boris "
            "Johnson, following their meeting on the sidelines of the UN General Assembly in September 2016.",
            "in person",
            None,
        ),
        *(  # nor one of another time told without its year, nor a gathering named as a topic
            (
                f"Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil in Seoul on May 3{said}.",
                way,
                venue,
            )
            for said, way, venue in (
                (
                    ", following their meeting on the sidelines of the Munich Security Conference in February",
                    "in person",
                    "Seoul, ROK",
                ),
                (" and recalled their talks held on the margins of the G20 Summit", "in person", "Seoul, ROK"),
                (", a month after they met on the occasion of the G20 Summit", "in person", "Seoul, ROK"),
                (" and discussed cooperation at the ASEAN Regional Forum", "in person", "Seoul, ROK"),
                (" and agreed to work together at the UN General Assembly", "in person", "Seoul, ROK"),
                # nor a meeting to come that they agreed on
                (" and agreed to meet again on the sidelines of the UN General Assembly", "in person", "Seoul, ROK"),
                (" and decided to hold a summit on the margins of the G20 Summit", "in person", "Seoul, ROK"),
                (" and expressed hope to meet again at the East Asia Summit", "in person", "Seoul, ROK"),
            )
        ),
        (  # a meeting to come they had agreed on is this one
            "Foreign Minister Park Jin, as the two had agreed to meet on the sidelines of the UN General Assembly, "
            "held talks with Foreign Minister Mauro Vieira of Brazil in New York on September 20.",
            "on the sidelines of UN General Assembly",
            "New York, US",
        ),
        (  # an organisation's headquarters is no gathering of it
            "Foreign Minister Cho Tae-yul met with NATO Secretary General Jens Stoltenberg at NATO Headquarters on "
            "April 3.",
            "in person",
            "Brussels, Belgium",
        ),
        *(  # a brief meeting at a gathering; a meeting of a gathering's ministers, named after it, is theirs
            (
                f"Foreign Minister Park Jin {had} Chinese Foreign Minister Wang Yi at the {event} in {city} on May 3.",
                way,
                venue,
            )
            for had, event, city, way, venue in (
                (
                    "had a brief encounter with",
                    "G20 Foreign Ministers' Meeting",
                    "New Delhi",
                    "on the sidelines of G20 Foreign Ministers’ Meeting",
                    "New Delhi, India",
                ),
                (
                    "had a short conversation with",
                    "G20 Foreign Ministers' Meeting",
                    "New Delhi",
                    "on the sidelines of G20 Foreign Ministers’ Meeting",
                    "New Delhi, India",
                ),
                (
                    "had a brief conversation with",
                    "reception of the Munich Security Conference",
                    "Munich",
                    "on the sidelines of Munich Security Conference",
                    "Munich, Germany",
                ),
                (
                    "met with",
                    "opening ceremony of the G20 Summit",
                    "Rio de Janeiro",
                    "on the sidelines of G20 Summit",
                    "Rio de Janeiro, Brazil",
                ),
                (
                    "held a pull-aside meeting with",
                    "NATO Foreign Ministers' Meeting",
                    "Brussels",
                    "on the sidelines of NATO Foreign Ministers’ Meeting",
                    "Brussels, Belgium",
                ),
                (
                    "had a meeting with",
                    "East Asia Summit Foreign Ministers' Meeting",
                    "Phnom Penh",
                    "on the sidelines of East Asia Summit Foreign Ministers’ Meeting",
                    "Phnom Penh, Cambodia",
                ),
                (
                    "met with",
                    "ASEAN Regional Forum Senior Officials' Meeting",
                    "Bali",
                    "on the sidelines of ASEAN Regional Forum Senior Officials’ Meeting",
                    "Bali, Indonesia",
                ),
            )
        ),
        *(  # "side lines" and "side-lines" are the sidelines
            (
                f"Foreign Minister Park Jin met with Foreign Minister Yoshimasa Hayashi of Japan on the {words} of the "
                "UN General Assembly in New York on September 19.",
                "on the sidelines of UN General Assembly",
                "New York, US",
            )
            for words in ("side lines", "side-lines")
        ),
        (  # a meeting agreed for later at a gathering written "side lines" is not this one
            "Foreign Minister Park Jin held talks with Foreign Minister Yoshimasa Hayashi of Japan in Tokyo on May 2 "
            "and agreed to meet again on the side lines of the ASEAN Regional Forum.",
            "in person",
            "Tokyo, Japan",
        ),
        (  # a meeting at the venue of a gathering, the words between naming no topic
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil and held talks at the venue "
            "of the G20 Summit in Rio de Janeiro on November 18.",
            "on the sidelines of G20 Summit",
            "Rio de Janeiro, Brazil",
        ),
        (  # a summit held at a gathering, by its acronym
            "President Park Geun-hye held a summit with President Vladimir Putin of Russia at the G20 venue in St. "
            "Petersburg on September 6.",
            "on the sidelines of G20",
            "St. Petersburg, Russia",
        ),
        (  # a summit agreed at a gathering to come is not this one
            "President Park Geun-hye held a summit with President Vladimir Putin of Russia in Seoul on November 13, "
            "and the two agreed to hold a summit at the G20 in Brisbane.",
            "in person",
            "Seoul, ROK",
        ),
        *(  # an abbreviation's full stop inside the event's name does not end it
            (
                f"Foreign Minister Yun Byung-se met with Russian Foreign Minister Sergey Lavrov {cue} the St. "
                "Petersburg International Economic Forum on June 18.",
                "on the sidelines of St. Petersburg International Economic Forum",
                "St. Petersburg, Russia",
            )
            for cue in ("on the sidelines of", "while attending", "on the occasion of")
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Demeke Mekonnen of Ethiopia on the sidelines of the "
            "U.S.-Africa Leaders Summit in Washington on December 14.",
            "on the sidelines of U.S.-Africa Leaders Summit",
            "Washington DC, US",
        ),
        (  # an event's opening ceremony
            "President Yoon Suk Yeol met with Prime Minister Fumio Kishida of Japan while attending the opening "
            "ceremony of the PyeongChang Winter Olympics on February 9.",
            "on the sidelines of Opening ceremony of the PyeongChang Winter Olympics",
            "Pyeongchang, ROK",
        ),
        (  # a city's name that is someone's in the event's name is no place ("Elizabeth", New Jersey)
            "President Yoon Suk Yeol met with Prime Minister Liz Truss of the UK on the occasion of the state "
            "funeral of Queen Elizabeth II in London on September 19.",
            "on the sidelines of State funeral of Queen Elizabeth II",
            "London, UK",
        ),
        (
            "President Yoon Suk Yeol met with Prime Minister Liz Truss of the UK on the occasion of the state "
            "funeral of Queen Elizabeth II on September 19.",
            "on the sidelines of State funeral of Queen Elizabeth II",
            None,
        ),
    ],
)
def test_format_and_the_host_event_city(lead, format_, venue):
    row = _release("A Meeting", lead)
    assert row.format == format_
    assert (row.venue if isinstance(row.venue, str) else None) == venue


@pytest.mark.parametrize(
    ("posted", "lead", "venue"),
    [
        (  # the host city of the sourced edition held on the meeting's day (editions.yaml)
            "2019-06-29",
            "President Moon Jae-in held a summit with President Vladimir Putin of Russia on the sidelines of the G20 "
            "Summit on June 29.",
            "Osaka, Japan",
        ),
        (
            "2017-07-08",
            "President Moon Jae-in held a summit with President Vladimir Putin of Russia on the sidelines of the G20 "
            "Summit on July 7.",
            "Hamburg, Germany",
        ),
        (  # the week of the ARF's foreign ministers' meetings
            "2018-08-03",
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Taro Kono of Japan on the sidelines of the "
            "ASEAN-related Foreign Ministers' Meetings on August 2.",
            "Singapore",
        ),
        (  # a G20 meeting months away from the summit is not the summit's
            "2019-11-23",
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Taro Kono of Japan on the sidelines of the G20 "
            "Foreign Ministers' Meeting on November 23.",
            None,
        ),
        (  # an edition held online gives no city
            "2020-11-22",
            "President Moon Jae-in met with President Vladimir Putin of Russia on the sidelines of the G20 Summit on "
            "November 21.",
            None,
        ),
    ],
)
def test_a_host_event_of_known_edition_gives_its_city(posted, lead, venue):
    text = f"Press Releases\n\nA Meeting\n\nDate : {posted}\n\n1. {lead}\n\n2. {FILLER}"
    row = core.load(Upload("m.txt", text.encode())).releases.iloc[0]
    assert (row.venue if isinstance(row.venue, str) else None) == venue


@pytest.mark.parametrize(
    ("second", "format_"),
    [
        (  # a statement on how the meeting took place tells its format
            "The meeting took place on the sidelines of the 78th session of the UN General Assembly in New York.",
            "on the sidelines of 78th session of the UN General Assembly",
        ),
        ("The talks were held via video link, as both ministers were busy with the crisis at home.", "virtual"),
        ("The talks were held online, as both ministers were busy with the crisis at home.", "virtual"),
        ("The meeting was held virtually, as both ministers were busy with the crisis at home.", "virtual"),
        (  # a statement on anything else does not
            "The two ministers agreed to meet again on the sidelines of the G20 Summit in Rio de Janeiro.",
            "in person",
        ),
        (
            "The meeting came pursuant to the agreement between the leaders at their summit talks held on the "
            "sidelines of the ASEAN-ROK Commemorative Summit.",
            "in person",
        ),
        (
            "Their last talks, held by phone in May, were the first since the pandemic began.",
            "in person",
        ),
        (
            "The two sides welcomed the leaders' video conference meeting in June.",
            "in person",
        ),
        (  # an attendance going on as the release is written: the meeting was on the event's sidelines
            "Minister Park is in New York to attend the UN General Assembly.",
            "on the sidelines of UN General Assembly",
        ),
        (
            "Minister Park is visiting New York to attend the 78th session of the UN General Assembly.",
            "on the sidelines of 78th session of the UN General Assembly",
        ),
        (  # a city with a particle in its name
            "Minister Park is in Rio de Janeiro to attend the G20 Foreign Ministers' Meeting.",
            "on the sidelines of G20 Foreign Ministers’ Meeting",
        ),
        (
            "Minister Park is attending the UN General Assembly as head of the delegation.",
            "on the sidelines of UN General Assembly",
        ),
        (
            "This meeting was arranged on the occasion of Minister Park's attendance at the UN General Assembly.",
            "on the sidelines of UN General Assembly",
        ),
        ("The meeting came on the occasion of the UN General Assembly.", "on the sidelines of UN General Assembly"),
        (  # an attendance ahead or past is not
            "Minister Park will attend the UN General Assembly next week.",
            "in person",
        ),
        ("Minister Park attended the opening of the UN General Assembly on the previous day.", "in person"),
    ],
)
def test_format_from_a_later_statement_only_when_it_tells_the_meeting(second, format_):
    lead = "Foreign Minister Park Jin held a meeting with Foreign Minister Mauro Vieira of Brazil on September 20."
    assert _release("A Meeting", lead, second).format == format_


@pytest.mark.parametrize(
    ("lead", "second", "format_"),
    [
        (  # the meeting told after the attendance, on the sidelines of the event named before
            "Foreign Minister Kang Kyung-wha attended the ASEAN Regional Forum in Bangkok on August 2.",
            "On the sidelines of the Forum, Minister Kang held a bilateral meeting with Foreign Minister Sergey "
            "Lavrov of Russia.",
            "on the sidelines of ASEAN Regional Forum",
        ),
        (
            "Foreign Minister Park Jin attended the G20 Foreign Ministers' Meeting in New Delhi on March 2.",
            "On the margins of the meeting, Minister Park held talks with Foreign Minister Mauro Vieira of Brazil.",
            "on the sidelines of G20 Foreign Ministers’ Meeting",  # apostrophes made typographic by cleaning
        ),
        (  # "the summit" is the meeting itself, no event attended
            "President Yoon Suk Yeol held a summit with President Lula of Brazil in Seoul on May 3.",
            "On the occasion of the summit, the two leaders had a luncheon and discussed trade.",
            "in person",
        ),
    ],
)
def test_a_later_statement_on_the_sidelines_of_the_event_attended(lead, second, format_):
    assert _release("A Meeting", lead, second).format == format_


@pytest.mark.parametrize(
    ("title", "lead", "second", "areas"),
    [
        (  # the host event's name is where they met, not what they discussed
            "Foreign Minister Meets with his Japanese Counterpart on the Sidelines of the 69th UNGA Session",
            "On the sidelines of the 69th session of the UN General Assembly, Foreign Minister Yun Byung-se met with "
            "his Japanese counterpart Fumio Kishida on September 25.",
            "The two Ministers agreed to continue efforts to move stably forward the relations between the ROK and Japan.",
            set(),
        ),
        (
            "Summit with Russia",
            "President Moon Jae-in and Russian President Vladimir Putin held a summit this afternoon on the sidelines "
            "of the G20 Summit in Hamburg, Germany.",
            "They also agreed to expand their mutually beneficial cooperation by strengthening their partnership in "
            "developing the Russian Far East.",
            {"Regional & provincial cooperation"},
        ),
        (  # discussed, the same words count
            "Summit with Russia",
            "President Moon Jae-in and Russian President Vladimir Putin held a summit this afternoon on the sidelines "
            "of the G20 Summit in Hamburg, Germany.",
            "The two leaders agreed to work together closely at the United Nations and the G20.",
            {"Multilateral & global"},
        ),
        (  # a title or a ministry's name says who met, not what they discussed
            "Foreign Minister Meets Saudi Energy Minister",
            "Foreign Minister Park Jin met with Minister of Energy Abdulaziz bin Salman of Saudi Arabia at the "
            "Ministry of Foreign Affairs and Trade in Seoul on May 3.",
            "The two sides exchanged views on the situation in the Middle East.",
            set(),
        ),
        (
            "Deputy Minister for Economic Affairs Meets Brazilian Delegation",
            "Deputy Minister for Economic Affairs Kim met with Director-General for Trade Policy of Brazil in Seoul "
            "on May 3.",
            "The two sides exchanged views on the situation in Latin America.",
            set(),
        ),
        (  # a commemorative summit is no cultural exchange
            "Outcome of ROK-Indonesia Foreign Ministers' Meeting",
            "Foreign Minister Chung Eui-yong held a meeting with Foreign Minister Retno Marsudi of Indonesia in "
            "Jakarta on June 24.",
            "The two Ministers reviewed the follow-up to the 2019 ASEAN-ROK Commemorative Summit.",
            set(),
        ),
    ],
)
def test_areas_leave_out_the_host_event(title, lead, second, areas):
    corpus = core.load(Upload("m.txt", f"Press Releases\n\n{title}\n\n1. {lead}\n\n2. {second}".encode()))
    assert set(corpus.areas.area) == areas


@pytest.mark.parametrize(
    ("discussed", "area"),
    [
        ("cooperation in clean hydrogen", "Energy"),
        ("the resumption of direct flights between Seoul and Brasilia", "Transport & logistics"),
        ("global food security and the supply of fertilizer", "Agriculture & fisheries"),
        ("joint research in artificial intelligence, quantum and aerospace", "Science & innovation"),
        ("resilient supply chains for key minerals", "Trade & investment"),
        ("the spread of the Korean language and the Korean Wave", "Culture & people-to-people"),
        ("the DPRK's latest launches", "Korean Peninsula & security"),
        ("cooperation on electric vehicles and batteries", "Energy"),
        ("cooperation on critical minerals and rare earths", "Trade & investment"),
        ("joint projects in semiconductors and biotechnology", "Science & innovation"),
        # a security of its own field is that field's, not the peninsula's
        ("ways to work together for energy security in the region", "Energy"),
        ("ways to work together for economic security in the region", "Trade & investment"),
        ("ways to work together for global health security in the region", "Health & medical"),
        ("the entry into force of the social security agreement between them", "Consular & legal"),
        ("ways to work together for maritime security in the region", "Korean Peninsula & security"),
        ("support for Korean companies operating in Brazil", "Trade & investment"),
        ("industrial cooperation in the automobile sector", "Trade & investment"),
        ("cooperation in fintech and e-government", "Science & innovation"),
        ("exchanges between young people", "Culture & people-to-people"),
        ("cooperation on counter-terrorism", "Multilateral & global"),
    ],
)
def test_an_areas_words(discussed, area):
    corpus = core.load(
        Upload(
            "m.txt",
            "Press Releases\n\nOutcome of ROK-Brazil Foreign Ministers' Meeting\n\n1. Foreign Minister Cho Tae-yul "
            "met with Foreign Minister Mauro Vieira of Brazil in Brasilia on May 3.\n\n2. The two ministers discussed "
            f"{discussed}.".encode(),
        )
    )
    assert set(corpus.areas.area) == {area}


def test_areas_leave_out_boxed_notes():
    """A boxed note ('* The Forum is …') gives background, not what the sides discussed."""
    lead = "The Foreign Ministry will hold the Seventh Cooperation Forum between the ROK and Central Asia on October 4."
    note = (
        "* The aim of the Forum is to promote cooperation in economy, education, science and culture and to build a "
        "cooperative network among their governments."
    )
    second = "The Forum will cover the fields of textile, railroad and forestry."
    text = f"Press Releases\n\nForum\n\n1. {lead}\n\n{note}\n\n2. {second}"
    corpus = core.load(Upload("m.txt", text.encode()))
    assert set(corpus.areas.area) == {"Transport & logistics", "Agriculture & fisheries"}


@pytest.mark.parametrize(
    ("title", "lead", "format_"),
    [
        (  # a title drops the article: "on Margins of", "Held on Sidelines of"
            "Foreign Minister Holds Talks with Japanese Counterpart on Margins of ASEAN-related Meetings",
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Taro Kono of Japan in Singapore on August 2.",
            "on the sidelines of ASEAN-related Meetings",
        ),
        (
            "Foreign Minister Meets Russian Counterpart on Sidelines of G20",
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia on November 30.",
            "on the sidelines of G20",
        ),
        (  # and writes its verbs in capitals
            "Foreign Minister Holds Bilateral Meeting with Russian Foreign Minister at ARF",
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia on August 2.",
            "on the sidelines of ARF",
        ),
        (  # "at the margins of"; an acronym of an events.yaml event
            "Foreign Minister Meets Russian Counterpart at the Margins of UNGA",
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia on September 25.",
            "on the sidelines of UNGA",
        ),
        (
            "Foreign Minister Holds Talks with Russian Counterpart at EEF",
            "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia on September 6.",
            "on the sidelines of EEF",
        ),
        (  # the first sentence's fuller name of the same event stands
            "Outcome of ROK-Japan Foreign Ministers' Meeting Held on Sidelines of 69th UNGA Session",
            "On the sidelines of the 69th session of the UN General Assembly, Foreign Minister Yun Byung-se met with "
            "Foreign Minister Fumio Kishida of Japan on September 25.",
            "on the sidelines of 69th session of the UN General Assembly",
        ),
        *(  # a title saying how, over a statement that does not
            (
                title,
                "Foreign Minister Park Jin and Foreign Minister Mauro Vieira of Brazil discussed trade on May 3.",
                way,
            )
            for title, way in (
                ("Foreign Minister Talks on Phone with Brazilian Counterpart", "phone"),
                ("Foreign Minister Holds Phone Talks with Brazilian Counterpart", "phone"),
                ("Outcome of Korea-Brazil Foreign Ministers' Video Conference", "virtual"),
                ("Korea-Brazil Cooperation on Phone Scams Discussed", "in person"),
            )
        ),
        *(  # a title's attendance, and a meeting held there
            (
                title,
                "Foreign Minister Kang Kyung-wha held talks with Foreign Minister Sergey Lavrov of Russia on August 2.",
                way,
            )
            for title, way in (
                (
                    "Foreign Minister Attends ASEAN-related Meetings and Holds Talks with Russian Foreign Minister",
                    "on the sidelines of ASEAN-related Meetings",
                ),
                (
                    "Foreign Minister Holds Talks with Russian Counterpart while Attending ARF",
                    "on the sidelines of ARF",
                ),
            )
        ),
        (  # a title's words between "Virtual" and the meeting
            "ROK-Brazil Virtual Foreign Ministers' Meeting",
            "Foreign Minister Park Jin and Foreign Minister Mauro Vieira of Brazil held talks on May 3.",
            "virtual",
        ),
        *(  # a call or a video conference of another time is not how they met this time
            ("A Meeting", f"Foreign Minister Park Jin and Foreign Minister Mauro Vieira of Brazil {said}.", way)
            for said, way in (
                ("met in Brasilia on May 3, following their phone call last month", "in person"),
                ("met in Brasilia on May 3, after their video conference in March", "in person"),
                ("met in Brasilia on May 3 and recalled the previous phone call", "in person"),
                ("held a phone call on May 3, following their meeting in Brasilia last month", "phone"),
                ("held a phone call earlier today", "phone"),
                ("met in Brasilia on May 3, after their video conference held last month", "in person"),
                ("met in Brasilia on May 3 and discussed preparations for the upcoming video summit", "in person"),
                ("met on May 3 to prepare for the Korea-Brazil virtual summit", "in person"),
                ("met in Brasilia on May 3, ahead of the G20 virtual summit", "in person"),
                ("held a phone call on May 3 in preparation for the video conference of their leaders", "phone"),
                ("will attend the upcoming virtual summit on May 3", "virtual"),
                ("held the 3rd Strategic Dialogue on May 3; it was held remotely", "virtual"),
                (
                    "met in Brasilia on May 3, their first meeting in person after a series of video conferences",
                    "in person",
                ),
                ("met in Brasilia on May 3, following two rounds of virtual talks", "in person"),
                ("met in Brasilia on May 3, building on their phone call in March", "in person"),
                ("met in Brasilia on May 3, having held a video conference in 2021", "in person"),
                ("held a phone call on May 3", "phone"),
            )
        ),
        *(  # words sent rather than a meeting: no format to tell
            (title, lead, "unknown")
            for title, lead in (
                (
                    "ROK and Brazilian Foreign Ministers Exchange Congratulatory Messages",
                    "Foreign Minister Park Jin and Foreign Minister Mauro Vieira of Brazil exchanged congratulatory "
                    "messages on March 31 to mark the 65th anniversary of diplomatic relations.",
                ),
                (
                    "Foreign Minister Sends Letter to Brazilian Counterpart",
                    "Foreign Minister Park Jin sent a letter of condolence to Foreign Minister Mauro Vieira of Brazil on "
                    "March 31 over the victims of the floods in Rio Grande do Sul.",
                ),
            )
        ),
        *(  # a letter handed over where someone received it: they met
            (title, lead, "in person")
            for title, lead in (
                (
                    "Ambassador Delivers Letter to Russian Foreign Minister",
                    "Ambassador Lee Sok-bae delivered a letter from Foreign Minister Chung Eui-yong to Russian Foreign "
                    "Minister Sergey Lavrov in Moscow on February 5.",
                ),
                (
                    "Special Envoy Hands Over President's Letter",
                    "Special Envoy Song Young-gil handed over President Moon Jae-in's personal letter to President "
                    "Vladimir Putin at the Kremlin on May 25.",
                ),
            )
        ),
        *(  # no meeting told at all
            (title, lead, "unknown")
            for title, lead in (
                (
                    "Government to Provide Humanitarian Assistance to Yemen",
                    "The Government of the Republic of Korea has decided to provide USD 2 million in humanitarian "
                    "assistance to Yemen to help the people affected by the conflict.",
                ),
                (
                    "Statement by MOFA Spokesperson on the Ceasefire in Yemen",
                    "The Government of the Republic of Korea welcomes the ceasefire agreement between the parties to "
                    "the conflict in Yemen, and hopes that it will lead to a lasting peace.",
                ),
                (  # an appeal is no call paid
                    "Korean Government's Position on the Situation in the Middle East",
                    "The Government of the Republic of Korea expresses deep concern over the escalating situation in "
                    "the Middle East and calls on all parties to exercise maximum restraint.",
                ),
            )
        ),
        *(  # a signing, a meal, a speech, an agreement reached, someone summoned or called in: people met
            (title, lead, "in person")
            for title, lead in (
                (
                    "First Vice Minister Summons Russian Ambassador",
                    "First Vice Minister Kim Hong-kyun summoned Ambassador Georgy Zinoviev of Russia on June 21 and "
                    "lodged a strong protest against the treaty.",
                ),
                (
                    "Ambassador Presents Credentials to President Putin",
                    "Ambassador Lee Do-hoon presented his credentials to President Vladimir Putin at the Kremlin on "
                    "May 3.",
                ),
                (
                    "Korea and Brazil to Strengthen Cooperation",
                    "Foreign Minister Park Jin and Foreign Minister Mauro Vieira of Brazil agreed on May 3 to "
                    "strengthen cooperation in trade and critical minerals.",
                ),
                (
                    "Korea and Mexico Sign Agreement on Visa Waiver",
                    "The Republic of Korea and Mexico signed an agreement on the mutual waiver of visa requirements on "
                    "May 3 in Mexico City.",
                ),
                (
                    "Ambassador Calls on Russian Prime Minister",
                    "Ambassador Lee Do-hoon called on Prime Minister Mikhail Mishustin of Russia on May 3.",
                ),
                (
                    "Ambassador Lee Delivers Lecture at MGIMO",
                    "Ambassador Lee Do-hoon delivered a lecture on the ROK's foreign policy to students of MGIMO in "
                    "Moscow on May 3.",
                ),
            )
        ),
        *(  # a title: the side attends a gathering and holds talks there, joined by a comma or semicolon
            (
                f"Foreign Minister Attends ASEAN Regional Forum{joint} Russian Counterpart",
                "Foreign Minister Cho Tae-yul held talks with Russian Foreign Minister Sergey Lavrov in Vientiane on "
                "July 27.",
                "on the sidelines of ASEAN Regional Forum",
            )
            for joint in (", Holds Talks with", "; Meets", " and Meets")
        ),
        (  # a participle set off after the gathering is no meeting held there
            "Foreign Minister Attended the Inauguration, Held in Jakarta",
            "Foreign Minister Cho Tae-yul held talks with Russian Foreign Minister Sergey Lavrov in Seoul on July 27.",
            "in person",
        ),
        (  # a statement adopted at a meeting is of a meeting
            "Joint Statement of the 2nd ROK-Brazil Strategic Dialogue",
            "The Republic of Korea and the Federative Republic of Brazil held the 2nd Strategic Dialogue in Seoul on "
            "March 31 and adopted the following joint statement.",
            "in person",
        ),
    ],
)
def test_a_title_and_its_statements_tell_how_they_met(title, lead, format_):
    """A title names the host event in its own style, or says how the sides met; words of another
    time or words sent do not. A release of no meeting has no venue ("assistance to Yemen")."""
    row = _release(title, lead)
    assert row.format == format_
    if format_ == "unknown":
        assert pd.isna(row.venue)


@pytest.mark.parametrize(
    ("lead", "format_"),
    [
        (
            "The governments of the Republic of Korea and the Russian Federation agreed through diplomatic channels "
            "on May 3 to extend the visa waiver agreement.",
            "unknown",
        ),
        (
            "Korea and Brazil agreed on May 3, by an exchange of notes, to amend the Agreement on Air Services.",
            "unknown",
        ),
        (  # people met, and agreed to go on through channels
            "Foreign Minister Cho Tae-yul met with Foreign Minister Mauro Vieira of Brazil in Seoul on May 3 and "
            "agreed to resolve the issue through diplomatic channels.",
            "in person",
        ),
    ],
)
def test_an_agreement_reached_through_channels_tells_no_meeting(lead, format_):
    assert _release("Korea and Its Partner Agree", lead).format == format_


def test_a_page_without_a_title_of_its_own_names_the_host_event_from_its_first_sentence():
    """The title made for such a page is a cut copy of the first sentence; the event's name must come
    whole from the sentence, not cut with the title ('52nd Munich Security…')."""
    lead = (
        "On February 12, Foreign Minister Yun Byung-se met with Russian Foreign Minister Sergey Lavrov on the "
        "sidelines of the 52nd Munich Security Conference, and held in-depth discussions on ways for the UN "
        "Security Council to respond to North Korea’s provocations."
    )
    release = core.load(Upload("untitled.txt", f"1. {lead}\n\n2. {FILLER}".encode())).releases.iloc[0]
    assert release.title.endswith("…") and "Conference" not in release.title
    assert release.format == "on the sidelines of 52nd Munich Security Conference"


def test_a_body_of_the_host_event_is_not_the_meetings_mechanism():
    row = _release(
        "A Meeting",
        "Ambassador Lee Joon-il met with Deputy Foreign Minister Sergey Ryabkov of Russia on the margins of the UN "
        "General Assembly First Committee in New York on October 9.",
    )
    assert pd.isna(row.session_number) and "Committee" not in str(row.mechanism)
    assert row.format == "on the sidelines of UN General Assembly First Committee"


@pytest.mark.parametrize(
    ("held", "mechanism", "session"),
    [
        (  # what a mechanism is on, listed with commas and "and"
            "the 19th meeting of the Korea-Russia Joint Commission on Economic, Scientific and Technical Cooperation "
            "in Seoul on November 13",
            "Joint Commission on Economic, Scientific and Technical Cooperation",
            19,
        ),
        (
            "the 3rd ROK-Brazil Joint Commission on Science and Technology Cooperation in Seoul on May 3",
            "Joint Commission on Science and Technology Cooperation",
            3,
        ),
        (  # a committee on a topic is not the vocabulary's Joint Committee of foreign ministers
            "the 3rd ROK-Brazil Joint Committee on Trade, Industry and Energy in Seoul on May 3",
            "Joint Committee on Trade, Industry and Energy",
            3,
        ),
        (
            "the 2nd Dialogue on Security and Defense Policy between the ROK and Brazil on May 3",
            "Dialogue on Security and Defense Policy",
            2,
        ),
        # the day or the place it was held on is not what it is on
        ("the 3rd ROK-Brazil Policy Dialogue on May 3 in Seoul", "Policy Dialogue", 3),
        ("the 3rd ROK-Brazil Policy Dialogue on Monday, May 3, in Seoul", "Policy Dialogue", 3),
        ("the 3rd ROK-Brazil Policy Dialogue on Jeju Island on May 3", "Policy Dialogue", 3),
        ("the 7th Korea-Brazil Consultation on Consular Affairs on May 3", "Consular Consultation", 7),
    ],
)
def test_a_mechanism_is_named_with_what_it_is_on(held, mechanism, session):
    row = _release("A Meeting", f"The two sides held {held}.")
    assert (row.mechanism, row.session_number) == (mechanism, session)


@pytest.mark.parametrize(
    ("lead", "mechanism"),
    [
        (
            "Foreign Minister Park Jin held a luncheon meeting with Foreign Minister Mauro Vieira of Brazil.",
            "Luncheon Meeting",
        ),
        (
            "Foreign Minister Park Jin attended the luncheon hosted by EU Ambassadors to the ROK in Seoul.",
            "Luncheon Meeting",
        ),
        # a luncheon within talks does not make them a luncheon meeting
        (
            "Foreign Minister Cho Tae-yul held talks with Wang Yi, Minister of Foreign Affairs of China, for four hours, "
            "including a luncheon.",
            "Meeting",
        ),
    ],
)
def test_a_meeting_type_from_what_the_statement_says_was_held(lead, mechanism):
    assert _release("A Meeting", lead).mechanism == mechanism


@pytest.mark.parametrize(
    ("title", "mechanism"),
    [
        ("The 4th ROK-Russia Consultation on Arctic Cooperation Takes Place", "Arctic Consultation"),
        (
            "3rd ROK-Brazil Joint Commission on Science and Technology Held in Seoul",
            "Joint Commission on Science and Technology",
        ),
    ],
)
def test_a_titles_verb_is_not_what_the_mechanism_is_on(title, mechanism):
    row = _release(
        title,
        "Ambassador for Arctic Affairs Kim Young-jun and Ambassador-at-Large Nikolay Korchunov of Russia led their "
        "delegations in Seoul on October 7.",
    )
    assert row.mechanism == mechanism


@pytest.mark.parametrize(
    "second",
    [
        "The two ministers agreed to hold the 4th Korea-Brazil Strategic Dialogue in Seoul next year.",
        "The two ministers welcomed the outcome of the 3rd Korea-Brazil Strategic Dialogue held in Seoul last year.",
        "The two ministers agreed to hold the first Korea-Brazil Strategic Dialogue within this year.",
        "The two ministers discussed ways to deepen ties and decided to launch the 1st Strategic Dialogue.",
        "The ministers look forward to holding the 1st Strategic Dialogue at an early date.",
    ],
)
def test_a_session_ahead_or_past_is_not_the_meetings_mechanism(second):
    row = _release(
        "A Meeting",
        "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil in Brasilia on May 3.",
        second,
    )
    assert pd.isna(row.session_number)  # none: the session named is another one
    assert row.mechanism != "Strategic Dialogue"


@pytest.mark.parametrize(
    ("title", "lead", "mechanism", "session", "format_"),
    [
        (  # a side attends the bilateral mechanism: it is the meeting, not an event it was held at
            "Vice Foreign Minister to Visit Brazil to Attend the Korea-Brazil Strategic Dialogue",
            "First Vice Foreign Minister Kim Hong-kyun will visit Brazil to attend the 3rd Korea-Brazil Strategic "
            "Dialogue in Brasilia on May 3.",
            "Strategic Dialogue",
            3,
            "in person",
        ),
        (
            "ROK-Russia Policy Consultation Held",
            "Deputy Minister Kim Gunn held talks with Deputy Minister Igor Morgulov within the framework of the 20th "
            "Korea-Russia Policy Consultation in Moscow on September 3.",
            "Policy Consultation",
            20,
            "in person",
        ),
        (  # a forum named with two kinds of meeting is named whole ("Dialogue Forum", not "Dialogue")
            "Vice Minister Attends 10th Korea-Russia Dialogue Forum",
            "Vice Minister Lee Tae-ho attended the 10th Korea-Russia Dialogue Forum in Moscow on October 18 and "
            "delivered a keynote speech.",
            "Dialogue Forum",
            10,
            "in person",
        ),
        (  # a meeting on the sidelines of a bilateral forum is held at it
            "Foreign Minister Meets Russian Counterpart",
            "On the sidelines of the 10th Korea-Russia Dialogue forum in Moscow, Foreign Minister Yun Byung-se met "
            "with Foreign Minister Sergey Lavrov on November 13.",
            "Foreign Ministers' Meeting",
            None,
            "on the sidelines of 10th Korea-Russia Dialogue forum",
        ),
        (  # attending a trilateral: the bilateral meeting is held at it
            "Foreign Minister Meets Japanese Counterpart",
            "Foreign Minister Yun Byung-se, attending the 7th ROK-Japan-China Foreign Ministers' Meeting in Seoul, met "
            "with Foreign Minister Fumio Kishida of Japan on March 21.",
            "Foreign Ministers' Meeting",
            None,
            "on the sidelines of 7th ROK-Japan-China Foreign Ministers’ Meeting",
        ),
    ],
)
def test_an_attended_bilateral_mechanism_is_the_meeting_itself(title, lead, mechanism, session, format_):
    row = _release(title, lead)
    assert (row.mechanism, None if pd.isna(row.session_number) else int(row.session_number)) == (mechanism, session)
    assert row.format == format_
