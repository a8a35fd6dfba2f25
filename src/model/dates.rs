//! Reading a date typed or written as `YYYY-MM-DD`.
//!
//! Every place that reads such a date (form fields, the URL, filters) goes
//! through [`parse_ymd`]. It accepts exactly what chrono's
//! `NaiveDate::parse_from_str(s, "%Y-%m-%d")` accepts, but reads through
//! `NaiveDate`'s own `FromStr`, whose code the app carries anyway (serde reads
//! every date of a plan with it), instead of chrono's strftime parser.

use super::Date;

/// The date `s` names as `YYYY-MM-DD`, or `None`. Like chrono's
/// `parse_from_str(s, "%Y-%m-%d")`: spaces may come before each number, but
/// not before a `-` between the numbers nor after the day.
pub fn parse_ymd(s: &str) -> Option<Date> {
    // `FromStr` also lets spaces stand before each `-` and after the day;
    // refuse those so that both read the same texts.
    let body = s.trim_start();
    if body.ends_with(char::is_whitespace) {
        return None;
    }
    let space_before_dash = body
        .char_indices()
        .skip(1)
        .any(|(i, c)| c == '-' && body[..i].ends_with(char::is_whitespace));
    if space_before_dash {
        return None;
    }
    s.parse().ok()
}

/// Read a plan's date as serde does (chrono's `FromStr`, with its error
/// words), with the form every plan file writes, `YYYY-MM-DD` with four
/// digits of year, read directly: a province's year has 120,000 report
/// dates, and chrono's general parser took a tenth of reading the plan.
/// Any other text goes to chrono as before.
pub(crate) fn deserialize_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
    struct Ymd;
    impl serde::de::Visitor<'_> for Ymd {
        type Value = Date;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a formatted date string")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Date, E> {
            match plain_ymd(s) {
                Some(date) => Ok(date),
                None => s.parse().map_err(E::custom),
            }
        }
    }
    d.deserialize_str(Ymd)
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

    fn serde_date(s: &str) -> Result<Date, String> {
        let mut de = serde_json::Deserializer::from_str(s);
        deserialize_date(&mut de).map_err(|e| e.to_string())
    }

    fn chrono_date(s: &str) -> Result<Date, String> {
        serde_json::from_str::<Date>(s).map_err(|e| e.to_string())
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

    proptest! {
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
