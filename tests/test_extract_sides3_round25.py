"""Round 25 (sides3): the issuing government's own officials on fresh text. A release dated from its
capital on lines of their own ("May 4, 2031" over "Xcity, Region") is that state's, so its unqualified
ministers are; a headline in title case naming the host ("Xland to Host the Y Meeting") gives the host; a
press contact under "Title's Office:" is that office holder's; a visitor's companion is not the host who
invited him, nor one side of "the two ministers" a third official joins; a release opening on its own
leader by bare title receiving a guest ("The Prime Minister will host President A of Yland") is the host
government's."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Person

_REF = date(2031, 3, 3)


def _person(text: str, name: str) -> Person:
    """The extracted person of that name in a short release written on _REF."""
    people = extract(text, source="t", published=_REF, today=_REF).people
    found = [p for p in people if p.name == name]
    assert found, [p.name for p in people]
    return found[0]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            # a date line over the capital's line: the release is that government's
            "Minister to visit Peru and Chile\n\n"
            "February 27, 2031\n\n"
            "Canberra, Australian Capital Territory\n\n"
            "The Minister for Trade, Fiona Castellano, today confirmed that she will visit Peru and Chile "
            "from March 9 to 13, 2031.\n\n"
            "In Lima she will meet the Minister of Production of Peru, Rosa Quispe Huamán, to discuss mining "
            "investment.\n",
            "Fiona Castellano",
            "Australia",
        ),
        (
            # the capital's line over the date line
            "Premier departs for Nordic tour\n\n"
            "Wellington\n\n"
            "2 March 2031\n\n"
            "The Prime Minister, Henare Walsh, will leave for Oslo and Stockholm on Sunday for a five-day "
            "visit, accompanied by the Minister of Defence, Ruth Kingsley-Ahn.\n\n"
            "In Oslo he will meet the Prime Minister of Norway, Sigrid Lunde.\n",
            "Ruth Kingsley-Ahn",
            "New Zealand",
        ),
        (
            # "Xland to Host ...": a headline in title case names the host, whose minister hosts
            "MEDIA STATEMENT\n\n"
            "Brunei to Host Regional Maritime Security Forum\n\n"
            "Minister of Defence II Pehin Haji Rosli Danial will host the Regional Maritime Security Forum "
            "on 14 and 15 March, to be attended by defence ministers from across the region.\n\n"
            "The ministers will also call on Prime Minister Awang Saifullah on 15 March.\n",
            "Awang Saifullah",
            "Brunei",
        ),
    ],
)
def test_issuers_officials(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_date_over_a_foreign_city_is_no_capital() -> None:
    # a date line over a city that is no capital names no issuer: the visitor keeps no guessed home
    text = (
        "Leaders meet at lakeside retreat\n\n"
        "March 2, 2031\n\n"
        "Geneva, Switzerland\n\n"
        "President Omar Haddad of Tunisia met Chancellor Lena Brandt of Austria on the shore of the lake.\n"
    )
    assert _person(text, "Omar Haddad").country == "Tunisia"
    assert _person(text, "Lena Brandt").country == "Austria"


def test_hosting_words_inside_a_headline_name_no_host() -> None:
    # "to Host" after a person, not a state: no host's country for the guest
    text = (
        "Minister to Host Visiting Counterpart\n\n"
        "Foreign Minister Tariq Bashir will host his Omani counterpart, Salim Al-Harthy, on 9 March.\n"
    )
    assert _person(text, "Salim Al-Harthy").country == "Oman"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            # the contact line names its office by its holder's title: the contact is of the holder's state
            "JOINT MEDIA RELEASE\n\n"
            "Ireland to welcome Korean trade delegation\n\n"
            "Ireland will welcome Korea's Minister of Trade, Ms PARK Soo-jin, to Cork on 9 March for the "
            "Ireland-Korea Trade Dialogue.\n\n"
            "The Tánaiste and Minister for Enterprise Declan Furlong will co-chair the Dialogue.\n\n"
            "Media contacts:\n"
            "Tánaiste's Office: Grainne Mulcahy, 087 555 0192\n",
            "Grainne Mulcahy",
            "Ireland",
        ),
        (
            # "at the invitation of B, accompanied by A": A travels with the visitor, not with B
            "KUALA LUMPUR, March 2 (Bernama) -- Vietnam's Prime Minister Tran Duc Long will pay an official "
            "visit to Malaysia next week.\n\n"
            "Tran will be in Malaysia from March 9 to 11 at the invitation of Prime Minister Rahim Osman, "
            "accompanied by Trade Minister Le Thi Hoa.\n",
            "Le Thi Hoa",
            "Vietnam",
        ),
        (
            # "the two ministers ... where they will be joined by A": A is no side's companion; the host's
            "Defence Secretary to host Danish counterpart in London\n\n"
            "Defence Secretary Gareth Lloyd-Evans will host his Danish counterpart, Mette Kjærgaard, in "
            "London on 9 March.\n\n"
            "Ms Kjærgaard lands on Sunday. On Tuesday the two ministers will fly to RAF Lossiemouth, where "
            "they will be joined by the Minister for Veterans, Iona MacRae, to watch a patrol exercise.\n",
            "Iona MacRae",
            "United Kingdom",
        ),
    ],
)
def test_issuers_staff_and_companions(text: str, name: str, country: str) -> None:
    assert _person(text, name).country == country


def test_companion_of_the_visitor_named_before_stays() -> None:
    # no inviter: "accompanied by" still follows the last person named before it
    text = (
        "KUALA LUMPUR, March 2 (Bernama) -- Vietnam's Prime Minister Tran Duc Long will pay an official "
        "visit to Malaysia next week, accompanied by Trade Minister Le Thi Hoa.\n"
    )
    assert _person(text, "Le Thi Hoa").country == "Vietnam"


def test_own_leader_by_bare_title_hosting_makes_the_release_the_hosts() -> None:
    text = (
        "Readout on the coming visit of President Amara Diallo of Senegal\n\n"
        "The Prime Minister is delighted to host President Amara Diallo of Senegal in Canberra on "
        "Thursday 12 March for talks on fisheries, education and renewable energy.\n\n"
        "The Deputy Prime Minister, Colin Hargreaves, will host a working lunch for the visiting "
        "delegation at Parliament House.\n\n"
        "Press Secretary Nadia Whitlock will brief the media on Wednesday.\n"
    )
    assert _person(text, "Colin Hargreaves").country == "Australia"
    assert _person(text, "Nadia Whitlock").country == "Australia"
    assert _person(text, "Amara Diallo").country == "Senegal"


def test_wire_story_with_a_dateline_keeps_its_reading() -> None:
    # a wire's dateline: the agency's reading, not an issuer's, decides (same as before the rule)
    text = (
        "DAKAR, March 2 (Wire) - The President will welcome Prime Minister Lars Holm of Denmark to Dakar "
        "on Thursday, officials said.\n\n"
        "Foreign Minister Awa Ndiaye will hold separate talks with her Danish counterpart.\n"
    )
    assert _person(text, "Awa Ndiaye").country == "Senegal"


def test_through_this_visit_aims_release_keeps_together_with_on_its_side() -> None:
    # a guard: the companion joined "together with" stays of the issuing side
    text = (
        "Press Releases\n\n"
        "March 1, 2031\n\n"
        "Visit to Brazil by Ms. HAYASHI Mei, Minister for Foreign Affairs\n\n"
        "1. Ms. HAYASHI Mei, Minister for Foreign Affairs, will visit Brasília from March 9 to 10 to attend "
        "the Second Japan-Brazil Strategic Dialogue, to be held on March 9 together with Mr. ONO Ren, "
        "Minister of Defense.\n\n"
        "2. Through this visit, Japan aims to strengthen its partnership with Brazil in trade and clean "
        "energy.\n"
    )
    assert _person(text, "Ono Ren").country == "Japan"


def test_together_with_in_a_wire_story_keeps_the_pair_reading() -> None:
    # no issuer: "together with" alone does not move a person off the pair's other side
    text = (
        "BRASILIA, March 1 (Wire) - Foreign Minister Hayashi Mei of Japan will hold the Japan-Brazil "
        "Strategic Dialogue on March 9 together with Foreign Minister Paulo Reis.\n"
    )
    assert _person(text, "Paulo Reis").country == "Brazil"


def test_ministers_letterhead_makes_the_release_his_governments() -> None:
    # "Rt Hon A / Prime Minister" heads the release: a second, unqualified minister is A's colleague
    text = (
        "Prime Minister to attend Francophonie summit, visit Belgium\n\n"
        "2 March 2031\n\n"
        "Rt Hon Rawiri Tane\n"
        "Prime Minister\n\n"
        "Prime Minister Rawiri Tane will travel to Senegal for the Francophonie Summit and then to Belgium "
        "for talks with Prime Minister Lotte Verhaegen, he announced today.\n\n"
        "The Prime Minister departs New Zealand on Friday 6 March and returns on Sunday 15 March.\n\n"
        "The Summit will be held in Dakar from 8-10 March and hosted by the President of Senegal, Amadou "
        "Sow.\n\n"
        "After the Summit, the Prime Minister will travel to Brussels on 11 March for a bilateral meeting "
        "with Prime Minister Verhaegen.\n\n"
        "Trade Minister Mereana Walker will also attend the Summit and represent New Zealand at the "
        "ministerial session. She will meet the Secretary-General of the Francophonie on the margins.\n"
    )
    assert _person(text, "Mereana Walker").country == "New Zealand"
