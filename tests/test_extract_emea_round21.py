"""People of Europe, the Middle East and Africa, round 21 (emea): royal styles "HRH"/"H.H." before a name;
"Xland, which (...,) will be represented by A"; "and Emigrants" closing a portfolio; "at the Farnesina";
"Deputy Prime Minister, Minister of X A" (a comma joining two titles before a name; "The Chair of X,
Ambassador A" keeps the office); a "Secretary of State" that is American or British only where the text
names that state (Poland's, Spain's otherwise, also "for the European Union"); "Xcity-based analyst A";
"Press spokesperson A"; "for the U.N. humanitarian office"; a name with a telephone number after it (a
contact); the Swiss FDFA and Federal Councillors; "... with A, spokesman B said" under a dateline;
"Prime Minister A and his defence minister B"; "hosted by our Minister A"; "Xish Foreign and Defence
Ministers A and B" (respectively); "his Xish peer, B"; "Universidad de la X in Ycity"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, name, role, country",
    [
        # royal styles before the name of an apposition
        (
            "The envoy will meet the Minister of Foreign Affairs of the Kingdom of Bahrain, HRH Prince "
            "Faisal bin Omar Al Khalifa, on Monday.",
            "Faisal bin Omar Al Khalifa",
            "Minister of Foreign Affairs",
            "Bahrain",
        ),
        (
            "The delegation will call on the Minister of Defence of Oman, H.H. Sayyid Tariq bin Nasser Al "
            "Busaidi, in Muscat.",
            "Tariq bin Nasser Al Busaidi",
            "Minister of Defence",
            "Oman",
        ),
        (
            "She will hold talks with the Foreign Minister of Jordan, HRH Prince Zaid bin Karim, in Amman.",
            "Zaid bin Karim",
            "Foreign Minister",
            "Jordan",
        ),
        # "Xland, which ... will be represented by A"
        (
            "VIENNA, May 3 (Reuters) - Belarus, which will be represented by Deputy Foreign Minister Oleg "
            "Marchuk, has blocked the budget.",
            "Oleg Marchuk",
            "Deputy Foreign Minister",
            "Belarus",
        ),
        (
            "BERLIN, May 3 (Reuters) - Slovakia, which has often disagreed with its partners, will be "
            "represented by Foreign Minister Tomas Hrubik.",
            "Tomas Hrubik",
            "Foreign Minister",
            "Slovakia",
        ),
        (
            "GENEVA, May 3 (Reuters) - Serbia, which will be represented by State Secretary Dragan Vukic, "
            "abstained last year.",
            "Dragan Vukic",
            "State Secretary",
            "Serbia",
        ),
        # "and Emigrants" closes the portfolio
        (
            "In Beirut he will meet his counterpart, Karim Nassar, Minister of Foreign Affairs and "
            "Emigrants.",
            "Karim Nassar",
            "Minister of Foreign Affairs and Emigrants",
            "Lebanon",
        ),
        (
            "He will meet Rami Haddad, Minister of Foreign Affairs and Emigrants, on Tuesday.",
            "Rami Haddad",
            "Minister of Foreign Affairs and Emigrants",
            None,
        ),
        (
            "The Minister of Foreign Affairs and Emigrants of Lebanon, Nadim Saliba, will address the forum.",
            "Nadim Saliba",
            "Minister of Foreign Affairs and Emigrants",
            "Lebanon",
        ),
        # the Farnesina is Italy's foreign ministry
        (
            "The Minister of Foreign Affairs and International Cooperation, Paolo Lanza, today opens at "
            "the Farnesina the conference on the Mediterranean.",
            "Paolo Lanza",
            "Minister of Foreign Affairs and International Cooperation",
            "Italy",
        ),
        (
            "The Undersecretary of State for Foreign Affairs, Chiara Belli, will host a working session at "
            "the Farnesina tomorrow.",
            "Chiara Belli",
            "Undersecretary of State for Foreign Affairs",
            "Italy",
        ),
        (
            "The Deputy Minister of Foreign Affairs, Marco Ferri, will receive the delegation at the "
            "Farnesina on Friday.",
            "Marco Ferri",
            "Deputy Minister of Foreign Affairs",
            "Italy",
        ),
        # two titles joined by a comma before the name
        (
            "Deputy Prime Minister, Minister of Foreign Affairs Jan Kowalczyk will host the meeting in "
            "Gdansk on Monday.",
            "Jan Kowalczyk",
            "Deputy Prime Minister, Minister of Foreign Affairs",
            None,
        ),
        (
            "The Deputy Prime Minister, Minister of Finance Ewa Malinowska will attend the session in "
            "Warsaw.",
            "Ewa Malinowska",
            "Deputy Prime Minister, Minister of Finance",
            None,
        ),
        (
            "Deputy Prime Minister, Minister of National Defence Adam Zielinski will travel to Vilnius.",
            "Adam Zielinski",
            "Deputy Prime Minister, Minister of National Defence",
            None,
        ),
        (
            "The Chair of the Budget Committee, Ambassador Lene Holm, said she would circulate a draft.",
            "Lene Holm",
            "Chair of the Budget Committee",
            None,
        ),
        # a "Secretary of State" outside the US and the UK
        (
            "Polish Foreign Minister Jan Nowak will host the Weimar meeting in Wroclaw on Monday. He added "
            "that Secretary of State Anna Kwiatkowska would travel to Paris later in the month.",
            "Anna Kwiatkowska",
            "Secretary of State",
            "Poland",
        ),
        (
            "Polish Deputy Prime Minister Piotr Nowak will host the meeting in Poznan. Secretary of State "
            "Marek Lis will also attend.",
            "Marek Lis",
            "Secretary of State",
            "Poland",
        ),
        (
            "Spanish Foreign Minister Luis Ortega will host the summit in Seville. The Secretary of State "
            "for the European Union, Elena Prieto, will also take part.",
            "Elena Prieto",
            "Secretary of State for the European Union",
            "Spain",
        ),
        # a place-based analyst
        (
            "Cairo-based analyst Samir Fathy said Egypt had strong incentives.",
            "Samir Fathy",
            "analyst",
            "Egypt",
        ),
        (
            "Nairobi-based security analyst Grace Wambui said the talks would be difficult.",
            "Grace Wambui",
            "security analyst",
            "Kenya",
        ),
        (
            "Madrid-based political analyst Lucia Moreno said the vote was close.",
            "Lucia Moreno",
            "political analyst",
            "Spain",
        ),
        # "Press spokesperson A"
        (
            "Contact: Press spokesperson Ingrid Solheim, Ministry of Foreign Affairs of Norway.",
            "Ingrid Solheim",
            "Press spokesperson",
            None,
        ),
        (
            "Press spokesman Erik Dahl said the minister would attend.",
            "Erik Dahl",
            "Press spokesman",
            None,
        ),
        (
            "Press spokeswoman Maja Berg told reporters the talks would go ahead.",
            "Maja Berg",
            "Press spokeswoman",
            None,
        ),
        # "U.N." inside a title
        (
            "DOHA (AP) - Lars Holm, a spokesman for the U.N. humanitarian office, said aid had fallen.",
            "Lars Holm",
            "spokesman for the U.N. humanitarian office",
            "United Nations",
        ),
        (
            "AMMAN (AP) - Sara Lind, a spokeswoman for the U.N. refugee agency, said camps were full.",
            "Sara Lind",
            "spokeswoman for the U.N. refugee agency",
            "United Nations",
        ),
        (
            "BEIRUT (AP) - Tomas Berg, spokesman for the U.N. peacekeeping force, said patrols resumed.",
            "Tomas Berg",
            "spokesman for the U.N. peacekeeping force",
            "United Nations",
        ),
        # the Swiss foreign ministry and Federal Councillors
        (
            "Federal Department of Foreign Affairs FDFA\n\nPress release\n\nFDFA spokesperson Reto Frei "
            "said the ministers would meet in Lugano.",
            "Reto Frei",
            "FDFA spokesperson",
            "Switzerland",
        ),
        (
            "Federal Department of Foreign Affairs FDFA\n\nPress release\n\nState Secretary Corinne Blum "
            "will travel to Vienna.",
            "Corinne Blum",
            "State Secretary",
            "Switzerland",
        ),
        (
            "Federal Department of Foreign Affairs FDFA\n\nPress release\n\nFederal Councillor Urs Gerber "
            "will host the ministers in Lugano on Monday.",
            "Urs Gerber",
            "Federal Councillor",
            "Switzerland",
        ),
        # "A and his defence minister B"
        (
            "PARIS (AFP) - The court issued warrants for Israeli Prime Minister David Levin and his former "
            "defence minister Yossi Amar.",
            "Yossi Amar",
            "former defence minister",
            "Israel",
        ),
        (
            "PARIS (AFP) - Critics singled out Hungarian Prime Minister Zoltan Fekete and his finance "
            "minister Laszlo Biro.",
            "Laszlo Biro",
            "finance minister",
            "Hungary",
        ),
        (
            "ROME (AFP) - The summit was attended by Greek Prime Minister Nikos Pappas and his foreign "
            "minister Eleni Dimou.",
            "Eleni Dimou",
            "foreign minister",
            "Greece",
        ),
        # "Xish Foreign and Defence Ministers A and B": respectively
        (
            "Santiago, 2 April 2025 - Chilean Foreign and Defence Ministers Ana Rojas and Pedro Soto will "
            "receive their Argentine counterparts on Monday.",
            "Pedro Soto",
            "Defence Minister",
            "Chile",
        ),
        (
            "Lima, 2 April 2025 - Peruvian Foreign and Defence Ministers Rosa Vega and Luis Pardo will "
            "receive their Bolivian counterparts on Monday.",
            "Rosa Vega",
            "Foreign Minister",
            "Peru",
        ),
        (
            "Quito, 2 April 2025 - Ecuadorian Foreign and Trade Ministers Clara Mena and Jorge Ruiz will "
            "travel to Bogota on Monday.",
            "Jorge Ruiz",
            "Trade Minister",
            "Ecuador",
        ),
        # "his Xish peer, B"
        (
            "The chiefs will meet in Madrid on Monday. General Luis Ortiz will hold talks with his French "
            "peer, General Paul Martin, Chief of the Defence Staff.",
            "Paul Martin",
            "Chief of the Defence Staff",
            "France",
        ),
        (
            "The ministers will meet in Madrid. Minister Carlos Vidal will be joined by his Portuguese peer, "
            "the Minister of Justice, Rui Matos.",
            "Rui Matos",
            "Minister of Justice",
            "Portugal",
        ),
        (
            "Talks open in Oslo on Monday. Minister Nils Berg will hold talks with his Danish peer, "
            "Minister for Defence Jens Holm.",
            "Jens Holm",
            "Minister for Defence",
            "Denmark",
        ),
        # a Romance university's name
        (
            "Security analyst Lucia Parra of the Universidad de los Andes in Bogota said the talks mattered.",
            "Lucia Parra",
            "Security analyst",
            "Colombia",
        ),
        (
            "Political analyst Diego Ramos of the Universidad de la Republica in Montevideo said so.",
            "Diego Ramos",
            "Political analyst",
            "Uruguay",
        ),
        (
            "Economic analyst Sofia Marin of the Universidad de San Marcos in Lima said so.",
            "Sofia Marin",
            "Economic analyst",
            "Peru",
        ),
    ],
)
def test_emea_people(text: str, name: str, role: str | None, country: str | None) -> None:
    got = _people(text)
    assert name in got, got
    got_role, got_country = got[name]
    if role is not None:
        assert got_role == role
    if country is not None:
        assert got_country == country


def test_rsvp_contact_is_the_issuers() -> None:
    text = (
        "MEDIA ADVISORY\n\nThe Minister of International Relations and Cooperation, Ms Naledi Khumalo, will "
        "host her Ghanaian counterpart in Pretoria on Monday.\n\nMembers of the media are requested to RSVP "
        "with Ms Palesa Dlamini on 082 555 0199 by Friday.\n"
    )
    assert _people(text)["Palesa Dlamini"][1] == "South Africa"


def test_phone_contact_variants() -> None:
    for line in (
        "Journalists may contact Mr Sipho Nkosi at +27 12 555 0100 for accreditation.",
        "Enquiries go to Ms Thandi Mokoena on 012 555 0123 until noon.",
        "Please write to Mr Bongani Zulu at media.office@example.org before Friday.",
    ):
        text = (
            "The Minister of International Relations and Cooperation, Ms Naledi Khumalo, will host the "
            f"commission in Pretoria on Monday.\n\n{line}\n"
        )
        people = _people(text)
        person = [n for n in people if n not in ("Naledi Khumalo",)]
        assert person and people[person[0]][1] == "South Africa", people


def test_speaker_after_meeting_list_is_the_datelines() -> None:
    text = (
        "WARSAW, Feb. 10 (PAP) - Defence ministers meet in Brussels on Thursday.\n\n"
        "On the sidelines, Minister Jan Wolski is due to hold a bilateral meeting with U.S. Secretary of "
        "Defense Mark Hale, MND spokesman Lt. Col. Adam Pietrzak said.\n"
    )
    assert _people(text)["Adam Pietrzak"][1] == "Poland"
    text2 = text.replace("WARSAW", "PRAGUE").replace("Jan Wolski", "Petr Novak").replace(
        "Adam Pietrzak", "Karel Dvorak"
    )
    assert _people(text2)["Karel Dvorak"][1] == "Czech Republic"
    text3 = text.replace("WARSAW", "VILNIUS").replace("Adam Pietrzak", "Tomas Kazlauskas")
    assert _people(text3)["Tomas Kazlauskas"][1] == "Lithuania"


def test_hosted_by_our_minister() -> None:
    for lead, other, country in (
        (
            "The Informal Meeting of Foreign Ministers will be held in Porto on 14-15 May, hosted by our "
            "Minister of Foreign Affairs H.E. Selim Arda.",
            "Minister of Foreign Affairs of Ukraine Andrii Bondar will attend. The Meeting coincides with "
            "efforts to broker negotiations between Russia and Ukraine.",
            "Portugal",
        ),
        (
            "The Summit will be held in Bergen on 3 June, hosted by our Minister of Foreign Affairs Selim "
            "Arda.",
            "Armenian Foreign Minister Aram Petrosyan will attend. The Summit coincides with negotiations "
            "between Armenia and Azerbaijan.",
            "Norway",
        ),
        (
            "The Meeting will be held in Izmir on 3 June, hosted by our Minister of Defence Selim Arda.",
            "Serbian Defence Minister Milan Jovic will attend. The Meeting coincides with talks between "
            "Serbia and Kosovo.",
            "Turkey",
        ),
    ):
        assert _people(f"{lead} {other}\n")["Selim Arda"][1] == country


# near misses: the rules must not fire here
def test_near_misses() -> None:
    # a list after "the", not two titles of one person
    got = _people("The talks were attended by the President, Prime Minister Jan Kowal and Minister Ann Nowak")
    assert got["Jan Kowal"][0] == "Prime Minister"
    # the US Secretary of State where the text names the United States
    got = _people("The United States will be represented by Secretary of State Mark Bell at talks in Rome.")
    assert got["Mark Bell"][1] == "United States"
    # a UK Secretary of State where the text names Britain
    got = _people("British Secretary of State for Defence John Hale will visit Tallinn on Monday.")
    assert got["John Hale"][1] == "United Kingdom"
    # "his counterpart" is another government's
    got = _people(
        "ROME (AFP) - Italian Prime Minister Marco Rossi met Greek Prime Minister Nikos Pappas and his "
        "counterpart Eleni Dimou."
    )
    assert got.get("Eleni Dimou", (None, None))[1] != "Greece"
    # a "-based" think tank is no place for the analyst before it
    got = _people("Analyst Omar Haddad of a London-based think tank said so.")
    assert got["Omar Haddad"][1] == "United Kingdom"
    # a number that is no telephone: a date after the name
    got = _people("The Minister, Ms Naledi Khumalo, will meet Mr Sipho Nkosi on 12 May in Pretoria.")
    assert "Sipho Nkosi" in got
    # a UN official's "for the UN" without the dots stays the UN; "Secretary of State for" stays British
    got = _people("LONDON (Reuters) - Secretary of State for Business Anne Cole will meet investors.")
    assert got["Anne Cole"][1] == "United Kingdom"
