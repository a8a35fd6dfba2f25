//! Dates as offices write them in a ledger's date columns, read by one
//! parser, [`parse_date`].
//!
//! | Written | Read as |
//! | --- | --- |
//! | `2024-06-30`, `2024-6-30`, `2024/6/30`, `2024.6.30` | that day (a time after it, `0:00`, is ignored) |
//! | `2024年6月30日`, `2024年6月30号` | that day |
//! | `45473` (how Excel shows a date cell formatted as a number) | that day, 45473 days after 1899-12-30 |
//! | `2024年6月`, `2024年6月底`, `2024年6月末`, `2024年6月份`, `2024.6`, `2024-06`, `2024/6` | the last day of the month |
//! | `2024年`, `2024年底`, `2024年末` | 31 December |
//! | `2024年上半年`, `2024年下半年` | 30 June, 31 December |
//! | `2024年一季度`, `2024年第2季度末` | the last day of the quarter |
//! | `6月30日`, `6月底`, `6月`, `上半年`, `三季度` | as above, in the plan's year |
//! | `年底`, `年末`, `年内`, `全年` | 31 December of the plan's year |
//!
//! Words for an ongoing or recurring task (`长期坚持`, `持续推进`, `常态化`,
//! `每季度`, `Ongoing`: [`ongoing`]) are no date: the cell reads as empty,
//! with a note.
//!
//! A trailing `前`, `以前` or `之前` ("by the end of June"), with or
//! without `完成` after it, changes nothing; spaces between the parts
//! (`2024年 6月底`) are ignored, and full-width digits read as ASCII ones.
//! Anything else left over makes the cell no date (`2024年6月 12月` is
//! not read as either month). The plan's year is the year its period
//! starts.

use crate::model::Date;

/// The date `s` names, the plan's year filling in a year left out; `None`
/// when it is no date of the table above.
pub fn parse_date(s: &str, plan_year: i32) -> Option<Date> {
    read(s, plan_year, false)
}

/// When `s` names a day its month does not have (`2026年2月29日`,
/// `2024-04-31`, `6月31日`): that month's last day, for a message that
/// says how many days it has. `None` for a date, and for anything else.
pub fn past_month_end(s: &str, plan_year: i32) -> Option<Date> {
    match parse_date(s, plan_year) {
        Some(_) => None,
        None => read(s, plan_year, true),
    }
}

/// [`parse_date`]; `lenient`: a day past its month's end (up to the 31st)
/// reads as the month's last day.
fn read(s: &str, plan_year: i32, lenient: bool) -> Option<Date> {
    let s = crate::text::fold(s);
    let mut words: Vec<&str> = s.split_whitespace().collect();
    // A spreadsheet's date with its time: "2024/6/30 0:00".
    if words.len() == 2 && time(words[1]) {
        words.pop();
    }
    let s: String = words.concat();
    let s = s.strip_suffix("完成").unwrap_or(&s);
    let s = ["以前", "之前", "前"]
        .iter()
        .find_map(|end| s.strip_suffix(end))
        .unwrap_or(s);
    numeric(s, lenient)
        .or_else(|| month(s))
        .or_else(|| serial(s))
        .or_else(|| chinese(s, plan_year, lenient))
}

/// Day `d` of month `m` of year `y`; `lenient`: a day past the month's end
/// (up to the 31st) is its last day.
fn day_of(y: i32, m: u32, d: u32, lenient: bool) -> Option<Date> {
    match Date::from_ymd_opt(y, m, d) {
        None if lenient && (1..=31).contains(&d) => month_end(y, m),
        exact => exact,
    }
}

/// A time of day as a spreadsheet writes it after a date: `0:00`, `00:00:00`.
fn time(s: &str) -> bool {
    let parts: Vec<&str> = s.split(':').collect();
    (2..=3).contains(&parts.len()) && parts.iter().all(|p| digits(p, 2))
}

/// `2024.6`, `2024-06`, `2024/6`: the month's last day.
fn month(s: &str) -> Option<Date> {
    ['-', '/', '.'].iter().find_map(|&sep| {
        let (y, m) = s.split_once(sep)?;
        if !digits(m, 2) {
            return None;
        }
        month_end(year(y)?, m.parse().ok()?)
    })
}

