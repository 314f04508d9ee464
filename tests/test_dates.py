"""Dates: real lead sentences from ministry releases, with and without a Date line.

Each case is a small release built from a real sentence; the expected date and basis are what a
careful reader would conclude from that text alone (or 'unknown')."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pytest
import yaml

import core
from core.ingest.clean import clean
from core.ingest.sources import Upload

FILLER = (
    "The two sides exchanged views on bilateral relations, substantive cooperation and the situation on the "
    "Korean Peninsula, and agreed to continue close communication."
)


def _release(lead: str, date_line: str | None = None, title: str = "Press Release Title") -> core.Corpus:
    head = f"Press Releases\n\n{title}\n\n" + (f"Date\n{date_line}\nhit\n12\n\n" if date_line else "")
    return core.load(Upload("case.txt", f"{head}1. {lead}\n\n2. {FILLER}".encode()))


D = dt.date


@pytest.mark.parametrize(
    ("lead", "date_line", "start", "end", "basis"),
    [
        (  # a meeting co-chaired, of a commission
            "Foreign Minister Yun Byung-se and Brazilian Foreign Minister Mauro Vieira co-chaired the 5th Korea-Brazil "
            "Joint Commission in Brasilia on Tuesday, April 14, 2015.",
            None,
            D(2015, 4, 14),
            D(2015, 4, 14),
            "stated",
        ),
        (
            "Mr. Kwon Sei-joong, Ambassador for Arctic Affairs, will attend the 2019 Senior Arctic Officials (SAO) "
            "Meeting to take place in Hveragerði, the Republic of Iceland, on November 19-21, 2019.",
            None,
            D(2019, 11, 19),
            D(2019, 11, 21),
            "stated",
        ),
        (
            "Minister of Foreign Affairs Chung Eui-yong met with Minister for Foreign Affairs of the Republic of "
            "Indonesia Retno L.P. Marsudi on June 25 in Indonesia.",
            "• Date : 2021-07-01 16:36:49",
            D(2021, 6, 25),
            D(2021, 6, 25),
            "date_line",
        ),
        (
            "During her visit to Japan on December 19 and 20, Foreign Minister Kang Kyung-wha met with Foreign "
            "Minister Taro Kono of Japan on December 19.",
            "2017-12-19",
            D(2017, 12, 19),
            D(2017, 12, 20),
            "date_line",
        ),
        (
            "Foreign Minister Yun Byung-se met with Foreign Minister Fumio Kishida on December 30.",
            "2016-01-02",
            D(2015, 12, 30),
            D(2015, 12, 30),
            "date_line",
        ),
        (
            "On the sidelines of the 37th regular session of the UN Human Rights Council, Foreign Minister Kang "
            "Kyung-wha met bilaterally with Foreign Minister Sergey Lavrov of Russia on February 28.",
            None,
            D(2018, 2, 28),
            D(2018, 2, 28),
            "known_event",
        ),
        (
            "On February 12, Foreign Minister Yun Byung-se met with Russian Foreign Minister Sergey Lavrov on the "
            "sidelines of the 52nd Munich Security Conference.",
            None,
            D(2016, 2, 12),
            D(2016, 2, 12),
            "known_event",
        ),
        (
            "The Third High-level Political Dialogue between the Republic of Korea and the EU took place in Seoul on "
            "July 26, with First Vice Minister of Foreign Affairs Kim Kyou-hyun leading the delegation.",
            None,
            None,  # his term (2013-03 to 2014-02-03) leaves 2013, but the list of vice ministers is
            None,  # not complete for 2008-2011, so those years stay possible
            "unknown",
        ),
        (
            "At the meeting held in a virtual format on December 18, the two sides noted the restrictions in the "
            "year 2020, which marks the 30th anniversary of diplomatic relations.",
            None,
            D(2020, 12, 18),
            D(2020, 12, 18),
            "year_in_text",
        ),
        (  # the anniversary of the normalisation of relations with Japan, however the relations are named
            "On March 21, Foreign Minister Yun Byung-se held a meeting with Japanese Foreign Minister Fumio Kishida in "
            "Seoul. Minister Kishida noted that this year marks the 50th anniversary of the normalization of the "
            "Japan-ROK relations.",
            None,
            D(2015, 3, 21),
            D(2015, 3, 21),
            "year_in_text",
        ),
        (
            "Foreign Minister Kang Kyung-wha met with Japanese Foreign Minister Taro Kono on August 2 in Singapore.",
            None,
            None,
            None,
            "unknown",
        ),
        (
            "The Republic of Korea and Mongolia held their ninth consultation on consular affairs in Ulaanbaatar, "
            "Mongolia, on April 24.",
            None,
            None,
            None,
            "unknown",
        ),
        ("The forum, launched in November 2018, met again on May 3 in Busan.", None, None, None, "unknown"),
        (
            "President Moon Jae-in and Russian President Vladimir Putin held a summit this afternoon in Seoul.",
            "2018-06-22",
            D(2018, 6, 22),
            D(2018, 6, 22),
            "date_line",
        ),
        *(  # a date written with its year first is never ambiguous; day and month in numbers alone are
            (
                f"Foreign Minister Park Jin held talks with Thai Foreign Minister Don Pramudwinai in Bangkok {on}.",
                None,
                day,
                day,
                basis,
            )
            for on, day, basis in (
                ("on 2023.5.3 (Wed)", D(2023, 5, 3), "stated"),
                ("on 2023-05-03", D(2023, 5, 3), "stated"),
                ("on 3/5/2023", None, "unknown"),
                ("on 2023.13.3", None, "unknown"),
            )
        ),
        (  # the day before the page's
            "Foreign Minister Park Jin held talks with his Saudi counterpart Prince Faisal bin Farhan Al Saud "
            "yesterday in Riyadh.",
            "2023-10-25",
            D(2023, 10, 24),
            D(2023, 10, 24),
            "date_line",
        ),
        (  # yesterday's arrival, this morning's talks
            "Foreign Minister Park Jin, who arrived in Riyadh yesterday, held talks with his Saudi counterpart "
            "Prince Faisal bin Farhan Al Saud this morning.",
            "2023-10-25",
            D(2023, 10, 25),
            D(2023, 10, 25),
            "date_line",
        ),
        (
            "President Moon Jae-in and Russian President Vladimir Putin held a summit this afternoon on the sidelines "
            "of the G20 Summit in Hamburg, Germany.",
            None,
            None,  # the summit of 7-8 July 2017; which day is not said (it was the 7th)
            None,
            "unknown",
        ),
        (  # a later statement's day is another event's unless it opens "On …" and tells a meeting
            "First Vice Minister Lim Sung-nam held the 8th ROK-Russia Strategic Dialogue with First Deputy Foreign "
            "Minister Vladimir Titov in Seoul. The two sides reviewed the follow-up to the summit held on June 22.",
            "2018-08-30",
            None,
            None,
            "unknown",
        ),
        (
            "First Vice Minister Lim Sung-nam held the 8th ROK-Russia Strategic Dialogue with First Deputy Foreign "
            "Minister Vladimir Titov in Seoul. On August 29, the two held a working luncheon.",
            "2018-08-30",
            D(2018, 8, 29),
            D(2018, 8, 29),
            "date_line",
        ),
        (
            "Foreign Minister Kairat Abdrakhmanov says Kazakhstan welcomes the restoration of inter-Korean dialogue. "
            "Minister Abdrakhmanov made the statement after the meeting with his South Korean colleague Kang "
            "Kyung-wha in Astana on April 17 and ahead of the summit set to be held on April 27.",
            "2018-04-18",
            D(2018, 4, 17),
            D(2018, 4, 17),
            "date_line",
        ),
        (  # a visit's span holds its meetings, on days it does not say
            "High Representative Federica Mogherini was on her second visit to the ROK on August 5-6, after the "
            "first of its kind in 2015.",
            "2018-08-07",
            None,
            None,
            "unknown",
        ),
        (  # the day of a visit to a third state is not the meeting's
            "Federal Minister for Foreign Affairs Heiko Maas of Germany, who visited Japan on July 25 and the ROK as "
            "part of his first Asia tour, held the first ROK-Germany Strategic Dialogue with Foreign Minister Kang "
            "Kyung-wha.",
            "2018-07-26",
            None,
            None,
            "unknown",
        ),
        (  # a statement that tells no meeting dates none
            "Regarding the court ruling on January 8 on the lawsuit filed by the victims, Director-General Kim "
            "explained the Korean government's position.",
            "2021-01-15",
            None,
            None,
            "unknown",
        ),
        (
            "Foreign Minister Yun Byung-se met his counterpart on Monday, March 14, in Seoul.",
            None,
            D(2016, 3, 14),
            D(2016, 3, 14),
            "weekday",
        ),
        (  # a day told relative to another event ("a day after …") is that event's
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil on May 3, a day after the "
            "G20 Foreign Ministers’ Meeting held on May 2.",
            "2023-05-04",
            D(2023, 5, 3),
            D(2023, 5, 3),
            "date_line",
        ),
        (
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil on May 3 before leaving for "
            "Argentina on May 4.",
            "2023-05-04",
            D(2023, 5, 3),
            D(2023, 5, 3),
            "date_line",
        ),
        # the day of an arrival, a departure or an announcement is not the meeting's
        (
            "Foreign Minister Park Jin, who arrived in Brasilia on May 2, met with Foreign Minister Mauro Vieira of "
            "Brazil on May 3.",
            "2023-05-05",
            D(2023, 5, 3),
            D(2023, 5, 3),
            "date_line",
        ),
        (
            "Foreign Minister Park Jin arrived in Brasilia on May 2 for a three-day visit to Brazil. He met with "
            "Foreign Minister Mauro Vieira the next day.",
            "2023-05-05",
            None,
            None,
            "unknown",
        ),
        (
            "On May 2, Foreign Minister Park Jin departed for Brasilia, where he will meet with Foreign Minister "
            "Mauro Vieira of Brazil.",
            "2023-05-02",
            None,
            None,
            "unknown",
        ),
        (
            "The Ministry of Foreign Affairs announced on May 2 that Foreign Minister Park Jin will meet with "
            "Foreign Minister Mauro Vieira of Brazil in Brasilia on May 4.",
            "2023-05-02",
            D(2023, 5, 4),
            D(2023, 5, 4),
            "date_line",
        ),
        (  # a multi-day event's opening day says nothing of the meeting's
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil on the margins of the ASEAN "
            "Regional Forum in Phnom Penh, which opened on August 3.",
            "2022-08-06",
            None,
            None,
            "unknown",
        ),
        *(  # the day of an event to come is not the meeting's (Cho Tae-yul was Foreign Minister on that day)
            (
                f"Foreign Minister Cho Tae-yul met with Foreign Minister Mauro Vieira of Brazil {ahead} on November 18-19, "
                "2024.",
                None,
                None,
                None,
                "unknown",
            )
            for ahead in (
                "ahead of the G20 Summit to be held",
                "to prepare for the G20 Summit, which will take place",
                "and discussed the G20 Summit scheduled",
            )
        ),
        *(  # a day named after another event once the meeting is told is that event's, of another time
            (
                f"Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil{said}.",
                None,
                None,
                None,
                "unknown",
            )
            for said in (
                " and congratulated Brazil on the successful G20 Summit held on November 18-19, 2024",
                " and discussed the election held on October 6, 2024",
                " and welcomed the agreement signed on March 5, 2024",
                ", recalling the summit of September 10, 2024",
                ", the first since the establishment of the strategic partnership on May 5, 2024",
                " and the two agreed to meet again on December 5, 2024",
                " and noted that the trade agreement will enter into force on January 1, 2025",
                " on the occasion of the 65th anniversary of diplomatic relations on October 31, 2024",
            )
        ),
        *(  # a day of what went before or comes after, or of another meeting told later with someone new
            (lead, "2024-05-04", None, None, "unknown")
            for lead in (
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil, following "
                "President Lula's visit on April 10.",
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil and discussed "
                "preparations for President Lula's visit on June 5.",
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil. On May 2, "
                "Minister Vieira met with Prime Minister Han Duck-soo.",
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil. On May 2, "
                "Minister Cho met with Korean residents in Brasilia.",
                "During his visit to Brazil, Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro "
                "Vieira. On May 2, he met with President Lula.",
                *(  # a clause of another deed or time after the meeting is told
                    f"Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil{said}."
                    for said in (
                        ", a day after President Yoon met with President Lula on May 2",
                        ", as agreed during their phone call on April 5",
                        ", whom he last met on April 5 in Rio de Janeiro",
                        ", who had visited Busan on May 1",
                        " and briefed him on the results of the general election on April 10",
                        " and expressed gratitude for the condolence message sent on April 30",
                        " and asked for Brazil's support for Korea's bid at the vote on June 10",
                        " and recalled their meeting in Rio, which took place on April 5",
                    )
                ),
            )
        ),
        *(
            (lead, "2024-05-04", D(2024, 5, 3), D(2024, 5, 3), "date_line")
            for lead in (
                # the meeting's day after a clause closed by a comma, or after a verb of the talks
                "Foreign Minister Cho Tae-yul met with Foreign Minister Mauro Vieira of Brazil, who is visiting Korea, "
                "on May 3.",
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil and exchanged "
                "views on trade on May 3.",
                # the day of the gathering they met at, told after it
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil at the G20 "
                "Foreign Ministers' Meeting, which took place on May 3.",
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil on the sidelines "
                "of the ministerial meeting, which was held on May 3 in Rio de Janeiro.",
                # a later statement of the same meeting: back to the other side, or to both
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil. On May 3, the "
                "two ministers met at the Itamaraty Palace and discussed cooperation.",
                "Foreign Minister Cho Tae-yul held talks with his Brazilian counterpart Mauro Vieira. On May 3, he "
                "met with his counterpart at the Itamaraty Palace.",
            )
        ),
        (  # a visit told first, its meeting after: the meeting's day (the visit's end stays the end)
            "Foreign Minister Cho Tae-yul visited Brazil from May 2 to 4. On May 3, he met with Foreign Minister "
            "Mauro Vieira.",
            "2024-05-04",
            D(2024, 5, 3),
            D(2024, 5, 4),
            "date_line",
        ),
        *(  # the meeting's own day, however it is written
            (
                lead,
                None,
                D(2024, 5, 3),
                D(2024, 5, 3),
                "stated",
            )
            for lead in (
                "The Korea-Brazil Strategic Dialogue, held on May 3, 2024 in Seoul, was chaired by Vice Minister Kim "
                "Hong-kyun and Secretary-General Maria Laura da Rocha",
                "Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira of Brazil and discussed "
                "trade on May 3, 2024",
                "Foreign Minister Cho Tae-yul met again with Foreign Minister Mauro Vieira of Brazil on May 3, 2024",
            )
        ),
        (  # a meeting held as scheduled is dated
            "Foreign Minister Park Jin met with Foreign Minister Mauro Vieira of Brazil as scheduled on May 3, 2023.",
            None,
            D(2023, 5, 3),
            D(2023, 5, 3),
            "stated",
        ),
        (  # a deed and a meeting on one day
            "On May 2, Foreign Minister Park Jin arrived in Brasilia and met with Foreign Minister Mauro Vieira of "
            "Brazil.",
            "2023-05-05",
            D(2023, 5, 2),
            D(2023, 5, 2),
            "date_line",
        ),
    ],
)
def test_meeting_date(lead, date_line, start, end, basis):
    row = _release(lead, date_line).releases.iloc[0]
    got = (
        None if row.meeting_date != row.meeting_date else row.meeting_date.date(),
        None if row.meeting_end != row.meeting_end else row.meeting_end.date(),
        row.date_basis,
    )
    assert got == (start, end, basis), row.date_evidence
    assert row.date_evidence


@pytest.mark.parametrize(
    ("fields", "day", "venue"),
    [
        (  # the letter ieung as the bullet of a list under the lead, as pages translated from Korean have it
            "ㅇ Date: Tuesday, October 24, 2023, 10:00-11:30\nㅇ Venue: Diplomatic Quarter, Riyadh",
            D(2023, 10, 24),
            "Riyadh, Saudi Arabia",
        ),
        ("- Date/Venue: October 24 (Tue), 2023, Riyadh", D(2023, 10, 24), "Riyadh, Saudi Arabia"),
        ("- Date & Time: October 24, 2023 (Tue) 10:00", D(2023, 10, 24), None),
    ],
)
def test_fields_under_a_lead_that_gives_no_day_date_and_place_the_meeting(fields, day, venue):
    text = (
        "Press Releases\n\nOutcome of the ROK-Saudi Arabia Foreign Ministers' Meeting\n\n"
        "□ Foreign Minister Park Jin held a foreign ministers' meeting with Saudi Foreign Minister Faisal bin Farhan "
        f"Al Saud.\n{fields}\n\n□ {FILLER}"
    )
    row = core.load(Upload("fields.txt", text.encode())).releases.iloc[0]
    assert (row.meeting_date.date(), row.date_basis) == (day, "stated"), row.date_evidence
    assert (row.venue if isinstance(row.venue, str) else None) == venue


@pytest.mark.parametrize(
    ("opening", "day", "venue"),
    [
        ("(Brasilia, March 12) Foreign Minister Park Jin and", D(2023, 3, 12), "Brasilia, Brazil"),  # Park Jin's term
        ("(Brasilia, 12 March 2024) Foreign Minister Cho Tae-yul and", D(2024, 3, 12), "Brasilia, Brazil"),
        # a day in brackets later in the statement is another event's
        ("Foreign Minister Park Jin, on his way to the G20 (March 8-10), and", None, None),
    ],
)
def test_a_dateline_the_statement_opens_with_dates_and_places_the_meeting(opening, day, venue):
    lead = f"{opening} Brazilian Foreign Minister Mauro Vieira held the 3rd Foreign Ministers' Strategic Dialogue."
    row = _release(lead).releases.iloc[0]
    assert (None if row.meeting_date != row.meeting_date else row.meeting_date.date()) == day, row.date_evidence
    assert (row.venue if isinstance(row.venue, str) else None) == venue


def test_a_day_within_a_visit_that_a_later_statement_gives_the_talks_is_the_meetings():
    lead = (
        "Foreign Minister Park Jin visited France from April 30 to May 2, 2023. During the visit, he held talks "
        "with French Minister for Europe and Foreign Affairs Catherine Colonna on May 1 at the Quai d'Orsay."
    )
    row = _release(lead).releases.iloc[0]
    assert (row.meeting_date.date(), row.meeting_end.date(), row.date_basis) == (D(2023, 5, 1), D(2023, 5, 2), "stated")
    assert row.venue == "Paris, France"


def test_a_day_in_brackets_closing_the_title_dates_the_meeting_a_day_in_brackets_in_a_statement_does_not():
    lead = "Foreign Minister Park Jin held talks with Thai Foreign Minister Don Pramudwinai in Seoul."
    titled = _release(lead, title="Foreign Minister Meets Thai Foreign Minister (May 3, 2023)").releases.iloc[0]
    assert (titled.meeting_date.date(), titled.date_basis) == (D(2023, 5, 3), "stated")
    said = _release(lead.replace("in Seoul.", "in Seoul (May 3, 2023).")).releases.iloc[0]
    assert said.date_basis == "unknown"


def test_a_lower_bound_alone_is_not_a_date():
    row = _release("The forum, launched in November 2018, met again on May 3 in Busan.").releases.iloc[0]
    assert row.date_basis == "unknown" and "year not stated" in row.date_evidence


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Date\n2017-06-26", D(2017, 6, 26)),
        ("• Date : 2016-06-13 22:00:00", D(2016, 6, 13)),
        ("Date 2019-11-19 Hit 123", D(2019, 11, 19)),  # the date and the hit counter on one line
        ("Date : 2019.11.19 | Hit : 123", D(2019, 11, 19)),
        ("등록일 2019.11.19", D(2019, 11, 19)),  # an embassy mirror's Korean label
        ("Writer : Spokesperson | Date : 2019.11.19 | Hit : 123", D(2019, 11, 19)),
        ("No. 325 | Date 2019-11-19 | Hit 1,024", D(2019, 11, 19)),  # a board's row: the post's number first
        ("| Date | 2019-11-19 |", D(2019, 11, 19)),  # a table's cells
        ("2019-11-19 | Views 120", D(2019, 11, 19)),  # in the page's header, with its counter
        ("Release date: 19 November 2019", D(2019, 11, 19)),
        ("Posted on November 19, 2019", D(2019, 11, 19)),
        ("Reg. Date 2019/11/19", D(2019, 11, 19)),
        ("2019-11-19", D(2019, 11, 19)),  # a header line with only a date
        ("November 19, 2019", D(2019, 11, 19)),
        ("Nov. 19, 2019", D(2019, 11, 19)),
        ("19 November 2019", D(2019, 11, 19)),
        (None, None),
    ],
)
def test_published_from_the_date_line(line, published):
    head = "Press Releases\n\nTitle of the Release\n\n" + (f"{line}\nhit 1428\n\n" if line else "")
    corpus = core.load(Upload("p.txt", f"{head}1. On May 2, {FILLER}\n\n2. {FILLER}".encode()))
    value = corpus.releases.iloc[0].published
    assert (None if value != value else value.date()) == published


def test_the_readme_date_table_is_the_rules_table():
    """README's "How a meeting's date is found" lists the kinds of evidence of DATE_RULES, in order."""
    from core.track.listed_dates import DATE_RULES
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### How a meeting's date is found", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \| (.+) \|$", section, re.M)
    assert rows == list(DATE_RULES)


