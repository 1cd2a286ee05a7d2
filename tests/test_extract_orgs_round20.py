"""Organisation officials, round 20 (orgs): an officer of an organisation of states that the text names
but no table lists gets the organisation as affiliation: "Director-General of the X Group Secretariat",
"the Secretary General of the X Ocean Commission, A,", "Secretary-General of XYZA" and "XYCOM
Secretary-General A" (initials the text defines, by letters or syllables), "Secretary-General of the Y"
where the text names Y's summit; a state's own body keeps the state."""

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
        (
            "Ministers gather in Lomé\n\n"
            "Togo will host the annual meeting of the Southern Ocean Fisheries Commission (SOFC) "
            "on 12 June.\n\n"
            "The Executive Secretary of the Southern Ocean Fisheries Commission, Rolande Akakpo, is "
            "expected in Lomé on 10 June.\n",
            "Rolande Akakpo",
            "Executive Secretary",
            "Southern Ocean Fisheries Commission",
        ),
        (
            "Leaders meet in Apia\n\n"
            "Samoa will host the Polynesian Leaders Group (PLG) summit on 4 July.\n\n"
            "Director-General of the Polynesian Leaders Group Secretariat Tavita Leaupepe said preparations "
            "were complete.\n",
            "Tavita Leaupepe",
            "Director-General",
            "Polynesian Leaders Group",
        ),
        (
            "Ministers to meet in Nairobi\n\n"
            "Kenya will host the Council of Ministers of the East African Grain Association (EAGA) "
            "on 3 May.\n\n"
            "The minister will call on the Secretary-General of EAGA, Ambassador Wanjiru Kamau, on 2 May.\n",
            "Wanjiru Kamau",
            "Secretary-General",
            "EAGA",
        ),
        (
            "Heads to meet in Castries\n\n"
            "Saint Lucia will host the summit of the Eastern Antilles Community (EASTANCOM) on 8 July.\n\n"
            "EASTANCOM Secretary-General, Dr. Lydia Charlemagne, said the summit would adopt a fisheries "
            "plan.\n",
            "Lydia Charlemagne",
            "Secretary-General",
            "EASTANCOM",
        ),
        (
            "Prime Minister to attend Francophonie summit\n\n"
            "Prime Minister Jean Dupuis will attend the Francophonie Summit in Kigali on 4 November.\n\n"
            "It will be opened by the Secretary-General of the Francophonie, Dr. Amina Touré.\n",
            "Amina Touré",
            "Secretary-General",
            "Francophonie",
        ),
    ],
)
def test_officer_of_a_named_organisation(text: str, name: str, role: str, country: str) -> None:
    assert _people(text)[name] == (role, country)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            # a state's own council: no organisation
            "Kenya to host security talks\n\n"
            "Kenya will host security talks with Uganda in Nairobi on 3 May.\n\n"
            "The Secretary General of the National Security Council, Peter Otieno, said the talks would "
            "cover the border.\n",
            "Peter Otieno",
        ),
        (
            # a bilateral joint commission's officer is of a state, not of the commission
            "Kenya and Uganda to hold joint commission\n\n"
            "Kenya will host the Kenya-Uganda Joint Permanent Commission (JPC) in Nairobi on 3 May.\n\n"
            "The Executive Secretary of the Joint Permanent Commission, Peter Otieno, said the talks would "
            "cover the border.\n",
            "Peter Otieno",
        ),
    ],
)
def test_state_body_officer_gets_no_organisation(text: str, name: str) -> None:
    country = _people(text).get(name, (None, None))[1]
    assert country not in ("National Security Council", "JPC", "Joint Permanent Commission")