/// A date cell Excel shows as a number: days since 1899-12-30, taken only
/// within 1950–2099 (18264 to 73050), so a count or an amount is no date.
fn serial(s: &str) -> Option<Date> {
    if !digits(s, 5) {
        return None;
    }
    let days: i64 = s.parse().ok()?;
    if !(18_264..=73_050).contains(&days) {
        return None;
    }
    Date::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(days as u64))
}

/// Whether `s` says the task has no end date: it goes on.
pub fn ongoing(s: &str) -> bool {
    const WORDS: [&str; 18] = [
        "长期坚持",
        "长期",
        "长期推进",
        "持续推进",
        "持续",
        "常态化",
        "常态化推进",
        "常年",
        "每月",
        "每季",
        "每季度",
        "每半年",
        "每年",
        "按月",
        "按季度",
        "ongoing",
        "continuous",
        "recurring",
    ];
    let s = crate::text::lower(s.trim());
    WORDS.contains(&s.as_str())
}

fn digits(p: &str, max: usize) -> bool {
    !p.is_empty() && p.len() <= max && p.bytes().all(|b| b.is_ascii_digit())
}

fn year(p: &str) -> Option<i32> {
    (p.len() == 4 && digits(p, 4)).then(|| p.parse().ok())?
}

/// `2024-06-30`, `2024/6/30`, `2024.6.30`.
fn numeric(s: &str, lenient: bool) -> Option<Date> {
    ['-', '/', '.'].iter().find_map(|&sep| {
        let parts: Vec<&str> = s.split(sep).collect();
        let [y, m, d] = parts.as_slice() else {
            return None;
        };
        if !digits(m, 2) || !digits(d, 2) {
            return None;
        }
        day_of(year(y)?, m.parse().ok()?, d.parse().ok()?, lenient)
    })
}

fn month_end(y: i32, m: u32) -> Option<Date> {
    if !(1..=12).contains(&m) {
        return None;
    }
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    Date::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// `底` or `末` (the end of), or nothing.
fn end_word(s: &str) -> bool {
    matches!(s, "" | "底" | "末")
}

/// The quarter in `一季度`, `第二季度末`, `3季度`.
fn quarter(s: &str) -> Option<u32> {
    let s = s.strip_prefix('第').unwrap_or(s);
    let (n, end) = s.split_once("季度")?;
    if !end_word(end) {
        return None;
    }
    match n {
        "一" | "1" => Some(1),
        "二" | "2" => Some(2),
        "三" | "3" => Some(3),
        "四" | "4" => Some(4),
        _ => None,
    }
}

/// Everything written with 年, 月, 日 or the words for parts of a year.
fn chinese(s: &str, plan_year: i32, lenient: bool) -> Option<Date> {
    let (written, rest) = match s.split_once('年') {
        Some((y, rest)) if year(y).is_some() => (year(y), rest),
        _ => (None, s),
    };
    let y = written.unwrap_or(plan_year);
    match rest {
        r if written.is_some() && end_word(r) => return Date::from_ymd_opt(y, 12, 31),
        "年底" | "年末" | "年内" | "全年" if written.is_none() => {
            return Date::from_ymd_opt(y, 12, 31)
        }
        "上半年" | "上半年底" | "上半年末" => return Date::from_ymd_opt(y, 6, 30),
        "下半年" | "下半年底" | "下半年末" => return Date::from_ymd_opt(y, 12, 31),
        _ => {}
    }
    if let Some(q) = quarter(rest) {
        return month_end(y, q * 3);
    }
    let (m, day) = rest.split_once('月')?;
    if !digits(m, 2) {
        return None;
    }
    let m: u32 = m.parse().ok()?;
    if end_word(day) || day == "份" {
        return month_end(y, m);
    }
    let d = day
        .strip_suffix('日')
        .or_else(|| day.strip_suffix('号'))
        .unwrap_or(day);
    if !digits(d, 2) {
        return None;
    }
    day_of(y, m, d.parse().ok()?, lenient)
}