@pytest.mark.parametrize(
    ("lead", "date_line", "start", "basis", "because"),
    [
        (  # the weekday and the minister's term together: only 2017
            "On Sunday, November 26, Foreign Minister Kang Kyung-wha held a meeting with Foreign Minister Sergey "
            "Lavrov of Russia in Seoul.",
            None,
            D(2017, 11, 26),
            "weekday",
            ["Kang Kyung-wha was Minister of Foreign Affairs 2017-06-18 to 2021-02-08", "November 26 was a Sunday in"],
        ),
        (  # the weekday in brackets after the day, as Korean pages write it
            "On November 26 (Sun.), Foreign Minister Kang Kyung-wha held a meeting with Foreign Minister Sergey "
            "Lavrov of Russia in Seoul.",
            None,
            D(2017, 11, 26),
            "weekday",
            ["November 26 was a Sunday in"],
        ),
        (
            "On Sunday, 26 November, Foreign Minister Kang Kyung-wha held a meeting with Foreign Minister Sergey "
            "Lavrov of Russia in Seoul.",
            None,
            D(2017, 11, 26),
            "weekday",
            ["November 26 was a Sunday in"],
        ),
        *(  # a weekday cut or after a comma, the day in brackets after it (a cut weekday's dot ends no sentence)
            (
                f"On {day}, Foreign Minister Kang Kyung-wha held a meeting with Foreign Minister Sergey Lavrov of "
                "Russia in Seoul.",
                None,
                D(2017, 11, 26),
                "weekday",
                ["November 26 was a Sunday in"],
            )
            for day in ("Sun., November 26", "Sun, November 26", "Sunday (November 26)", "November 26, Sunday")
        ),
        (  # the host city of APEC, with the presidents' terms: 2009
            "On November 14, President Lee Myung-bak held a summit with President Dmitry Medvedev of Russia on the "
            "sidelines of the APEC Economic Leaders' Meeting in Singapore.",
            None,
            D(2009, 11, 14),
            "office_holder",
            ["APEC Economic Leaders' Meeting met in Singapore in 2009", "Dmitry Medvedev was President 2008-05-07"],
        ),
        (  # a year written with the host event
            "On the occasion of the Munich Security Conference 2019, Foreign Minister Kang Kyung-wha met bilaterally "
            "with Minister for Europe and Foreign Affairs of the French Republic Le Drian on February 15.",
            None,
            D(2019, 2, 15),
            "event_place",
            ["Munich Security Conference 2019"],
        ),
        (  # the other event's dates are in brackets: the meeting is on the 7th
            "On March 7, Foreign Minister Yun Byung-se met with Foreign Minister Sergey Lavrov of Russia, who was on "
            "his way to the Human Rights Council in Geneva (March 8-10).",
            "2016-03-09",
            D(2016, 3, 7),
            "date_line",
            ["the page is dated 2016-03-09"],
        ),
        (  # the date of an event ahead ("set to be held") is not the meeting's (Kazinform, 2018)
            "Minister Abdrakhmanov made the statement after the meeting with his South Korean colleague Kang Kyung-wha "
            "in Astana on April 17 and ahead of the historic summit between the Republic of Korea and the DPRK set to be "
            "held on April 27.",
            "2018-04-17",
            D(2018, 4, 17),
            "date_line",
            [],
        ),
        (  # a two-day visit; the ministers met "On" the second day
            "Foreign Minister Kang Kyung-wha paid an official visit to Russia on March 12 and 13. On March 13, "
            "Minister Kang held a foreign ministers' meeting with Foreign Minister Sergey Lavrov.",
            "2018-03-14",
            D(2018, 3, 13),
            "date_line",
            [],
        ),
        (  # a month-level boundary ("from 2011-12") never rules the month out
            "Deputy Foreign Minister for Asia-Pacific Affairs Igor Morgulov held consultations with Deputy Minister "
            "Lim Sung-nam in Moscow on December 5.",
            "2011-12-20",
            D(2011, 12, 5),
            "date_line",
            [],
        ),
        (  # the Date line and the minister's term disagree: reported, no date
            "Foreign Minister Yun Byung-se met with Foreign Minister Sergey Lavrov of Russia on May 2.",
            "2019-05-03",
            None,
            "unknown",
            ["the evidence disagrees", "Yun Byung-se was Minister of Foreign Affairs"],
        ),
        (  # a date with its year that is another event's: the meeting's own is the one "on" it
            "Following the summit of September 6, 2017, Deputy Foreign Minister for Political Affairs Yoon Soon-gu "
            "held the 17th Republic of Korea-Russia policy consultation in Seoul on November 27.",
            "2017-11-28",
            D(2017, 11, 27),
            "date_line",
            [],
        ),
        (  # both dates follow "on"; the meeting's is the one its verb ("held") leads to
            "Following up on the agreement reached at the summit on June 22, 2018, the two sides held the 15th meeting "
            "of the Korea-Russia Far East and Siberia Sub-committee in Moscow on October 3.",
            "2019-10-04",
            D(2019, 10, 3),
            "date_line",
            [],
        ),
        (  # an event named with its year that the meeting is not held at says nothing of the year
            "On September 20, Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia and "
            "asked for cooperation for the success of the 2018 PyeongChang Winter Olympics.",
            "2017-09-21",
            D(2017, 9, 20),
            "date_line",
            [],
        ),
        (  # an anniversary that "will mark" is ahead: it does not name the present year
            "On October 18, Vice Minister of Foreign Affairs Lee Tae-ho held a consultation with Special Presidential "
            "Representative Mikhail Shvydkoy in Moscow on commemorative projects for the year 2020, which will mark "
            "the 30th anniversary of the establishment of diplomatic relations between the ROK and Russia.",
            None,
            None,
            "unknown",
            ["Lee Tae-ho was Second Vice Minister of Foreign Affairs", "2018–2020]"],
        ),
        (  # an event recalled, not attended: its year (by its number) says nothing of the meeting's
            "Recalling the outcome of the 43rd G7 Summit, Foreign Minister Kang Kyung-wha met with Foreign Minister "
            "Sergey Lavrov of Russia on March 3.",
            None,
            None,
            "unknown",
            ["could be 2018–2020"],
        ),
        (  # a news dateline is the day the account was written, not the day of the meeting (December 19)
            "December 20, 2017 Tokyo- Japanese Foreign Minister Taro Kono, at a meeting on Tuesday with his South "
            "Korean counterpart, Kang Kyung-wha, stressed the importance for their countries to implement steadily "
            "the 2015 accord on resolving the issue of so-called comfort women finally and irreversibly.",
            None,
            None,
            "unknown",
            [],
        ),
        (  # the office of Deputy Minister for Political Affairs is not listed completely: no year ruled out
            "Deputy Minister for Political Affairs Kim Gunn held the 13th meeting of the Korea-Russia Far East and "
            "Siberia Sub-committee with Deputy Minister Alexander Krutikov in Seoul on December 12.",
            None,
            None,
            "unknown",
            ["could be any year from 1990"],
        ),
        (  # a day written day-first ("on 22 February") is the meeting's within the visit
            "Foreign Minister Yun Byung-se visited the United Kingdom from February 21 to 22, and held the third "
            "ROK-UK Foreign Ministers’ strategic dialogue with Foreign Secretary Boris Johnson in London on 22 February.",
            "2017-02-23",
            D(2017, 2, 22),
            "date_line",
            [],
        ),
        (  # several days and nothing tells which is the meeting's: no day is taken
            "On November 10, President Moon Jae-in attended the APEC Economic Leaders' Meeting in Da Nang, and on "
            "November 11 he held a summit with President Vladimir Putin of Russia.",
            "2017-11-12",
            None,
            "unknown",
            ["names several days (November 10, November 11)"],
        ),
        (  # a visit's days, and a meeting within it on a day the text does not give
            "During his visit to Moscow from March 12 to 14, Foreign Minister Yun Byung-se met with Foreign Minister "
            "Sergey Lavrov of Russia.",
            "2016-03-15",
            None,
            "unknown",
            ["March 12 to March 14 are the days of the visit"],
        ),
        (  # the later sentence of the meeting, not that of another engagement, gives its day
            "Foreign Minister Kang Kyung-wha paid an official visit to Russia on March 12 and 13. On March 12, Minister "
            "Kang gave a lecture at the Diplomatic Academy. On March 13, Minister Kang held a foreign ministers' "
            "meeting with Foreign Minister Sergey Lavrov.",
            "2018-03-14",
            D(2018, 3, 13),
            "date_line",
            [],
        ),
        *(  # a ministers' meeting of a series is no leaders' summit of it, held in the same city at another time
            (
                f"Foreign Minister Cho Tae-yul held talks with Foreign Minister Melanie Joly of Canada {at}.",
                None,
                day,
                "stated",
                [],
            )
            for at, day in (
                (
                    "in Brussels on April 4, 2024, on the sidelines of the NATO Foreign Ministers' Meeting",
                    D(2024, 4, 4),
                ),
                (
                    "on the sidelines of the G20 Foreign Ministers' Meeting in Rio de Janeiro on February 22, 2024",
                    D(2024, 2, 22),
                ),
                ("on the margins of the APEC Ministerial Meeting in Lima on May 17, 2024", D(2024, 5, 17)),
            )
        ),
    ],
)
def test_the_year_left_by_every_constraint(lead, date_line, start, basis, because):
    row = _release(lead, date_line).releases.iloc[0]
    got = None if row.meeting_date != row.meeting_date else row.meeting_date.date()
    assert (got, row.date_basis) == (start, basis), row.date_evidence
    if start is not None:
        assert row.meeting_end.date() == start
    for words in because:
        assert words in row.date_evidence, row.date_evidence


