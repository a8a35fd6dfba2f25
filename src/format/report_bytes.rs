//! A plan's progress reports as bytes, for the packed stored form
//! ([`super::packed`]): a province's year holds 120,000 reports, nine
//! tenths of its plan file, and reading them as JSON was most of the time
//! a stored plan takes to open. As bytes each field is where the one
//! before it ends, each text says its length, and nothing is matched by
//! name or searched for its end.
//!
//! The layout (all of it written and read here, nowhere else): the number
//! of reports, then each report's fields in the order of [`Update`]'s.
//! A count or a text's length is LEB128 (seven bits a byte, low bits
//! first); a text is its length in bytes, then its UTF-8; a day is its
//! number from 1 January of year 1 (chrono's `num_days_from_ce`) as four
//! bytes, little-endian; progress is the `f64`'s eight bytes,
//! little-endian; a choice is one byte (its tag), and a field that may be
//! absent is one byte, 0 for absent, followed by its value when present.
//!
//! The reader refuses anything it did not write (a tag, a day, a period or
//! a text out of range, bytes left over or missing) with `None`: never a
//! panic, and never a report the model could not hold.

use crate::model::{Date, Id, ReportedStatus, Subject, Update, Withdrawal};
use crate::period::Period;
use chrono::Datelike;

/// `updates` written after `out`'s bytes (the packing writes them a slice
/// at a time: [`write_count`], then [`write_each`]).
#[cfg(test)]
pub(crate) fn write(updates: &[Update], out: &mut Vec<u8>) {
    write_count(updates.len(), out);
    write_each(updates, out);
}

/// The number of reports that follow, as [`write`] begins; then
/// [`write_each`] in as many pieces as the caller likes (a province's
/// reports are written a slice at a time: [`super::packed::Packing`]).
pub(crate) fn write_count(n: usize, out: &mut Vec<u8>) {
    Writer(out).count(n);
}

/// `updates`' fields, one report after another, without their count.
pub(crate) fn write_each(updates: &[Update], out: &mut Vec<u8>) {
    let mut w = Writer(out);
    for u in updates {
        w.text(u.id.as_str());
        let (tag, id) = match &u.subject {
            Subject::Task(id) => (0, id),
            Subject::Project(id) => (1, id),
        };
        w.byte(tag);
        w.text(id.as_str());
        w.day(u.date);
        match u.period {
            None => w.byte(0),
            Some(p) => {
                let (tag, year, n) = match p {
                    Period::Year(y) => (1, y, 0),
                    Period::Half(y, n) => (2, y, n),
                    Period::Quarter(y, n) => (3, y, n),
                    Period::Month(y, n) => (4, y, n),
                };
                w.byte(tag);
                w.0.extend_from_slice(&year.to_le_bytes());
                w.byte(n);
            }
        }
        w.0.extend_from_slice(&u.progress.to_le_bytes());
        w.byte(status_tag(u.status));
        match u.completed_on {
            None => w.byte(0),
            Some(day) => {
                w.byte(1);
                w.day(day);
            }
        }
        for text in [
            &u.narrative,
            &u.problems,
            &u.next_steps,
            &u.reporter,
            &u.evidence,
        ] {
            w.text(text);
        }
        match &u.withdrawn {
            None => w.byte(0),
            Some(wd) => {
                w.byte(1);
                w.day(wd.date);
                w.text(&wd.by);
                w.text(&wd.reason);
            }
        }
    }
}

