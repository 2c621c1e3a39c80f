"""Dates as people write them in the UK (assist/readers/dates.py), and how they read back."""

from datetime import date

import pytest

from assist.labels import dated
from assist.readers.dates import leading_date, parse_date
from assist.vocabulary import DatePrecision

TODAY = date(2026, 12, 5)
EXACT, MONTH, YEAR, ABOUT = (
    DatePrecision.EXACT,
    DatePrecision.MONTH,
    DatePrecision.YEAR,
    DatePrecision.APPROXIMATE,
)


@pytest.mark.parametrize(
    ("written", "on", "precision", "reads"),
    [
        ("12/09/2026", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("12.9.26", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("12-09-2026", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("1/2/85", date(1985, 2, 1), EXACT, "1 February 1985"),
        ("12 Sept 2026", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("12th September 2026", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("the 3rd of March, 2021", date(2021, 3, 3), EXACT, "3 March 2021"),
        ("12-Sep-26", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("Sept 12, 2026", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("Tuesday 8 September 2026", date(2026, 9, 8), EXACT, "8 September 2026"),
        ("2026-09-12", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("2026-09-12T14:30:00", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("12/09/2026 14:30", date(2026, 9, 12), EXACT, "12 September 2026"),
        ("Sept 2026", date(2026, 9, 1), MONTH, "September 2026"),
        ("September 2026", date(2026, 9, 1), MONTH, "September 2026"),
        ("june, 2021", date(2021, 6, 1), MONTH, "June 2021"),
        ("06/2021", date(2021, 6, 1), MONTH, "June 2021"),
        ("2021-06", date(2021, 6, 1), MONTH, "June 2021"),
        ("2019", date(2019, 1, 1), YEAR, "2019"),
        ("sometime in 2019", date(2019, 1, 1), YEAR, "2019"),
        ("Spring 2019", date(2019, 4, 1), ABOUT, "About April 2019"),
        ("autumn 2020", date(2020, 10, 1), ABOUT, "About October 2020"),
        ("winter 2019/20", date(2019, 12, 1), ABOUT, "About December 2019"),
        ("late 2018", date(2018, 11, 1), ABOUT, "About November 2018"),
        ("c. 2019", date(2019, 1, 1), ABOUT, "About 2019"),
        ("c2019", date(2019, 1, 1), ABOUT, "About 2019"),
        ("circa 2019", date(2019, 1, 1), ABOUT, "About 2019"),
        ("about 2019", date(2019, 1, 1), ABOUT, "About 2019"),
        ("approx 2019", date(2019, 1, 1), ABOUT, "About 2019"),
        ("2019 (approx)", date(2019, 1, 1), ABOUT, "About 2019"),
        ("about June 2021", date(2021, 6, 1), ABOUT, "About June 2021"),
        ("around 14/02/2022", date(2022, 2, 14), ABOUT, "About 14 February 2022"),
        ("before 2020", date(2019, 1, 1), ABOUT, "About 2019"),
        ("before March 2020", date(2020, 2, 1), ABOUT, "About February 2020"),
        ("after 2019", date(2020, 1, 1), ABOUT, "About 2020"),
    ],
)
def test_uk_dates_are_read_and_read_back_as_precisely_as_written(written, on, precision, reads):
    parsed = parse_date(written, today=TODAY)
    assert (parsed.on, parsed.precision, parsed.error) == (on, precision, None)
    assert parsed.known
    assert dated(parsed.iso, parsed.precision) == reads


@pytest.mark.parametrize("written", ["unknown", "Not known", "N/K", "date unknown", "?"])
def test_an_unknown_date_is_no_date_and_no_error(written):
    parsed = parse_date(written, today=TODAY)
    assert (parsed.on, parsed.error, parsed.known) == (None, None, False)
    assert parsed.precision == DatePrecision.UNKNOWN
    assert dated(parsed.iso, parsed.precision) == "Date not known"


@pytest.mark.parametrize(
    ("written", "error"),
    [
        ("31/02/2021", "'31/02/2021' is not a date"),
        ("09/13/2026", "'09/13/2026' is not a date: dates are read day first, as 12/09/2026"),
        ("13/2026", "'13/2026' is not a date"),
        ("12/09/2030", "'12/09/2030' is in the future"),
        ("6 December 2026", "'6 December 2026' is in the future"),
        ("about 2027", "'about 2027' is in the future"),
        ("after 2026", "'after 2026' is in the future"),
        ("1 May 1850", "'1 May 1850' is before 1900"),
        ("winter 2019", "'winter 2019' could be early in that year or its last weeks"),
        ("last Tuesday", "'last Tuesday' is not a date"),
        ("Sep 26", "'Sep 26' is not a date"),
        ("12/09", "'12/09' is not a date"),
        ("44561", "'44561' is not a date"),
        ("", "there is no date"),
        ("=TODAY()", "'=TODAY()' is not a date"),
        # Years no calendar has: once a crash (a server error on the page that read them).
        ("0000", "'0000' is not a date"),
        ("1/0000", "'1/0000' is not a date"),
        ("before 0001", "'before 0001' is not a date"),
    ],
)
def test_what_is_not_a_date_says_so_in_plain_words(written, error):
    parsed = parse_date(written, today=TODAY)
    assert parsed.on is None and not parsed.known
    assert parsed.error.startswith(error)


def test_today_and_the_start_of_this_month_and_year_are_not_the_future():
    assert parse_date("5/12/2026", today=TODAY).known
    assert parse_date("December 2026", today=TODAY).known
    assert parse_date("2026", today=TODAY).known


def test_a_two_digit_year_never_lands_in_the_future():
    assert parse_date("1.1.27", today=TODAY).on == date(1927, 1, 1)
    assert parse_date("1.1.26", today=TODAY).on == date(2026, 1, 1)


def test_a_very_long_cell_is_refused_briefly():
    parsed = parse_date("x" * 5_000_000, today=TODAY)
    assert parsed.error is not None and len(parsed.error) < 80


@pytest.mark.parametrize(
    ("paragraph", "on", "precision", "rest"),
    [
        ("12/09/2026 - Mum rang the school", date(2026, 9, 12), EXACT, "Mum rang the school"),
        ("12 Sept 2026: Mum rang", date(2026, 9, 12), EXACT, "Mum rang"),
        ("12.9.26 Mum rang", date(2026, 9, 12), EXACT, "Mum rang"),
        ("  12/09/2026-Mum rang", date(2026, 9, 12), EXACT, "Mum rang"),
        ("2026-09-12 – Visit", date(2026, 9, 12), EXACT, "Visit"),
        ("September 2026 – school move", date(2026, 9, 1), MONTH, "school move"),
        ("2019: parents separated", date(2019, 1, 1), YEAR, "parents separated"),
        ("c. 2019 - parents separated", date(2019, 1, 1), ABOUT, "parents separated"),
        ("Spring 2019, moved house", date(2019, 4, 1), ABOUT, "moved house"),
        ("Tuesday 8 September 2026 10:15 home visit", date(2026, 9, 8), EXACT, "home visit"),
        ("12/09/2026", date(2026, 9, 12), EXACT, ""),
    ],
)
def test_a_date_at_the_start_of_a_paragraph_is_split_from_its_text(paragraph, on, precision, rest):
    parsed, after = leading_date(paragraph, today=TODAY)
    assert (parsed.on, parsed.precision, parsed.error) == (on, precision, None)
    assert after == rest


def test_a_bad_leading_date_is_reported_not_taken_as_text():
    parsed, rest = leading_date("31/02/2021 - Mum rang", today=TODAY)
    assert parsed.error == "'31/02/2021' is not a date"
    assert rest == "Mum rang"


def test_an_unknown_leading_date_needs_a_separator():
    parsed, rest = leading_date("Not known - Mum rang", today=TODAY)
    assert (parsed.text, parsed.known, parsed.error, rest) == ("Not known", False, None, "Mum rang")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Mum rang the school on 12/09/2026",
        "Unknown to Mum, the school had rung",
        "May I add that the school rang",
        "1500 people attended the event",
        "12 children in the class",
        "",
    ],
)
def test_a_paragraph_not_starting_with_a_date_is_kept_whole(paragraph):
    parsed, rest = leading_date(paragraph, today=TODAY)
    assert parsed.text == "" and parsed.error and not parsed.known
    assert rest == paragraph


def test_precision_reads_the_same_from_a_date_or_its_iso_text():
    assert dated(date(2021, 6, 1), "month") == dated("2021-06-01", DatePrecision.MONTH)
    assert dated("2021-06-01", "year") == "2021"
    assert dated("not a date") == "not a date"
