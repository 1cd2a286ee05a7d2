"""People in wire news, round 15b: a rank's grade word "Sr." ("Sr. Lt. Gen."), "People's" no name, an
official of a named body ("a senior official of the X Staff"), two titles joined by "and a", a state's
service closing a title ("of the Xland People's Army"), a delegation sent by a subject a relative clause
interrupts, and "Xland's Ministry of Foreign Affairs spokesperson, A,"."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract
from briefings.extract.role_reporters import closing_state
from briefings.models import Briefing


def _run(text: str) -> Briefing:
    return extract(text, today=date(2031, 5, 1))


def _who(b: Briefing) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.role, p.country) for p in b.people}


# --- "Sr." as a rank's grade word ------------------------------------------------------------------------


def test_sr_before_a_rank_is_part_of_the_rank_not_a_name() -> None:
    for lead, name, country in (
        ("a working lunch with Vice Minister of National Defense Sr. Lt. Gen.", "Hoang Van Tuan", "Vietnam"),
        ("talks with Vietnamese Deputy Defence Minister Sr. Col.", "Pham Minh Duc", "Vietnam"),
        ("a meeting with Chinese Defence Minister Sr. Gen.", "Liu Zhenhai", "China"),
        ("a call on Laotian Defence Minister Sr. Lt. Gen.", "Khamla Vongsa", "Laos"),
    ):
        b = _run(f"HANOI (Reuters) - Japan's defence minister will visit soon. He will hold {lead} {name}.")
        who = _who(b)
        assert "Sr." not in who and "Sr" not in who, who
        assert name in who and who[name][0] is not None and "Minister" in who[name][0], who
        assert who[name][1] == country, who


def test_sr_after_a_name_stays_a_suffix() -> None:
    b = _run("WASHINGTON (AP) - Senator John Miller Sr. will meet Japan's ambassador on Monday.")
    assert "Sr." not in _who(b)


# --- "People's" is no name; a state's service closes a title -----------------------------------------


def test_a_states_service_after_its_name_closes_the_title() -> None:
    for name, service, country in (
        ("Nguyen Van Hai", "Vietnam People's Army", "Vietnam"),
        ("Li Guoqiang", "Chinese People's Liberation Army", "China"),
        ("Somsak Inthavong", "Lao People's Army", "Laos"),
        ("Kim Chol Su", "Korean People's Army", None),
    ):
        b = _run(
            f"TOKYO (Kyodo) - Japan's top officer will meet Gen. {name}, chief of the General Staff of the "
            f"{service}, on Tuesday."
        )
        who = _who(b)
        assert "People" not in who, who
        role, got = who[name]
        assert role == f"chief of the General Staff of the {service}", who
        if country:
            assert got == country, who


def test_two_titles_joined_by_and_a() -> None:
    for name, titles in (
        ("Nguyen Tan Long", "chief of the General Staff and a deputy defense minister"),
        ("Asha Verma", "foreign secretary and a former ambassador"),
        ("Tomasz Nowak", "deputy foreign minister and a senior adviser"),
        ("Ana Ruiz", "defence minister and a deputy prime minister"),
    ):
        b = _run(f"MANILA (AP) - The talks will open on Monday with {name}, {titles}, in the chair.")
        assert _who(b)[name][0] == titles, _who(b)


def test_and_after_an_apposition_with_a_comma_joins_no_title() -> None:
    b = _run("MANILA (AP) - Maria Santos, the foreign secretary, and a defence official will attend.")
    assert _who(b)["Maria Santos"][0] == "foreign secretary", _who(b)


# --- an official of a named body -----------------------------------------------------------------------


def test_a_senior_official_of_a_named_body_is_a_title() -> None:
    for name, words in (
        ("Kenjiro Hata", "a senior official of the Joint Staff"),
        ("Lena Brandt", "a senior official at the Federal Foreign Office"),
        ("Omar Haddad", "an official of the National Security Council"),
        ("Park Ji-won", "a high-ranking official of the Ministry of Unification"),
    ):
        b = _run(f"SEOUL (Yonhap) - The delegation is led by Maj. Gen. {name}, {words}, officials said.")
        role = _who(b)[name][0]
        assert role == words.split(" ", 1)[1], _who(b)


def test_a_nameless_senior_official_gives_no_title() -> None:
    b = _run("SEOUL (Yonhap) - The talks were confirmed by Jane Doe, a senior official, on Monday.")
    role = _who(b).get("Jane Doe", (None, None))[0]
    assert role is None or "official" not in role


# --- a delegation's sender before a relative clause ----------------------------------------------------


def test_a_delegation_sent_by_a_subject_with_a_which_clause() -> None:
    for sender, country, name in (
        ("Japan", "Japan", "Kenji Hata"),
        ("Australia", "Australia", "Sarah Cole"),
        ("South Korea", "South Korea", "Lee Min-ho"),
        ("India", "India", "Rakesh Nair"),
    ):
        b = _run(
            f"MANILA, Philippines (AP) - The board meets next week. {sender}, which signed an access pact "
            f"with the Philippines last year, will send an observer delegation led by Maj. Gen. {name}, "
            "officials said."
        )
        assert _who(b)[name][1] == country, _who(b)


def test_a_which_clause_without_a_delegation_gives_no_country() -> None:
    b = _run(
        "MANILA, Philippines (AP) - Japan, which signed a pact last year, welcomed the talks led by "
        "Gen. Rey Santos, the army chief."
    )
    assert _who(b)["Rey Santos"][1] != "Japan", _who(b)


# --- "Xland's Ministry of Foreign Affairs spokesperson, A," -------------------------------------------


def test_a_ministry_of_x_spokesperson_before_a_comma_name() -> None:
    for lead, name, country in (
        ("China's Ministry of Foreign Affairs spokesperson", "Mao Lin", "China"),
        ("The Indian Ministry of External Affairs spokesperson", "Ravi Menon", "India"),
        ("Vietnam's Ministry of Foreign Affairs spokeswoman", "Pham Thu Hang", "Vietnam"),
        ("Taiwan's Ministry of National Defense spokesman", "Sun Li-fang", "Taiwan"),
    ):
        b = _run(f"VIENNA (Reuters) - The IAEA chief will visit Tokyo. {lead}, {name}, said it would follow.")
        role, got = _who(b)[name]
        assert got == country, _who(b)
        assert role is not None and role.startswith("Ministry of"), _who(b)


def test_a_plain_spokesperson_keeps_its_own_title() -> None:
    b = _run("VIENNA (Reuters) - The IAEA chief will visit Tokyo. Its spokesperson, Ana Ortiz, said so.")
    role = _who(b)["Ana Ortiz"][0]
    assert role is not None and "Ministry" not in role


# --- "a former Xish ambassador to Y" -------------------------------------------------------------------


def test_a_former_national_title_after_an_article() -> None:
    for lead, name, role, country in (
        ("a former Mexican ambassador to Canada", "Roberto Vidal", "former ambassador to Canada", "Mexico"),
        ("a retired Australian diplomat", "Ann Lee", "retired diplomat", "Australia"),
        ("a former South Korean foreign minister", "Kim Jin-ho", "former foreign minister", "South Korea"),
        ("a former Indian navy chief", "Arun Rao", "former navy chief", "India"),
    ):
        b = _run(f'OTTAWA (AP) - The leaders meet on Monday. "It helps," said {name}, {lead}, on Monday.')
        assert _who(b)[name] == (role, country), _who(b)


def test_a_former_title_with_no_state_word_has_no_country_from_it() -> None:
    b = _run('OTTAWA (AP) - The leaders meet. "It helps," said Ann Lee, a former diplomat, on Monday.')
    assert _who(b)["Ann Lee"][0] == "former diplomat", _who(b)


# --- a state closing a title in apposition -------------------------------------------------------------


def test_a_title_in_apposition_ending_on_a_state_gives_that_state() -> None:
    for name, title, country in (
        ("Wang Lei", "Director of the Central Commission of the Communist Party of China", "China"),
        ("Juan Cruz", "Secretary of Foreign Affairs of the Republic of the Philippines", "Philippines"),
        ("Tran Van Nam", "Member of the Politburo of the Communist Party of Vietnam", "Vietnam"),
        ("Ali Reza", "Secretary of the Supreme National Security Council of Iran", "Iran"),
    ):
        b = _run(f"JAKARTA (Antara) - Minister Park will hold talks with {name}, {title}, who is attending.")
        assert _who(b)[name][1] == country, _who(b)


def test_a_title_ending_on_an_organisation_or_a_portfolio_gives_no_state() -> None:
    assert closing_state("Director of the Office of the Secretary-General of the United Nations") is None
    assert closing_state("Minister of Foreign Affairs") is None
    assert closing_state("Commissioner for Enlargement") is None


# --- "the acting Xland ..." and a "for ..." portfolio holding a region's name ---------------------------


def test_the_acting_national_title_in_apposition() -> None:
    for name, words, role, country in (
        ("Daniel R. Cole", "the acting U.S. special representative for North Korea",
         "acting special representative for North Korea", "United States"),
        ("Anna Berg", "the acting Swedish ambassador to Japan", "acting ambassador to Japan", "Sweden"),
        ("Li Qiang Wen", "the interim Chinese special envoy for Afghanistan",
         "interim special envoy for Afghanistan", "China"),
        ("Mark Hale", "the acting British high commissioner to India", "acting high commissioner to India",
         "United Kingdom"),
    ):
        b = _run(f"SEOUL (Yonhap) - Kim Min-su will meet with {name}, {words}, on May 20.")
        got_role, got = _who(b)[name]
        assert got == country, _who(b)
        assert got_role is not None and got_role.lower() == role.lower(), _who(b)


def test_a_portfolio_holding_a_regions_name_is_read_to_its_noun() -> None:
    for name, role in (
        ("Hwang Jae-min", "special representative for Korean Peninsula peace and security affairs"),
        ("Ito Ken", "special envoy for Korean Peninsula affairs"),
        ("Sara Holm", "ambassador for Arctic Ocean affairs"),
        ("Nadia Rahman", "special representative for Horn of Africa issues"),
    ):
        b = _run(f"SEOUL (Yonhap) - {name}, {role}, will meet Kim Min-su on May 20, the ministry said.")
        assert _who(b)[name][0] == role, _who(b)


def test_a_portfolio_rest_does_not_run_into_a_second_name() -> None:
    b = _run(
        "SEOUL (Yonhap) - Lee Ha-na, envoy for Korean Peninsula affairs and Pak Ji-hoon will meet on May 20."
    )
    role = _who(b).get("Lee Ha-na", (None, None))[0]
    assert role is None or "Pak" not in role


# --- "at Xland's foreign ministry" after a title -------------------------------------------------------


def test_a_states_ministry_after_a_title_gives_the_state_not_the_role() -> None:
    for name, title, workplace, country in (
        ("Mori Ken", "director-general of the Asian Affairs Bureau", "at Japan's foreign ministry", "Japan"),
        ("Ann Cole", "director of the Policy Bureau", "at Australia's foreign ministry", "Australia"),
        ("Li Na", "a counselor", "at China's embassy", "China"),
        ("Raj Patel", "director of the Americas Bureau", "at India's foreign ministry", "India"),
    ):
        b = _run(f"SEOUL (Yonhap) - Kim will meet with {name}, {title} {workplace}, on May 20.")
        role, got = _who(b)[name]
        assert got == country, _who(b)
        assert role == title.removeprefix("a "), _who(b)


def test_a_workplace_naming_no_state_gives_none() -> None:
    b = _run("SEOUL (Yonhap) - Kim will meet Ann Cole, director of the Policy Bureau at the ministry, today.")
    assert _who(b)["Ann Cole"][1] in (None, "South Korea"), _who(b)


# --- a party affiliation between a name and its apposition ---------------------------------------------


def test_a_party_affiliation_before_an_apposition_is_skipped() -> None:
    for name, party, title in (
        ("Choi Ha-eun", "of the main opposition party", "member of the National Assembly's trade committee"),
        ("Mark Dunn", "of the ruling Labour Party", "chair of the foreign affairs committee"),
        ("Sato Rin", "of the opposition Democratic Party", "member of the defense committee"),
        ("Ana Lima", "of the centre-right party", "member of the foreign affairs committee"),
    ):
        b = _run(f"SEOUL (Yonhap) - Talks open. Rep. {name} {party}, a {title}, called for dialogue.")
        assert _who(b)[name][0] == title, _who(b)


def test_of_the_party_without_a_comma_is_no_affiliation_skip() -> None:
    b = _run("SEOUL (Yonhap) - Talks open. Lee Min-ho of the party said he would attend.")
    role = _who(b).get("Lee Min-ho", (None, None))[0]
    assert role is None or "party" not in role
