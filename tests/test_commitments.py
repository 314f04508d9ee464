"""Commitments from real sentences: kind, actor, clause and target."""

from __future__ import annotations

import pytest

import core
from core.ingest.sources import Upload
from tests.conftest import ROOT

LEAD = (
    "Foreign Minister Kang Kyung-wha met with Foreign Minister Taro Kono of Japan on December 19 and exchanged "
    "views on bilateral relations."
)


def _commitments(*sentences: str):
    body = "\n\n".join(f"{i}. {s}" for i, s in enumerate([LEAD, *sentences], start=1))
    return core.load(Upload("c.txt", f"Press Releases\n\nA Title\n\n{body}".encode())).commitments


@pytest.mark.parametrize(
    ("sentences", "kind", "actor", "text", "target"),
    [
        (
            [
                "The two Ministers agreed to work closely together to hold a Japan-hosted ROK-Japan-China summit as soon "
                "as possible."
            ],
            "agreement",
            "both sides",
            "work closely together to hold a Japan-hosted ROK-Japan-China summit as soon as possible",
            "as soon as possible",
        ),
        (
            ["In addition, she voiced hope that Minister Kono will visit the ROK in the near future."],
            "hope",
            "Kang Kyung-wha",
            "Minister Kono will visit the ROK in the near future",
            "the near future",
        ),
        (
            ["Minister Kono offered to pursue close collaboration among the ROK, the US and Japan."],
            "pledge",
            "Taro Kono",
            "pursue close collaboration among the ROK, the US and Japan",
            None,
        ),
        (
            ["Minister Kono spoke first.", "He asked the ROK government to pay attention to the issue of the victims."],
            "request",
            "Taro Kono",
            "ROK government to pay attention to the issue of the victims",
            None,
        ),
        (
            ["The Japanese side hoped to achieve mutually-beneficial development through close consultation."],
            "hope",
            "Japan",
            "achieve mutually-beneficial development through close consultation",
            None,
        ),
        (
            ["The two sides decided to call the current council the new council from the 15th meeting and on."],
            "decision",
            "both sides",
            "call the current council the new council from the 15th meeting and on",
            "from the 15th meeting and on",
        ),
        (
            ["Minister Kang and Minister Kono agreed to hold the next meeting in Seoul in the first half of 2019."],
            "agreement",
            "both sides",
            "hold the next meeting in Seoul in the first half of 2019",
            "first half of 2019",
        ),
        (  # a part of next year, and next month: the tracker counts them from the release's date
            [
                "Minister Kang and Minister Kono agreed to hold the next meeting in Seoul in the first half of next year."
            ],
            "agreement",
            "both sides",
            "hold the next meeting in Seoul in the first half of next year",
            "first half of next year",
        ),
        (
            ["Minister Kang and Minister Kono agreed to launch the working group next month."],
            "agreement",
            "both sides",
            "launch the working group next month",
            "next month",
        ),
    ],
)
def test_commitment(sentences, kind, actor, text, target):
    c = _commitments(*sentences)
    assert len(c) == 1, c.text.tolist()
    row = c.iloc[0]
    assert (row.kind, row.actor, row.text) == (kind, actor, text)
    assert (row.target if isinstance(row.target, str) else None) == target


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        (
            "Minister Kang asked for Japan's continued support for the denuclearization of North Korea, and Minister "
            "Kono expressed hope that Korean companies will invest more in Japan.",
            "Japan’s continued support for the denuclearization of North Korea",
        ),
        (
            "The Japanese side requested the ROK's continued support for the refugees, and the ROK side asked Japan to "
            "ensure the safety of Korean businesses.",
            "the ROK’s continued support for the refugees",
        ),
        (  # the day an "agreed on" leads to is no part of the clause
            "The two ministers agreed on Tuesday to strengthen cooperation in the mining sector.",
            "strengthen cooperation in the mining sector",
        ),
        (
            "The two ministers agreed on May 3 that they would strengthen cooperation in the mining sector.",
            "they would strengthen cooperation in the mining sector",
        ),
        (  # what the other side said next is no part of the request
            "Ambassador Lee urged Russia to immediately stop military cooperation with North Korea, and Deputy "
            "Minister Rudenko said that the cooperation is not directed against third countries.",
            "Russia to immediately stop military cooperation with North Korea",
        ),
        (
            "The two ministers agreed to expand cooperation in agriculture and health, and Minister Kono expressed "
            "gratitude for Korea's assistance.",
            "expand cooperation in agriculture and health",
        ),
        *(  # what the same sides did next, told in the past, is no part of what they undertook
            (
                f"The two ministers agreed to cooperate closely for the success of APEC 2025 in Korea, and {did}.",
                "cooperate closely for the success of APEC 2025 in Korea",
            )
            for did in (
                "discussed cooperation in lithium",
                "also exchanged views on the situation in the Middle East",
                "noted that an MOU was signed on the occasion of the meeting",
            )
        ),
        (  # a verb the undertaking goes on with stays
            "The two sides agreed to hold consultations, and exchange views on regional issues.",
            "hold consultations, and exchange views on regional issues",
        ),
        (  # a clause the sentence ends keeps its last words
            "The two sides agreed to work together on international stages, including ASEAN, the G20 and the UN.",
            "work together on international stages, including ASEAN, the G20 and the UN",
        ),
    ],
)
def test_a_clause_is_what_is_to_be_done(sentence, first):
    assert _commitments(sentence).iloc[0].text == first


