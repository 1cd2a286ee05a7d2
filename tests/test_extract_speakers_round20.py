"""Quote speakers, round 20 (speakers): a name already given keeps the quote over the body its apposition
names; a long description between the name and "told"; "A provided the following statement:" over a quote
paragraph; "described by diplomats as" (no one named); a theme or motto in quotes, also in a speaker's
sentence; a headline "A: X to host Y" is no transcript turn; a quoted policy name ("its "free and open"
policy"); a broadcast script's "[Sound bite: A - Title, Workplace]" caption; a bare full name whose surname a
title heads elsewhere ("chaired by A B" ... "Chair B said"); "B will also attend. '...,' he said" (B); and
"the Chair said" for the person the text says chairs."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 5, 1)


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text, today=_TODAY).quotes]


def _speaker_of(text: str, opening: str) -> str | None:
    hits = [s for t, s in _quotes(text) if opening in t]
    assert hits, (opening, _quotes(text))
    return hits[0]


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


@pytest.mark.parametrize(
    "text, opening, who",
    [
        (
            "Forum opens\n\nThe forum is organised by the APC. Director-General of the APC "
            "Dr Hugo Brandt will "
            "open it.\n\n'Delegations keep arriving with real questions,' said Dr Lena "
            "Ortiz, Senior Fellow for "
            "Maritime Affairs at the APC.\n",
            "Delegations keep arriving",
            "Lena Ortiz",
        ),
        (
            "Conference\n\nPresident of the NSI Erik Holm will chair the conference.\n\n"
            '"Ministers want concrete outcomes this year," said Dr Sara Lind, Programme Head for Arctic '
            "Security at the NSI.\n",
            "Ministers want concrete outcomes",
            "Sara Lind",
        ),
        (
            "Dialogue\n\nThe PFC is hosting the dialogue. Chairman of the PFC Ana Reyes will "
            "welcome guests.\n\n"
            '"The region wants habits of talking," said Tomas Vidal, Research Director at the PFC.\n',
            "The region wants habits",
            "Tomas Vidal",
        ),
    ],
)
def test_named_speaker_keeps_quote_over_apposed_body(text: str, opening: str, who: str) -> None:
    assert _speaker_of(text, opening) == who


def test_apposed_name_still_names_the_titled_speaker() -> None:
    text = (
        "Ministry\n\nForeign Minister Jonas Berg will travel to Riga.\n\n"
        '"The visit is confirmed," said the spokeswoman, State Secretary Ilse Varga.\n'
    )
    assert _speaker_of(text, "The visit is confirmed") == "Ilse Varga"


@pytest.mark.parametrize(
    "text, opening, who",
    [
        (
            "Summit\n\nPresident Rafael Ortiz will host the summit.\n\n"
            '"The meeting will test whether the bloc can hold together," Laura Benitez, a professor of '
            "political science at the National University of the Southern Plains in Cordoba, "
            "told reporters.\n",
            "The meeting will test",
            "Laura Benitez",
        ),
        (
            "Talks\n\nForeign Minister Elena Varga will attend.\n\n"
            '"Nobody expects a breakthrough this time," Martin Kovacs, a senior research fellow at the '
            "Central European Institute for Strategic Studies in Budapest, told the agency.\n",
            "Nobody expects a breakthrough",
            "Martin Kovacs",
        ),
        (
            "Visit\n\nPrime Minister Jan Vos will visit Jakarta.\n\n"
            '"Trade will dominate the agenda," Dewi Lestari, an associate professor of international '
            "relations at the University of Eastern Java in Surabaya, told the newspaper.\n",
            "Trade will dominate",
            "Dewi Lestari",
        ),
    ],
)
def test_long_description_between_name_and_verb(text: str, opening: str, who: str) -> None:
    assert _speaker_of(text, opening) == who


@pytest.mark.parametrize(
    "text, opening, who",
    [
        (
            "Statement\n\nChief Ministry Spokesman Daniel Frost provided the following statement:\n\n"
            '"Minister Ana Ruiz will travel to Lisbon next week to meet allies and partners."\n',
            "Minister Ana Ruiz will travel",
            "Daniel Frost",
        ),
        (
            "Statement\n\nHealth Minister Laila Haddad issued the following statement on Monday:\n\n"
            "“We welcome the decision of the assembly and will implement it fully.”\n",
            "We welcome the decision",
            "Laila Haddad",
        ),
        (
            "Statement\n\nPress Secretary Marco Bellini released the following statement today:\n\n"
            '"The President looks forward to welcoming the King next month."\n',
            "The President looks forward",
            "Marco Bellini",
        ),
    ],
)
def test_following_statement_without_speech_verb(text: str, opening: str, who: str) -> None:
    assert _speaker_of(text, opening) == who


def test_following_statement_of_an_office_names_no_one() -> None:
    text = (
        "Statement\n\nForeign Minister Ana Ruiz will travel to Lisbon.\n\n"
        "The Office of the Spokesperson issued the following statement:\n\n"
        '"The Minister will meet allies and partners during the visit."\n'
    )
    assert _speaker_of(text, "The Minister will meet allies") is None


@pytest.mark.parametrize(
    "text, opening",
    [
        (
            "Talks\n\nForeign Minister Hana Novak held talks with Foreign Minister Omar Said in Cairo, talks "
            'that were described by diplomats as "long and difficult in places".\n',
            "long and difficult",
        ),
        (
            "Talks\n\nDefence Minister Karl Lindqvist met Defence Minister Piet Jansen on "
            "Monday, in a meeting "
            'described by officials as "warm and forward-looking throughout".\n',
            "warm and forward-looking",
        ),
        (
            "Talks\n\nPresident Maria Costa received Prime Minister Jan Vos for a session characterised by "
            'aides as "frank, even tense at times".\n',
            "frank, even tense",
        ),
    ],
)
def test_described_by_unnamed_people(text: str, opening: str) -> None:
    assert _speaker_of(text, opening) is None


def test_described_by_a_named_person_keeps_them() -> None:
    text = (
        "Talks\n\nForeign Minister Hana Novak held talks in Cairo that were described by Foreign Minister "
        'Omar Haddad as "long and difficult in places".\n'
    )
    assert _speaker_of(text, "long and difficult") == "Omar Haddad"


@pytest.mark.parametrize(
    "text, motto",
    [
        (
            "Forum\n\nSpokesperson Ali Rahman announced that the forum will be held on 6 May under the theme "
            '"Peace in Practice: From Words to Deeds".\n',
            "Peace in Practice",
        ),
        (
            "Chairship\n\nThe country took over the chairship in January under the motto "
            '"Building Bridges for a Fairer and Greener Future".\n',
            "Building Bridges",
        ),
        (
            "Summit\n\nThe theme of the summit is “Jobs, skills and fair transitions in a "
            "changing economy”.\n",
            "Jobs, skills and fair",
        ),
        (
            "Summit\n\nPresident Lee Min-ho will chair the sessions under this year's theme, "
            '"Growing Together: Trade, Trust, Tomorrow."\n',
            "Growing Together",
        ),
    ],
)
def test_theme_or_motto_is_no_quote(text: str, motto: str) -> None:
    assert not [t for t, _ in _quotes(text) if motto in t]


def test_speech_on_a_theme_is_still_a_quote() -> None:
    text = (
        "Forum\n\nForeign Minister Ana Ruiz will open the forum.\n\n"
        'On the theme of the summit, Ruiz said: "We have waited too long for action on this."\n'
    )
    assert _speaker_of(text, "We have waited too long") == "Ana Ruiz"


@pytest.mark.parametrize(
    "text, words",
    [
        (
            'Ruiz: Lisbon to Host Talks Under Theme "Peace in Practice"\n\nForeign Minister '
            'Ana Ruiz announced '
            "that Lisbon will host the talks on 6 May.\n",
            "Lisbon to Host",
        ),
        (
            "Novak: Ministers Will Meet in Prague Next Week\n\nForeign Minister Hana Novak "
            "said on Monday the "
            "ministers would meet in Prague.\n",
            "Ministers Will Meet",
        ),
        (
            "Haddad: Assembly Decision Is a Turning Point\n\nHealth Minister Laila Haddad "
            "welcomed the decision "
            "on Monday.\n",
            "Assembly Decision",
        ),
    ],
)
def test_headline_speaker_line_is_no_transcript_turn(text: str, words: str) -> None:
    assert not [t for t, _ in _quotes(text) if words in t]


def test_transcript_turn_after_headline_still_counts() -> None:
    text = (
        "Press briefing of 3 May\n\nSpokesperson Mei Lanfang: China supports the talks and hopes all parties "
        "will show flexibility.\n"
    )
    assert _speaker_of(text, "China supports the talks") == "Mei Lanfang"


@pytest.mark.parametrize(
    "text, term",
    [
        (
            "Visit\n\nDefence Minister Budi Santoso stressed his country's attachment to its "
            "“free and active” "
            "foreign policy.\n",
            "free and active",
        ),
        (
            "Visit\n\nAnalyst Rina Wulan said the talks would test how the \"look north, act east\" policy "
            "works in practice.\n",
            "look north, act east",
        ),
        (
            'Visit\n\nPresident Maria Costa reaffirmed her country\'s "one region, many voices" principle '
            "at the summit.\n",
            "one region, many voices",
        ),
    ],
)
def test_quoted_policy_name_is_no_quote(text: str, term: str) -> None:
    assert not [t for t, _ in _quotes(text) if term in t]


def test_quote_before_other_noun_is_still_a_quote() -> None:
    text = (
        'Visit\n\nPresident Maria Costa said the two sides valued the "deep and historic" ties '
        "between them.\n"
    )
    assert _speaker_of(text, "deep and historic") == "Maria Costa"


@pytest.mark.parametrize(
    "text, opening, who",
    [
        (
            "[Anchor]\nThe talks open tomorrow.\n\n[Sound bite: Park Ji-hoon - Professor, Hanbit University "
            '(Korean)]\n"The timeline is what will define this alliance."\n',
            "The timeline is what",
            "Park Ji-hoon",
        ),
        (
            "[Anchor]\nThe talks open tomorrow.\n\n[Interview: Laura Benitez - Senior "
            "Fellow, Southern Policy "
            'Institute]\n"Both sides still need a text they can sign."\n',
            "Both sides still need",
            "Laura Benitez",
        ),
        (
            "[Anchor]\nMinisters meet on Friday.\n\n(Soundbite: Martin Kovacs - Analyst)\n"
            '"Expect a short communique and long arguments."\n',
            "Expect a short communique",
            "Martin Kovacs",
        ),
    ],
)
def test_caption_line_names_the_speaker(text: str, opening: str, who: str) -> None:
    assert _speaker_of(text, opening) == who
    assert who in _people(text)


def test_caption_gives_role_and_workplace_country() -> None:
    text = (
        "[Anchor]\nThe talks open tomorrow.\n\n[Sound bite: Seo Ji-won - Senior Research Fellow, Korea "
        'Institute for Policy Studies (Korean)]\n"Seoul will want firm language."\n'
    )
    assert _people(text)["Seo Ji-won"] == (
        "Senior Research Fellow at Korea Institute for Policy Studies",
        "South Korea",
    )


def test_bracketed_stage_note_names_no_speaker() -> None:
    text = (
        "Talks\n\nForeign Minister Ana Ruiz will travel to Lisbon.\n\n[Photo: Foreign "
        "Minister Ana Ruiz arrives "
        'in Lisbon]\n"We are ready for the talks with our neighbours."\n'
    )
    assert _speaker_of(text, "We are ready") is None


@pytest.mark.parametrize(
    "text, full",
    [
        (
            "Hearing\n\nThe hearing will be held by the Committee on Trade, chaired by "
            "Ingrid Solberg (EPP, NO), "
            "on Monday.\n\nChair Solberg said: The committee will ask hard questions of the commissioner.\n",
            "Ingrid Solberg",
        ),
        (
            "Session\n\nThe session, chaired by Paolo Ricci, opens on Monday.\n\n"
            '"We will keep asking," added Chairman Ricci.\n',
            "Paolo Ricci",
        ),
        (
            "Hearing\n\nThe subcommittee, chaired by Hana Novak, meets on Friday.\n\n"
            '"We want answers," said Chairwoman Novak.\n',
            "Hana Novak",
        ),
    ],
)
def test_surname_under_title_confirms_full_name(text: str, full: str) -> None:
    assert full in _people(text)
    assert [s for _, s in _quotes(text)] == [full]


def test_bare_name_without_titled_surname_stays_unknown() -> None:
    text = "Hearing\n\nThe committee will discuss the Ingrid Solberg Report on Monday.\n"
    assert "Ingrid Solberg" not in _people(text)


@pytest.mark.parametrize(
    "text, opening, who",
    [
        (
            "Summit\n\nPresident Maria Costa will host the summit on Friday.\n\n"
            "“We expect concrete results,” Costa said.\n\n"
            "Prime Minister Jan de Wit will also attend. “The Netherlands is ready to "
            "contribute,” he said.\n",
            "The Netherlands is ready",
            "Jan de Wit",
        ),
        (
            "Talks\n\nForeign Minister Ana Ruiz will host the talks.\n\n“We want progress,” Ruiz said.\n\n"
            "Foreign Minister Lukas Weber is expected to arrive on Sunday. “Progress takes time,” he said.\n",
            "Progress takes time",
            "Lukas Weber",
        ),
        (
            "Meeting\n\nDefence Minister Karl Lindqvist will chair the meeting.\n\n“Allies "
            "must act,” Lindqvist "
            "said.\n\nGeneral Tomas Berg is scheduled to brief ministers. “The threat is "
            "growing,” he said.\n",
            "The threat is growing",
            "Tomas Berg",
        ),
    ],
)
def test_planned_act_right_before_pronoun_quote(text: str, opening: str, who: str) -> None:
    assert _speaker_of(text, opening) == who


def test_planned_act_a_paragraph_before_does_not_take_pronoun() -> None:
    text = (
        "Summit\n\nSecretary General Erik Dahl will chair his last summit.\n\n"
        "“We are stronger together,” Dahl said.\n\n"
        "Prime Minister Jan de Wit will take over as Secretary General in October.\n\n"
        "“I am proud of what we built,” he added.\n"
    )
    assert _speaker_of(text, "I am proud") == "Erik Dahl"


@pytest.mark.parametrize(
    "text, opening, who",
    [
        (
            "Committee\n\nThe committee, chaired by Ingrid Solberg, will meet in Geneva on 12 June.\n\n"
            "“This session will set the course for the next review,” the Chair noted.\n",
            "This session will set",
            "Ingrid Solberg",
        ),
        (
            "Council\n\nThe council will be chaired by Ambassador Rui Alves of Portugal.\n\n"
            "The Chair said: “We will focus on the humanitarian situation.”\n",
            "We will focus",
            "Rui Alves",
        ),
        (
            "Council\n\nAmbassador Rui Alves will chair the meeting on Monday.\n\n"
            '"The agenda is full," the chairperson told reporters.\n',
            "The agenda is full",
            "Rui Alves",
        ),
    ],
)
def test_the_chair_is_who_chairs(text: str, opening: str, who: str) -> None:
    assert _speaker_of(text, opening) == who


def test_the_chair_of_no_one_named_chairing_is_no_one() -> None:
    text = (
        "Council\n\nAmbassador Rui Alves will attend the meeting on Monday.\n\n"
        '"The agenda is full," the chairperson told reporters.\n'
    )
    assert _speaker_of(text, "The agenda is full") is None
