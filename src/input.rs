//! What users type into forms, read one way everywhere: numbers,
//! percentages, dates and years. The same keystrokes mean the same value in
//! every form (a progress report, a project's investment, the settings).
//!
//! # Numbers
//!
//! - Blank (or only spaces) is no value: `Ok(None)`.
//! - Full-width characters are read as their ASCII twins (`１２．５` is
//!   `12.5`, `，` is `,`). Spaces around it are ignored; inside it they are
//!   not a number (`3 5`).
//! - A comma is a **thousands separator** when the commas split the whole
//!   part into groups of three after a first group of one to three digits
//!   not starting with 0 (`1,234`, `12,500.5`, `-1,000`); otherwise a single
//!   comma is the **decimal mark** (`12,5` is 12.5, `0,75` is 0.75, `0,125`
//!   is 0.125).
//!   Anything else with commas (`1,2,3`, `12,5.0`) is not a number.
//! - The result must be finite: `1e999` is not a number.

use crate::model::Date;

/// Why a typed value was not read. The message comes from the catalogs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bad {
    NotNumber,
    NotDate,
    NotYear,
    /// A date whose year is outside [`YEARS`]: a slip of the keyboard (a
    /// date typed as 2027/9/30 into a browser's date field can come out as
    /// 7930-02-02), not a plan's date.
    DateYear,
}

/// The years a date typed into a form may have.
pub const YEARS: std::ops::RangeInclusive<i32> = 1950..=2099;

/// Full-width digits, signs and marks as ASCII.
fn ascii(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '，' => ',',
            '．' | '。' => '.',
            '－' | '−' => '-',
            '＋' => '+',
            c => c,
        })
        .collect()
}

/// A number as typed; see the module documentation.
pub fn number(s: &str) -> Result<Option<f64>, Bad> {
    let s = ascii(s);
    if s.is_empty() {
        return Ok(None);
    }
    let plain = if s.contains(',') {
        let (sign, body) = match s.strip_prefix(['-', '+']) {
            Some(rest) => (&s[..1], rest),
            None => ("", s.as_str()),
        };
        let (whole, fraction) = match body.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (body, None),
        };
        let groups: Vec<&str> = whole.split(',').collect();
        // A thousands group never follows a lone leading zero: "0,125" is 0.125.
        let thousands = groups[0].len() <= 3
            && !groups[0].is_empty()
            && !groups[0].starts_with('0')
            && groups[1..].iter().all(|g| g.len() == 3);
        if thousands {
            let mut out = format!("{sign}{}", groups.concat());
            if let Some(f) = fraction {
                out.push('.');
                out.push_str(f);
            }
            out
        } else if groups.len() == 2 && fraction.is_none() {
            format!("{sign}{}.{}", groups[0], groups[1])
        } else {
            return Err(Bad::NotNumber);
        }
    } else {
        s
    };
    match decimal(&plain) {
        Some(x) if x.is_finite() => Ok(Some(x)),
        _ => Err(Bad::NotNumber),
    }
}

/// A decimal number as Rust's `f64::from_str` reads one (`-12.5`, `+3`,
/// `.5`, `5.`, `1e3`), but never `inf` or `NaN`: the digits are laid out as
/// JSON and read by serde_json's float reader, which reads every number of a
/// plan file anyway, instead of carrying core's second reader and its
/// tables. Both round correctly, so they give the same value; out of range
/// is `None` or infinite.
fn decimal(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let digits = |from: usize| from + b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut at = usize::from(matches!(b.first(), Some(b'-' | b'+')));
    let (int_from, int_to) = (at, digits(at));
    at = int_to;
    let mut fraction = (at, at);
    if b.get(at) == Some(&b'.') {
        fraction = (at + 1, digits(at + 1));
        at = fraction.1;
    }
    if int_from == int_to && fraction.0 == fraction.1 {
        return None;
    }
    let mut exponent = (at, at);
    if matches!(b.get(at), Some(b'e' | b'E')) {
        let from = at + 1 + usize::from(matches!(b.get(at + 1), Some(b'-' | b'+')));
        exponent = (at + 1, digits(from));
        if exponent.1 == from {
            return None;
        }
        at = exponent.1;
    }
    if at != b.len() {
        return None;
    }
    let mut json = String::with_capacity(b.len() + 3);
    if b[0] == b'-' {
        json.push('-');
    }
    let whole = s[int_from..int_to].trim_start_matches('0');
    json.push_str(if whole.is_empty() { "0" } else { whole });
    if fraction.0 < fraction.1 {
        json.push('.');
        json.push_str(&s[fraction.0..fraction.1]);
    }
    if exponent.0 < exponent.1 {
        json.push('e');
        json.push_str(&s[exponent.0..exponent.1]);
    }
    match serde_json::from_str::<f64>(&json) {
        Ok(x) => Some(x),
        // Too large for a float; core reads that as infinite.
        Err(_) if b[0] == b'-' => Some(f64::NEG_INFINITY),
        Err(_) => Some(f64::INFINITY),
    }
}

