import pytest

from etl.dates import parse_datetime


@pytest.mark.parametrize("text,ref_year,iso", [
    ("3:00 15 July of this year", 1952, "1952-07-15T03:00"),
    ("18.7.1952", None, "1952-07-18"),
    ("15.7.52", None, "1952-07-15"),
    ("16 July 1952", None, "1952-07-16"),
    ("17.7", 1952, "1952-07-17"),
    ("12:15 18.7.1952", None, "1952-07-18T12:15"),
    ("17.7.52 18:45", None, "1952-07-17T18:45"),      # time after the date
    ("17.7 20:50", 1952, "1952-07-17T20:50"),
    ("MAO ZEDONG, 3:00, 15.7.52", None, "1952-07-15T03:00"),
    ("KIM IL SUNG. 21:00 16 July 1952.", None, "1952-07-16T21:00"),
    ("your telegram of 16 July", 1953, "1953-07-16"),
    ("July 18, 1952", None, "1952-07-18"),
    ("18.VII.52", None, "1952-07-18"),
    ("14 July at 18:00", 1952, "1952-07-14T18:00"),
])
def test_printed_precision(text, ref_year, iso):
    assert parse_datetime(text, ref_year)[0] == iso


def test_two_digit_year_takes_the_reference_century():
    assert parse_datetime("1.3.05", 1905)[0] == "1905-03-01"


@pytest.mark.parametrize("text", ["31.2.1952", "30.13.1952", "25:61 1.1.1952"])
def test_impossible_dates_are_not_invented(text):
    iso, problem, _ = parse_datetime(text, 1952)
    assert iso is None and problem


def test_no_year_and_no_context_stays_unresolved():
    iso, problem, _ = parse_datetime("17.7", None)
    assert iso is None and "year" in problem