/// The reports [`write`] wrote as the whole of `bytes`; `None` for
/// anything else.
pub(crate) fn read(bytes: &[u8]) -> Option<Vec<Update>> {
    let mut r = Reader { bytes, at: 0 };
    let count = r.count()?;
    // Every report takes at least this many bytes: a count too large for
    // the bytes given is refused before anything is allocated for it.
    const LEAST: usize = 1 + 1 + 1 + 4 + 1 + 8 + 1 + 1 + 5 + 1;
    if count > bytes.len() / LEAST {
        return None;
    }
    let mut updates = Vec::with_capacity(count);
    for _ in 0..count {
        let id = Id(r.text()?);
        let subject = match r.byte()? {
            0 => Subject::Task(Id(r.text()?)),
            1 => Subject::Project(Id(r.text()?)),
            _ => return None,
        };
        let date = r.day()?;
        let period = match r.byte()? {
            0 => None,
            tag => {
                let year = i32::from_le_bytes(r.take()?);
                let n = r.byte()?;
                Some(match (tag, n) {
                    (1, 0) => Period::Year(year),
                    (2, 1..=2) => Period::Half(year, n),
                    (3, 1..=4) => Period::Quarter(year, n),
                    (4, 1..=12) => Period::Month(year, n),
                    _ => return None,
                })
            }
        };
        let progress = f64::from_le_bytes(r.take()?);
        let status = status_from(r.byte()?)?;
        let completed_on = match r.byte()? {
            0 => None,
            1 => Some(r.day()?),
            _ => return None,
        };
        let (narrative, problems, next_steps, reporter, evidence) =
            (r.text()?, r.text()?, r.text()?, r.text()?, r.text()?);
        let withdrawn = match r.byte()? {
            0 => None,
            1 => Some(Withdrawal {
                date: r.day()?,
                by: r.text()?,
                reason: r.text()?,
            }),
            _ => return None,
        };
        updates.push(Update {
            id,
            subject,
            date,
            period,
            progress,
            status,
            completed_on,
            narrative,
            problems,
            next_steps,
            reporter,
            evidence,
            withdrawn,
        });
    }
    (r.at == bytes.len()).then_some(updates)
}

fn status_tag(status: ReportedStatus) -> u8 {
    match status {
        ReportedStatus::NotStarted => 0,
        ReportedStatus::OnTrack => 1,
        ReportedStatus::AtRisk => 2,
        ReportedStatus::Behind => 3,
        ReportedStatus::Completed => 4,
    }
}

fn status_from(tag: u8) -> Option<ReportedStatus> {
    Some(match tag {
        0 => ReportedStatus::NotStarted,
        1 => ReportedStatus::OnTrack,
        2 => ReportedStatus::AtRisk,
        3 => ReportedStatus::Behind,
        4 => ReportedStatus::Completed,
        _ => return None,
    })
}

struct Writer<'a>(&'a mut Vec<u8>);

