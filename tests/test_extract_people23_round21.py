"""Country rules, round 21 (people23): a country after "from" closing a run of titled names ("A, T1, and
B, T2, from Xland, and C, T3, from Yland"); a country word before a list is not shared with a person the
text already introduced in full ("Xish T1 A and T2 B", B named earlier); "A and B will hold talks with their
Yish counterparts" on Xland-Yland talks makes A and B Xland's; a city someone goes "back to" does not place
the sentence; a name's bracketed form in its own script ("Lin Wei (林偉)") does not hide the apposition or
the verb after it; "lead a delegation to X and Y" is a journey to X and Y (its traveller is of the country
named most besides); "director-general of the X and Y affairs bureau at Zland's foreign ministry" is read
to its bureau; a minister's portfolios listed with commas before a styled name ("the Minister for A, B and
C, Hon. D E") are that person's title."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2026, 3, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Press Releases\n\nMarch 2, 2026\n\nHolding of the Fourth Japan-Canada Ministerial Dialogue\n\n"
            "1. On Friday, March 6, the Fourth Japan-Canada Ministerial Dialogue will take place in Osaka. "
            "Taking part will be Mr. TAKEDA Ryo, Minister for Foreign Affairs, and Ms. MORI Aiko, Minister "
            "of Economy, from Japan, and the Hon. Claire Dubois, Minister of Foreign Affairs, and the Hon. "
            "Peter Lang, Minister of National Defence, from Canada.\n",
            {"Takeda Ryo": "Japan", "Mori Aiko": "Japan", "Claire Dubois": "Canada", "Peter Lang": "Canada"},
        ),
        (
            "Ministers to meet in Seoul\n\nThe talks in Seoul on 4 April will bring together Mr. Daniel Roy, "
            "Minister for Trade, from France, and Mr. Kenji Abe, Minister of Industry, from Japan.\n",
            {"Daniel Roy": "France", "Kenji Abe": "Japan"},
        ),
        (
            "Council to meet in Rome\n\nThe council will gather in Rome on 9 May. Attending will be Ms. "
            "Hanna Berg, State Secretary, and Mr. Ola Moen, Deputy Minister of Defence, from Norway.\n",
            {"Hanna Berg": "Norway", "Ola Moen": "Norway"},
        ),
    ],
)
def test_a_country_after_from_closes_a_run_of_titled_names(text: str, expected: dict[str, str]) -> None:
    found = _people(text)
    assert {n: found[n][1] for n in expected} == expected


def test_from_a_day_after_a_title_gives_no_country() -> None:
    found = _people(
        "Talks\n\nThe talks will bring together Ms. Hanna Berg, State Secretary, from Monday, and Mr. Ola "
        "Moen, Deputy Minister of Defence, from Thursday.\n"
    )
    assert found["Hanna Berg"][1] is None and found["Ola Moen"][1] is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Assistant Secretary Lowe's Travel to Hanoi and Bangkok\n\nMEDIA NOTE\n\nMARCH 2, 2026\n\n"
            "Assistant Secretary of State Nora Lowe will travel to Hanoi and Bangkok, March 9-13.\n\n"
            "In Hanoi, Assistant Secretary Lowe will meet with Deputy Foreign Minister Dang Quoc Hung to "
            "discuss the Mekong.\n\nOn March 12, she will hold a trilateral meeting in Bangkok with Thai "
            "Deputy Foreign Minister Somsak Preecha and Deputy Foreign Minister Dang.\n",
            "Dang Quoc Hung",
            "Vietnam",
        ),
        (
            "Minister Grant to visit Manila and Tokyo\n\nMinister Alan Grant will travel to Manila and Tokyo "
            "next week.\n\nIn Manila, Minister Grant will meet with Undersecretary Maria Santos.\n\n"
            "In Tokyo, he will join a lunch with Japanese State Minister Hiro Tanaka and Undersecretary "
            "Santos.\n",
            "Maria Santos",
            "Philippines",
        ),
        (
            "Envoy Reyes to visit Jakarta and Canberra\n\nSpecial Envoy Lucia Reyes of the United States "
            "will travel to Jakarta and Canberra next week.\n\nIn Jakarta, Envoy Reyes will meet with Deputy "
            "Minister Budi Santoso.\n\nIn Canberra, she will host a dinner for Australian Assistant Minister "
            "Jack Hale and Deputy Minister Santoso.\n",
            "Budi Santoso",
            "Indonesia",
        ),
    ],
)
def test_a_shared_country_word_skips_someone_introduced_before(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_shared_country_word_still_reaches_a_new_name() -> None:
    found = _people(
        "Minister Grant to visit Tokyo\n\nMinister Alan Grant will travel to Tokyo next week.\n\n"
        "In Tokyo, he will join a lunch with Japanese State Minister Hiro Tanaka and Vice Minister "
        "Sato Kenji.\n"
    )
    assert found["Sato Kenji"][1] == "Japan"


@pytest.mark.parametrize(
    "text, names, country",
    [
        (
            "Vietnam, Japan to hold talks in Hanoi\n\nJapanese officials said Foreign Minister Mori Taro "
            "and Trade Minister Kato Yui will hold talks with their Vietnamese counterparts in Hanoi next "
            "week.\n",
            ["Mori Taro", "Kato Yui"],
            "Japan",
        ),
        (
            "Australia, Indonesia to hold 2+2 talks in Jakarta\n\nSources say Foreign Minister Emma Clarke "
            "and Defence Minister Tom Avery will hold talks with their Indonesian counterparts in Jakarta "
            "on April 2.\n",
            ["Emma Clarke", "Tom Avery"],
            "Australia",
        ),
        (
            "Korea, Philippines to hold talks in Manila\n\nOfficials said Foreign Minister Lee Joon-ho will "
            "hold talks with their Philippine counterparts in Manila on May 7.\n",
            ["Lee Joon-ho"],
            "South Korea",
        ),
    ],
)
def test_their_counterparts_country_puts_the_subjects_on_the_pairs_other_side(
    text: str, names: list[str], country: str
) -> None:
    found = _people(text)
    assert [found[n][1] for n in names] == [country] * len(names)


def test_their_counterparts_of_a_country_outside_the_pair_decide_nothing() -> None:
    found = _people(
        "Japan, Vietnam to hold security talks in Hanoi\n\nGovernment sources said Foreign Minister "
        "Hayashi Ken will hold talks with their Indian counterparts in Hanoi on March 20.\n"
    )
    assert found["Hayashi Ken"][1] != "India"


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Thailand, Malaysia to hold joint commission\n\nBANGKOK, Thailand — Foreign Minister Somchai "
            "Wongsa will host Malaysian Foreign Minister Aziz Hamid for talks in Bangkok on March 9.\n\n"
            "Aziz will also call on Prime Minister Niran Chaiya on March 10 before flying back to Kuala "
            "Lumpur.\n",
            "Niran Chaiya",
            "Thailand",
        ),
        (
            "Japan, Australia to hold talks\n\nTOKYO, Japan — Foreign Minister Ito Jun will host Australian "
            "Foreign Minister Kate Moss for talks in Tokyo on April 3.\n\nMoss will also call on Prime "
            "Minister Noda Ken at his office on April 4 before returning to Canberra.\n",
            "Noda Ken",
            "Japan",
        ),
        (
            "Singapore, New Zealand to hold talks\n\nSINGAPORE — Foreign Minister Lim Wei will host New "
            "Zealand Foreign Minister Tui Moana for talks in Singapore on May 8.\n\nMoana will also call on "
            "Prime Minister Tan Boon Hock on May 9 before heading back to Wellington.\n",
            "Tan Boon Hock",
            "Singapore",
        ),
    ],
)
def test_a_city_someone_goes_back_to_does_not_place_the_sentence(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_city_someone_flies_on_to_still_places_the_sentence() -> None:
    found = _people(
        "Indonesia, Australia to hold talks\n\nJAKARTA, Indonesia — Foreign Minister Retno Sari will "
        "host Australian Foreign Minister Kate Moss for talks in Jakarta on April 3.\n\nMoss will then "
        "meet Prime Minister Jon Hart in Canberra on April 6.\n"
    )
    assert found["Jon Hart"][1] == "Australia"


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "Minister to visit Tuvalu\n\nMinister of Foreign Affairs Kao Ming-te (高明德) will travel to "
            "Funafuti on Monday, where he will meet Prime Minister Iosefa Malua, the ministry said.\n\nThe "
            "visit shows Taiwan's commitment to its allies. Taiwan will sign two agreements.\n",
            "Kao Ming-te",
            "Minister of Foreign Affairs",
            "Taiwan",
        ),
        (
            "Scholar comments\n\nHsu Li-ping (許麗萍), an associate professor at Tunghai University in "
            "Taichung, said the trip mattered.\n",
            "Hsu Li-ping",
            "associate professor at Tunghai University",
            "Taiwan",
        ),
        (
            "Envoy comments\n\nPark Ji-hoon (박지훈), a senior researcher at the Korea Institute for "
            "Maritime Strategy, said the talks would be difficult.\n",
            "Park Ji-hoon",
            "senior researcher at the Korea Institute for Maritime Strategy",
            "South Korea",
        ),
    ],
)
def test_a_bracketed_native_script_name_hides_nothing_after_it(
    text: str, name: str, role: str, country: str
) -> None:
    assert _people(text)[name] == (role, country)


def test_a_bracketed_latin_word_is_no_native_name() -> None:
    found = _people("Comments\n\nHsu Li-ping (ret), an associate professor at Tunghai University, said so.\n")
    assert found.get("Hsu Li-ping", (None, None))[0] is None


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Moana to visit Fiji, Tonga\n\nForeign Minister Tui Moana is to lead a delegation to Fiji and "
            "Tonga next week.\n\nFiji and Tonga are close partners of New Zealand. New Zealand will sign "
            "agreements with both, and New Zealand will fund new clinics in Fiji and Tonga.\n",
            "Tui Moana",
            "New Zealand",
        ),
        (
            "Hale to visit Vietnam, Laos\n\nDefence Minister Iris Hale will lead a high-level delegation to "
            "Vietnam and Laos this month.\n\nVietnam and Laos are key partners of Australia. Australia will "
            "fund training for both, and Australia will open a defence office in Vietnam and Laos.\n",
            "Iris Hale",
            "Australia",
        ),
        (
            "Farouk to visit Kenya, Tanzania\n\nTrade Minister Omar Farouk will head a business delegation "
            "to Kenya and Tanzania on Monday.\n\nKenya and Tanzania are growing markets for Egypt. Egypt "
            "hopes to expand exports, and Egypt will open trade offices in Kenya and Tanzania.\n",
            "Omar Farouk",
            "Egypt",
        ),
    ],
)
def test_leading_a_delegation_to_places_is_a_journey_there(text: str, name: str, country: str) -> None:
    assert _people(text)[name][1] == country


def test_a_delegation_received_is_no_journey() -> None:
    found = _people(
        "Hale to receive delegation\n\nDefence Minister Iris Hale will receive a delegation from Vietnam "
        "and Laos this month.\n\nVietnam and Laos are key partners of Australia. Australia will fund "
        "training for both, and Australia will open a defence office in Vietnam and Laos.\n"
    )
    assert found["Iris Hale"][1] is None


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        (
            "Envoys to meet\n\nSEOUL, March 3 (Yonhap) -- Kim Do-yun, special representative for peace "
            "affairs, will meet Ota Kenji, director-general of the Asian and Oceanian affairs bureau at "
            "Japan's foreign ministry, on Friday.\n",
            "Ota Kenji",
            "director-general of the Asian and Oceanian affairs bureau",
            "Japan",
        ),
        (
            "Envoys to meet in Tokyo\n\nTOKYO, March 3 (Kyodo) -- Sato Ken, director-general for North "
            "American affairs, will meet Choi Ha-na, director-general of the European and Eurasian affairs "
            "bureau at South Korea's foreign ministry, on Friday.\n",
            "Choi Ha-na",
            "director-general of the European and Eurasian affairs bureau",
            "South Korea",
        ),
        (
            "Envoys to meet in Manila\n\nMANILA, March 3 -- Ana Cruz, assistant secretary for Asian affairs, "
            "will meet Ravi Menon, director of the African and Middle Eastern affairs division at India's "
            "foreign ministry, on Friday.\n",
            "Ravi Menon",
            "director of the African and Middle Eastern affairs division",
            "India",
        ),
    ],
)
def test_a_desk_named_by_its_field_runs_to_its_bureau(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


def test_a_body_without_a_desk_word_keeps_its_title() -> None:
    found = _people(
        "Envoys to meet in Manila\n\nMANILA, March 3 -- Ana Cruz, assistant secretary for Asian affairs, "
        "will meet Ravi Menon, director of the African Union, and Omar Ali, a diplomat, on Friday.\n"
    )
    assert found["Ravi Menon"] == ("director", "African Union")


_RELEASE = (
    "GOVERNMENT MEDIA RELEASE\n\nMINISTER TO TRAVEL\n\nThe Prime Minister, Hon. Sitiveni Lomu, will lead "
    "the delegation to the summit in Apia on 3 May. He will be accompanied by the Minister for {}, Hon. "
    "Viliame Tora.\n"
)


@pytest.mark.parametrize(
    "portfolios, stray",
    [
        ("Public Enterprises, Co-operatives and Tourism", "Co-operatives"),
        ("Industry, Micro and Small Businesses and Tourism", "Micro"),
        ("Rural Development, Co-operatives and Fisheries", "Co-operatives"),
    ],
)
def test_portfolios_listed_before_a_styled_name_are_its_title(portfolios: str, stray: str) -> None:
    found = _people(_RELEASE.format(portfolios))
    assert found["Viliame Tora"][0] == f"Minister for {portfolios}"
    assert stray not in found


def test_a_title_then_two_styled_names_is_no_portfolio_list() -> None:
    found = _people(
        "SAMOA GOVERNMENT PRESS RELEASE\n\nMINISTERS TO TRAVEL\n\nThe Government of Samoa announced that "
        "the Minister for Health, Hon. Lefau Tanielu, and the Minister for Works, Hon. Ioane Pese, will "
        "travel to Suva on 3 May.\n"
    )
    assert found["Lefau Tanielu"][0] == "Minister for Health"
    assert found["Ioane Pese"][0] == "Minister for Works"