def test_reported_past_agreement_is_not_a_commitment():
    c = _commitments("The forum, which the Presidents agreed to set up at their summit talks, will be the first one.")
    assert c.empty


def test_two_commitments_in_one_sentence():
    c = _commitments(
        "Minister Kono voiced hope to hold a briefing session for Korean companies, and the two sides agreed to hold "
        "the session in early 2021 in a virtual format."
    )
    assert list(zip(c.kind, c.actor)) == [("hope", "Taro Kono"), ("agreement", "both sides")]
    assert c.iloc[1].target == "early 2021"


def test_a_view_is_not_a_commitment_but_what_should_be_done_is():
    c = _commitments(
        "The two Ministers agreed that North Korea’s flagrant and habitual violations of international norms, "
        "including its nuclear test and long-range missile launch, pose a serious threat to the situation in "
        "Northeast Asia, and that there should be measures commensurate with such behavior violating international "
        "law.",
        "The two sides shared the view that the Strategic Dialogue is very important and timely.",
    )
    assert c.text.tolist() == ["there should be measures commensurate with such behavior violating international law"]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("The Korean side asked the Japanese side to lift the export restrictions at an early date.", "ROK"),
        ("The ROK asked Japan to lift the export restrictions at an early date.", "ROK"),
        ("The Japanese government pledged to provide support for the victims of the earthquake.", "Japan"),
        ("The Thai side asked for support for Korean companies taking part in the railway project.", "Thailand"),
        ("The Organizing side asked for support for Korean companies taking part in the project.", "Organizing side"),
    ],
)
def test_the_sides_are_read_from_the_vocabulary(sentence, actor):
    c = _commitments(sentence)
    assert c.actor.tolist() == [actor]


@pytest.mark.parametrize(
    ("sentence", "pledged"),
    [
        (
            "He thanked Putin for the condolences he had offered to Seoul over the death of 33 South Korean tourists.",
            [],
        ),
        ("Minister Kono offered to the victims' families his deepest condolences.", []),
        (
            "Minister Kang offered to continue to work together for a top-level meeting between the two countries.",
            ["continue to work together for a top-level meeting between the two countries"],
        ),
        (  # words glued by a copied page
            "Minister Kono offered topursue close collaboration among the ROK, the US and Japan.",
            ["pursue close collaboration among the ROK, the US and Japan"],
        ),
    ],
)
def test_offered_to_pledges_an_act_not_a_gift(sentence, pledged):
    assert _commitments(sentence).text.tolist() == pledged


@pytest.fixture(scope="module")
def accounts():
    return core.load([ROOT / "tests" / "accounts"], corrections=False, cache=False)


@pytest.mark.parametrize(
    ("file", "sentence", "why"),
    [
        (
            "japantimes-kono-kang-tokyo.txt",
            "Under the 2015 deal, the countries agreed",
            "history: an earlier year's deal",
        ),
        ("japantimes-motegi-kang-munich.txt", "Kim Jong Un has pledged to unveil", "a third country's pledge"),
        ("trend-tass-putin-moon-osaka.txt", "the condolences he had offered to Seoul", "thanks, not a pledge"),
    ],
)
def test_what_a_report_tells_besides_the_meeting_is_no_commitment(accounts, file, sentence, why):
    own = accounts.releases[accounts.releases.source.str.endswith(file)].release_id
    c = accounts.commitments[accounts.commitments.release_id.isin(own)]
    assert not c.evidence.str.contains(sentence, regex=False).any(), why
    assert (ROOT / "tests" / "accounts" / file).read_text(encoding="utf-8").count(sentence) == 1


