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
    ("Received on 4:10 am, 14 May 1950", None, "1950-05-14T04:10"),    # clock with am / pm
    ("on 10/14/50 at 03:15 a.m.", None, "1950-10-14T03:15"),          # month first: no 14th month
    ("Typed on 14/10/50 at 1:30 p.m.", None, "1950-10-14T13:30"),
    ("13/5-50. Roshchin", None, "1950-05-13"),                         # day/month-year
    ("Received 19:55 13.June.1951", None, "1951-06-13T19:55"),         # month in words between stops
    ("received at 1135 19 October 1951", None, "1951-10-19T11:35"),    # four-digit clock before a date
    ("of 0530 18 October", 1951, "1951-10-18T05:30"),
    ("No. 4040. 10 hours 10 minutes. 8.II.1950", None, "1950-02-08T10:10"),
    ("September 2 at 3 PM", 1952, "1952-09-02T15"),                   # the hour alone: to the hour
    ("STALIN 6. II. 1949", None, "1949-02-06"),                        # spaced around a Roman month
    ("at 11 a.m. on 4 May 1951", None, "1951-05-04T11"),
    ("14. IV-46", None, "1946-04-14"),                                 # a Roman month, a hyphen, the year
    ("14.IV-46", None, "1946-04-14"),
    ("5.12-15", 1952, "1952-12-05"),              # after a month in figures a hyphen begins no year
    ("July 15, 1967, 1144Z.", None, "1967-07-15T11:44Z"),       # four digits in UTC after the date
    ("PYONGYANG, 80. 10. 02.", None, "1980-10-02"),               # the year first, as Hungarian telegrams print it
    ("1980. 10. 02.", None, "1980-10-02"),
    ("RECEIVED ON 30TH JULY,1959", None, "1959-07-30"),           # no space after the comma
    ("July 30,1959", None, "1959-07-30"),
    ("urtels 853 Aug 10", 1946, "1946-08-10"),                     # the cables' abbreviated months, month first
    ("Sept. 5, 1950, 2 p.m.", None, "1950-09-05T14"),
    ("Dec 7, 1941", None, "1941-12-07"),
])
def test_printed_precision(text, ref_year, iso):
    assert parse_datetime(text, ref_year)[0] == iso


def test_two_digit_year_takes_the_reference_century():
    assert parse_datetime("1.3.05", 1905)[0] == "1905-03-01"


@pytest.mark.parametrize("text", ["31.2.1952", "30.13.1952", "25:61 1.1.1952", "14/13/50"])
def test_impossible_dates_are_not_invented(text):
    iso, problem, _ = parse_datetime(text, 1952)
    assert iso is None and problem


def test_no_year_and_no_context_stays_unresolved():
    iso, problem, _ = parse_datetime("17.7", None)
    assert iso is None and "year" in problem


@pytest.mark.parametrize("text", ["1/2 of the divisions", "No. 21646", "regiments 1135 and 1136",
                                  "1. 2 divisions", "3. I agree", "2. V. Molotov",    # numbered lists
                                  "08. 09. 02."])       # no year first (08), and 8 September 1902 is no reading
def test_numbers_that_are_not_dates(text):
    assert parse_datetime(text, 1952)[0] is None


def test_a_slash_date_that_reads_both_ways_says_so():
    assert parse_datetime("10/02/50", None)[2].ambiguous
    assert not parse_datetime("10/14/50", None)[2].ambiguous and not parse_datetime("13/5-50", None)[2].ambiguous
    assert not parse_datetime("10.02.50", None)[2].ambiguous      # stops: day first, the genre's way


def test_a_slash_date_that_reads_both_ways_follows_the_document():
    from etl.dates import date_order

    assert date_order("Sent on 09/30/50. Received on 10/01/50.") == "mdy"
    assert date_order("Typed on 14/10/50, sent 10/11/50") == "dmy"
    assert date_order("on 10/01/50") is None and date_order("09/30/50 and 30/09/50") is None
    assert parse_datetime("on 10/01/50", None, "mdy")[0] == "1950-10-01"
    assert parse_datetime("on 10/01/50", None, "dmy")[0] == "1950-01-10"
    assert parse_datetime("on 10/01/50", None)[2].ambiguous
    # no slash date shows it, but a date in words near one reading does
    assert date_order("Sent on 10/09/50 at 7:05.\nNo. 1447\n9 October 1950") == "mdy"
    assert date_order("Sent on 10/09/50 at 7:05.\n10 September 1950") == "dmy"


def test_a_document_that_writes_dotted_dates_month_first():
    from etl.dates import date_order
    text = "Dispatched on 10.31.1962 at 13:30. Received on 11.01.1962 at 6:50"
    assert date_order(text) == "mdy"
    assert date_order("Received 12:15 18.7.1952; sent 17.7.52") == "dmy"
    assert date_order("at 10.30 on 11.01.1962") is None        # a clock is no evidence
    assert parse_datetime("11.01.1962 at 6:50", None, "mdy")[0] == "1962-11-01T06:50"
    assert parse_datetime("11.21 at 13:45", 1962, "mdy")[0] == "1962-11-21T13:45"
    # read day first unless the document shows otherwise, with no warning of ambiguity
    iso, problem, parts = parse_datetime("11.01.1962")
    assert (iso, problem, parts.ambiguous) == ("1962-01-11", None, False)


def test_a_slash_date_with_its_month_in_roman_numerals():
    assert parse_datetime("6148    27/X/62")[0] == "1962-10-27"
    iso, _, parts = parse_datetime("Date: 7/XI/1962")
    assert (iso, parts.ambiguous) == ("1962-11-07", False)


def test_a_cables_date_time_group_and_the_decimal_files_date():
    assert parse_datetime("R 182248Z AUG 78")[0] == "1978-08-18T22:48Z"        # in UTC, and says so
    assert parse_datetime("795.00/6–2550")[0] == "1950-06-25"                  # the date it was filed
    assert parse_datetime("800.00 Summaries/7–648")[0] == "1948-07-06"
    assert parse_datetime("November 2, 1950—noon")[0] == "1950-11-02T12:00"
    assert parse_datetime("191459Z /14")[1] == "no date found" and parse_datetime("795.00")[0] is None


def test_a_month_and_its_year_without_a_day():
    # as precise as the source: the month (the contract's `1952-07`)
    assert parse_datetime("August 1949")[0] == "1949-08" and parse_datetime("(September 1951)")[0] == "1951-09"
    assert parse_datetime("25 August 1949")[0] == "1949-08-25" and parse_datetime("August 25, 1949")[0] == "1949-08-25"
    assert parse_datetime("dismay 1950")[0] is None and parse_datetime("Mayor 1950")[0] is None


def test_a_telegrams_stamps_days_apart_settle_how_it_writes_dates():
    from etl.dates import stamps_order
    # 10 April and 10 August, or 4 and 8 October: a telegram arrives within days
    assert stamps_order(["10.04.63 at 11:10 hours", "10.08.63 at 09:00 hours"]) == "mdy"
    assert stamps_order(["04.10.63 at 11:10", "08.10.63 at 09:00"]) == "dmy"
    assert stamps_order(["3.4.63", "4.4.63"]) == "dmy"      # 3 and 4 April, not 4 March and 4 April
    # a single stamp, or stamps on one day, settle nothing
    assert stamps_order(["10.04.63", None]) is None
    assert stamps_order(["10.04.63 at 9:00", "10.04.63 at 11:00"]) is None
