"""Round 22 (d34people): an embassy's letterhead in capitals, a seat of government as the venue, an event's
name after a title, "who became" offices, contact lines with a job, state bodies before a title, the
undotted "Prof", and a body's closing word taken for a surname."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_REF = date(2031, 3, 2)


def _run(text: str) -> Briefing:
    """The briefing of a short release."""
    return extract(text, source="t", published=None, today=_REF)


def _names(b: Briefing) -> list[str]:
    """Every extracted person's name."""
    return [p.name for p in b.people]


def _who(b: Briefing, name: str) -> tuple[str | None, str | None]:
    """(role, country) of the person called `name`."""
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {_names(b)}"
    return found[0].role, found[0].country


# --- a diplomatic post's letterhead in capitals names the sending state -------------------------------


@pytest.mark.parametrize(
    ("head", "city", "country"),
    [
        ("AUSTRALIAN EMBASSY IN INDONESIA", "JAKARTA", "Australia"),
        ("BRITISH HIGH COMMISSION IN KENYA", "NAIROBI", "United Kingdom"),
        ("U.S. EMBASSY IN THAILAND", "BANGKOK", "United States"),
    ],
)
def test_caps_mission_letterhead_names_sending_state(head: str, city: str, country: str) -> None:
    text = (
        f"{head}\nPRESS RELEASE\nMarch 2, 2031\n\nEnvoy to Open Trade Week\n\n"
        f"{city.title()} — Chargé d'Affaires Miriam Oakhurst will open the Trade Week on March 9.\n\n"
        "She took charge of the mission after the departure of Ambassador Peter Lindqvist-Hart.\n"
    )
    assert _who(_run(text), "Peter Lindqvist-Hart") == ("Ambassador", country)


def test_title_case_host_letterhead_unchanged() -> None:
    text = (
        "MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE\nMarch 2, 2031\n\nTalks in Jakarta\n\n"
        "JAKARTA — Foreign Minister Ratna Widodo-Sari will meet Ambassador Peter Lindqvist-Hart on March 9.\n"
    )
    assert _who(_run(text), "Peter Lindqvist-Hart")[1] != "Australia"


# --- a seat of government named as the venue gives the host -----------------------------------------


@pytest.mark.parametrize(
    ("venue", "country"),
    [("the Malacañang Palace", "Philippines"), ("the Kremlin", "Russia"), ("the Élysée Palace", "France")],
)
def test_venue_building_hosts_over_past_city(venue: str, country: str) -> None:
    text = (
        "published: 2031-03-02\n\nStatement on the Visit of the Prime Minister of Norland\n\n"
        f"The President will welcome Prime Minister Olav Brennsund of Norland to {venue} on March 20.\n\n"
        "The visit follows the leaders' meeting at the summit in Nairobi in January.\n\n"
        "Vice President Celia Marwood will host the Prime Minister for a working lunch after the meeting.\n"
    )
    assert _who(_run(text), "Celia Marwood") == ("Vice President", country)


def test_venue_word_in_other_use_sets_no_host() -> None:
    text = (
        "published: 2031-03-02\n\nLeaders to meet in Nairobi\n\n"
        "The leaders will meet at the summit in Nairobi on March 20, the White House said.\n\n"
        "Vice President Celia Marwood will host the Prime Minister for a working lunch.\n"
    )
    assert _who(_run(text), "Celia Marwood")[1] == "Kenya"


# --- a title run into an event's name is no person ----------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Envoy Marwood to Co-Chair Blue Harbour Dialogue in Suva",
        "Chargé Marwood to Co-Chair Joint Harbour Consultations",
        "Ambassador Marwood to Co-Chair Bilateral Energy Consultations in Lima",
    ],
)
def test_title_then_event_name_is_no_person(headline: str) -> None:
    text = f"{headline}\n\nAmbassador Celia Marwood will co-chair the meeting on March 10.\n"
    names = _names(_run(text))
    assert names == ["Celia Marwood"], names


def test_title_then_name_then_verb_kept() -> None:
    text = "Minister Celia Marwood Meets Counterpart in Apia\n\nMinister Celia Marwood met her counterpart.\n"
    assert "Celia Marwood" in _names(_run(text))


# --- "A, who became Xland's foreign minister," ---------------------------------------------------------


