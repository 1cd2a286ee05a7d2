"""Where the lead stands: a date line printed below it, and a long joint letterhead above it."""

from __future__ import annotations

from datetime import date

from briefings.extract import extract


def test_a_date_line_below_the_lead_leaves_the_lead_its_dates() -> None:
    text = (
        "PM Tran Van Duc to attend 50th ASEAN Summit in Malaysia\n\n"
        "VGP – Prime Minister Tran Van Duc will lead a high-ranking Vietnamese delegation to the 50th ASEAN "
        "Summit and related meetings in Kuching, Malaysia, on May 18-19, at the invitation of the Malaysian "
        "Prime Minister.\n\n"
        "Hà Nội, May 14, 2031\n\n"
        "The trip was announced on Wednesday by the foreign ministry.\n\n"
        "On the morning of May 19, the leaders of Cambodia, Laos and Việt Nam will hold a summit breakfast.\n"
    )
    main = extract(text, today=date(2031, 5, 14)).main_event
    assert main is not None
    assert (main.date, main.end_date, main.place) == (date(2031, 5, 18), date(2031, 5, 19), "Kuching")


def test_a_date_line_above_the_lead_still_closes_the_header() -> None:
    text = (
        "Minister to visit Kuching\n\n"
        "Hà Nội, May 14, 2031\n\n"
        "Foreign Minister Le Thi Hoa will visit Kuching on May 18 for talks with her counterpart.\n"
    )
    main = extract(text, today=date(2031, 5, 14)).main_event
    assert main is not None and main.date == date(2031, 5, 18)


def test_a_joint_letterhead_of_two_ministers_does_not_push_the_lead_down() -> None:
    text = (
        "published: 2031-08-03\n\n"
        "JOINT MEDIA RELEASE\n\n"
        "THE HON ALAN FERRIS MP\n\nDEPUTY PRIME MINISTER\n\nMINISTER FOR DEFENCE\n\n"
        "THE HON RUTH OKAFOR MP\n\nMINISTER FOR DEFENCE INDUSTRY\n\nMINISTER FOR VETERANS' AFFAIRS\n\n"
        "Australia to host Fiji for first Defence Ministers' Meeting\n\n"
        "The Deputy Prime Minister and Minister for Defence, the Hon Alan Ferris MP, will host Fiji's "
        "Minister for Defence, the Hon Jone Tuilagi, in Darwin on 5 and 6 August for the first Defence "
        "Ministers' Meeting.\n\n"
        "Ministers will discuss maritime surveillance and training.\n\n"
        "The Minister for Defence Industry, the Hon Ruth Okafor MP, will join the meeting on 6 August.\n"
    )
    main = extract(text, today=date(2031, 8, 3)).main_event
    assert main is not None
    assert (main.date, main.end_date, main.place) == (date(2031, 8, 5), date(2031, 8, 6), "Darwin")
