"""Country rules, round 15 (country4): a minister who travels with the first-person author ("I will travel to
Xcity and Ytown with the Minister for Z, A") is a visitor of the author's country, not of the first city's; a
city dated by a month and year before the reference date in a sentence about a coming meeting ("... will host
B, in the first meeting since the session in Xcity in May 2029") is a past meeting's town, not the host's;
a country named as a threat ("the Xish shadow fleet") or as a group's leader ("the Y-led force") is no
party whose missing side an official takes."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

from .extract_helpers import person as _get


def _b(text: str, published: str) -> Briefing:
    return extract(text, published=date.fromisoformat(published), today=date.fromisoformat(published))


# ---- a companion on the author's journey ---------------------------------------------------------------

_TRAVELS_WITH = [
    (
        (
            "Visit to Ghana and Togo\n\nJoint media release with:\nThe Hon Lydia Marsh MP, Minister "
            "for Trade and Investment\n\nSenator the Hon Paul Grantley\nMinister for Foreign "
            "Affairs\n\n2 April 2030\n\nToday I will travel to Accra and Lomé with the Minister for "
            "Trade and Investment, the Hon Lydia Marsh MP, returning to New Zealand on Saturday 6 "
            "April.\n\nIn Accra, I will co-chair the fourth New Zealand-Ghana Joint Commission with "
            "Ghana's Minister for Foreign Affairs, the Hon Kwame Asante, on Wednesday.\n\nIn Lomé, "
            "Minister Marsh and I will meet Togo's Minister of Foreign Affairs, the Hon Komi Agbeko, "
            'to discuss trade and fisheries.\n\n"New Zealand wants to be a reliable partner in West '
            'Africa," Minister Grantley said.\n'
        ),
        "2030-04-02",
        "Lydia Marsh",
        "New Zealand",
    ),
    (
        (
            "Visit to Peru and Bolivia\n\nJoint media release with:\nThe Hon Helena Voss MP, "
            "Minister for Agriculture\n\nSenator the Hon Dominic Hale\nMinister for Foreign Affairs\n"
            "\n10 September 2031\n\nThis week I will travel to Lima and La Paz with the Minister for "
            "Agriculture, the Hon Helena Voss MP.\n\nIn Lima, I will meet Peru's Minister of Foreign "
            "Affairs, Ana Quispe, to open the first Ireland-Peru Economic Dialogue.\n\nIn La Paz, "
            "Minister Voss and I will meet Bolivia's Minister of Foreign Affairs, Luis Mamani.\n\n"
            "Ireland will also announce new support for farming research in both countries.\n"
        ),
        "2031-09-10",
        "Helena Voss",
        "Ireland",
    ),
    (
        (
            "Visit to Kenya and Tanzania\n\nJoint media release with:\nThe Hon Rupert Lang MP, "
            "Assistant Minister for Health\n\nThe Hon Maya Forsyth MP\nMinister for Foreign Affairs\n"
            "\n14 February 2029\n\nTomorrow I will fly to Nairobi and Dodoma with the Assistant "
            "Minister for Health, the Hon Rupert Lang MP.\n\nIn Nairobi, I will co-chair the "
            "Canada-Kenya Partnership Forum with Kenya's Cabinet Secretary for Foreign Affairs, "
            "Grace Wanjiru.\n\nIn Dodoma, Assistant Minister Lang and I will meet Tanzania's "
            "Minister of Foreign Affairs, Juma Hamisi.\n\nCanada is a long-standing partner of East "
            "Africa in health.\n"
        ),
        "2029-02-14",
        "Rupert Lang",
        "Canada",
    ),
]


@pytest.mark.parametrize(("text", "published", "name", "country"), _TRAVELS_WITH)
def test_author_companion_keeps_home(text: str, published: str, name: str, country: str) -> None:
    assert _get(_b(text, published), name).country == country


# ---- a past meeting's town --------------------------------------------------------------------------------

_PAST_TOWN = [
    (
        (
            "Spain and Mexico to hold security talks\n\nMADRID, May 20 (Wire) - Spain and Mexico "
            "will hold their second security dialogue of foreign and defence ministers in Madrid "
            "next Tuesday, officials said on Monday.\n\nForeign Minister Lucia Ferrer and Defence "
            "Minister Tomas Aguilar will host Mexican Foreign Secretary Pablo Rojas and Defense "
            "Secretary Ines Carrasco on May 27, officials said, in the first such meeting since the "
            "inaugural session in Monterrey in March 2029.\n\nThe ministers are expected to sign a "
            "logistics agreement.\n"
        ),
        "2030-05-20",
        "Tomas Aguilar",
        "Spain",
    ),
    (
        (
            "Norway, Indonesia to hold maritime talks\n\nOSLO, March 3 (Wire) - Norway and Indonesia "
            "will hold maritime security talks in Oslo next week, the foreign ministry said on "
            "Monday.\n\nForeign Minister Siri Haugen and Defence Minister Lars Dahl will host "
            "Indonesian Foreign Affairs Secretary Budi Santoso and Defense Secretary Agus Wibowo on "
            "March 11, diplomats said, in the first meeting since talks in Surabaya in October "
            "2030.\n\nThey will discuss fisheries and offshore energy.\n"
        ),
        "2031-03-03",
        "Lars Dahl",
        "Norway",
    ),
    (
        (
            "Greece and Egypt to hold 2+2 talks\n\nATHENS, Oct 1 (Wire) - Greece and Egypt will hold "
            "their first two-plus-two talks in Athens on Thursday, diplomats said.\n\nForeign "
            "Minister Eleni Dimou and Defence Minister Nikos Pappas will receive Egyptian Foreign "
            "Affairs Secretary Omar Khalil and Defence Secretary Karim Fawzi on Oct. 3, the ministry "
            "said, in the first such talks since a meeting in Alexandria in 2028.\n\nMigration and "
            "energy will top the agenda.\n"
        ),
        "2032-10-01",
        "Nikos Pappas",
        "Greece",
    ),
]


@pytest.mark.parametrize(("text", "published", "name", "country"), _PAST_TOWN)
def test_past_meeting_town_is_no_host(text: str, published: str, name: str, country: str) -> None:
    assert _get(_b(text, published), name).country == country


# ---- near misses that stay ------------------------------------------------------------------------------

_COMING_TOWN = (
    "Spain and Mexico to hold security talks\n\nMADRID, May 20 (Wire) - Spain and Mexico "
    "will hold a security dialogue next month, officials said on Monday.\n\nSpanish Foreign "
    "Minister Lucia Ferrer will meet Defense Secretary Ines Carrasco in Monterrey in June "
    "2030, officials said.\n"
)


def test_coming_meeting_town_still_places_the_met() -> None:
    """A town dated after the reference date is the coming meeting's: the person met there is its host's."""
    assert _get(_b(_COMING_TOWN, "2030-05-20"), "Ines Carrasco").country == "Mexico"


_MET_AT_STOP = (
    "Visit to Ghana\n\nThe Hon Paul Grantley MP\nMinister for Foreign Affairs\n\n2 April 2030\n\n"
    "Today I will travel to Accra, where I will meet with the Minister for Trade and Industry, "
    "the Hon Kojo Owusu, on Wednesday.\n"
)


def test_minister_met_at_the_stop_stays_the_hosts() -> None:
    """ "travel to Xcity, where I will meet with the Minister A": A is met there, no companion."""
    assert _get(_b(_MET_AT_STOP, "2030-04-02"), "Kojo Owusu").country == "Ghana"


# ---- a group's leader and a threat are no parties of the meeting ------------------------------------------

_NO_PARTY = [
    (
        (
            "Denmark to host Nordic-Baltic defence ministers\n\nDrone incursions and Russian "
            "sabotage will top the agenda when defence ministers of the Swedish-chaired "
            "Nordic-Baltic group meet in Copenhagen next Thursday.\n\nDefence Minister Anders Holm "
            'told reporters that the meeting would focus on airports and power grids.\n\n"We have to '
            'protect what keeps our societies running," Holm said.\n\nSwedish Defence Minister Pal '
            "Jonsson will attend.\n"
        ),
        "2030-09-02",
        "Anders Holm",
        "Denmark",
    ),
    (
        (
            "Estonia to host coastguard chiefs\n\nIranian disinformation and cable cuts will be "
            "discussed when coastguard chiefs of the French-led maritime forum meet in Tallinn on "
            "Friday.\n\nDirector General Kaarel Saar said the meeting would agree on a joint patrol "
            'plan.\n\n"The sea is our border, and it is under strain," Saar said.\n\nFrench Director '
            "General Marc Lenoir will attend.\n"
        ),
        "2031-02-10",
        "Kaarel Saar",
        "Estonia",
    ),
    (
        (
            "Latvia to host Baltic Sea defence meeting\n\nThe Russian shadow fleet and GPS jamming "
            "will dominate talks when defence ministers of the German-led Baltic Sea coalition meet "
            "in Riga next Monday.\n\nDefence Minister Janis Kalnins said the ministers would discuss "
            "escorting tankers.\n\nChief of Defence Lieutenant General Aivars Ozols will brief the "
            "ministers.\n\nGerman Defence Minister Klaus Weber will attend.\n"
        ),
        "2032-11-15",
        "Janis Kalnins",
        "Latvia",
    ),
]


@pytest.mark.parametrize(("text", "published", "name", "country"), _NO_PARTY)
def test_led_group_and_threat_are_no_parties(text: str, published: str, name: str, country: str) -> None:
    """ "the Xish shadow fleet ... ministers of the Y-led group meet in Zcity": the host's, not X's."""
    assert _get(_b(text, published), name).country == country


_TWO_PARTIES = (
    "Denmark to host Nordic-Baltic defence ministers\n\nDrone incursions will top the agenda "
    "when defence ministers of Sweden and Finland meet in Copenhagen next Thursday for the "
    "Swedish-Finnish defence talks.\n\nDefence Minister Anders Holm told reporters that the "
    "meeting would focus on airports and power grids.\n"
)


def test_named_pair_still_gives_parties() -> None:
    """A pair's own adjective ("the Xish-Yish defence talks") is no group's leader: the host stays."""
    assert _get(_b(_TWO_PARTIES, "2030-09-02"), "Anders Holm").country == "Denmark"