def test_a_meetings_own_commitments_in_those_reports_stay(accounts):
    c = accounts.commitments.merge(accounts.releases[["release_id", "source"]], on="release_id")
    munich = c[c.source.str.endswith("japantimes-motegi-kang-munich.txt")]
    assert list(zip(munich.kind, munich.actor)) == [("request", "Toshimitsu Motegi")]
    tokyo = c[c.source.str.endswith("japantimes-kono-kang-tokyo.txt")]
    assert tokyo.text.str.contains("future-oriented").any()


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (  # a verb's base form after "went on to"
            "He went on to ask Minister Kishida to play an active role in that regard.",
            [("request", "Kishida to play an active role in that regard")],
        ),
        (
            "He went on to express hope that further high-level exchanges will take place during the PyeongChang 2018 "
            "Olympic and Paralympic Winter Games in February and the 2018 FIFA World Cup Russia in June.",
            [("hope", "further high-level exchanges will take place during the PyeongChang 2018 Olympic")],
        ),
        (  # an intent or a willingness to act pledges it
            "President Moon also said Russia’s constructive role is of immense help in moving the peace process on the "
            "Korean Peninsula forward, expressing his intent to continue close communication and cooperation with Russia.",
            [("pledge", "continue close communication and cooperation with Russia")],
        ),
        (
            "Minister Kang and Prime Minister Abe reaffirmed the two countries’ willingness to further advance their "
            "relations, as the two countries mark the 20th anniversary of the Joint Declaration in October this year.",
            [("pledge", "further advance their relations")],
        ),
        (  # a relative clause ("in which …") ends at the semicolon: the hope after it is the speaker's
            "The Deputy Minister asked the Kazakh government to pay attention to and support plant projects in which "
            "Korean enterprises are taking part or seeking to take part; and voiced hope for further advances in "
            "bilateral economic cooperative ties.",
            [
                ("request", "Kazakh government to pay attention to and support plant projects"),
                ("hope", "further advances in bilateral economic cooperative ties"),
            ],
        ),
        (  # a side's stated intent to go on acting pledges it
            "Foreign Minister Chung emphasized that Korea will keep working closely with Indonesia, one of the core "
            "partners of the New Southern Policy.",
            [("pledge", "keep working closely with Indonesia")],
        ),
        (
            "Vice Minister Park said the Korean government will continue its efforts to achieve substantive progress "
            "toward peace on the Korean Peninsula.",
            [("pledge", "continue its efforts to achieve substantive progress")],
        ),
        (
            "Minister Yu said that she will make utmost efforts to provide assistance in the endeavors.",
            [("pledge", "make utmost efforts to provide assistance")],
        ),
        (
            "Deputy Minister Kim mentioned the ROK’s plan to continue development cooperation projects with "
            "Uzbekistan in various fields.",
            [("pledge", "continue development cooperation projects with Uzbekistan")],
        ),
        (  # what a hope looks forward to is that hope, not a pledge of its own
            "Deputy Minister Yoon hoped that the two countries will remain highly cooperative with each other in 2018.",
            [("hope", "the two countries will remain highly cooperative")],
        ),
        (  # a thing's or a third party's future is no pledge
            "The forum, to be launched next year, will bring together eight provincial governments of the ROK.",
            [],
        ),
        (
            "Foreign Minister Kono said his government will continue to support the peaceful resolution of the issue.",
            [("pledge", "continue to support the peaceful resolution")],
        ),
        (
            "Minister Cho noted that the ROK, as a member of the Security Council, will continue to play its role.",
            [("pledge", "continue to play its role")],
        ),
        ("Minister Kang noted that the situation on the Korean Peninsula will remain tense for some time.", []),
        *(  # a side's intent to strengthen, expand … what it does with the partner
            (lead, [("pledge", what)])
            for lead, what in (
                (
                    "The two countries will further strengthen cooperation in the fields of energy and infrastructure.",
                    "further strengthen cooperation in the fields of energy",
                ),
                (
                    "Minister Cho said that Korea will expand its development cooperation with Ethiopia.",
                    "expand its development cooperation",
                ),
                (
                    "Minister Park said the Korean government will actively promote investment in Brazil.",
                    "actively promote investment in Brazil",
                ),
                (
                    "Minister Park said that Korea will seek to deepen its partnership with the Gulf states.",
                    "seek to deepen its partnership",
                ),
            )
        ),
        (  # not a thing's
            "Minister Park said that the new direct flights will strengthen the ties between the two peoples.",
            [],
        ),
        (  # agreeing to someone's views is concurring, not committing
            "Minister Kono agreed to Minister Kang’s views and mentioned that the two countries have maintained close "
            "ties with each other in a wide range of fields.",
            [],
        ),
        (
            "Minister Kono agreed to the proposal to hold the next round of the strategic dialogue in Tokyo.",
            [("agreement", "the proposal to hold the next round")],
        ),
        (
            "The two sides also agreed to exchange views on the Northern Sea Route at the next meeting.",
            [("agreement", "exchange views on the Northern Sea Route")],
        ),
        ("Minister Kang said North Korea will continue its provocations unless pressure is maintained.", []),
        (  # a proposal or a suggestion asks for something to be done
            "President Moon proposed that the two countries work together to promote substantive progress in their "
            "strategic, cooperative partnership.",
            [("request", "the two countries work together to promote substantive progress")],
        ),
        (
            "Minister Kono suggested continuing efforts to expand bilateral substantive cooperation in the fields of "
            "culture and tourism.",
            [("request", "continuing efforts to expand bilateral substantive cooperation")],
        ),
        (
            "The two ministers concurred on the need to expand cooperation in the defense industry.",
            [("agreement", "expand cooperation in the defense industry")],
        ),
        ("The two ministers concurred with Minister Kang’s assessment of the situation.", []),
        (  # a need stressed, and support sought, ask for it
            "Minister Kang underscored the need for Japan to take more tangible and sincere measures as soon as "
            "possible.",
            [("request", "Japan to take more tangible and sincere measures")],
        ),
        (
            "Minister Kang sought Japan’s support for the ROK’s candidacy for the UN Human Rights Council.",
            [("request", "Japan’s support for the ROK’s candidacy")],
        ),
        (  # a wish, a desire or an expectation voiced is a hope
            "Minister Kono expressed the expectation that the two countries would expand youth exchanges.",
            [("hope", "the two countries would expand youth exchanges")],
        ),
        (
            "Minister Kang expressed her wish that the two countries would hold the strategic dialogue at an early date.",
            [("hope", "the two countries would hold the strategic dialogue")],
        ),
        # an invitation, and a commitment or readiness professed, are courtesy and stance, not
        # undertakings (read so on releases the rules were not written from)
        ("Minister Kono invited Minister Kang to visit Japan at a mutually convenient time.", []),
        ("The two ministers expressed their readiness to expand cooperation in infrastructure.", []),
        ("Minister Vieira said that Brazil stands ready to cooperate with Korea in renewable energy.", []),
        # a principle held is a stance; what a side commits to doing is a pledge
        ("Minister Cho underlined that the ROK government is firmly committed to a rules-based order.", []),
        (
            "The two sides committed to deepening cooperation in green hydrogen.",
            [("pledge", "deepening cooperation in green hydrogen")],
        ),
        # a willingness said as a verb pledges as the noun does
        (
            "Minister Park said that the Korean government is willing to share its development experience with Brazil.",
            [("pledge", "share its development experience with Brazil")],
        ),
        (  # a hope shared
            "The two ministers shared the hope that the G20 Summit in Rio de Janeiro will be a success.",
            [("hope", "the G20 Summit in Rio de Janeiro will be a success")],
        ),
        # a question asked is no request
        ("Minister Park asked about Brazil's position on the reform of the UN Security Council.", []),
        ("Minister Park asked whether Brazil would join the initiative on critical minerals.", []),
        ("The two ministers stressed the importance of expanding cooperation in the defense industry.", []),
    ],
)
def test_commitments_in_other_words(sentence, found):
    c = _commitments(sentence)
    assert len(c) == len(found), c.text.tolist()
    for (kind, text), (_, row) in zip(found, c.iterrows(), strict=True):
        assert row.kind == kind and row.text.startswith(text), (row.kind, row.text)


