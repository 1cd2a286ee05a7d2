"""Round 22 (h20people): people of White House, embassy and wire texts: a rank before a Malay style, a
pronoun after a reported clause, a portfolio closed by its noun, a chargé quoting a pair, a press
secretary's principal, "The President and Prime Minister B", "Xland, whose Minister A", "travel to Xland
for talks with A", a headline's office initials, a central bank's governor and a co-chair's other side."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

_REF = date(2026, 8, 3)


def _run(text: str) -> Briefing:
    """The briefing of a short release."""
    return extract(text, source="t", published=None, today=_REF)


def _names(b: Briefing) -> list[str]:
    """Every extracted person's name."""
    return [p.name for p in b.people]


def _person(b: Briefing, name: str) -> tuple[str | None, str | None]:
    """(role, country) of the person called `name`."""
    found = [p for p in b.people if p.name == name]
    assert found, f"{name!r} not among {_names(b)}"
    return found[0].role, found[0].country


# a rank written without its period, then a Malay style of honour, then the name: one person
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "KUALA LUMPUR, Aug 3 (Bernama) -- Defence Minister Datuk Seri Azlan Karim will visit Manila. "
            "He will be accompanied by Chief of Army Gen Tan Sri Roslan Daud and senior officials.\n",
            "Roslan Daud",
        ),
        (
            "KUALA LUMPUR, Aug 3 (Bernama) -- Police chief Gen Tan Sri Idris Harun will visit Jakarta.\n",
            "Idris Harun",
        ),
        (
            "KUALA LUMPUR, Aug 3 (Bernama) -- Air Force chief Gen Tan Sri Ismail Ahmad said the jets would "
            "arrive in May.\n",
            "Ismail Ahmad",
        ),
    ],
)
def test_rank_then_malay_style(text: str, name: str) -> None:
    names = _names(_run(text))
    assert name in names
    assert not any(n.split()[0] in ("Gen", "Adm") for n in names)


def test_rank_before_plain_name_unchanged() -> None:
    b = _run("KUALA LUMPUR, Aug 3 (Bernama) -- Army chief Gen Roslan Daud will visit Manila on Aug 9.\n")
    assert "Roslan Daud" in _names(b)


# "In a statement, the ministry said A will ... with B. He will be accompanied by C": C is A's companion
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "KUALA LUMPUR, Aug 3 (Bernama) -- In a statement today, the Ministry of Defence said Defence "
            "Minister Azlan Karim will co-chair the meeting with Thai Defence Minister Somchai Wong. "
            "He will be accompanied by Chief of Staff Lt Gen Farid Ismail.\n",
            "Farid Ismail",
            "Malaysia",
        ),
        (
            "MANILA - The Department of Foreign Affairs said Foreign Secretary Elena Cruz will hold talks "
            "with Japanese Foreign Minister Sato Kenji on Aug 9. She will be accompanied by "
            "Undersecretary Ramon Diaz.\n",
            "Ramon Diaz",
            "Philippines",
        ),
        (
            "SEOUL, Aug 3 (Yonhap) -- The foreign ministry announced that Foreign Minister Han Ji-ho will "
            "meet Indian External Affairs Minister Ravi Kapoor in New Delhi. He will be accompanied by "
            "Deputy Minister Oh Min-su.\n",
            "Oh Min-su",
            "South Korea",
        ),
    ],
)
def test_pronoun_after_reported_clause(text: str, name: str, country: str) -> None:
    assert _person(_run(text), name)[1] == country


def test_pronoun_after_plain_object_unchanged() -> None:
    text = (
        "KUALA LUMPUR, Aug 3 (Bernama) -- Officials expect talks with Thai Defence Minister Somchai Wong. "
        "He will be accompanied by Army chief Gen Prayut Chan.\n"
    )
    assert _person(_run(text), "Prayut Chan")[1] == "Thailand"


