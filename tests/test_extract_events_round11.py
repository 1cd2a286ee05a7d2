"""Event rules, round 11: the gathering a trip is made to attend wins over the travel day; a gathering's
first day named alone takes the span given nearby; a passive "hosted by" is no past tense; a meeting
added with "also" is beside the main one; the day of a statement or dateline dates no meeting; towns
"on the island of" / "in his hometown of"; a visit's programme places it; syllable-written city names;
side meetings: "since" clauses are background, "with A holding talks" is a clause of its own, people a
host "will welcome" take part, news-style sideline talks."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import main_of as _main
from .extract_helpers import sides_of as _sides


def _run(text: str, today: date = date(2031, 11, 1)) -> Briefing:
    return extract(text, today=today)


def _days(b: Briefing) -> tuple[date | None, date | None]:
    m = _main(b)
    return m.date, m.end_date


# --- the gathering a trip is made to attend wins over the travel day ---------------------------------

_ATTEND = [
    # the wording of the genre, and paraphrases: other verbs, orders, punctuation, date formats
    "President Arvid Kellerman will travel to Norvik on Thursday, November 6, to attend the Northern "
    "Summit, which Norland is hosting on November 8 and 9.",
    "President Arvid Kellerman will travel to Norvik on November 6 to attend the Northern Summit, which "
    "will be held on November 8-9.",
    "President Arvid Kellerman departs for Norvik on November 6 to take part in the Northern Summit, which "
    "Norland will host from November 8 to 9.",
    "On November 6, President Arvid Kellerman will travel to Norvik to attend the Northern Summit, which "
    "Norland is hosting on November 8 and 9.",
    "President Arvid Kellerman will leave for Norvik on 6 November to participate in the Northern Summit, "
    "scheduled for 8-9 November.",
    "President Arvid Kellerman will travel to Norvik on Thursday, November 6, for the Northern Summit, "
    "which is being hosted by Norland on November 8 and 9.",
]


@pytest.mark.parametrize("lead", _ATTEND)
def test_the_attended_gatherings_days_win_over_the_travel_day(lead: str) -> None:
    b = _run("Kellerman to attend Northern Summit\n\n" + lead)
    assert _days(b) == (date(2031, 11, 8), date(2031, 11, 9))


# --- a gathering's first day alone, its span nearby ---------------------------------------------------

_SPAN = [
    "Foreign Minister Arvid Kellerman will deliver the keynote address at the opening dinner of the Northern "
    "Forum on November 7. The three-day meeting will be held at the Harbour Hotel from November 7 to 9.",
    "Foreign Minister Arvid Kellerman will open the Northern Forum on November 7. The forum, which runs "
    "from November 7 to 9, brings together ministers from 20 countries.",
    "Foreign Minister Arvid Kellerman will speak at the opening session of the Northern Forum on 7 "
    "November. The conference takes place at the Harbour Hotel from 7 to 9 November.",
    "Foreign Minister Arvid Kellerman will open the Northern Forum on Friday, November 7. Delegates from "
    "40 countries are expected at the dialogue, to be held November 7-9.",
]


@pytest.mark.parametrize("lead", _SPAN)
def test_a_gatherings_first_day_takes_the_span_given_nearby(lead: str) -> None:
    assert _days(_run("Kellerman to open Northern Forum\n\n" + lead)) == (
        date(2031, 11, 7),
        date(2031, 11, 9),
    )


def test_a_stay_starting_on_the_meetings_day_is_not_its_span() -> None:
    text = (
        "Minister to meet counterpart\n\n"
        "Foreign Minister Arvid Kellerman will hold talks with Foreign Minister Petra Lindqvist on "
        "November 7. "
        "Ms Lindqvist is visiting Norland from November 7 to 9 on her first trip abroad."
    )
    assert _days(_run(text)) == (date(2031, 11, 7), None)


# --- "hosted by" is no past tense; "also" meetings are beside the main one ----------------------------

_OPENS = [
    "The two-day summit of the region's largest economies opens on Monday, hosted by Norland's president.",
    "The two-day summit, hosted by Norland's president, begins on Monday.",
    "Hosted by Norland, the two-day summit starts on Monday with a session on trade.",
    "The two-day summit kicks off on Monday, attended by leaders of 20 countries.",
]


@pytest.mark.parametrize("second", _OPENS)
def test_a_summit_hosted_by_someone_opens_on_the_coming_day(second: str) -> None:
    text = (
        "Kellerman to meet Lindqvist at summit\n\n"
        "Prime Minister Arvid Kellerman will meet President Petra Lindqvist on the margins of the Northern "
        "summit in Norvik on Monday, their first talks in five years.\n\n"
        + second
        + "\n\nKellerman is also due to hold a bilateral meeting with Chancellor Omar Vidal on Tuesday."
    )
    # published on a Sunday: the coming Monday and Tuesday, not the past ones
    assert _days(_run(text, date(2031, 11, 2))) == (date(2031, 11, 3), date(2031, 11, 4))


# --- the day of a statement or a dateline dates no meeting ------------------------------------------

_SAID = [
    "OSLO, Nov 5 (Wire) -- President Arvid Kellerman will make a state visit to Chile next month for a "
    "summit with President Petra Lindqvist, the presidential office said Wednesday.",
    "OSLO, Nov 5 (Wire) -- President Arvid Kellerman will pay a state visit to Chile next month for a "
    "summit with President Petra Lindqvist, his office announced on Wednesday.",
    "OSLO, Nov 5 (Wire) -- President Arvid Kellerman will make a state visit to Chile next month, "
    "including a summit with President Petra Lindqvist, officials said.",
]


@pytest.mark.parametrize("lead", _SAID)
def test_a_later_dated_sentence_of_a_visit_is_its_day_not_an_onward_leg(lead: str) -> None:
    text = (
        "Kellerman to make state visit to Chile\n\n"
        + lead
        + "\n\nKellerman will be hosted by Lindqvist at the presidential palace on December 10, including a "
        "state dinner, in the first state visit by a Norland leader in 12 years."
    )
    b = _run(text, date(2031, 11, 5))
    m = _main(b)
    # the visit is not in the dateline's city
    assert (m.date, m.place) == (date(2031, 12, 10), None)


# --- places ----------------------------------------------------------------------------------------

_TOWNS = [
    (
        "will chair the meeting of Northern foreign ministers on the island of Skarholm from 3 to 5 "
        "December.",
        "Skarholm",
    ),
    (
        "will host the leaders in his hometown of Brackwater on December 3 for the Northern summit.",
        "Brackwater",
    ),
    (
        "will host the leaders in her home town of Brackwater, Ostria, on December 3 for a summit.",
        "Brackwater",
    ),
    ("will welcome ministers to the island of Skarholm on December 3 for the Northern talks.", "Skarholm"),
]


@pytest.mark.parametrize(("lead", "town"), _TOWNS)
def test_a_town_named_after_island_of_or_hometown_of(lead: str, town: str) -> None:
    text = "Northern meeting\n\nMADRID, Dec 1 (Wire) - Foreign Minister Arvid Kellerman " + lead
    assert _main(_run(text, date(2031, 12, 1))).place == town


_PROGRAMME = [
    "During the visit, President Lindqvist will chair an official welcome ceremony in Hanoi and hold talks "
    "with President Kellerman.",
    "President Kellerman will lay a wreath and meet the business community in Hà Nội.",
    "The two Presidents will witness the signing of agreements at the Presidential Palace in Ha Noi.",
]


@pytest.mark.parametrize("programme", _PROGRAMME)
def test_a_visits_programme_without_days_places_it(programme: str) -> None:
    text = (
        "President Kellerman to pay State Visit to Viet Nam\n\n"
        "At the invitation of President Petra Lindqvist, President Arvid Kellerman of Norland will pay a "
        "State "
        "Visit to Viet Nam from December 3 to 4, 2031.\n\n"
        "This is the first visit by a Norland President in ten years.\n\n" + programme
    )
    place = _main(_run(text)).place
    assert place is not None and place.replace(" ", "").replace("à", "a").replace("ộ", "o").lower() == "hanoi"


def test_a_visits_programme_after_a_dated_title_line() -> None:
    text = (
        "State Visit of the President of Norland to India (December 3-6, 2031)\n\n"
        "President Arvid Kellerman will pay a State Visit to India from 3-6 December 2031. He will be the "
        "guest of honour at a national day parade on 6 December 2031.\n\n"
        "On 4 December, President Kellerman will be accorded a ceremonial welcome. Prime Minister Omar Vidal "
        "will hold talks with him. The visiting President will also attend a business forum in New Delhi."
    )
    assert _main(_run(text)).place == "New Delhi"


def test_a_past_meeting_city_is_no_programme() -> None:
    text = (
        "President Kellerman to pay State Visit to India\n\n"
        "President Arvid Kellerman will pay a State Visit to India from 3-6 December 2031.\n\n"
        "The two leaders last met in Mumbai in March."
    )
    assert _main(_run(text)).place is None


# --- side meetings -----------------------------------------------------------------------------------

_SUMMIT = (
    "Kellerman to attend Northern summit\n\n"
    "Prime Minister Arvid Kellerman will attend the Northern summit in Madrid on Monday, hosted by "
    "Spain's president.\n\n"
)

_SINCE = [
    "Kellerman will meet President Omar Vidal on the margins of the summit, their first talks since Prime "
    "Minister Petra Lindqvist visited Santiago in 2024.",
    "On the sidelines, Kellerman will hold talks with President Omar Vidal, the first such meeting since "
    "Petra Lindqvist, then prime minister, travelled to Chile in 2024.",
    "Kellerman is expected to meet President Omar Vidal on the sidelines - the first meeting between the "
    "two countries' leaders since Prime Minister Petra Lindqvist met him in 2024.",
]


@pytest.mark.parametrize("second", _SINCE)
def test_a_past_visit_given_as_background_is_no_side_meeting(second: str) -> None:
    text = _SUMMIT.replace("Spain's president", "Spain's king") + second.replace(
        "President Omar Vidal", "Chilean President Omar Vidal"
    )
    sides = _sides(_run(text))
    assert all("Petra Lindqvist" not in p for _, p in sides), sides


_WITH_HOLDING = [
    "The summit will take place on Monday, November 3, with Kellerman holding separate bilateral talks with "
    "Chilean President Omar Vidal and Peruvian President Ana Ruiz a day earlier.",
    "The summit will take place on Monday, November 3, with Kellerman also holding bilateral talks with "
    "Chilean President Omar Vidal and Peruvian President Ana Ruiz the day before.",
    "The leaders will meet on Monday, November 3, with Kellerman hosting separate bilateral meetings with "
    "Chilean President Omar Vidal and Peruvian President Ana Ruiz on Sunday.",
]


@pytest.mark.parametrize("second", _WITH_HOLDING)
def test_a_with_participle_clause_holds_its_own_meetings(second: str) -> None:
    text = (
        "Kellerman to host Vidal, Ruiz for summit\n\n"
        "Prime Minister Arvid Kellerman of Spain will host Chilean President Omar Vidal and Peruvian "
        "President Ana Ruiz in Madrid next week for the first trilateral summit in five years.\n\n" + second
    )
    sides = _sides(_run(text))
    assert ("bilateral", ["Arvid Kellerman", "Omar Vidal"]) in sides
    assert ("bilateral", ["Ana Ruiz", "Arvid Kellerman"]) in sides


_WELCOME = [
    "Kellerman will welcome Chilean President Omar Vidal, Peruvian President Ana Ruiz and Bolivian "
    "President Luis Mora for the Andean Leaders' Summit.",
    "Kellerman will receive Chilean President Omar Vidal, Peruvian President Ana Ruiz and Bolivian "
    "President Luis Mora for the Andean Leaders' Summit.",
    "The Prime Minister will welcome Chilean President Omar Vidal, Peruvian President Ana Ruiz and Bolivian "
    "President Luis Mora to the Andean Leaders' Summit.",
]


@pytest.mark.parametrize("second", _WELCOME)
def test_leaders_a_host_will_welcome_take_part_and_each_meets_the_host(second: str) -> None:
    text = (
        "Kellerman to host Andean leaders\n\n"
        "MADRID - Prime Minister Arvid Kellerman of Spain will host the leaders of Chile, Peru and Bolivia "
        "in "
        "Madrid on November 21 for a summit, his office announced.\n\n"
        + second
        + " Kellerman will also hold a bilateral meeting with each of the three leaders."
    )
    sides = _sides(_run(text))
    for guest in ("Omar Vidal", "Ana Ruiz", "Luis Mora"):
        assert ("bilateral", sorted(["Arvid Kellerman", guest])) in sides, sides


_BY_TITLE = [
    "The prime minister will also meet Omar Vidal, the Chilean president, to discuss trade.",
    "The prime minister will also hold talks with Chilean President Omar Vidal.",
    "The prime minister is also expected to meet Omar Vidal, Chile's president.",
]


@pytest.mark.parametrize("second", _BY_TITLE)
def test_the_protagonist_named_by_a_lower_case_title_meets(second: str) -> None:
    text = _SUMMIT.replace("Spain's president", "Spain's king") + second
    assert ("bilateral", ["Arvid Kellerman", "Omar Vidal"]) in _sides(_run(text))


def test_a_lower_case_title_the_host_does_not_hold_is_not_the_host() -> None:
    text = (
        "Leaders gather for Northern summit\n\n"
        "The two-day Northern summit opens in Madrid on Monday, hosted by Spain's president, Luis Mora.\n\n"
        "The prime minister will also meet Omar Vidal, the Chilean president, to discuss trade."
    )
    assert all("Luis Mora" not in p for _, p in _sides(_run(text)))