@pytest.mark.parametrize(
    ("sentence", "committed"),
    [
        (  # a shared view that foresees is no commitment; the agreement before it is
            "In the meeting, the two sides agreed to work to arrange President Moon Jae-in’s state visit to China in "
            "mid-December this year, and shared the view that President Moon’s visit to China will become an "
            "important opportunity to further strengthen the momentum for improvements in the bilateral relations.",
            ["work to arrange President Moon Jae-in’s state visit to China in mid-December this year"],
        ),
        (  # a shared understanding of what ought to be done commits
            "The two Ministers shared the understanding that in order to resolve pending issues between the ROK and "
            "Japan, their Ministries of Foreign Affairs should continue dialogue, communication and consultations.",
            [
                "in order to resolve pending issues between the ROK and Japan, their Ministries of Foreign Affairs "
                "should continue dialogue, communication and consultations"
            ],
        ),
        (  # agreeing on the importance of something states a view
            "The two sides agreed on the importance of continuing communication and consultations to resolve pending "
            "bilateral issues and agreed to continue close consultations between the diplomatic authorities of the two "
            "countries.",
            ["continue close consultations between the diplomatic authorities of the two countries"],
        ),
    ],
)
def test_a_view_commits_only_to_what_ought_to_be_done(sentence, committed):
    assert _commitments(sentence).text.tolist() == committed