# a capitalised field noun closing a portfolio ("... and Law Enforcement Affairs A"): no name "Enforcement"
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Deputy Secretary Alan Reed will be joined by Assistant Secretary of State for International "
            "Narcotics and Law Enforcement Affairs Maria Colton.\n",
            "Maria Colton",
            "Assistant Secretary of State for International Narcotics and Law Enforcement Affairs",
        ),
        (
            "The talks will be attended by Commissioner for Trade and Customs Enforcement Affairs "
            "Lena Voss.\n",
            "Lena Voss",
            "Commissioner for Trade and Customs Enforcement Affairs",
        ),
        (
            "The talks will be attended by Minister of Housing and Land Settlement Affairs Kofi Asare.\n",
            "Kofi Asare",
            "Minister of Housing and Land Settlement Affairs",
        ),
    ],
)
def test_portfolio_noun_closes_title(text: str, name: str, role: str) -> None:
    b = _run(text)
    assert _person(b, name)[0] == role
    assert not any(n in ("Enforcement", "Settlement") for n in _names(b))


def test_portfolio_then_given_name_unchanged() -> None:
    b = _run("The talks will be attended by Minister for Finance Lawrence Boateng.\n")
    assert _person(b, "Lawrence Boateng")[0] == "Minister for Finance"


# an envoy quoting the pair: the other people in his own words tell no side of his
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "U.S. Embassy Seoul\n\nSEOUL - Under Secretary of State Dana Ruiz will visit Seoul on Aug 9.\n\n"
            '"Under Secretary Ruiz\'s visit underscores the ironclad U.S.-ROK Alliance," said Chargé '
            "d'Affaires ad interim Paul Greer.\n",
            "Paul Greer",
        ),
        (
            "U.S. Embassy Manila\n\nMANILA - Deputy Secretary of State Owen Platt will visit Manila "
            "on Aug 9.\n\n"
            '"Deputy Secretary Platt\'s trip shows the strength of the U.S.-Philippines alliance," said '
            "Chargé d'Affaires ad interim Lena Hart.\n",
            "Lena Hart",
        ),
        (
            "U.S. Embassy Hanoi\n\nHANOI - Under Secretary of State Mark Doyle will visit Hanoi on Aug 9.\n\n"
            '"Under Secretary Doyle\'s visit marks a new chapter in U.S.-Vietnam ties," said Chargé '
            "d'Affaires ad interim Ruth Imes.\n",
            "Ruth Imes",
        ),
    ],
)
def test_quoting_envoy_keeps_issuer(text: str, name: str) -> None:
    assert _person(_run(text), name)[1] == "United States"


def test_pair_outside_the_quote_unchanged() -> None:
    text = (
        "Spokesperson Lin Hao said China and Xinland would sign a deal. Responding to Australian Foreign "
        'Minister Ann Cole\'s remark that ties would "improve where we can," Lin Hao said China-Australia '
        "relations were stable.\n"
    )
    assert _person(_run(text), "Lin Hao")[1] == "China"


# a press secretary speaks for the unnamed President, not for a leader the President meets
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Statement from Press Secretary Nora Blake on the President's Travel to Italy\n\n"
            "The President will travel to Taormina, Italy, for the G7 Summit. Leaders will also meet with "
            "invited partners, including President Kofi Mensah of Ghana.\n\n"
            "Secretary of the Treasury Leo Grant will accompany the President.\n",
            "Nora Blake",
        ),
        (
            "Statement from Press Secretary Dan Rees on the President's Travel to Japan\n\n"
            "The President will travel to Hiroshima, Japan, for the G7 Summit. He will hold bilateral "
            "meetings with Prime Minister Ravi Sen of India.\n\n"
            "Secretary of the Treasury Leo Grant will accompany the President.\n",
            "Dan Rees",
        ),
        (
            "Statement from Press Secretary Amy Fox on the President's Travel to Canada\n\n"
            "The President will travel to Banff, Canada, for the G7 Summit. The President will also meet "
            "with President Jorge Alba of Chile.\n\n"
            "Secretary of the Treasury Leo Grant will accompany the President.\n",
            "Amy Fox",
        ),
    ],
)
def test_press_secretary_not_of_leader_met(text: str, name: str) -> None:
    assert _person(_run(text), name)[1] == "United States"


def test_press_secretary_of_travelling_leader_unchanged() -> None:
    text = (
        "Statement from Spokesperson Ana Ruiz on the Visit of President Luis Vega of Chile\n\n"
        "President Luis Vega of Chile will travel to Lima, Peru, on Aug 9.\n"
    )
    assert _person(_run(text), "Ana Ruiz")[1] == "Chile"