@pytest.mark.parametrize(
    ("lead", "start"),
    [
        (  # no Eastern Economic Forum in 2020: the sixth was in 2021
            "On September 3, Foreign Minister Chung Eui-yong met with Foreign Minister Sergey Lavrov of Russia on the "
            "sidelines of the sixth Eastern Economic Forum in Vladivostok.",
            D(2021, 9, 3),
        ),
        (
            "On the sidelines of the 25th ASEAN Regional Forum, Foreign Minister Kang Kyung-wha met with Foreign "
            "Minister Sergey Lavrov of Russia on August 3.",
            D(2018, 8, 3),
        ),
        (
            "On the sidelines of the 7th Korea-Japan-China Trilateral Summit, President Moon Jae-in met with Prime "
            "Minister Shinzo Abe of Japan on May 9.",
            D(2018, 5, 9),
        ),
    ],
)
def test_numbered_events_give_the_year(lead, start):
    row = _release(lead).releases.iloc[0]
    assert (row.meeting_date.date(), row.date_basis) == (start, "known_event"), row.date_evidence


@pytest.mark.parametrize(
    ("lead", "date_line", "start"),
    [
        (  # an event of known year said to fall last year
            "On September 5, Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia, "
            "a year after the 4th Eastern Economic Forum last year.",
            None,
            D(2019, 9, 5),
        ),
        (  # "to be held in 2019" is ahead: no lower bound from it
            "On March 4, the two sides agreed that the forum, to be held in 2019 in Pohang, would promote "
            "cooperation; Foreign Minister Kang Kyung-wha attended.",
            "2018-03-05",
            D(2018, 3, 4),
        ),
    ],
)
def test_years_named_beside_events(lead, date_line, start):
    row = _release(lead, date_line).releases.iloc[0]
    got = None if row.meeting_date != row.meeting_date else row.meeting_date.date()
    assert got == start, row.date_evidence