/// A percentage as typed: a [`number`], with or without a trailing `%` or
/// `％` (`35`, `35%`, `12,5 ％`).
pub fn percent(s: &str) -> Result<Option<f64>, Bad> {
    let t = s.trim();
    let t = t
        .strip_suffix('%')
        .or_else(|| t.strip_suffix('％'))
        .unwrap_or(t);
    number(t)
}

/// An amount of money in ten-thousand yuan (万元), the unit of a project's
/// figures, as typed: a [`number`] of 万元, or one with its unit written
/// after it, as offices write amounts: `3000万`, `3000万元`, `1.5亿`
/// (15,000 万元), `1.5亿元`, `150000元` (15 万元). Blank is no value.
pub fn money(s: &str) -> Result<Option<f64>, Bad> {
    let t = s.trim();
    let (t, scale) = if let Some(x) = t.strip_suffix("亿元").or_else(|| t.strip_suffix('亿')) {
        (x, Some(10_000.0))
    } else if let Some(x) = t.strip_suffix("万元").or_else(|| t.strip_suffix('万')) {
        (x, Some(1.0))
    } else if let Some(x) = t.strip_suffix('元') {
        (x, None)
    } else {
        return number(t);
    };
    match (number(t)?, scale) {
        (None, _) => Err(Bad::NotNumber),
        (Some(x), Some(scale)) => Ok(Some(x * scale)),
        (Some(yuan), None) => Ok(Some(yuan / 10_000.0)),
    }
}

/// A date as typed, `YYYY-MM-DD` (full-width digits read too; a date input
/// gives this form); blank is no value.
pub fn date(s: &str) -> Result<Option<Date>, Bad> {
    let s = ascii(s);
    if s.is_empty() {
        return Ok(None);
    }
    let date = crate::model::parse_ymd(&s).ok_or(Bad::NotDate)?;
    if !YEARS.contains(&chrono::Datelike::year(&date)) {
        return Err(Bad::DateYear);
    }
    Ok(Some(date))
}

/// A date pasted into a date field, written as offices write dates
/// (`2024年6月底`, `2024/6/30`, `6月底前`: [`crate::format::csv::dates`],
/// a year left out being `plan_year`); `None` when it names no day of
/// [`YEARS`], and the field then keeps what it held.
pub fn pasted_date(s: &str, plan_year: i32) -> Option<Date> {
    crate::format::csv::dates::parse_date(s, plan_year)
        .filter(|d| YEARS.contains(&chrono::Datelike::year(d)))
}

/// A year as typed: four digits; blank is no value.
pub fn year(s: &str) -> Result<Option<i32>, Bad> {
    let s = ascii(s);
    if s.is_empty() {
        return Ok(None);
    }
    if s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().map(Some).map_err(|_| Bad::NotYear)
    } else {
        Err(Bad::NotYear)
    }
}

/// A run of ASCII digits grouped by thousands with commas: `12000` →
/// `12,000`. Figures ([`display`]) and counts ([`crate::i18n::Num`]) alike.
pub fn group_digits(digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

/// A figure as the app shows it: grouped by thousands, at most two
/// decimals, no trailing zeros (`12,000`, `1,500.5`, `-0.25`). It reads back
/// through [`number`] as the same figure.
pub fn display(x: f64) -> String {
    let s = format!("{:.2}", x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let grouped = group_digits(int);
    let sign = if x < 0.0 && (int != "0" || !frac.is_empty()) {
        "-"
    } else {
        ""
    };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}.{frac}")
    }
}