# "The President and Prime Minister B": the issuer's unnamed President, and B, the Prime Minister
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The President will welcome Prime Minister Erik Dahl of Norway to the White House. "
            "The President and Prime Minister Dahl will discuss Arctic security.\n",
            "Erik Dahl",
            "Prime Minister",
        ),
        (
            "The President will host Chancellor Greta Lenz of Austria on Aug 9. The President and "
            "Chancellor Lenz will discuss energy security.\n",
            "Greta Lenz",
            "Chancellor",
        ),
        (
            "The Prime Minister will receive President Ana Sousa of Portugal on Aug 9. The Prime Minister "
            "and President Sousa will discuss trade.\n",
            "Ana Sousa",
            "President",
        ),
    ],
)
def test_two_leaders_unjoined(text: str, name: str, role: str) -> None:
    assert _person(_run(text), name)[0] == role


def test_joined_office_of_one_person_unchanged() -> None:
    text = "Deputy Prime Minister and Minister of Finance Jana Holm of Estonia will visit Riga on Aug 9.\n"
    assert _person(_run(text), "Jana Holm")[0] == "Deputy Prime Minister and Minister of Finance"


# "Xland, whose Minister A": the country named before "whose" is A's
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "BRUSSELS (AFP) - Ministers will also discuss support for Moldova, whose Defence Minister "
            "Ion Rusu is due to attend a dinner on Thursday.\n",
            "Ion Rusu",
            "Moldova",
        ),
        (
            "BRUSSELS (AFP) - The talks will also cover aid to Georgia, whose Foreign Minister Nino Beridze "
            "will attend.\n",
            "Nino Beridze",
            "Georgia",
        ),
        (
            "GENEVA (AFP) - Delegates will hear from Armenia, whose Deputy Foreign Minister Aram Sarkisyan "
            "will brief them on Friday.\n",
            "Aram Sarkisyan",
            "Armenia",
        ),
    ],
)
def test_country_whose_minister(text: str, name: str, country: str) -> None:
    assert _person(_run(text), name)[1] == country


def test_country_then_other_clause_unchanged() -> None:
    text = (
        "BRUSSELS (AFP) - Ministers will discuss aid to Moldova, whose army needs equipment, and Defence "
        "Minister Ion Rusu of Romania will attend.\n"
    )
    assert _person(_run(text), "Ion Rusu")[1] == "Romania"


# "before travelling to Xland for talks with Premier A": A is of the country gone to
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Foreign Minister Tom Reid will travel to Fiji and Niue. In Suva he will meet Prime Minister "
            "Sitiveni Vula, before travelling to Niue for talks with Premier Sione Tau.\n",
            "Sione Tau",
            "Niue",
        ),
        (
            "Foreign Minister Tom Reid will visit Samoa, then head to Tonga for talks with Premier "
            "Lord Ulu Kava.\n",
            "Ulu Kava",
            "Tonga",
        ),
        (
            "Trade Minister Ana Polo will be in Madrid on Monday before flying to Portugal to meet with "
            "Premier Rui Costa.\n",
            "Rui Costa",
            "Portugal",
        ),
    ],
)
def test_talks_where_travelled(text: str, name: str, country: str) -> None:
    assert _person(_run(text), name)[1] == country


def test_talks_with_no_travel_unchanged() -> None:
    text = "Foreign Minister Tom Reid of New Zealand will hold talks with Premier Sione Tau in Wellington.\n"
    assert _person(_run(text), "Sione Tau")[1] != "Niue"


# a headline's office initials before the family name: the same person, named in full below
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "EAM Rao to visit Japan from Aug 9\n\nNew Delhi, Aug 3 (ANI): External Affairs Minister "
            "Dr Suresh Rao will visit Japan from Aug 9 to 11, the MEA said.\n",
            "Suresh Rao",
        ),
        (
            "EAM Menon to visit Kenya from Aug 9 to 11\n\nNew Delhi, Aug 3 (ANI): External Affairs Minister "
            "Dr Arun Menon will visit Kenya from Aug 9 to 11, the MEA said.\n",
            "Arun Menon",
        ),
        (
            "NSA Dube to visit Pretoria from Aug 9\n\nNew Delhi, Aug 3 (ANI): National Security Adviser "
            "Rakesh Dube will visit South Africa from Aug 9, officials said.\n",
            "Rakesh Dube",
        ),
    ],
)
def test_headline_initials_merge(text: str, name: str) -> None:
    b = _run(text)
    assert name in _names(b)
    assert len(b.people) == 1, _names(b)