@pytest.mark.parametrize(
    ("clause", "role"),
    [
        ("who became Norway's foreign minister in November", "foreign minister"),
        ("who became defence minister last year", "defence minister"),
        ("who recently became the trade minister", "trade minister"),
    ],
)
def test_who_became_gives_office(clause: str, role: str) -> None:
    text = (
        "OSLO, March 2 (Reuters) - Talks will be held next week.\n\n"
        f'"We will talk frankly," Henrik Aalvik, {clause}, said in a statement.\n'
    )
    assert _who(_run(text), "Henrik Aalvik")[0] == role


def test_who_met_gives_no_office() -> None:
    text = (
        "OSLO, March 2 (Reuters) - Talks will be held next week.\n\n"
        '"We will talk frankly," Henrik Aalvik, who met the foreign minister in November, said.\n'
    )
    b = _run(text)
    assert "Henrik Aalvik" not in _names(b) or _who(b, "Henrik Aalvik")[0] is None


# --- contact lines under "For more information, contact:" ---------------------------------------------

_FORUM = (
    "PACIFIC ISLANDS FORUM SECRETARIATE\n\nMinisters to meet in Apia\n\n"
    "APIA, Samoa – 2 March 2031\n\nForum Ministers will meet in Apia on 20 March, "
    "Secretary General Ioane Ravai said.\n\nENDS\n\n"
)


@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        (
            "Mele Tuiasosopo, Communications Manager, Pacific Islands Forum Secretariat",
            "Mele Tuiasosopo",
            "Communications Manager",
        ),
        ("Sione Latu, Media Manager, Pacific Islands Forum Secretariat", "Sione Latu", "Media Manager"),
        (
            "Ana Vaipulu, Senior Communications Manager, Pacific Islands Forum Secretariat",
            "Ana Vaipulu",
            "Senior Communications Manager",
        ),
    ],
)
def test_info_contact_line_with_job(line: str, name: str, role: str) -> None:
    text = _FORUM + f"For more information, contact:\n{line}\nmedia@forum.example.org\n"
    assert _who(_run(text), name) == (role, "Pacific Islands Forum")


def test_desk_line_under_info_heading_is_no_person() -> None:
    text = (
        _FORUM
        + "For more information, contact:\nMedia Unit, Communications Office\nmedia@forum.example.org\n"
    )
    assert _names(_run(text)) == ["Ioane Ravai"]


# --- a state body's name before a title ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "role", "country"),
    [
        ("Bank of Korea Governor", "Bank of Korea Governor", "South Korea"),
        ("Federal Reserve Chair", "Federal Reserve Chair", "United States"),
        (
            "Financial Supervisory Agency Commissioner",
            "Financial Supervisory Agency Commissioner",
            "South Korea",
        ),
    ],
)
def test_state_body_before_title(title: str, role: str, country: str) -> None:
    text = (
        "SEOUL, March 2 (Yonhap) -- Finance ministers will meet in Seoul on March 9.\n\n"
        f"{title} Han Ji-soo will also attend the meeting.\n"
    )
    assert _who(_run(text), "Han Ji-soo") == (role, country)


def test_organisation_before_title_stays_affiliation() -> None:
    text = (
        "SEOUL, March 2 (Yonhap) -- Finance ministers will meet in Seoul on March 9.\n\n"
        "International Atomic Energy Agency Director General Marta Quiroga will also attend.\n"
    )
    assert _who(_run(text), "Marta Quiroga")[0] == "Director General"


# --- undotted "Prof" ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "role"),
    [
        (
            "Universiti Sains Malaysia economist Prof Dr Azman Yusof told Bernama the talks mattered.",
            "Azman Yusof",
            "economist",
        ),
        (
            "Political analyst Prof Farida Hamzah said the meeting was timely.",
            "Farida Hamzah",
            "Political analyst",
        ),
        (
            "Prof Kamal Idris, a lecturer at Universiti Malaya, said the region was watching.",
            "Kamal Idris",
            None,
        ),
    ],
)
def test_undotted_prof_is_a_style(body: str, name: str, role: str | None) -> None:
    text = (
        "KUALA LUMPUR, March 2 (Bernama) -- Ministers will meet in Kuala Lumpur on March 9.\n\n" + body + "\n"
    )
    b = _run(text)
    assert "Prof" not in _names(b)
    assert name in _names(b)
    if role:
        assert _who(b, name)[0] == role


