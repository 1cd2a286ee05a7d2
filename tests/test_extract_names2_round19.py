"""People rules, round 19 (names across naming traditions): West African, Burmese and Arab courtesy words
(Alhaji, Mallam, Daw, Shaikh, "Eng.") and "Commodore" lead a name and are no part of it; a Mongolian
patronymic's two-letter initial glued to the given name ("Ts.Bold"); a name repeating one word is no short
form of a longer one; "the Minister said" of several "Minister of X" holders is no first person who is
"Prime Minister"; a word spelt like an honorific may close a name ("A B Tun said"); a style inside a name
after a given name stays in it ("A Sheikh B"); a capitalised run before a two-word rank is a title
("Commander X Fleet Vice Admiral A"); a navy or army is no person; a title cut before "and" goes on over
its field to the name ("Minister of X and Expatriates A B")."""

from __future__ import annotations

from datetime import date

import pytest

from briefings.extract import extract

_TODAY = date(2025, 6, 1)


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in extract(text, today=_TODAY).people}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(text, today=_TODAY).quotes]


_LEAD = "Foreign Minister Jane Doe will meet her counterpart in Brussels on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "The Governor of Plateau State, Alhaji Musa Danjuma Bello, will also travel with the party.",
            "Musa Danjuma Bello",
        ),
        ("The National Security Adviser, Mallam Sani Garba Idris, will join the talks.", "Sani Garba Idris"),
        ("He will be accompanied by his wife Daw Mya Thida Aye and senior officers.", "Mya Thida Aye"),
        (
            "Speakers include Major General Shaikh Khalid bin Saud Al Nasser, Minister of the Interior.",
            "Khalid bin Saud Al Nasser",
        ),
        (
            "The task force is led by Commodore Lars-Erik Lindqvist of the Swedish Navy, officials said.",
            "Lars-Erik Lindqvist",
        ),
    ],
)
def test_courtesy_words_lead_no_name(sentence: str, name: str) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert name in people, people
    assert not any(p.endswith(name) and p != name for p in people), people


def test_engineer_style_ends_no_sentence() -> None:
    people = _people(
        _LEAD + "The minister will be accompanied by His Excellency Eng. Tariq bin Saleh Al-Harbi, "
        "Deputy Minister of Energy; and Mr. Omar bin Khalid Al-Zahrani, Director of Protocol.\n"
    )
    assert "Tariq bin Saleh Al-Harbi" in people
    assert "Eng" not in people


def test_glued_patronymic_initials() -> None:
    text = (
        _LEAD + "The delegation includes Director of the National Defence University Ch.Batbold and "
        "Deputy Minister Sh.Oyunbileg.\n\nCh.Batbold told reporters that the talks were timely. "
        '"We welcome every partner," he said.\n'
    )
    b = extract(text, today=_TODAY)
    names = [p.name for p in b.people]
    assert "Ch. Batbold" in names and "Ch" not in names, names
    assert "Sh. Oyunbileg" in names, names
    assert [q.speaker for q in b.quotes] == ["Ch. Batbold"]


def test_dotted_abbreviation_before_name_stays() -> None:
    # near miss: an honorific with a period and a space is no glued initial
    people = _people(_LEAD + "Dr. Sara Lindholm will also attend the talks in Brussels.\n")
    assert "Sara Lindholm" in people


def test_repeated_word_name_is_no_short_form() -> None:
    people = _people(
        _LEAD + "The delegation includes the Minister of Works, Alhaji Yakubu Danladi Garba; and the "
        "Director-General of the State Security Service, Amb. Yakubu Yakubu.\n"
    )
    assert "Yakubu Danladi Garba" in people and "Yakubu Yakubu" in people, people


def test_bare_minister_of_two_ministers() -> None:
    text = (
        "Under the patronage of His Royal Highness Prince Faisal bin Omar Al Rashed, the Crown Prince and "
        "Prime Minister, the forum will open in Doha on 6 June.\n\n"
        "His Excellency Dr Karim bin Nasser Al Hamdan, Minister of Foreign Affairs, said the country was "
        "proud to host it.\n\n"
        '"The forum has become a platform for dialogue," the Minister said.\n\n'
        "Speakers include Major General Shaikh Talal bin Fahad Al Rashed, Minister of Interior.\n"
    )
    assert _speakers(text) == ["Karim bin Nasser Al Hamdan"]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ('Spokesperson Brigadier General Khin Maung Tun said: "The visit will go ahead."', "Khin Maung Tun"),
        ("Information Minister Aung Kyaw Tun will also attend the summit.", "Aung Kyaw Tun"),
        ("Talks were hosted by President Abdi Sheikh Warsame of Somalia last year.", "Abdi Sheikh Warsame"),
    ],
)
def test_honorific_spelling_inside_name(sentence: str, name: str) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert name in people, people


def test_ruler_word_then_style_still_opens_name() -> None:
    # near miss: after a ruler's word the style opens the name
    people = _people(_LEAD + "They will be received by His Highness the Amir Sheikh Nawaf Al-Sabah.\n")
    assert "Nawaf Al-Sabah" in people, people


@pytest.mark.parametrize(
    "sentence, name, junk",
    [
        (
            "Commander Oman Fleet Vice Admiral Salim Al-Harthy said the drills would start on Monday.",
            "Salim Al-Harthy",
            "Oman Fleet Vice",
        ),
        (
            "Commander of the Kenya Navy's Coastal Naval Area Rear Admiral Jamal Uddin said the drills "
            "would start.",
            "Jamal Uddin",
            "Coastal Naval Area Rear",
        ),
        (
            "Commander Egypt Southern Fleet Rear Admiral Hany Fawzy will attend the review.",
            "Hany Fawzy",
            "Egypt Southern Fleet Rear",
        ),
    ],
)
def test_run_before_two_word_rank_is_title(sentence: str, name: str, junk: str) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert name in people, people
    assert junk not in people, people


@pytest.mark.parametrize(
    "headline", ["Lanka Navy to host maritime exercise", "Pak Army to hold border drill"]
)
def test_service_is_no_person(headline: str) -> None:
    people = _people(headline + "\n\n" + _LEAD)
    assert not any(p.endswith(("Navy", "Army")) for p in people), people


@pytest.mark.parametrize(
    "sentence, name, role",
    [
        (
            "Also attending is Minister of Tourism and Citizen Protection Peter Njoroge Kamau.",
            "Peter Njoroge Kamau",
            "Minister of Tourism and Citizen Protection",
        ),
        (
            "Also attending is Minister of Foreign Affairs and Emigrants Rami Haddad.",
            "Rami Haddad",
            "Minister of Foreign Affairs and Emigrants",
        ),
        (
            "Also attending is Minister of Labour and Expatriates Nadia Haddad.",
            "Nadia Haddad",
            "Minister of Labour and Expatriates",
        ),
    ],
)
def test_field_after_and_closes_title(sentence: str, name: str, role: str) -> None:
    people = _people(_LEAD + sentence + "\n")
    assert name in people, people
    assert people[name][0] == role


def test_and_between_two_people_is_no_field() -> None:
    # near miss: "and" joins two titled people, no field of the first title
    people = _people(_LEAD + "Defence Minister Tom Hale and Interior Minister Ruth Bell will attend.\n")
    assert "Tom Hale" in people and "Ruth Bell" in people, people