def test_a_date_alone_in_the_body_is_not_the_page_date():
    text = f"Press Releases\n\nTitle of the Release\n\n1. On May 2, {FILLER}\n\n2019-11-19\n\n2. {FILLER}"
    value = core.load(Upload("p.txt", text.encode())).releases.iloc[0].published
    assert value != value  # NaT


def test_a_copied_news_page_keeps_the_text_after_its_date_label():
    text = "date 2017-12-19 Visiting South Korean Foreign Minister Kang Kyung-wha met with Foreign Minister Taro Kono."
    row = core.load(Upload("n.txt", f"{text}\n\n{FILLER}".encode())).releases.iloc[0]
    assert row.published.date() == D(2017, 12, 19)
    assert row.text.startswith("Visiting South Korean Foreign Minister")


MORGULOV = (
    "Deputy Foreign Minister for Political Affairs Yoon Soon-gu, together with Deputy Foreign Minister in charge of "
    "Asia-Pacific affairs Igor Morgulov of Russia, held the 17th Republic of Korea-Russia policy consultation in "
    "Seoul on {day}. "
)
KANG_LAVROV = (
    "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia in Moscow on October 18. "
)


@pytest.mark.parametrize(
    ("lead", "not_because"),
    [
        # a year told as ahead of the meeting is not the present year (said in 2019 of 2020)
        (
            KANG_LAVROV + "The two sides agreed to make the year 2020, which marks the 30th anniversary of the "
            "establishment of diplomatic relations, a year of substantive cooperation.",
            "which marks",
        ),
        # events marking an anniversary may be planned for next year: not "this year"
        (
            KANG_LAVROV + "The two Ministers agreed to work closely together to hold successful commemorative events "
            "marking the 30th anniversary of the establishment of diplomatic relations between the two countries.",
            "anniversary",
        ),
        # a stated anniversary year is the anniversary's, not the meeting's
        (
            "Vice Minister of Foreign Affairs Lee Tae-ho held a vice chair-level consultation on the 30th anniversary "
            "in 2020 of the establishment of diplomatic relations between the ROK and the Russian Federation in "
            "Moscow, Russia, on the morning of October 18.",
            "is this year",
        ),
        # an invitation to attend an event is not the event the meeting was held at
        (
            KANG_LAVROV + "Foreign Minister Lavrov invited President Moon to attend the Eastern Economic Forum 2019.",
            "held at",
        ),
        (
            "On October 18, Foreign Minister Kang Kyung-wha, who will attend the Eastern Economic Forum 2019, met "
            "with Foreign Minister Sergey Lavrov of Russia.",
            "held at",
        ),
        # "held … in 2020" where the year is an anniversary's, not the holding's
        (
            KANG_LAVROV + "Earlier, the two vice ministers held a consultation on the 30th anniversary in 2020 of "
            "the establishment of diplomatic relations.",
            "is past",
        ),
        # a past meeting, then a plan with its date: the plan's date is ahead
        (
            KANG_LAVROV + "The two sides held talks and agreed to hold the next round in Seoul on May 3, 2019.",
            "is past",
        ),
        (
            KANG_LAVROV + "The two sides agreed to make 2020, marking the 30th anniversary of diplomatic relations, "
            "a year of exchanges.",
            "marking",
        ),
        # "was the first" of something else than the meeting
        (
            KANG_LAVROV + "Minister Lavrov noted that the ROK was the first country to sign the agreement in 2012.",
            "the first",
        ),
        # an office held no more: its term is not the meeting's time (Yun was minister on Friday, 22 November 2013)
        (
            "Former Foreign Minister Yun Byung-se met with Foreign Minister Sergey Lavrov of Russia in Moscow on "
            "Friday, November 22.",
            "Yun Byung-se was",
        ),
        (  # nor one held not yet
            "Incoming Foreign Minister Park Jin met with Ambassador Andrey Kulik of Russia in Seoul on Thursday, "
            "April 28.",
            "Park Jin was",
        ),
        # an old plan ("which the two leaders agreed to launch in 2018") bounds nothing from above
        (
            KANG_LAVROV + "The two sides noted that the forum for provincial cooperation, which the two leaders "
            "agreed to launch in 2018, has been held twice.",
            "is ahead",
        ),
    ],
)
def test_evidence_that_could_be_wrong_leaves_the_year_open(lead, not_because):
    row = _release(lead).releases.iloc[0]
    assert row.date_basis == "unknown", row.date_evidence
    assert not_because not in row.date_evidence.split(" [", 1)[1], row.date_evidence