impl Writer<'_> {
    fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    fn count(&mut self, mut n: usize) {
        while n >= 0x80 {
            self.0.push((n as u8 & 0x7F) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn text(&mut self, s: &str) {
        self.count(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn day(&mut self, d: Date) {
        self.0
            .extend_from_slice(&d.num_days_from_ce().to_le_bytes());
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let end = self.at.checked_add(N)?;
        let bytes = self.bytes.get(self.at..end)?.try_into().ok()?;
        self.at = end;
        Some(bytes)
    }

    fn count(&mut self) -> Option<usize> {
        let mut n = 0usize;
        for shift in (0..usize::BITS).step_by(7) {
            let b = self.byte()?;
            n |= usize::from(b & 0x7F).checked_shl(shift)?;
            if b < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn text(&mut self) -> Option<String> {
        let len = self.count()?;
        let end = self.at.checked_add(len)?;
        let text = std::str::from_utf8(self.bytes.get(self.at..end)?).ok()?;
        self.at = end;
        Some(text.to_owned())
    }

    fn day(&mut self) -> Option<Date> {
        Date::from_num_days_from_ce_opt(i32::from_le_bytes(self.take()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn bytes_of(updates: &[Update]) -> Vec<u8> {
        let mut out = Vec::new();
        write(updates, &mut out);
        out
    }

    #[test]
    fn the_sample_plans_reports_round_trip() {
        for lang in [crate::i18n::Lang::Zh, crate::i18n::Lang::En] {
            let plan = crate::sample::sample_plan(lang);
            assert_eq!(read(&bytes_of(&plan.updates)), Some(plan.updates));
        }
        assert_eq!(read(&bytes_of(&[])), Some(vec![]));
    }

    #[test]
    fn bytes_cut_short_or_left_over_are_refused() {
        let plan = crate::sample::sample_plan(crate::i18n::Lang::Zh);
        let bytes = bytes_of(&plan.updates[..3]);
        for end in 0..bytes.len() {
            assert_eq!(read(&bytes[..end]), None, "cut at {end}");
        }
        let mut more = bytes.clone();
        more.push(0);
        assert_eq!(read(&more), None);
        // A count far beyond the bytes is refused, not allocated for.
        assert_eq!(read(&[0xFF, 0xFF, 0xFF, 0xFF, 0x0F]), None);
        assert_eq!(read(&[0xFF; 12]), None);
    }

    fn arb_day() -> impl Strategy<Value = Date> {
        (-800_000i32..3_000_000).prop_map(|n| Date::from_num_days_from_ce_opt(n).unwrap())
    }

    fn arb_period() -> impl Strategy<Value = Option<Period>> {
        prop_oneof![
            Just(None),
            any::<i32>().prop_map(|y| Some(Period::Year(y))),
            (any::<i32>(), 1u8..=2).prop_map(|(y, n)| Some(Period::Half(y, n))),
            (any::<i32>(), 1u8..=4).prop_map(|(y, n)| Some(Period::Quarter(y, n))),
            (any::<i32>(), 1u8..=12).prop_map(|(y, n)| Some(Period::Month(y, n))),
        ]
    }

    fn arb_update() -> impl Strategy<Value = Update> {
        let status = prop_oneof![
            Just(ReportedStatus::NotStarted),
            Just(ReportedStatus::OnTrack),
            Just(ReportedStatus::AtRisk),
            Just(ReportedStatus::Behind),
            Just(ReportedStatus::Completed),
        ];
        let withdrawn = proptest::option::of(
            (arb_day(), ".{0,8}", ".{0,200}").prop_map(|(date, by, reason)| Withdrawal {
                date,
                by,
                reason,
            }),
        );
        (
            (".{0,20}", any::<bool>(), ".{0,20}", arb_day(), arb_period()),
            (-1e9f64..1e9, status, proptest::option::of(arb_day())),
            (".{0,300}", ".{0,40}", ".{0,40}", ".{0,10}", ".{0,20}"),
            withdrawn,
        )
            .prop_map(
                |(
                    (id, task, on, date, period),
                    (progress, status, completed_on),
                    (narrative, problems, next_steps, reporter, evidence),
                    withdrawn,
                )| Update {
                    id: Id(id),
                    subject: if task {
                        Subject::Task(Id(on))
                    } else {
                        Subject::Project(Id(on))
                    },
                    date,
                    period,
                    progress,
                    status,
                    completed_on,
                    narrative,
                    problems,
                    next_steps,
                    reporter,
                    evidence,
                    withdrawn,
                },
            )
    }

    proptest! {
        /// Written, then read: the same reports, every field to the bit.
        #[test]
        fn writing_then_reading_is_the_identity(
            updates in proptest::collection::vec(arb_update(), 0..20),
        ) {
            let back = read(&bytes_of(&updates)).unwrap();
            prop_assert_eq!(back.len(), updates.len());
            for (b, u) in back.iter().zip(&updates) {
                prop_assert_eq!(b.progress.to_bits(), u.progress.to_bits());
            }
            prop_assert_eq!(back, updates);
        }

        /// Any bytes at all: refused or read, never a panic.
        #[test]
        fn reading_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let _ = read(&bytes);
        }

        /// One byte of written reports changed: refused, or read as reports
        /// the model holds, which are written and read back the same.
        #[test]
        fn a_changed_byte_is_refused_or_read_as_reports_that_round_trip(
            updates in proptest::collection::vec(arb_update(), 1..4),
            at in any::<prop::sample::Index>(),
            to in any::<u8>(),
        ) {
            let mut bytes = bytes_of(&updates);
            let i = at.index(bytes.len());
            bytes[i] = to;
            if let Some(back) = read(&bytes) {
                let again = read(&bytes_of(&back)).unwrap();
                prop_assert_eq!(again.len(), back.len());
                for (a, b) in again.iter().zip(&back) {
                    prop_assert_eq!(a.progress.to_bits(), b.progress.to_bits());
                }
            }
        }
    }
}
