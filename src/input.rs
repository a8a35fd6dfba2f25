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
}

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
    // Only digits, one point, a sign and an exponent: no "inf" or "NaN".
    if !plain
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        || !plain.bytes().any(|b| b.is_ascii_digit())
    {
        return Err(Bad::NotNumber);
    }
    match plain.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(Some(x)),
        _ => Err(Bad::NotNumber),
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

/// A date as typed, `YYYY-MM-DD` (full-width digits read too; a date input
/// gives this form); blank is no value.
pub fn date(s: &str) -> Result<Option<Date>, Bad> {
    let s = ascii(s);
    if s.is_empty() {
        return Ok(None);
    }
    crate::model::parse_ymd(&s).map(Some).ok_or(Bad::NotDate)
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

/// A figure as the app shows it: grouped by thousands, at most two
/// decimals, no trailing zeros (`12,000`, `1,500.5`, `-0.25`). It reads back
/// through [`number`] as the same figure.
pub fn display(x: f64) -> String {
    let s = format!("{:.2}", x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let frac = frac.trim_end_matches('0');
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
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