@pytest.mark.parametrize(
    ("lead", "start", "because"),
    [
        # trade figures of a past period bound the year from below; "will … in 2018" from above
        (
            MORGULOV.format(day="November 27") + "The two sides, citing the some 50% increase in the two-way trade "
            "volume in January-September 2017 from the same period in 2016, voiced hope that the two countries will "
            "remain highly cooperative with each other in 2018.",
            None,
            "could be 2017 or 2018",
        ),
        (
            MORGULOV.format(day="Monday, November 27") + "The two sides, citing the some 50% increase in the "
            "two-way trade volume in January-September 2017 from the same period in 2016, voiced hope that the two "
            "countries will remain highly cooperative with each other in 2018.",
            D(2017, 11, 27),
            "a Monday",
        ),
        # a dated past session and a past meeting bound the year from below
        (
            "Foreign Minister Yun Byung-se held the third strategic dialogue with his British counterpart in "
            "London on February 22. The second strategic dialogue took place in Seoul on August 10, 2015, and the "
            "two Ministers recalled their meeting held on the sidelines of the UN General Assembly in September 2016.",
            D(2017, 2, 22),
            "not before 2016-07-03",
        ),
        # "with the year 2015 marking the 50th anniversary": the present year
        (
            "Foreign Minister Yun Byung-se met with Foreign Minister Fumio Kishida of Japan in Seoul on March 21. The "
            "two Ministers agreed that with the year 2015 marking the 50th anniversary of the normalization of "
            "relations, they would work together.",
            D(2015, 3, 21),
            "2015 marking the 50th anniversary",
        ),
        # "since the launch of … in May 2014" is past
        (
            "Foreign Minister Yun Byung-se held the eighth meeting of the Joint Committee in Seoul on December 29. "
            "The meeting marked the first of its kind since the launch of the Modi government in India in May 2014, "
            "and the two Ministers will hold the next one in February 2015.",
            D(2014, 12, 29),
            "not before May 2014",
        ),
        # a name first used on a known day: the text is not older (coinages.yaml)
        (
            "Minister of Foreign Affairs Kang Kyung-wha, who is on an official visit to Viet Nam, had a meeting on "
            "September 18 with Minister of Foreign Affairs of Viet Nam Pham Binh Minh. The two sides discussed "
            "cooperation in COVID-19 response.",
            D(2020, 9, 18),
            "names COVID-19, first used on 2020-02-11",
        ),
        (  # within its 60 days of report lag, the meeting may come before the name
            "Minister of Foreign Affairs Kang Kyung-wha had a meeting on January 6 with Minister of Foreign "
            "Affairs of Viet Nam Pham Binh Minh. The two sides discussed cooperation in COVID-19 response.",
            None,
            "could be 2020 or 2021",
        ),
    ],
)
def test_past_periods_and_plans_bound_the_year(lead, start, because):
    row = _release(lead).releases.iloc[0]
    got = None if row.meeting_date != row.meeting_date else row.meeting_date.date()
    assert got == start, row.date_evidence
    assert because in row.date_evidence