def test_dotted_prof_unchanged() -> None:
    text = (
        "KUALA LUMPUR, March 2 (Bernama) -- Ministers will meet in Kuala Lumpur on March 9.\n\n"
        "Prof. Azman Yusof said the talks mattered.\n"
    )
    assert "Azman Yusof" in _names(_run(text))


# --- a body's closing word is no surname --------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "phrase"),
    [
        ("the Ministry of Finance said", "the Regional Taxonomy for Sustainable Finance"),
        ("the Ministry of Transport said", "the Plan for Green Transport"),
        ("the Ministry of Health said", "the Fund for Public Health"),
    ],
)
def test_body_word_is_no_surname_cue(said: str, phrase: str) -> None:
    text = (
        "KUALA LUMPUR, March 2 (Bernama) -- Ministers will meet in Kuala Lumpur on March 9, " + said + ".\n\n"
        f"Finance Minister Azlina Hamid will also present {phrase}.\n"
    )
    assert _names(_run(text)) == ["Azlina Hamid"]


def test_surname_speaking_alone_still_cues() -> None:
    text = (
        "KUALA LUMPUR, March 2 (Bernama) -- Ministers will meet in Kuala Lumpur on March 9.\n\n"
        "The meeting was proposed by Rosmah Kassim.\n\nKassim said the talks mattered.\n"
    )
    assert "Rosmah Kassim" in _names(_run(text))


# --- "will visit X near Ytown with the Chief of Staff, A": A goes along ------------------------------

_UK = (
    "Press release\n\nMinisters travel to Canberra for talks\n\n"
    "From: Foreign, Commonwealth & Development Office\nPublished 2 March 2031\n\n"
    "Foreign Secretary Jane Ashworth will travel to Canberra next week for talks with Australia's Foreign "
    "Minister, Senator Maria Costa.\n\n"
)


@pytest.mark.parametrize(
    "body",
    [
        "On 28 March the Foreign Secretary will visit HMAS Albatross near Nowra with the Chief of the "
        "Defence Staff, General Sir Roland Tregarth, to meet sailors.",
        "The Foreign Secretary will also visit Garden Island near Sydney with the Chief of the Defence "
        "Staff, Admiral Sir Roland Tregarth.",
        "She will visit RAAF Base Tindal near Katherine with the Chief of the Defence Staff, Air Chief "
        "Marshal Sir Roland Tregarth.",
    ],
)
def test_visit_with_companion_is_visitors_side(body: str) -> None:
    assert _who(_run(_UK + body + "\n"), "Roland Tregarth")[1] == "United Kingdom"


def test_meeting_near_a_place_stays_hosts() -> None:
    body = (
        "On 28 March the Foreign Secretary will meet the Chief of the Defence Force, Admiral Roland Tregarth."
    )
    assert _who(_run(_UK + body + "\n"), "Roland Tregarth")[1] == "Australia"


# --- "after a stop in Ytown": the previous stop is not where the meeting is ---------------------------

_DELHI = "NEW DELHI (AP) — Ministers will meet in New Delhi next week, India's foreign ministry said.\n\n"


@pytest.mark.parametrize(
    "body",
    [
        "The Secretary of State will arrive in New Delhi on Sunday after a stop in Dhaka, and is scheduled "
        "to meet Prime Minister Ravi Anand on Tuesday.",
        "The Secretary of State will reach New Delhi after a brief stop in Kathmandu and will call on Prime "
        "Minister Ravi Anand on Tuesday.",
        "Arriving after a stopover in Colombo, the Secretary of State will call on Prime Minister Ravi Anand "
        "on Tuesday.",
    ],
)
def test_previous_stop_is_not_the_meetings_place(body: str) -> None:
    assert _who(_run(_DELHI + body + "\n"), "Ravi Anand") == ("Prime Minister", "India")


def test_next_stop_still_places_the_meeting() -> None:
    body = "The Secretary of State will fly on to Dhaka after the talks to meet Prime Minister Ravi Anand."
    assert _who(_run(_DELHI + body + "\n"), "Ravi Anand")[1] == "Bangladesh"


