"""Name detection, round 21 (names): an Arabic family name with its article in lower case ("al-X"); credit
lines in more forms (two writers and more bars after a name, "By: A B - Reporter", a label with a dash or in
capitals, "A B reports.", a writer's name line of its own under the headline); a contact line's office
("Contact: X Public Affairs") is no person; a country word closing a body's name opens no given name;
"Peoples" inside a portfolio; a lower-case "to" opens no name; clause words and headline verbs open none;
capitals without a vowel are an office's initials; "H.H." is an honorific."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _names(text: str) -> list[str]:
    return [p.name for p in extract(text, today=_TODAY).people]


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name",
    [
        ("President Karim Nabil al-Hadidi will host the leaders at the palace.", "Karim Nabil al-Hadidi"),
        (
            "A Xland delegation led by Mr Samir al-Quraishi, Deputy Minister of Foreign Affairs, "
            "will attend.",
            "Samir al-Quraishi",
        ),
        ("Deputy Prime Minister Walid Omar el-Masri will open the session on Monday.", "Walid Omar el-Masri"),
    ],
)
def test_article_surname_closes_the_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_lower_case_article_word_alone_is_no_name() -> None:
    # no name before it: "al-Aqsa" is a place's name, not a family name
    assert _names("Crowds gathered near al-Aqsa on Friday, the police said.") == []


_BODY = (
    "\n\nThe foreign ministers of Xland and Yland will meet in Geneva on 12 May to discuss border trade, "
    "the ministry said on Tuesday.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Xland and Yland ministers to meet in Geneva\n\n"
            "Orla Benedek and Tamsin Quarry   |12.05.2025 - Update" + _BODY,
            {"Orla Benedek": (None, None), "Tamsin Quarry": (None, None)},
        ),
        (
            "Xland and Yland ministers to meet in Geneva\n\n"
            "Petra Nollan  |  Publication date 9 May 2025 | 09:12" + _BODY,
            {"Petra Nollan": (None, None)},
        ),
        (
            "Xland and Yland ministers to meet in Geneva\n\nBy: Renzo Faldati - Reporter / @rfaldati" + _BODY,
            {"Renzo Faldati": ("Reporter", None)},
        ),
        (
            "Xland and Yland ministers to meet in Geneva\n\nPUBLISHED : 9 May 2025\nWRITER: Kasem Tiwaporn"
            + _BODY,
            {"Kasem Tiwaporn": (None, None)},
        ),
        (
            "Xland and Yland ministers to meet in Geneva" + _BODY + "\nReporter – Lucio Andrade Pires\n"
            "Editor – Bianca Sol Ferraz\n",
            {"Lucio Andrade Pires": ("Reporter", None), "Bianca Sol Ferraz": ("Editor", None)},
        ),
        (
            "Ministers to meet in Geneva\n\n"
            "The foreign ministers of Xland and Yland meet in Geneva on Tuesday. "
            "Han Yu-ri reports.\n\nThe talks will focus on border trade.\n",
            {"Han Yu-ri": (None, None)},
        ),
        (
            "Xland and Yland ministers to meet in Geneva\n\nTrade and border crossings top the agenda.\n\n"
            "Devika Raman Ghosal" + _BODY,
            {"Devika Raman Ghosal": (None, None)},
        ),
        (
            "Xland and Yland ministers to meet in Geneva\n\nCOLM FERRITER" + _BODY,
            {"Colm Ferriter": (None, None)},
        ),
    ],
)
def test_credit_lines(text: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    people = _people(text)
    for name, facts in expected.items():
        assert people.get(name) == facts, people


@pytest.mark.parametrize(
    "line",
    ["Media Note", "OFFICE OF THE SPOKESPERSON", "Fact Sheet"],
)
def test_a_label_line_under_the_headline_is_no_writer(line: str) -> None:
    text = "Xland and Yland ministers to meet in Geneva\n\n" + line + _BODY
    assert _names(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Contact: Harbour Area Public Affairs\nOffice: (510) 555-0100",
        "Contact: Treasury Public Affairs, (202) 555-0100",
        "Media contact: XNO Public Information, Geneva International Centre",
    ],
)
def test_a_contact_office_is_no_person(line: str) -> None:
    text = "The foreign ministers of Xland and Yland will meet in Geneva on 12 May.\n\n" + line + "\n"
    assert _names(text) == []


def test_a_contact_person_is_still_read() -> None:
    text = (
        "The foreign ministers of Xland and Yland will meet in Geneva on 12 May.\n\n"
        "Media contact: Mira Holt, 0400 555 018\n"
    )
    assert "Mira Holt" in _names(text)


@pytest.mark.parametrize(
    "text, bad, good",
    [
        (
            "International relations lecturer at Universitas Indonesia Ratna Wulandari said "
            "the forum was useful.",
            "Indonesia Ratna Wulandari",
            "Ratna Wulandari",
        ),
        (
            "Analyst Dr. Lorna Cabrera of the University of the Philippines Diliman said "
            "the drills were new.",
            "Philippines Diliman",
            "Lorna Cabrera",
        ),
        (
            "A researcher at Universiti Malaysia Sabah said the visit was timely.",
            "Malaysia Sabah",
            None,
        ),
    ],
)
def test_a_country_closing_a_body_opens_no_given_name(text: str, bad: str, good: str | None) -> None:
    names = _names(text)
    assert bad not in names
    assert good is None or good in names


def test_a_country_given_name_is_still_read() -> None:
    assert "Georgia Bellini" in _names(
        "Georgia Bellini, Italy's deputy foreign minister, said the talks were useful."
    )


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "He will be joined by Minister for Pacific Peoples Tala Vaifale.",
            "Tala Vaifale",
            "Minister for Pacific Peoples",
        ),
        (
            "The Minister for Indigenous Peoples Mara Kenning will attend the forum.",
            "Mara Kenning",
            "Minister for Indigenous Peoples",
        ),
        (
            "Minister for Pacific Peoples Ioane Sefo will open the fair.",
            "Ioane Sefo",
            "Minister for Pacific Peoples",
        ),
    ],
)
def test_peoples_inside_a_portfolio(text: str, name: str, role: str) -> None:
    assert _people(text).get(name, (None, None))[0] == role


@pytest.mark.parametrize(
    "text, bad",
    [
        (
            "Fleet Commander to Host Coral Strait Patrol Chiefs of Navy in Xport\n\n"
            "The commander will host the chiefs on 3 May.",
            "to Host Coral",
        ),
        (
            "President Lindqvist will meet Premier Oduya on Monday.\n\n"
            "What to watch: Whether Lindqvist accepts an invitation to visit Xcity in April.",
            "Whether Lindqvist",
        ),
        (
            "Minister for Defence Makes Introductory Visit to Xland\n\nThe visit starts on 3 May.",
            "Makes Introductory Visit",
        ),
        (
            "At a press conference on 14 May, Minister SAWADA said: "
            "Xland is Japan's Special Strategic Partner, and our cooperation has reached a new stage.",
            "Special Strategic Partner",
        ),
        (
            "SND Olivarez to welcome Xland Defense Minister Tanabe for bilateral talks\n\n"
            "Secretary of National Defense Gilberto Olivarez will welcome Minister Tanabe on 3 May.",
            "Snd Olivarez",
        ),
    ],
)
def test_no_person_from_headline_and_clause_words(text: str, bad: str) -> None:
    assert bad not in _names(text)


def test_a_capitalised_small_word_family_name_is_still_read() -> None:
    text = "She will call on General Secretary To Van Minh of the Communist Party of Viet Nam."
    assert "To Van Minh" in _names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "She will meet the Deputy Prime Minister and Minister of Foreign Affairs of the "
            "United Arab Emirates, H.H. Sheikh Rashid bin Khalifa Al Mansoor, and Minister of State "
            "Mira Al Hamed.",
            "Rashid bin Khalifa Al Mansoor",
        ),
        (
            "The talks will be led by the Minister of Foreign Affairs of Qatar, "
            "H.H. Sheikh Omar bin Saif Al Qasimi.",
            "Omar bin Saif Al Qasimi",
        ),
        (
            "She will meet the Crown Prince of Kuwait, H.H. Sheikh Faris bin Nasser Al Sabah, on Monday.",
            "Faris bin Nasser Al Sabah",
        ),
    ],
)
def test_hh_is_an_honorific(text: str, name: str) -> None:
    assert name in _names(text)


def test_dotted_initials_stay_in_the_name() -> None:
    assert "Retna S.P. Wardani" in _names("Foreign Minister Retna S.P. Wardani met him on Monday.")