def _dated_copies():
    """Every golden release and every other publisher's account with its meeting date (the date at
    the end of accounts-sources.tsv's `meeting`)."""
    from tests.conftest import CORPUS, SEEDS

    gold = yaml.safe_load((CORPUS.parent / "golden" / "releases.yaml").read_text(encoding="utf-8"))
    for name, fields in gold.items():
        if fields.get("meeting_date"):
            yield (SEEDS / name if (SEEDS / name).exists() else CORPUS / name), fields["meeting_date"]
    accounts = CORPUS.parent / "accounts"
    for row in csv.DictReader((CORPUS.parent / "accounts-sources.tsv").open(encoding="utf-8"), delimiter="\t"):
        if days := re.findall(r"\d{4}-\d\d-\d\d", row["meeting"]):
            yield accounts / row["file"], dt.date.fromisoformat(days[-1])


_DATE_LINES = re.compile(
    r"^\s*(?:•\s*)?Date\s*:?\s*(?:\d{4}-\d\d-\d\d.*)?$\n?(?:^\s*\d{4}-\d\d-\d\d\s*$\n?)?|^date \d{4}-\d\d-\d\d\s*$",
    re.M | re.I,
)


@pytest.mark.parametrize("share", [1.0, 0.2, 0.35, 0.5])
@pytest.mark.parametrize(("path", "date"), [pytest.param(p, d, id=p.name) for p, d in _dated_copies()])
def test_without_its_date_line_or_cut_short_a_release_is_dated_right_or_not_at_all(path, date, share):
    """Each release and account copied without its Date line (as many pages are), whole and cut off
    after a share of its characters, mid-sentence (as copies of a page's opening part are): the
    evidence left gives the right date or leaves it unknown, never a wrong one. A cut that kept an
    event's span and lost the day of the meeting within it ("held in Anchorage on August 30 and 31,
    Foreign Mi") had given the event's first day."""
    whole = _DATE_LINES.sub("", path.read_text(encoding="utf-8"))
    text = whole[: int(len(whole) * share)]
    if path.parent.name != "accounts":  # a news page's own dateline stays: it is the page's date
        assert clean(text).published is None
    # no cache: the copy has the release's id (title and body), and must not stand in for it later
    corpus = core.load(Upload(f"copy-{share}-{path.name}", text.encode()), cache=False, corrections=False)
    for row in corpus.releases.itertuples():
        got = None if row.meeting_date != row.meeting_date else row.meeting_date.date()
        assert got in (None, date), row.date_evidence


