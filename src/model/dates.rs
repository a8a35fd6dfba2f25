//! Reading a date typed or written as `YYYY-MM-DD`.
//!
//! Every place that reads such a date (form fields, the URL, filters, and
//! every date of a plan file through serde) goes through [`read`], which
//! follows chrono's rules for these three numbers; chrono's own parsers
//! (its general `parse_internal`, with time zones and month names) are
//! not in the app. Tests compare both readers with chrono's.

use super::Date;

/// The date `s` names as `YYYY-MM-DD`, or `None`. Like chrono's
/// `parse_from_str(s, "%Y-%m-%d")`: spaces may come before each number, but
/// not before a `-` between the numbers nor after the day.
pub fn parse_ymd(s: &str) -> Option<Date> {
    read(s, false)
}

/// Year, month and day by chrono's rules: white space before each number;
/// a year of one to four digits, or of any number of digits after a sign;
/// a month and a day of one or two digits; then a date that exists.
/// `spaced` also lets spaces stand before each `-` and after the day, as
/// `NaiveDate`'s `FromStr` does (serde read plan files with it).
fn read(s: &str, spaced: bool) -> Option<Date> {
    let mut rest = s.trim_start();
    let year = match rest.as_bytes().first() {
        Some(b'-') => {
            rest = &rest[1..];
            -number(&mut rest, usize::MAX)?
        }
        Some(b'+') => {
            rest = &rest[1..];
            number(&mut rest, usize::MAX)?
        }
        _ => number(&mut rest, 4)?,
    };
    let then = |rest: &mut &str| {
        if spaced {
            *rest = rest.trim_start();
        }
        *rest = rest.strip_prefix('-')?.trim_start();
        number(rest, 2)
    };
    let month = then(&mut rest)?;
    let day = then(&mut rest)?;
    if spaced {
        rest = rest.trim_start();
    }
    if !rest.is_empty() {
        return None;
    }
    Date::from_ymd_opt(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
}

/// One to `max` ASCII digits at the start of `s`, which moves past them;
/// `None` if there is no digit or the number passes `i64`.
fn number(s: &mut &str, max: usize) -> Option<i64> {
    let len = s.bytes().take(max).take_while(u8::is_ascii_digit).count();
    if len == 0 {
        return None;
    }
    let n = s.as_bytes()[..len].iter().try_fold(0i64, |n, &c| {
        n.checked_mul(10)?.checked_add(i64::from(c - b'0'))
    })?;
    *s = &s[len..];
    Some(n)
}

/// Read a plan's date as serde read it through chrono's `FromStr`: the
/// form every plan file writes, `YYYY-MM-DD` with four digits of year, is
/// read directly (a province's year has 120,000 report dates); any other
/// text by [`read`]. A text that is no date is an invalid value.
pub(crate) fn deserialize_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    struct Ymd;
    impl serde::de::Visitor<'_> for Ymd {
        type Value = Date;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a date as YYYY-MM-DD")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
            plain_ymd(s)
                .or_else(|| read(s, true))
                .ok_or_else(|| E::invalid_value(serde::de::Unexpected::Str(s), &self))
        }
    }
    d.deserialize_str(Ymd)
}

/// [`deserialize_date`] for a date that may be `null`.
pub(crate) fn deserialize_opt_date<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<Date>, D::Error> {
    struct Read(Date);
    impl<'de> serde::Deserialize<'de> for Read {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Read, D::Error> {
            deserialize_date(d).map(Read)
        }
    }
    let date: Option<Read> = serde::Deserialize::deserialize(d)?;
    Ok(date.map(|Read(date)| date))
}

