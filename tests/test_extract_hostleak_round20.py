"""Country rules, round 20 (hostleak): a visiting side's people keep their own country, not the host's.
A bare title opening a sentence ("The Prime Minister will be accompanied by ...") means the holder named
before it, not a host's namesake named later; of several delegation cues the one nearest a name owns it
("the Xish side will be led by A, and the Yish side by B"); a country's capital beats a bigger namesake abroad
when the text names that country; a three-word state in an institution's name is not its last word's
state; "her Xish counterpart, the Minister of Y, B" and "his Xish peer" are counterpart cues; a landmark
named after a town ("Xtown Abbey") places no one in that town; "PNG" is a state's short form; a title naming
its own state's service is not coordinated into a neighbour's country; a national agency's dateline is not
the host of a visit the lead sends abroad; a companion is of the side they accompany, not of a pair's other
side."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.extract.places import cities_in

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Prime Minister to visit Fiji\n\n"
            "Apia, 2 June 2025\n\n"
            "The Prime Minister and Minister for Foreign Affairs of Samoa, Hon. Tavita Leauma, will make an "
            "official visit to Fiji from 9 to 12 June.\n\n"
            "The Prime Minister will be accompanied by the Minister for Fisheries, Hon. Sione Pele.\n\n"
            "In Suva, Mr Leauma will hold talks with the Prime Minister of Fiji, Hon. Ratu Jone Kava.\n",
            "Sione Pele",
            "Samoa",
        ),
        (
            "President to visit Ghana\n\n"
            "Abuja, 2 June 2025\n\n"
            "The President and Commander-in-Chief of Nigeria, Mr Bala Okonjo, will pay a state visit to "
            "Ghana next week.\n\n"
            "The President will be accompanied by the Minister of Trade, Mrs Ngozi Adeyemi.\n\n"
            "In Accra, Mr Okonjo will hold talks with the President of Ghana, Mr Kofi Mensah-Bonsu.\n",
            "Ngozi Adeyemi",
            "Nigeria",
        ),
        (
            "Minister to visit Chile\n\n"
            "Lima, 2 June 2025\n\n"
            "The Foreign Minister and Trade Minister of Peru, Mr Jorge Quispe, will travel to Chile next "
            "week.\n\n"
            "The Foreign Minister will be accompanied by the Vice Minister of Trade, Ms Rosa Huaman.\n\n"
            "In Santiago, Mr Quispe will meet the Foreign Minister of Chile, Mr Tomas Araya.\n",
            "Rosa Huaman",
            "Peru",
        ),
    ],
)
def test_bare_title_subject_means_the_holder_named_before(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_bare_title_with_no_earlier_holder_still_means_the_later_one() -> None:
    text = (
        "Talks next week\n\n"
        "Apia, 2 June 2025\n\n"
        "Officials announced talks on fisheries in Suva next week.\n\n"
        "The Prime Minister will be accompanied by the Minister for Fisheries, Hon. Sione Pele.\n\n"
        "Prime Minister Tavita Leauma of Samoa will lead the talks.\n"
    )
    assert _people(text)["Sione Pele"][1] != "Fiji"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Tehran, IRNA – The trilateral meeting will be held in Tehran on Tuesday. The Iranian delegation "
            "will be headed by Deputy Foreign Minister Ali Rostami, while the Turkish side will be led by "
            "Deputy Foreign Minister Mehmet Yavuz and the Russian side by Deputy Foreign Minister Oleg "
            "Sorokin.\n",
            "Oleg Sorokin",
            "Russia",
        ),
        (
            "Ankara (AA) - Talks open in Ankara on Monday. The Turkish delegation will be headed by Deputy "
            "Minister Emre Kaya, while the Greek side will be led by Deputy Minister Nikos Pappas and the "
            "Cypriot side by Deputy Minister Andreas Georgiou.\n",
            "Andreas Georgiou",
            "Cyprus",
        ),
        (
            "Baku (AZERTAC) - Talks open in Baku on Monday. The Azerbaijani delegation will be led by Deputy "
            "Minister Elnur Aliyev, while the Kazakh side will be headed by Deputy Minister Yerlan Nurov and "
            "the Uzbek side by Deputy Minister Bakhtiyor Saidov.\n",
            "Bakhtiyor Saidov",
            "Uzbekistan",
        ),
        (
            "Ankara (AA) - Talks open in Ankara on Monday. The Turkish team will be headed by Deputy "
            "Minister Emre Kaya, while the Azerbaijani side will be led by Deputy Minister Elnur Aliyev and "
            "the Georgian side by Deputy Minister Giorgi Beridze.\n",
            "Giorgi Beridze",
            "Georgia",
        ),
    ],
)
def test_nearest_delegation_cue_owns_the_name(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_first_delegation_owner_keeps_its_leader() -> None:
    text = (
        "Tehran, IRNA – The trilateral meeting will be held in Tehran on Tuesday. The Iranian delegation "
        "will be headed by Deputy Foreign Minister Ali Rostami, while the Turkish side will be led by "
        "Deputy Foreign Minister Mehmet Yavuz.\n"
    )
    assert _people(text)["Ali Rostami"][1] == "Iran"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Seychelles to host island ministers\n\n"
            "Seychelles will host a meeting of island foreign ministers in Victoria on 11 June.\n\n"
            "Minister for Foreign Affairs Jean Morel will chair the session.\n",
            "Jean Morel",
            "Seychelles",
        ),
        (
            "Seychelles to host fisheries talks\n\n"
            "Seychelles will host the annual fisheries talks in Victoria on 20 June, bringing together "
            "ministers from Mauritius and Madagascar.\n\n"
            "Minister of Fisheries Paul Laporte will open the talks.\n",
            "Paul Laporte",
            "Seychelles",
        ),
        (
            "Island leaders to meet\n\n"
            "The leaders of Seychelles and Comoros will meet in Victoria next week.\n\n"
            "Minister for Home Affairs Anne Labiche will attend the talks.\n",
            "Anne Labiche",
            "Seychelles",
        ),
    ],
)
def test_a_named_country_capital_beats_a_bigger_namesake(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_big_city_of_an_unnamed_country_is_still_found() -> None:
    text = (
        "Talks in Victoria\n\n"
        "Trade ministers will meet in Victoria on 11 June.\n\n"
        "Minister of Trade Jean Morel will chair the session.\n"
    )
    assert _people(text)["Jean Morel"][1] != "Seychelles"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Security analyst Dr Mary Tau, of the University of Papua New Guinea, said the talks mattered.\n",
            "Mary Tau",
            "Papua New Guinea",
        ),
        (
            "Researcher Dr John Ake, of the National Research Institute of Papua New Guinea, said the talks "
            "mattered.\n",
            "John Ake",
            "Papua New Guinea",
        ),
        (
            "Analyst Dr Rosa Lima, of the Catholic University of Equatorial Guinea, said the talks "
            "mattered.\n",
            "Rosa Lima",
            "Equatorial Guinea",
        ),
    ],
)
def test_a_several_word_state_in_an_institution_name(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_one_word_state_in_an_institution_name() -> None:
    text = "Analyst Dr Alpha Diallo, of the University of Guinea, said the talks mattered.\n"
    assert _people(text)["Alpha Diallo"][1] == "Guinea"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "The Cabinet Secretary, Ms Thandi Mokoena, will co-chair the commission with her Kenyan "
            "counterpart, the Cabinet Secretary for Trade, Hon. James Otieno, in Pretoria on 10 June.\n",
            "James Otieno",
            "Kenya",
        ),
        (
            "The Minister of Finance, Mr Sipho Dube, will co-chair the council with his Namibian "
            "counterpart, the Minister of Finance, Hon. Petrus Shikongo, in Durban on 10 June.\n",
            "Petrus Shikongo",
            "Namibia",
        ),
        (
            "The Minister of Home Affairs, Ms Naledi Zulu, will co-chair the commission with her Botswana "
            "counterpart, the Minister of Home Affairs, Hon. Kabo Molefe, in Pretoria on 10 June.\n",
            "Kabo Molefe",
            "Botswana",
        ),
    ],
)
def test_counterpart_then_an_apposed_title(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_counterpart_cue_does_not_reach_past_a_clause() -> None:
    text = (
        "The Minister of Trade, Ms Thandi Mokoena, will meet her Kenyan counterpart on Monday, and the "
        "Minister of Finance, Mr Sipho Dube, will brief reporters in Pretoria.\n"
    )
    assert _people(text)["Sipho Dube"][1] != "Kenya"


@pytest.mark.parametrize(
    "text",
    [
        "The leaders will attend a service in Westminster Abbey.",
        "The ministers will lunch at Worcester Cathedral on Monday.",
        "The delegates will hear a concert at Coventry Cathedral.",
    ],
)
def test_a_landmark_named_after_a_town_is_no_town(text: str) -> None:
    assert cities_in(text, 0, len(text), frozenset()) == []


def test_the_town_itself_is_still_a_town() -> None:
    text = "The ministers will hold talks in Coventry on Monday."
    assert [c.name for c, _, _ in cities_in(text, 0, len(text), frozenset())] == ["Coventry"]


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "The minister will meet PNG's Minister for Internal Security, Hon. Peter Kanu, in Canberra.\n",
            "Peter Kanu",
            "Papua New Guinea",
        ),
        (
            "Australia's Defence Minister Ann Shaw will hold talks with PNG's Defence Minister, Hon. John "
            "Walo, in Sydney next week.\n",
            "John Walo",
            "Papua New Guinea",
        ),
        (
            "Australia's Foreign Minister Ann Shaw will host PNG's Foreign Minister, Hon. Justin Walo, in "
            "Brisbane.\n",
            "Justin Walo",
            "Papua New Guinea",
        ),
    ],
)
def test_png_is_a_state(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Naval chiefs expected in Karachi include Chief of Staff of the Indonesian Navy Admiral Budi "
            "Hartono, Commander of the Sierra Leone Navy Rear Admiral Sam Koroma and others.\n",
            "Sam Koroma",
            "Sierra Leone",
        ),
        (
            "Guests in Delhi include Chief of the Indian Army General Arjun Rao, Commander of the Sri Lanka "
            "Army General Ruwan Silva and others.\n",
            "Ruwan Silva",
            "Sri Lanka",
        ),
        (
            "Attending in Bangkok are Chief of the Thai Navy Admiral Somchai Wong, Commander of the New "
            "Zealand Navy Rear Admiral Mark Reid and others.\n",
            "Mark Reid",
            "New Zealand",
        ),
    ],
)
def test_a_title_naming_its_own_service_breaks_a_chain(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_chain_without_its_own_service_still_passes_the_country() -> None:
    text = (
        "Guests include Chief of the Indian Army General Arjun Rao, Deputy Chief General Vikram Sen and "
        "others.\n"
    )
    assert _people(text)["Vikram Sen"][1] == "India"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Speaker to visit Thailand\n\n"
            "SEOUL, May 8 (Yonhap) -- National Assembly Speaker Kim Do-hyun will visit Thailand next week "
            "for talks with his Thai counterpart, his office said.\n\n"
            "During the trip, Kim will hold talks with Somsak Chai, president of Thailand's National "
            "Assembly, and attend the Korea-Thailand Parliamentary Forum.\n",
            "Kim Do-hyun",
            "South Korea",
        ),
        (
            "Minister to visit Malaysia\n\n"
            "TOKYO, May 8 (Kyodo) -- Defense Minister Sato Kenji will visit Malaysia next week, the ministry "
            "said.\n\n"
            "During the trip, Sato will hold talks with Aziz Rahman, chairman of Malaysia's defence "
            "committee, and attend the Japan-Malaysia Defence Forum.\n",
            "Sato Kenji",
            "Japan",
        ),
        (
            "Minister to visit Laos\n\n"
            "HANOI, May 8 (VNA) -- Deputy Prime Minister Tran Quoc Bao will visit Laos next week, the "
            "government said.\n\n"
            "During the trip, Tran will hold talks with Somphone Vong, chairman of Laos's National Assembly, "
            "and attend the Vietnam-Laos Cooperation Forum.\n",
            "Tran Quoc Bao",
            "Vietnam",
        ),
    ],
)
def test_agency_dateline_is_not_the_host_of_a_visit_abroad(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_agency_dateline_still_hosts_a_visit_to_it() -> None:
    text = (
        "Minister to visit Korea\n\n"
        "SEOUL, May 8 (Yonhap) -- Vietnamese Foreign Minister Tran Minh will visit South Korea next week, "
        "the ministry said.\n\n"
        "Tran will hold talks with Foreign Minister Park Min-ho on trade.\n"
    )
    assert _people(text)["Park Min-ho"][1] == "South Korea"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Speaker to visit Vietnam\n\n"
            "SEOUL, May 8 (Yonhap) -- National Assembly Speaker Kim Do-hyun will visit Vietnam next week, "
            "his office said.\n\n"
            "Kim will be accompanied by Choi Min-su, chairman of the Foreign Affairs Committee, and Rep. Lee "
            "Ha-na, head of the Korea-Vietnam friendship group.\n",
            "Choi Min-su",
            "South Korea",
        ),
        (
            "Speaker to visit Thailand\n\n"
            "SEOUL, May 8 (Yonhap) -- National Assembly Speaker Kim Do-hyun will visit Thailand next week, "
            "his office said.\n\n"
            "Kim will be accompanied by Choi Min-su, chairman of the Trade Committee, and Rep. Lee Ha-na, "
            "head of the Korea-Thailand friendship group.\n",
            "Choi Min-su",
            "South Korea",
        ),
        (
            "Minister to visit Malaysia\n\n"
            "TOKYO, May 8 (Kyodo) -- Defense Minister Sato Kenji will visit Malaysia next week, the ministry "
            "said.\n\n"
            "Sato will be accompanied by Ito Hiroshi, chairman of the defence committee, and Mori Aya, head "
            "of the Japan-Malaysia friendship group.\n",
            "Ito Hiroshi",
            "Japan",
        ),
    ],
)
def test_a_companion_in_a_pair_sentence_keeps_its_side(text: str, name: str, country: str) -> None:
    """The guard the dateline rule needs: with the visit's host now the country abroad, a companion in a
    sentence naming an "X-Y" pair must still take the side accompanied, not the pair's other side."""
    assert _people(text)[name][1] == country


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Santiago, 2 June 2025\n\n"
            "Defence Ministers Ana Rojas and Pablo Gomez will meet at the Ministry of Defence, joined by the "
            "Chief of the Joint Staff, Vice Admiral Luis Vera, and his Argentine peer, General Raul Diaz, "
            "Chief of the Joint General Staff.\n",
            "Luis Vera",
            "Chile",
        ),
        (
            "Lima, 2 June 2025\n\n"
            "Foreign Ministers Rosa Huaman and Carlos Mesa will meet at the Foreign Ministry, joined by the "
            "Vice Minister, Ambassador Jorge Soto, and his Bolivian peer, Ambassador Ana Quiroga.\n",
            "Jorge Soto",
            "Peru",
        ),
        (
            "Santiago, 2 June 2025\n\n"
            "Defence Ministers Ana Rojas and Pablo Gomez will meet at the Ministry of Defence, joined by the "
            "Chief of the Joint Staff, Vice Admiral Luis Vera, and his Argentine counterpart, General Raul "
            "Diaz.\n",
            "Luis Vera",
            "Chile",
        ),
    ],
)
def test_a_peer_cue_refuses_the_companions_country(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country