def test_a_weekday_that_disagrees_with_the_date_line_leaves_no_year():
    from tests.conftest import CORPUS

    text = (CORPUS / "ca-fm-phone-call.txt").read_text(encoding="utf-8")
    assert "Thursday, February 8" in text
    changed = text.replace("Thursday, February 8", "Friday, February 8")
    row = core.load(Upload("x.txt", changed.encode()), cache=False).releases
    assert row.iloc[0].date_basis == "unknown" and "evidence disagrees" in row.iloc[0].date_evidence


@pytest.mark.parametrize(
    ("page", "start"),
    [
        # copied news pages: a meeting told by its weekday alone is the latest such day up to the page's date
        (
            "date 2017-12-19 Visiting South Korean Foreign Minister Kang Kyung-wha met with Foreign Minister "
            "Taro Kono on Tuesday in Tokyo for a three-hour talk.",
            D(2017, 12, 19),
        ),
        (
            "Moon meets all of the Big Four in Germany\n\nPublished : July 8, 2017 - 00:51\n\nHAMBURG, Germany -- "
            "Upon meeting with Russian President Vladimir Putin on Friday, President Moon Jae-in completed his "
            "initial diplomatic mission.",
            D(2017, 7, 7),
        ),
        (  # what the sides agreed that day is the meeting's
            "date 2022-08-10 Foreign Minister Park Jin and his Mongolian counterpart Battsetseg Batmunkh agreed on "
            "Tuesday to strengthen cooperation in the mining sector.",
            D(2022, 8, 9),
        ),
        # a meeting ahead, or a weekday that is not the meeting's, gives nothing
        (
            "date 2017-12-19 Foreign Minister Kang Kyung-wha will meet Foreign Minister Taro Kono on Friday.",
            None,
        ),
        ("date 2018-02-28 The foreign ministry here said Wednesday that the two ministers agreed.", None),
        (
            "date 2017-12-20 Foreign Minister Kang Kyung-wha, who arrived in Tokyo on Monday, met with Foreign "
            "Minister Taro Kono.",
            None,
        ),
    ],
)
def test_a_weekday_alone_counts_back_from_the_page_date(page, start):
    row = core.load(Upload("n.txt", f"{page}\n\n{FILLER}".encode())).releases.iloc[0]
    got = None if row.meeting_date != row.meeting_date else row.meeting_date.date()
    assert got == start, row.date_evidence


def test_a_past_event_after_the_meeting_does_not_rule_out_its_year():
    """A release written days after its meeting may tell as past what happened in between."""
    from core.extract.dates import years_left

    lead = (
        "Director-General Kim Jung-han had a virtual consultation with Director-General Funakoshi Takehiro on "
        "January 15. The two sides welcomed the telephone talks held between the two leaders on January 17, 2021."
    )
    row = _release(lead).releases.iloc[0]
    assert row.date_basis == "unknown" and 2021 in years_left(row.date_evidence), row.date_evidence
