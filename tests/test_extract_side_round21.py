"""Side meetings and topics, round 21 (side): a margins cue adds no meeting of the people its clause's verb
already meets; "join the Xish Minister, A, and ..." and "join U.K. Secretary B" are joins; "B and I will be
joined by C" counts the release's author; an "A-B Joint Working Group" is a bilateral; "During the visit, A
will co-chair ... with B" keeps the visit's talks; "bilateral meetings with A and B, as well as with his
counterparts from X and Y" is one meeting each; ", meeting B" names a leg's talks; a capitalised kind word
not in the main event's name is a meeting of its own; "and hold talks the following day with B"; "separate
bilateral meetings with each leader" meets the main event's other people. Topics: a list quoted whole
after its verb; "A and B and C" keeps "B and C"; "expanding A and B ties" keeps "A and B ties"; "X
security and defence cooperation" keeps "security and defence cooperation"; "A in 2025 and the B" goes on
after the year; "confirm A", "coordinate responses to A"."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract
from briefings.models import Briefing

TODAY = date(2027, 3, 1)


def _b(text: str) -> Briefing:
    return extract(text, today=TODAY)


def _sides(text: str) -> list[tuple[str, frozenset[str]]]:
    return [(e.kind, frozenset(e.participants)) for e in _b(text).events if e.kind != "main"]


def _topics(text: str) -> list[str]:
    return [t.name for t in _b(text).topics]


# --- a margins cue's meeting of people the clause's verb already meets ------------------------------------


def _margins_text(host: str, host_fm: str, b: str, b_fm: str, c: str, c_fm: str) -> str:
    return (
        f"Visit of External Affairs Minister to {host} for the Harbour Foreign Ministers' Meeting (July "
        "14-16, "
        f"2027)\n\nExternal Affairs Minister Dr. Arjun Rao will visit {host} from 14-16 July 2027 to "
        "participate in the Harbour Foreign Ministers' Meeting, which will be hosted by the Foreign Minister "
        f"of {host}, {host_fm}, on 15 July 2027.\n\n2. The meeting will also be attended by the Foreign "
        f"Minister of {b}, {b_fm}, and the Foreign Minister of {c}, {c_fm}.\n\n3. EAM will meet Minister "
        f"{b_fm.split()[-1]} and Minister {c_fm.split()[-1]} separately on the margins of the meeting.\n"
    )


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            _margins_text(
                "Japan", "Hayashi Ken", "Canada", "Mr. Paul Grant", "Australia", "Senator Ann Wade"
            ),
            {"Paul Grant", "Ann Wade"},
        ),
        (
            _margins_text("Canada", "Ms. Lise Roy", "Germany", "Mr. Jan Vogel", "France", "Ms. Claire Morel"),
            {"Jan Vogel", "Claire Morel"},
        ),
        (
            _margins_text("Brazil", "Mr. Joao Silva", "Mexico", "Ms. Rosa Diaz", "Chile", "Mr. Pablo Ruiz"),
            {"Rosa Diaz", "Pablo Ruiz"},
        ),
        (
            "Defence ministers to meet in Varsa\n\nDefence Ministers of the Alliance will meet in Varsa on "
            "Thursday, 11 March 2027, chaired by Secretary General Odd Branstad.\n\nOn the margins of the "
            "ministerial, the Zembria Defence Contact Group will convene under the co-chairmanship of "
            "Norland's Defence Secretary, Alan Pettifer, and Ostria's Minister of Defence, Greta Wollmer.\n",
            {"Alan Pettifer", "Greta Wollmer"},
        ),
    ],
)
def test_margins_cue_adds_no_meeting_of_the_verbs_people(text: str, pair: set[str]) -> None:
    assert not any(kind == "bilateral" and people == pair for kind, people in _sides(text))


def test_margins_cue_alone_still_makes_its_meeting() -> None:
    text = (
        "Minister Orvaldi to attend Korvath ministerial\n\nForeign Minister Lena Orvaldi of Zembria will "
        "attend the Korvath Ministerial Meeting in Tallinor on 12 March 2027.\n\nOn the margins of the "
        "meeting, Minister Orvaldi will hold a bilateral meeting with Foreign Minister Piet Vanderhuis of "
        "Norland.\n"
    )
    assert ("bilateral", frozenset({"Lena Orvaldi", "Piet Vanderhuis"})) in _sides(text)


# --- "join the Xish Minister, A, and ...", "join U.K. Secretary B" ------------------------------------------


@pytest.mark.parametrize(
    "text, three",
    [
        (
            "Minister to attend Meridian Dialogue\n\nRelease date: 27 May 2027\n\nThe Minister for Defence, "
            "the Hon Peter Harlow MP, will travel to Singapore this week to attend the 9th Meridian Security "
            "Dialogue, to be held from 30 May to 1 June.\n\nOn 31 May, the Minister will join the Japanese "
            "Minister of Defense, Okabe Ryoji, and the United States Secretary of Defense, Colin Marsh, for "
            "the "
            "Australia–Japan–United States Trilateral Defence Ministers' Meeting.\n\nThe Chief of the "
            "Defence "
            "Force, Admiral Angus Reid, will also attend the Dialogue.\n",
            {"Peter Harlow", "Okabe Ryoji", "Colin Marsh"},
        ),
        (
            "Secretary Dorsey to host Pacific consultations\n\nSecretary of Defense Alan Dorsey will host "
            "Australian Minister for Defence Hugh Brennan for the 2027 Australia-U.S. Ministerial "
            "Consultations at Annapolis, Maryland, Aug. 6-7.\n\nOn the margins of the consultations, "
            "Secretary Dorsey and Minister Brennan will join U.K. Secretary of State for Defence Giles "
            "Thornbury by secure video for an AUKUS Defence Ministers' Meeting.\n",
            {"Alan Dorsey", "Hugh Brennan", "Giles Thornbury"},
        ),
        (
            "Minister to attend Meridian Dialogue\n\nRelease date: 27 May 2027\n\nThe Minister for Defence "
            "of "
            "Canada, Louise Tremblay, will travel to Singapore this week to attend the 9th Meridian Security "
            "Dialogue, to be held from 30 May to 1 June.\n\nOn 31 May, the Minister will join the British "
            "Minister of Defence, Giles Barton, and the French Minister of Defence, Anne Morel, for the "
            "Canada–United Kingdom–France Trilateral Defence Ministers' Meeting.\n\nThe Chief of Defence, "
            "General Erik Dahl, will also attend the Dialogue.\n",
            {"Louise Tremblay", "Giles Barton", "Anne Morel"},
        ),
    ],
)
def test_join_reads_an_article_or_an_initial_before_the_people(text: str, three: set[str]) -> None:
    assert ("trilateral", frozenset(three)) in _sides(text)


def test_join_the_ministers_is_no_meeting_of_the_subjects() -> None:
    text = (
        "Ministers to meet in Corvana\n\nNATO Foreign Ministers will meet in Corvana on 14 and 15 May 2027, "
        "hosted by Foreign Minister Emre Kaya.\n\nMinister of Foreign Affairs of Zembria Olek Dravin and EU "
        "High Representative Mara Lindholm are also expected to join the Ministers for a session on 15 May.\n"
    )
    assert not any(p == {"Olek Dravin", "Mara Lindholm"} and k == "bilateral" for k, p in _sides(text))


# --- "B and I will be joined by C": the first-person release's author ---------------------------------------


@pytest.mark.parametrize(
    "text, three",
    [
        (
            "Zembria–Norland Ministerial Meeting\n\nMedia release\n2 March 2027\nSenator the Hon Ruth "
            "Calder, "
            "Minister for Foreign Affairs\n\nNext week I will welcome the Norland Foreign Minister, Jonas "
            "Ekberg, to Port Elmar for the fourth Zembria–Norland Ministerial Meeting on 9 March.\n\nOn 10 "
            "March, Minister Ekberg and I will be joined by the Foreign Minister of Ostria, Mika Laine, for "
            "a "
            "trilateral foreign ministers' meeting, held by video link.\n",
            {"Ruth Calder", "Jonas Ekberg", "Mika Laine"},
        ),
        (
            "Canada–Australia Trade Dialogue\n\nMedia release\n2 March 2027\nThe Hon Owen Pryde MP, Minister "
            "for Trade\n\nNext week I will welcome the Canadian Minister for Trade, Lotte Haan, to Perth "
            "for the "
            "third Canada–Australia Trade Dialogue on 8 March.\n\nOn 9 March, Minister Haan and I will be "
            "joined by the Trade Minister of Chile, Sven Dahl, for a trilateral trade ministers' meeting.\n",
            {"Owen Pryde", "Lotte Haan", "Sven Dahl"},
        ),
        (
            "Zembria–Ostria Defence Talks\n\nMedia release\n2 March 2027\nThe Hon Carla Voss MP, Minister "
            "for Defence\n\nThis week I will welcome the Ostrian Minister of Defence, Henrik Aalto, to Port "
            "Elmar for the Zembria–Ostria Defence Ministers' Meeting on 4 March.\n\nOn 5 March, Minister "
            "Aalto and I will be joined by the Defence Minister of Norland, Tor Bakke, for a trilateral "
            "defence ministers' meeting.\n",
            {"Carla Voss", "Henrik Aalto", "Tor Bakke"},
        ),
    ],
)
def test_and_i_counts_the_author(text: str, three: set[str]) -> None:
    assert ("trilateral", frozenset(three)) in _sides(text)


def test_two_named_subjects_bring_no_author() -> None:
    text = (
        "Zembria–Norland Ministerial Meeting\n\nMedia release\n2 March 2027\nSenator the Hon Ruth Calder, "
        "Minister for Foreign Affairs\n\nThe Norland Foreign Minister, Jonas Ekberg, will visit Port Elmar "
        "on 9 March.\n\nOn 10 March, Minister Ekberg and Minister Lotte Haan of Ostria will be joined by the "
        "Foreign Minister of Norvia, Mika Laine, for a trilateral foreign ministers' meeting.\n"
    )
    assert not any("Ruth Calder" in p for k, p in _sides(text) if k == "trilateral")


# --- "the A-B Joint Working Group, co-chaired by X and Y": a bilateral --------------------------------------


@pytest.mark.parametrize(
    "group",
    [
        "the India-Norway Joint Working Group on Maritime Cooperation",
        "the Brazil-Kenya Working Group on Agriculture",
        "the Chile-Japan Joint Expert Group",
    ],
)
def test_a_two_state_group_is_a_bilateral(group: str) -> None:
    text = (
        "Foreign Office Consultations\n\nThe 5th round of Foreign Office Consultations will be held in Oslo "
        "on March 5, 2027, led by Secretary Arjun Mehra and State Secretary Kari Lunde.\n\n"
        f"The 2nd meeting of {group} will be held in Oslo on 6 March, co-chaired by Shri Vikram Sethi, Joint "
        "Secretary, and Mr. Olav Brekke, Director General.\n"
    )
    assert ("bilateral", frozenset({"Vikram Sethi", "Olav Brekke"})) in _sides(text)


def test_a_contact_group_stays_multilateral() -> None:
    text = (
        "Ministers to meet\n\nDefence Ministers will meet in Brussels on 12 March 2027, chaired by Secretary "
        "General Odd Branstad.\n\nThe Zembria Defence Contact Group will convene on 13 March, co-chaired by "
        "Norland's Defence Secretary, Alan Pettifer, and Ostria's Minister of Defence, Greta Wollmer.\n"
    )
    assert ("bilateral", frozenset({"Alan Pettifer", "Greta Wollmer"})) not in _sides(text)


# --- "During the visit, A will co-chair ... with B": the visit's talks --------------------------------------


@pytest.mark.parametrize(
    "country, fmt",
    [
        ("the Republic of Korea", "India-Republic of Korea"),
        ("the Republic of Indonesia", "India-Republic of Indonesia"),
        ("the Republic of Kenya", "India-Republic of Kenya"),
    ],
)
def test_during_the_visit_keeps_the_visits_talks(country: str, fmt: str) -> None:
    text = (
        f"Visit of Foreign Minister of {country} to India (March 10-12, 2027)\n\nMarch 02, 2027\n\nMinister "
        f"of Foreign Affairs of {country}, H.E. Mr. Lee Tae-ho, will pay an official visit to India from "
        "10-12 "
        "March 2027. This will be his first visit to India in his current capacity.\n\n2. During the visit, "
        f"Foreign Minister Lee will co-chair the 11th {fmt} Joint Commission Meeting with External Affairs "
        "Minister Dr. Ravi Sundaram in New Delhi on 11 March 2027. The two Ministers will review the entire "
        "gamut of the bilateral partnership.\n\n3. Foreign Minister Lee is also expected to call on Vice "
        "President Shri Anil Kumar Rao.\n"
    )
    assert ("bilateral", frozenset({"Lee Tae-ho", "Ravi Sundaram"})) in _sides(text)


def test_a_travel_sentence_still_restates_the_visit() -> None:
    text = (
        "Visit of Foreign Minister of Norway to India (March 10-12, 2027)\n\nMarch 02, 2027\n\nMinister of "
        "Foreign Affairs of Norway, H.E. Mr. Jonas Ekberg, will pay an official visit to India from 10-12 "
        "March 2027.\n\n2. Foreign Minister Ekberg will travel to New Delhi for talks with External Affairs "
        "Minister Dr. Ravi Sundaram.\n"
    )
    assert ("bilateral", frozenset({"Jonas Ekberg", "Ravi Sundaram"})) not in _sides(text)


# --- "bilateral meetings with A and B, as well as with his counterparts from X and Y" -----------------------


@pytest.mark.parametrize(
    "named, countries, n",
    [
        ("Mr Harlan and Admiral Wen", "Australia, Japan and the Philippines", 3),
        ("Secretary Harlan", "Indonesia and Vietnam", 2),
        ("Mr Harlan and General Wen", "Canada, Brazil, Kenya and Chile", 4),
    ],
)
def test_named_and_unnamed_counterparts_one_each(named: str, countries: str, n: int) -> None:
    text = (
        "Dialogue opens\n\nSINGAPORE, May 28 — The Harbour Security Dialogue opens on Friday, May 29, 2027, "
        "with U.S. Defense Secretary Paul Harlan and Chinese Defence Minister Wen Bo among the speakers.\n\n"
        f"On the sidelines, Defence Minister Teo Kah Wen will hold bilateral meetings with {named}, as well "
        f"as with his counterparts from {countries}, Mindef said.\n"
    )
    alone = [p for k, p in _sides(text) if k == "bilateral" and p == {"Teo Kah Wen"}]
    assert len(alone) == n


def test_counterparts_named_elsewhere_make_no_lone_meetings() -> None:
    text = (
        "Minister to attend retreat\n\nKUALA LUMPUR, Jan 14 — Defence Minister Datuk Hamid Rahman will "
        "attend the ADMM Retreat in Penang on Jan 16, 2027, alongside Singapore's Minister for Defence Lim "
        "Boon Keat.\n\nHamid is also scheduled to hold bilateral meetings with his counterparts from "
        "Singapore, Indonesia and Vietnam, as well as with Timor-Leste's Minister of Defence, Jose da "
        "Silva.\n"
    )
    assert not any(k == "bilateral" and p == {"Hamid Rahman"} for k, p in _sides(text))


# --- ", meeting B": the participle of a leg's talks ---------------------------------------------------------


@pytest.mark.parametrize(
    "tail, met",
    [
        ("meeting Indonesian Foreign Minister Arief Santoso and delivering a speech", "Arief Santoso"),
        ("meeting Vietnamese Foreign Minister Le Van Tam before flying home", "Le Van Tam"),
        ("meeting Thai Foreign Minister Somchai Rattana and touring a port", "Somchai Rattana"),
    ],
)
def test_a_participle_names_a_legs_talks(tail: str, met: str) -> None:
    text = (
        "Secretary heads to Asia\n\nWASHINGTON (AP) — Secretary of State Daniel Harwick will visit Japan and "
        "Indonesia next week on a five-day trip, the State Department said Tuesday.\n\nHis first stop is "
        "Tokyo, where on April 20 he will hold talks with Japanese Foreign Minister Aiko Mori. He ends the "
        f"trip in Jakarta on April 23 and 24, {tail}.\n"
    )
    assert ("bilateral", frozenset({"Daniel Harwick", met})) in _sides(text)


def test_a_participle_of_a_past_trip_names_no_meeting() -> None:
    text = (
        "Secretary heads to Asia\n\nWASHINGTON (AP) — Secretary of State Daniel Harwick will visit Japan "
        "next week, the State Department said Tuesday.\n\nLast year he toured the region, meeting "
        "Indonesian Foreign Minister Arief Santoso in Jakarta.\n"
    )
    assert ("bilateral", frozenset({"Daniel Harwick", "Arief Santoso"})) not in _sides(text)


# --- a capitalised kind word not in the main event's name ---------------------------------------------------


@pytest.mark.parametrize(
    "talks",
    [
        "the Korea-U.S.-Japan Defense Trilateral Talks (DTT)",
        "the Norway-Chile-Kenya Trilateral Meeting",
        "the Brazil-India-Japan Trilateral Consultations",
    ],
)
def test_a_named_trilateral_beside_the_main_event(talks: str) -> None:
    text = (
        "published: 2027-09-10\n\n16th Korea-U.S. Harbour Defense Dialogue to be held in Washington\n\nThe "
        "Ministry of National Defense (MND) announced on the 10th that the 16th Korea-U.S. Harbour Defense "
        "Dialogue (HDD) will be held in Washington, D.C. from September 16 to 17.\n\nThe Korean delegation "
        "will be headed by Deputy Minister for National Defense Policy Cho Min-ho, and the U.S. delegation "
        "by Deputy Under Secretary of Defense for Policy Gregory Hale.\n\nOn the sidelines of the HDD, "
        f"{talks} will be held on September 17, with Japan's Director General of the Defense Policy "
        "Bureau, Kato Yuji, joining Deputy Minister Cho and Deputy Under Secretary Hale.\n"
    )
    assert ("trilateral", frozenset({"Cho Min-ho", "Gregory Hale", "Kato Yuji"})) in _sides(text)


def test_the_main_events_own_trilateral_name() -> None:
    text = (
        "Trilateral Foreign Ministers' Meeting in Busan\n\nThe Trilateral Foreign Ministers' Meeting will be "
        "held in Busan on March 22, 2027. Foreign Minister Cho Min-ho will host Foreign Minister Kato Yuji "
        "and Foreign Minister Wang Lei. At the Trilateral Foreign Ministers' Meeting, the three ministers "
        "will review cooperation.\n"
    )
    assert not any(k == "trilateral" for k, _ in _sides(text))


# --- topics -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            'She said the two sides would discuss "shipbuilding cooperation, green hydrogen and the river '
            'ports", as well as regional security.',
            {"shipbuilding cooperation", "green hydrogen", "river ports"},
        ),
        (
            'The ministers will address "tariff relief, fisheries access and the visa regime", an aide said.',
            {"tariff relief", "fisheries access", "visa regime"},
        ),
        (
            'The leaders will focus on "water security, grid links and disaster relief" in their talks.',
            {"water security", "grid links", "disaster relief"},
        ),
    ],
)
def test_a_list_quoted_whole_after_its_verb(sentence: str, want: set[str]) -> None:
    got = {t.removeprefix("the ") for t in _topics(f"Talks ahead\n\n{sentence}\n")}
    assert want <= got


def test_a_quote_broken_off_at_a_comma_is_speech() -> None:
    assert not _topics('Talks ahead\n\nThey will focus on "concrete timelines, not new pledges," he said.\n')


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            "The Dialogue will take stock of the Harbour Initiative, port security, climate finance and "
            "migration and returns.",
            "migration and returns",
        ),
        (
            "The talks will cover the rail link, fisheries quotas, health and forestry and fisheries.",
            "forestry and fisheries",
        ),
        (
            "The Dialogue will address regional security, water security in the Nile Basin, and expanding "
            "trade and investment ties between Norway and Kenya.",
            "trade and investment ties",
        ),
        (
            "The ministers are expected to confirm the strengthening of Norway-Chile security and defence "
            "cooperation.",
            "security and defence cooperation",
        ),
        (
            "They will discuss boosting energy and mining links.",
            "energy and mining links",
        ),
    ],
)
def test_joined_pairs_stay_one_item(sentence: str, want: str) -> None:
    assert want in _topics(f"Talks ahead\n\n{sentence}\n")


def test_two_items_with_an_article_stay_apart() -> None:
    got = _topics("Talks ahead\n\nThe talks will cover port security and the grid link.\n")
    assert "port security and the grid link" not in got and "security and the grid link" not in got


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            "Talks will cover trade and investment, Zembria's chairmanship of the bloc in 2027 and the "
            "situation in Norvia.",
            "situation in Norvia",
        ),
        (
            "They will review progress made in 2026 and the road map for the harbour.",
            "road map for the harbour",
        ),
        (
            "The talks will cover the budget cycle in 2028 and the reform of the secretariat.",
            "reform of the secretariat",
        ),
    ],
)
def test_the_list_goes_on_after_a_year(sentence: str, want: str) -> None:
    assert want in _topics(f"Talks ahead\n\n{sentence}\n")


@pytest.mark.parametrize(
    "sentence, want",
    [
        (
            "Seoul also hopes to use the meeting to coordinate responses to the northern missile tests.",
            "northern missile tests",
        ),
        ("The ministers are expected to confirm the harbour defence roadmap.", "harbour defence roadmap"),
        ("They will coordinate responses to cyber attacks on ports.", "cyber attacks on ports"),
    ],
)
def test_confirm_and_coordinate_responses(sentence: str, want: str) -> None:
    assert any(want in t for t in _topics(f"Talks ahead\n\n{sentence}\n"))


def test_confirm_that_is_no_agenda() -> None:
    assert not _topics("Talks ahead\n\nOfficials will confirm that the meeting goes ahead.\n")


# --- "and hold talks the following day with B"; "separate bilateral meetings with each leader" ----------


@pytest.mark.parametrize(
    "visitor, country, host, city, met",
    [
        (
            "Chancellor Lena Brandt",
            "Kenya",
            "President Luka Mwangi",
            "Nairobi",
            "Prime Minister Otieno Kamau",
        ),
        (
            "Prime Minister Aroha Tane",
            "Chile",
            "President Ana Soto",
            "Santiago",
            "Senate President Diego Ruiz",
        ),
        ("President Jonas Berg", "India", "President Ravi Menon", "New Delhi", "Prime Minister Anil Rao"),
    ],
)
def test_and_hold_talks_the_following_day_with(
    visitor: str, country: str, host: str, city: str, met: str
) -> None:
    short = visitor.split()[-1]
    text = (
        f"{visitor} to visit {country}\n\n(AFP) – {visitor} will pay a state visit to {country} from May 25 "
        f"to 27, the foreign ministry announced Wednesday.\n\n{short} will be welcomed by {host} in {city} "
        f"on May 25 and hold talks the following day with {met}, a spokeswoman said.\n"
    )
    pair = frozenset({" ".join(visitor.split()[-2:]), " ".join(met.split()[-2:])})
    assert ("bilateral", pair) in _sides(text)


def test_and_hold_a_briefing_is_no_talks() -> None:
    text = (
        "Chancellor Lena Brandt to visit Kenya\n\n(AFP) – Chancellor Lena Brandt will pay a state visit to "
        "Kenya from May 25 to 27, the foreign ministry announced Wednesday.\n\nBrandt will be welcomed by "
        "President Luka Mwangi in Nairobi on May 25 and hold a briefing the following day with reporter "
        "Otieno Kamau, a spokeswoman said.\n"
    )
    assert ("bilateral", frozenset({"Lena Brandt", "Otieno Kamau"})) not in _sides(text)


@pytest.mark.parametrize(
    "host, guests, place",
    [
        (
            "President Tom Garrick",
            ("Japanese Prime Minister Kenji Ota", "South Korean President Lee Min-ho"),
            "Camp David",
        ),
        (
            "Prime Minister Ana Lopes",
            ("Indian Prime Minister Ravi Nair", "Japanese Prime Minister Aiko Mori"),
            "Sintra",
        ),
        ("Chancellor Jan Vogel", ("French President Marc Roux", "Polish President Adam Nowak"), "Meseberg"),
    ],
)
def test_separate_meetings_with_each_leader(host: str, guests: tuple[str, str], place: str) -> None:
    short = host.split()[-1]
    text = (
        f"Summit at {place}\n\n(AP) — {host} will host {guests[0]} and {guests[1]} for a trilateral summit "
        f"at {place} on Aug. 18.\n\n{short} will also hold separate bilateral meetings with each leader at "
        "the retreat, according to an adviser.\n"
    )
    sides = _sides(text)
    h = " ".join(host.split()[-2:])
    for g in guests:
        assert ("bilateral", frozenset({h, " ".join(g.split()[-2:])})) in sides


def test_talks_with_both_leaders_restate_the_summit() -> None:
    text = (
        "Summit at Camp David\n\n(AP) — President Tom Garrick will host Japanese Prime Minister Kenji Ota "
        "and South Korean President Lee Min-ho for a trilateral summit at Camp David on Aug. 18.\n\nGarrick "
        "intends to hold candid discussions with both leaders on trade, an adviser said.\n"
    )
    assert not any(k == "bilateral" and "Tom Garrick" in p for k, p in _sides(text))


def test_confirm_toward_a_named_gathering_is_no_agenda() -> None:
    text = "Talks ahead\n\nThe minister will confirm close ties with partners toward the Harbour Summit.\n"
    names = _topics(text)
    assert not any(n.endswith("Summit") for n in names), names