/// A figure as it goes into an input to be edited: plain, no grouping, every
/// digit (`12`, `1500.5`); [`number`] reads it back exactly.
pub fn plain(x: f64) -> String {
    format!("{x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commas_group_thousands_or_mark_the_decimals() {
        let n = |s: &str| number(s).unwrap().unwrap();
        assert_eq!(n("12,5"), 12.5);
        assert_eq!(n("0,75"), 0.75);
        assert_eq!(n("0,125"), 0.125);
        assert_eq!(n("1,234"), 1234.0);
        assert_eq!(n("12,500.5"), 12500.5);
        assert_eq!(n("1,234,567"), 1_234_567.0);
        assert_eq!(n("-1,000"), -1000.0);
        assert_eq!(n("12.5"), 12.5);
        assert_eq!(n(" 35 "), 35.0);
        assert_eq!(n("１２．５"), 12.5);
        assert_eq!(n("１２，５"), 12.5);
        assert_eq!(n("1e3"), 1000.0);
        assert_eq!(n(",5"), 0.5, "as .5 is");
        assert_eq!(n("1,2345"), 1.2345, "not groups of three: a decimal comma");
        for bad in [
            "1,2,3", "12,5.0", "abc", "12a", "inf", "NaN", "1e999", "-", ".", "1,2,", "3 5",
        ] {
            assert_eq!(number(bad), Err(Bad::NotNumber), "{bad}");
        }
        assert_eq!(number("  "), Ok(None));
    }

    /// `decimal` is `f64::from_str` without `inf` and `NaN`, to the bit.
    fn core(s: &str) -> Option<f64> {
        let named = s
            .bytes()
            .any(|b| b.is_ascii_alphabetic() && !matches!(b, b'e' | b'E'));
        s.parse::<f64>().ok().filter(|_| !named)
    }

    fn same(s: &str) {
        let (ours, theirs) = (decimal(s).map(f64::to_bits), core(s).map(f64::to_bits));
        assert_eq!(ours, theirs, "{s:?}");
    }

    #[test]
    fn decimals_read_as_core_reads_them() {
        for s in [
            "0",
            "-0",
            "+0",
            "-0.0",
            "00012",
            "12.",
            ".5",
            "-.5",
            "+.5",
            ".",
            "-",
            "+",
            "",
            "e5",
            "1e",
            "1e+",
            "1e-",
            "1e5",
            "1E-5",
            "1e+05",
            "0.1",
            "0.30000000000000004",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "1e309",
            "-1e309",
            "2e-324",
            "3e-324",
            "1e-400",
            "-1e-400",
            "0e999999999999999999999",
            "1e999999999999999999999",
            "1e-999999999999999999999",
            "4.9406564584124654e-324",
            "2.2250738585072011e-308",
            "9007199254740993",
            "123456789012345678901234567890.123456789e-10",
            "1..2",
            "1.2.3",
            "1e2e3",
            "--1",
            "+-1",
            "1-",
            "1e5.5",
            "inf",
            "NaN",
            "infinity",
            "1 ",
            " 1",
        ] {
            same(s);
        }
        let long = format!("0.{}1", "0".repeat(400));
        same(&long);
        same(&format!("{}5e-30", "1".repeat(800)));
    }

    proptest::proptest! {
        #[test]
        fn decimals_as_core_for_any_text(s in "[-+.eE0-9]{0,24}") {
            same(&s);
        }

        #[test]
        fn decimals_as_core_for_any_number(
            sign in "[-+]?", int in "[0-9]{0,30}", frac in "(\\.[0-9]{0,30})?",
            exp in "([eE][-+]?[0-9]{1,4})?",
        ) {
            same(&format!("{sign}{int}{frac}{exp}"));
        }

        #[test]
        fn decimals_as_core_for_any_float(x in proptest::num::f64::ANY) {
            same(&format!("{x}"));
            same(&format!("{x:e}"));
            same(&format!("{x:.3}"));
        }
    }

    #[test]
    fn percentages_dates_and_years() {
        assert_eq!(percent("12,5%"), Ok(Some(12.5)));
        assert_eq!(percent("35 ％"), Ok(Some(35.0)));
        assert_eq!(percent(""), Ok(None));
        assert_eq!(percent("%"), Ok(None));
        assert_eq!(date("2024-06-30"), Ok("2024-06-30".parse().ok()));
        assert_eq!(date("２０２４-０６-３０"), Ok("2024-06-30".parse().ok()));
        assert_eq!(date("2024-02-30"), Err(Bad::NotDate));
        assert_eq!(date(""), Ok(None));
        assert_eq!(year("2025"), Ok(Some(2025)));
        assert_eq!(year("25"), Err(Bad::NotYear));
        assert_eq!(year(" "), Ok(None));
    }
}