# --- person nouns: statesman, educator, poet ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "country"),
    [
        ("The centre is named after the Fijian statesman Sir Apenisa Tuilau.", "Apenisa Tuilau", "Fiji"),
        (
            "The minister will unveil a bust of Rajan Pillai Murugan, the nineteenth-century educator who "
            "founded the school.",
            "Rajan Pillai Murugan",
            None,
        ),
        ("The prize honours the Tongan poet Salote Manu.", "Salote Manu", "Tonga"),
    ],
)
def test_historical_person_nouns(body: str, name: str, country: str | None) -> None:
    b = _run("SUVA, March 2 (Reuters) - " + body + "\n")
    assert _who(b, name)[1] == country


def test_plural_person_noun_names_nobody() -> None:
    assert (
        _names(_run("SUVA, March 2 (Reuters) - The prize honours the Tongan writers of the region.\n")) == []
    )


# --- a bare run closing a body's name is no person ------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Kim will meet officials of the Office of Foreign Property Control to discuss sanctions.",
        "Kim will meet officials of the Bureau of Foreign Shipping Control to discuss sanctions.",
        "Kim will meet officials of the Office of Defense Trade Controls to discuss licences.",
    ],
)
def test_body_name_tail_is_no_person(body: str) -> None:
    assert _names(_run("SEOUL, March 2 (Yonhap) -- Envoys will meet in Seoul. " + body + "\n")) == []


def test_name_after_lowercase_of_still_a_person() -> None:
    body = "The talks were proposed by the office of Min Ji-ho, who will attend the meeting."
    b = _run("SEOUL, March 2 (Yonhap) -- Envoys will meet in Seoul. " + body + "\n")
    assert "Min Ji-ho" in _names(b)


# --- a reporter's description gives way to the office with its field -----------------------------------


@pytest.mark.parametrize(
    ("lead", "later", "name", "role"),
    [
        (
            "South Korea's top nuclear envoy, Park Min-jae,",
            "Park, special representative for Korean Peninsula peace and security affairs,",
            "Park Min-jae",
            "special representative for Korean Peninsula peace and security affairs",
        ),
        (
            "South Korea's top diplomat, Park Min-jae,",
            "Park, special envoy for Indo-Pacific cooperation affairs,",
            "Park Min-jae",
            "special envoy for Indo-Pacific cooperation affairs",
        ),
        (
            "Japan's chief negotiator, Sato Ren,",
            "Sato, director-general of the Asian and Oceanian Affairs Bureau,",
            "Sato Ren",
            "director-general of the Asian and Oceanian Affairs Bureau",
        ),
    ],
)
def test_description_gives_way_to_office(lead: str, later: str, name: str, role: str) -> None:
    text = f"SEOUL, March 2 (Yonhap) -- {lead} will travel to Washington.\n\n{later} will depart on Monday.\n"
    assert _who(_run(text), name)[0] == role


def test_description_kept_over_plain_description() -> None:
    text = (
        "SEOUL, March 2 (Yonhap) -- South Korea's top nuclear envoy, Park Min-jae, will travel to Washington."
        "\n\nPark, a career diplomat, will depart on Monday.\n"
    )
    assert _who(_run(text), "Park Min-jae")[0] == "top nuclear envoy"


# --- a styled namesake's road ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The meeting will be held at the Secretariat on Ratu Sukuna Road in Suva on 9 March.",
        "The office on Sir Arthur Gordon Avenue in Suva will host the talks on 9 March.",
        "Delegates will gather at the hall on Ratu Cakobau Road in Nausori on 9 March.",
    ],
)
def test_styled_road_is_no_person(body: str) -> None:
    assert _names(_run("SUVA, Fiji – 2 March 2031\n\n" + body + "\n")) == []


def test_styled_person_named_lane_kept() -> None:
    b = _run("SUVA, Fiji – 2 March 2031\n\nRatu Josefa Lane will host the talks in Suva on 9 March.\n")
    assert "Josefa Lane" in _names(b)


def test_possessive_name_before_meeting_kept() -> None:
    text = (
        "Readout of Minister Celia Marwood's Meeting With Envoy Tomas Ruiz\n\n"
        "Minister Celia Marwood met Envoy Tomas Ruiz today.\n"
    )
    assert {"Celia Marwood", "Tomas Ruiz"} <= set(_names(_run(text)))
