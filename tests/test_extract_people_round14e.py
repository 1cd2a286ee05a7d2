"""People's countries, round 14e: companions who travel with a minister, a person's delegation, a
speaker's city that does not place the reported clause, a ministry named the sentence before its
spokesperson, national services ("the Royal Xish Navy"), formal state names, and title words that kept
names or countries from being read ("State Councilor", "Commander-in-Chief", "in charge of",
"His Majesty's", "Menteri Besar", "Pol. Lt. Gen.")."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.extract.gazetteer import country_of
from briefings.extract.sentences import split
from briefings.models import Briefing


def _run(text: str) -> Briefing:
    return extract(text, today=date(2031, 5, 1))


def _who(b: Briefing) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in b.people}


# --- title words ---------------------------------------------------------------------------------------


def test_state_councilor_is_a_title_and_keeps_its_country_word() -> None:
    for lead, name in (
        ("Chinese State Councilor and Foreign Minister", "Liang Weimin"),
        ("Chinese State Councillor", "Zhao Hongwei"),
        ("China's State Councilor and Defence Minister", "Sun Lijun"),
        ("Chinese State Councilor", "Han Meiling"),
    ):
        b = _run(f"{lead} {name} will visit Hanoi next week.\n\nThe talks will cover trade.")
        role, country = _who(b)[name]
        assert country == "China", (lead, _who(b))
        assert role is not None and "Council" in role


def test_commander_in_chief_of_a_royal_service_names_its_state() -> None:
    cases = (
        (
            "Air Chief Marshal Anan Srisuk, Commander-in-Chief of the Royal Thai Air Force",
            "Anan Srisuk",
            "Thailand",
        ),
        ("Admiral Jane Moore, Chief of Navy of the Royal Australian Navy", "Jane Moore", "Australia"),
        ("General Ahmad Zaki, Commander of the Royal Malaysian Army", "Ahmad Zaki", "Malaysia"),
        ("Lt Gen Koen Smit, Commander of the Royal Netherlands Army", "Koen Smit", "Netherlands"),
    )
    for phrase, name, country in cases:
        b = _run(f"The Minister met {phrase}, in Bangkok on Monday.\n\nThey discussed training.")
        assert _who(b)[name][1] == country, (phrase, _who(b))
        assert "Commander" in (_who(b)[name][0] or "") or "Chief" in (_who(b)[name][0] or "")
    b = _run("The Minister met Admiral Tom Hale, Chief of the Royal Navy, on Monday.\n\nThey talked.")
    assert _who(b)["Tom Hale"][1] != "Thailand"  # no country word inside: no country from the body


def test_in_charge_of_and_his_majestys_lead_a_portfolio() -> None:
    for text, name, role in (
        (
            "He will meet Moroccan Minister Delegate in charge of National Defence Administration "
            "Youssef Alami.",
            "Youssef Alami",
            "Minister Delegate in charge of National Defence Administration",
        ),
        ("She met Algerian Minister in charge of Foreign Trade Karim Saadi.", "Karim Saadi", None),
        (
            "Tonga’s Minister for His Majesty’s Armed Forces, Sione Fifita, will lead the delegation.",
            "Sione Fifita",
            "Minister for His Majesty’s Armed Forces",
        ),
        (
            "The British Minister for His Majesty's Revenue and Customs, Jane Holt, spoke.",
            "Jane Holt",
            "Minister for His Majesty's Revenue and Customs",
        ),
    ):
        b = _run(text + "\n\nThe talks went well.")
        assert name in _who(b), (text, _who(b))
        if role:
            assert _who(b)[name][0] == role, _who(b)
        assert _who(b)[name][1] is not None


def test_menteri_besar_and_a_two_word_honorific_after_a_place() -> None:
    b = _run(
        "They will call on the Menteri Besar of Kedah, Datuk Seri Zulkifli Hamid, on Monday.\n\nIt was brief."
    )
    assert _who(b)["Zulkifli Hamid"] == ("Menteri Besar of Kedah", "Malaysia")
    for text, name, role in (
        (
            "They met the Chief Minister of Sabah, Datuk Seri Jane Ong, on Monday.",
            "Jane Ong",
            "Chief Minister of Sabah",
        ),
        ("They met the Governor of Texas, Dr Mark Ellis, on Monday.", "Mark Ellis", "Governor of Texas"),
        (
            "They met the Menteri Besar of Johor, Dato' Amir Karim, on Monday.",
            "Amir Karim",
            "Menteri Besar of Johor",
        ),
    ):
        b = _run(text + "\n\nIt was brief.")
        assert _who(b)[name][0] == role, (text, _who(b))


def test_pol_rank_keeps_the_sentence_whole() -> None:
    for rank in ("Pol. Lt. Gen.", "Pol. Gen.", "Pol. Maj. Gen.", "Pol. Col."):
        text = (
            "In Bangkok on 12 February, Minister Ann Clarke will hold talks with Thailand's Foreign "
            "Minister, "
            f"Somchai Rakdee. She will also meet {rank} Niran Thongdee, Commissioner of the Central "
            "Investigation Bureau, to discuss scam centres.\n\nThe visit ends on Friday."
        )
        b = _run(text)
        assert _who(b)["Niran Thongdee"][1] == "Thailand", (rank, _who(b))
        assert not any(x.text.endswith("Pol.") for x in split(text).sentences), rank
    assert len(split("The unit was led by Pol. Gen. Somsak Chai. It met at noon.").sentences) == 2


# --- companions and delegations ------------------------------------------------------------------------


def test_travel_with_names_companions_of_the_traveller() -> None:
    for verb in ("will travel with", "travels with", "is travelling with", "will be traveling with"):
        text = (
            "Spain's Minister of Defence, Ana Ruiz, and her Portuguese counterpart, Minister of National "
            "Defence "
            "Rui Costa, will meet in Lisbon on 14 May.\n\n"
            f"Ruiz {verb} the Chief of Defence Staff, Admiral Pablo Vega, and the Secretary of State for "
            "Defence, Luis Mora."
        )
        who = _who(_run(text))
        assert who["Pablo Vega"][1] == "Spain", (verb, who)
        assert who["Luis Mora"][1] == "Spain", (verb, who)


def test_secretary_of_state_for_defence_is_not_only_british() -> None:
    b = _run("Madrid's delegation includes Secretary of State for Defence Luis Mora.\n\nIt meets in Rome.")
    assert _who(b)["Luis Mora"][1] != "United Kingdom"
    b = _run("Secretary of State for Foreign Affairs Jane Hale will visit Rome.\n\nShe meets the minister.")
    assert _who(b)["Jane Hale"][1] == "United Kingdom"  # other portfolios keep the British style


def test_a_persons_delegation_lists_people_of_that_persons_country() -> None:
    lead = (
        "THE HAGUE, 21 January 2031 – Minister of Defence Piet Bakker will receive his German counterpart, "
        "Federal Minister of Defence Klaus Richter, for consultations in The Hague.\n\n"
    )
    for tail in (
        "Richter is expected to arrive with a delegation that includes Parliamentary State Secretary Dr. Eva "
        "Lenz and Inspector of the Army Lieutenant General Max Weber.",
        "Richter will bring a delegation including Parliamentary State Secretary Eva Lenz and Inspector of "
        "the Army Lieutenant General Max Weber.",
        "Richter's entourage, including Parliamentary State Secretary Eva Lenz and Inspector of the Army "
        "Lieutenant General Max Weber, lands on Sunday.",
        "Richter travels with a delegation which includes Parliamentary State Secretary Eva Lenz.",
    ):
        who = _who(_run(lead + tail))
        assert who["Eva Lenz"][1] == "Germany", (tail, who)
        if "Max Weber" in who:
            assert who["Max Weber"][1] == "Germany", (tail, who)
    # a delegation of the host's own side stays the host's
    who = _who(_run(lead + "Bakker will lead a delegation that includes State Secretary Anna de Boer."))
    assert who["Anna de Boer"][1] == "Netherlands"


# --- places and ministries -----------------------------------------------------------------------------


def test_a_speakers_city_does_not_place_the_reported_clause() -> None:
    lead = (
        "THE HAGUE, 21 January 2031 – Minister of Defence Piet Bakker will receive his German counterpart, "
        "Federal Minister of Defence Klaus Richter, for consultations in The Hague.\n\n"
    )
    for tail in (
        "The German ministry said in Berlin that Richter would also call on Prime Minister Joris Smit.",
        "Officials told reporters in Berlin that Richter would call on Prime Minister Joris Smit.",
        "A spokesperson announced in Berlin that Richter would meet Prime Minister Joris Smit.",
        "The ministry confirmed from Berlin that Richter would call on Prime Minister Joris Smit.",
    ):
        who = _who(_run(lead + tail))
        assert who["Joris Smit"][1] == "Netherlands", (tail, who)


def test_a_ministry_named_before_its_spokesperson_gives_the_country() -> None:
    lead = (
        "BEIJING, Oct. 30 -- Foreign Minister Wang Lei will visit Vietnam next week, officials said here.\n\n"
    )
    for tail in (
        "In Hanoi, Vietnam's Ministry of Foreign Affairs said in a statement that it welcomed the visit. "
        "Ministry spokesperson Nguyen Thu Ha told reporters the talks would be candid.",
        "Vietnam's Foreign Ministry welcomed the visit. Ministry spokesman Le Van Hai said it was timely.",
        "The Vietnamese Defence Ministry said it would host a dinner. "
        "Ministry spokesperson Tran Minh said so.",
    ):
        who = _who(_run(lead + tail))
        name = next(n for n in who if n not in ("Wang Lei",))
        assert who[name][1] == "Vietnam", (tail, who)
    # no ministry named before the spokesperson: the dateline's, as before
    who = _who(_run(lead + "The two sides issued notes. Ministry spokesperson Zhou Ping said it was candid."))
    assert who["Zhou Ping"][1] == "China"


def test_briefed_by_in_a_where_clause_is_the_hosts() -> None:
    lead = "Saudi Defense Minister Prince Faisal will visit Washington next week.\n\n"
    for tail in (
        "He will travel to Tampa, where he will be briefed by Commander Gen. Mark Doyle.",
        "He then flies to Tampa, where he will be briefed by the Commander, Gen. Mark Doyle.",
        "In Tampa he will be briefed by Gen. Mark Doyle, the commander.",
    ):
        who = _who(_run(lead + tail))
        assert who["Mark Doyle"][1] == "United States", (tail, who)


def test_a_building_named_after_a_town_places_nothing() -> None:
    text = (
        "Australia to host Indonesia\n\nThe Hon Jane Hart MP, Minister for Defence\n\n"
        "We will welcome Indonesia's Minister of Defence, Agus Salim, to Melbourne.\n\n"
        "Minister Hart will host Minister Salim at Victoria Barracks on 19 June."
    )
    assert _who(_run(text))["Jane Hart"][1] == "Australia"
    for word in ("Barracks", "Base", "Station", "Airport"):
        from briefings.extract.places import cities_in

        s = f"They met at Victoria {word} on Monday."
        assert not cities_in(s, 0, len(s), frozenset()), word


def test_formal_state_names_with_the_common_spelling() -> None:
    assert country_of("Socialist Republic of Vietnam") == "Vietnam"
    assert country_of("the Socialist Republic of Vietnam") == "Vietnam"
    b = _run(
        "H.E. Mr. Tran Van Long, Deputy Prime Minister and Minister of Foreign Affairs of the Socialist "
        "Republic "
        "of Vietnam, will be in New Delhi on an official visit to India.\n\nHe meets the minister."
    )
    assert _who(b)["Tran Van Long"][1] == "Vietnam"


def test_a_big_city_after_said_is_no_person() -> None:
    for city in ("New Delhi", "Kuala Lumpur", "Abu Dhabi", "Buenos Aires"):
        b = _run(f"A senior official said {city} would press for technology transfer.\n\nTalks go on.")
        assert city not in _who(b), _who(b)
    b = _run("A senior official said Jane Doe would press for technology transfer.\n\nTalks go on.")
    assert "Jane Doe" in _who(b)
