//! A ledger's sections (台账的分节): a row such as 一、产业发展, with
//! nothing else in it, heads the rows below it. Without a key-area column
//! each section is the key area of its rows; and a ledger that numbers its
//! tasks afresh in each section (一、 1, 2; 二、 1, 2) has its numbers read
//! within their section (2.1 for 二、 1; 2.2.1 for its (1) under 2), so
//! two tasks are not one number.

use super::{CsvRow, CsvTable, Field, Mapping};
use rustc_hash::FxHashMap;

/// The section a row heads: its number (一 is 1) and its name. A row heads
/// one when its only cell is a Chinese numeral, 、 (or ．) and a name
/// (一、产业发展), or when it has two: the numeral (一, 一、) in the
/// number's column and the name in the title's.
pub fn heading<'a>(row: &'a CsvRow, mapping: &Mapping) -> Option<(u32, &'a str)> {
    let mut filled = row
        .cells
        .iter()
        .enumerate()
        .map(|(i, c)| (i, c.trim()))
        .filter(|(_, c)| !c.is_empty());
    let first = filled.next()?;
    match (first, filled.next(), filled.next()) {
        ((_, text), None, None) => {
            let (number, name) = text.split_once(['、', '．'])?;
            let name = name.trim();
            Some((chinese_number(number.trim())?, name)).filter(|_| !name.is_empty())
        }
        ((a, number), Some((b, name)), None)
            if Some(a) == mapping.get(Field::Code) && Some(b) == mapping.get(Field::Title) =>
        {
            Some((chinese_number(number.trim_end_matches(['、', '．']))?, name))
        }
        _ => None,
    }
}

/// 一 to 九十九, written as offices number sections.
fn chinese_number(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|i| i as u32 + 1)
    };
    let mut chars = s.chars();
    let (first, second, third) = (chars.next()?, chars.next(), chars.next());
    if chars.next().is_some() {
        return None;
    }
    match (first, second, third) {
        ('十', None, None) => Some(10),
        (d, None, None) => digit(d),
        ('十', Some(d), None) => Some(10 + digit(d)?),
        (t, Some('十'), None) => Some(digit(t)? * 10),
        (t, Some('十'), Some(d)) => Some(digit(t)? * 10 + digit(d)?),
        _ => None,
    }
}

/// Whether the sheet numbers its tasks afresh in each section: it has
/// sections, and a number is written in two of them.
pub fn numbers_restart(table: &CsvTable, mapping: &Mapping) -> bool {
    let Some(c) = mapping.get(Field::Code) else {
        return false;
    };
    let mut section = None;
    // Each number's first section (the map type the import already uses).
    let mut first_in: FxHashMap<String, usize> = FxHashMap::default();
    for row in &table.rows {
        if let Some((n, _)) = heading(row, mapping) {
            section = Some(n as usize);
            continue;
        }
        let (Some(s), code) = (section, row.cell(c).trim()) else {
            continue;
        };
        if code.is_empty() {
            continue;
        }
        match first_in.get(code) {
            Some(&first) if first != s => return true,
            Some(_) => {}
            None => {
                first_in.insert(code.to_string(), s);
            }
        }
    }
    false
}

/// A row's number read within its section `section`: 1 in section 2 is
/// 2.1; (1) after 2 is 2.2.1. `last` is the last plain number of the
/// section (set here).
pub fn within(section: u32, code: &str, last: &mut String) -> String {
    let sub = code
        .strip_prefix(['(', '（'])
        .and_then(|c| c.strip_suffix([')', '）']))
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    match sub {
        Some(n) if !last.is_empty() => format!("{section}.{last}.{n}"),
        _ => {
            let plain = code.trim_end_matches(['、', '.', '．']);
            last.clear();
            last.push_str(plain);
            format!("{section}.{plain}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_numbers() {
        let n = |s| chinese_number(s);
        assert_eq!(
            ["一", "九", "十", "十一", "二十", "二十三", "百", "一一", ""].map(n),
            [
                Some(1),
                Some(9),
                Some(10),
                Some(11),
                Some(20),
                Some(23),
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn numbers_within_their_section() {
        let mut last = String::new();
        assert_eq!(within(2, "1", &mut last), "2.1");
        assert_eq!(within(2, "2、", &mut last), "2.2");
        assert_eq!(within(2, "(1)", &mut last), "2.2.1");
        assert_eq!(within(2, "（2）", &mut last), "2.2.2");
        let mut fresh = String::new();
        assert_eq!(within(3, "(1)", &mut fresh), "3.(1)");
    }
}