def test_two_people_of_one_family_name_unchanged() -> None:
    text = "PM Rao meets Rao\n\nPrime Minister Anil Rao will meet Finance Minister Suresh Rao on Aug 9.\n"
    assert {"Anil Rao", "Suresh Rao"} <= set(_names(_run(text)))


# "Bank of Xland Governor A": the central bank names the office
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Secretary Pryce will meet with Bank of Korea Governor Rhee Chang-ho on Aug 9.\n",
            "Rhee Chang-ho",
            "Bank of Korea Governor",
        ),
        (
            "Secretary Pryce will meet Reserve Bank of Australia Governor Amy Bullen in Sydney.\n",
            "Amy Bullen",
            "Reserve Bank of Australia Governor",
        ),
        (
            "The minister will also call on Bank of Thailand Governor Sethaput Suthi on Aug 9.\n",
            "Sethaput Suthi",
            "Bank of Thailand Governor",
        ),
    ],
)
def test_central_bank_governor(text: str, name: str, role: str) -> None:
    assert _person(_run(text), name)[0] == role


def test_country_governor_unchanged() -> None:
    assert (
        _person(_run("Secretary Pryce will meet Japanese Governor Ito Ken in Tokyo.\n"), "Ito Ken")[0]
        == "Governor"
    )


# "co-chaired by A and B", A of one side: B is of the other side of the text's pair
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "PHILIPPINES AND THAILAND TO HOLD JOINT COMMISSION IN MANILA\n\nMANILA - Foreign Affairs "
            "Secretary Jose Lim will welcome Thai Foreign Minister Prasit Chai for the Philippines-Thailand "
            "Joint Commission.\n\nIt will be preceded by a Senior Officials' Meeting co-chaired by "
            "Undersecretary Rosa Diaz and Permanent Secretary Anan Somboon.\n",
            "Anan Somboon",
            "Thailand",
        ),
        (
            "PHILIPPINES AND INDONESIA TO HOLD JOINT COMMISSION IN MANILA\n\nMANILA - Foreign Affairs "
            "Secretary Jose Lim will welcome Indonesian Foreign Minister Retno Sari for the "
            "Philippines-Indonesia Joint Commission.\n\nIt will be preceded by a Senior Officials' Meeting "
            "co-chaired by Undersecretary Rosa Diaz and Vice Minister Budi Hartono.\n",
            "Budi Hartono",
            "Indonesia",
        ),
        (
            "PHILIPPINES AND VIET NAM TO HOLD JOINT COMMISSION IN MANILA\n\nMANILA - Foreign Affairs "
            "Secretary Jose Lim will welcome Vietnamese Foreign Minister Tran Van Son for the "
            "Philippines-Viet Nam Joint Commission.\n\nIt will be preceded by a Senior Officials' Meeting "
            "co-chaired by Undersecretary Rosa Diaz and Vice Minister Le Thi Hoa.\n",
            "Le Thi Hoa",
            "Vietnam",
        ),
    ],
)
def test_co_chair_other_side(text: str, name: str, country: str) -> None:
    assert _person(_run(text), name)[1] == country


def test_co_chairs_of_one_known_side_unchanged() -> None:
    text = (
        "MANILA - The meeting will be co-chaired by Undersecretary Rosa Diaz of the Philippines and "
        "Vice Minister Budi Hartono of Indonesia.\n"
    )
    assert _person(_run(text), "Budi Hartono")[1] == "Indonesia"


# "X studies" is a field of study before a scholar's post: part of the title
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Universiti Malaya security studies lecturer Dr Aina Razak said the talks mattered.\n",
            "Aina Razak",
            "security studies lecturer",
        ),
        (
            "University of Ghana strategic studies lecturer Kwame Boateng said the talks mattered.\n",
            "Kwame Boateng",
            "strategic studies lecturer",
        ),
        (
            "King's College defence studies lecturer Dr Tom Reyes said the talks mattered.\n",
            "Tom Reyes",
            "defence studies lecturer",
        ),
    ],
)
def test_studies_field_before_post(text: str, name: str, role: str) -> None:
    assert _person(_run(text), name)[0] == role


def test_relations_field_before_post_unchanged() -> None:
    text = "Monash University international relations lecturer Dr Helen Park said the talks mattered.\n"
    assert _person(_run(text), "Helen Park")[0] == "international relations lecturer"