/// `YYYY-MM-DD`, digits only, read without chrono's parser; `None` for any
/// other text and for a day that does not exist.
fn plain_ymd(s: &str) -> Option<Date> {
    let b: &[u8; 10] = s.as_bytes().try_into().ok()?;
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |from: usize, to: usize| {
        b[from..to].iter().try_fold(0u32, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(digits(0, 4)?).ok()?;
    Date::from_ymd_opt(year, digits(5, 7)?, digits(8, 10)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn strftime(s: &str) -> Option<Date> {
        Date::parse_from_str(s, "%Y-%m-%d").ok()
    }

    #[test]
    fn reads_what_strftime_reads() {
        for s in [
            "2023-07-01",
            "2023-7-1",
            "  2023-07-01",
            "2023- 07- 1",
            "2023-07-01 ",
            "2023 -07-01",
            "2023-07 -01",
            "-2023-07-01",
            " -2023-07-01",
            "+2023-07-01",
            "02023-07-01",
            "2023-02-29",
            "2024-02-29",
            "2023-13-01",
            "2023-07",
            "2023/07/01",
            "2023-07-01x",
            "",
            " ",
            "-",
            "2023--07-01",
            "2023-\u{3000}07-01",
            "2023\u{3000}-07-01",
        ] {
            assert_eq!(parse_ymd(s), strftime(s), "{s:?}");
        }
        assert_eq!(parse_ymd("2023-7-1"), Date::from_ymd_opt(2023, 7, 1));
        assert_eq!(parse_ymd("2023-07-01 "), None);
    }

    fn serde_date(s: &str) -> Option<Date> {
        let mut de = serde_json::Deserializer::from_str(s);
        deserialize_date(&mut de).ok()
    }

    fn chrono_date(s: &str) -> Option<Date> {
        serde_json::from_str::<Date>(s).ok()
    }

    #[test]
    fn a_bad_date_is_an_invalid_value() {
        let mut de = serde_json::Deserializer::from_str("\"2023-02-30\"");
        let e = deserialize_date(&mut de).unwrap_err().to_string();
        assert!(e.contains("expected a date as YYYY-MM-DD"), "{e}");
    }

    #[test]
    fn optional_dates_read_null_a_date_or_fail() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct T {
            #[serde(default, deserialize_with = "deserialize_opt_date")]
            d: Option<Date>,
        }
        let t = |s: &str| serde_json::from_str::<T>(s).map(|t| t.d).ok();
        assert_eq!(t("{}"), Some(None));
        assert_eq!(t(r#"{"d":null}"#), Some(None));
        assert_eq!(
            t(r#"{"d":"2024-02-29"}"#),
            Some(Date::from_ymd_opt(2024, 2, 29))
        );
        assert_eq!(
            t(r#"{"d":" 2024-2-9 "}"#),
            Some(Date::from_ymd_opt(2024, 2, 9))
        );
        assert_eq!(t(r#"{"d":"2023-02-29"}"#), None);
        assert_eq!(t(r#"{"d":7}"#), None);
    }

    #[test]
    fn plan_dates_read_as_chrono_reads_them() {
        for s in [
            "2023-07-01",
            "0000-01-01",
            "9999-12-31",
            "2023-02-29",
            "2024-02-29",
            "2023-13-01",
            "2023-00-10",
            "2023-07-1",
            "2023-07-01x",
            "+2023-07-01",
            "2023/07/01",
            "20a3-07-01",
            "",
        ] {
            let json = format!("{s:?}");
            assert_eq!(serde_date(&json), chrono_date(&json), "{s:?}");
        }
        assert_eq!(serde_date("7"), chrono_date("7"));
    }

    proptest! {
        #[test]
        fn plan_dates_read_as_chrono_reads_them_for_any_digits(
            s in "[0-9]{4}-[0-9]{2}-[0-9]{2}|[-+0-9 ]{0,12}"
        ) {
            let json = format!("{s:?}");
            prop_assert_eq!(serde_date(&json), chrono_date(&json), "{:?}", s);
        }
    }

    fn from_str(s: &str) -> Option<Date> {
        s.parse().ok()
    }

    #[test]
    fn reads_what_from_str_reads() {
        for s in [
            "2023-07-01",
            " 2023 - 7 - 1 ",
            "2023-07-01\u{3000}",
            "+12345-01-01",
            "-0001-12-31",
            "99999999999999999999-01-01",
            "-99999999999999999999-01-01",
            "2147483648-01-01",
            "262143-12-31",
            "+262144-01-01",
            "2023-001-01",
            "2023-1-001",
            "2023-07-",
        ] {
            assert_eq!(read(s, true), from_str(s), "{s:?}");
            assert_eq!(parse_ymd(s), strftime(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn same_as_from_str(s in "[ \\-+0-9\u{3000}]{0,16}") {
            prop_assert_eq!(read(&s, true), from_str(&s), "{:?}", s);
        }

        #[test]
        fn same_as_from_str_on_dates(
            pre in "[ ]{0,2}", sign in "[-+]?", y in 0i64..300000, m in 0u32..14, d in 0u32..33,
            a in "[ ]{0,1}", b in "[ ]{0,1}", c in "[ ]{0,1}", post in "[ ]{0,1}",
        ) {
            let s = format!("{pre}{sign}{y}{a}-{b}{m}-{c}{d}{post}");
            prop_assert_eq!(read(&s, true), from_str(&s), "{:?}", s);
            prop_assert_eq!(parse_ymd(&s), strftime(&s), "{:?}", s);
        }

        #[test]
        fn same_as_strftime(s in "[ \\-+0-9]{0,14}") {
            prop_assert_eq!(parse_ymd(&s), strftime(&s), "{:?}", s);
        }

        #[test]
        fn same_as_strftime_on_dates(
            pre in "[ ]{0,2}", y in 0i32..10000, m in 0u32..14, d in 0u32..33,
            a in "[ ]{0,1}", b in "[ ]{0,1}", c in "[ ]{0,1}", post in "[ ]{0,1}",
        ) {
            let s = format!("{pre}{y}{a}-{b}{m}-{c}{d}{post}");
            prop_assert_eq!(parse_ymd(&s), strftime(&s), "{:?}", s);
        }
    }
}
