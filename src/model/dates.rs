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
