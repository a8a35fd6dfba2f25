//! A plan's stored form made a slice at a time: the plan's text without
//! its reports at the start, then its reports, then DEFLATE, each in
//! pieces of bounded work, then the packed text. The same text as
//! [`super::stored_form`], which does it all at once.

use super::{
    export_compact, export_compact_without_reports, packed_text, LEVEL, MAGIC, PACK_ABOVE_BYTES,
};
use crate::format::report_bytes;
use crate::model::{Plan, Update};
use miniz_oxide::deflate::core::{
    compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};

/// Reports written as bytes in one step: a few milliseconds' work.
const REPORTS_PER_STEP: usize = 10_000;

/// The fewest bytes a report takes in the payload (`report_bytes`): a
/// length byte for each of its two ids and five texts, its day (4), period
/// (1), progress (8), status (1), day completed (1) and withdrawal (1).
const REPORT_BYTES_AT_LEAST: usize = 24;

/// Bytes of the payload compressed in one step: a few milliseconds' work.
const DEFLATE_PER_STEP: usize = 512 * 1024;

/// [`super::stored_form`] of a plan, made by [`Packing::start`] and then
/// [`Packing::step`] until the text comes out. Between steps the caller
/// must leave the plan's reports as they were at the start (it checks
/// that nothing changed, or starts again).
pub struct Packing {
    stage: Stage,
}

enum Stage {
    /// The payload so far: its length, the text, the count of reports and
    /// the reports before `next`; and for a plan that may be stored plain
    /// (small), its plain text, kept if its payload is small too.
    Reports {
        payload: Vec<u8>,
        next: usize,
        plain: Option<String>,
    },
    /// The payload whole; its bytes before `next` given to the compressor,
    /// whose output so far is `out[..len]`.
    Deflate {
        payload: Vec<u8>,
        next: usize,
        compressor: Box<CompressorOxide>,
        out: Vec<u8>,
        len: usize,
    },
    /// The text was handed out.
    Spent,
}

impl Packing {
    /// Begin `plan`'s stored form: the plan's text without its reports is
    /// written now (what a plan holds besides reports is small), so the
    /// plan may change after this call as long as its reports do not. A
    /// small plan (one that may be stored plain) is made whole here.
    pub fn start(plan: &Plan) -> Packing {
        let text = export_compact_without_reports(plan);
        // A plan that may be stored plain (its payload not past the size a
        // plan is packed from): its plain text, made now, while the plan is
        // at hand. A larger one is packed whatever its reports hold.
        let plain = (text.len() + plan.updates.len() * REPORT_BYTES_AT_LEAST <= PACK_ABOVE_BYTES)
            .then(|| export_compact(plan));
        let mut payload = Vec::with_capacity(text.len() + 16 + plan.updates.len() * 192);
        payload.extend_from_slice(&(text.len() as u64).to_le_bytes());
        payload.extend_from_slice(text.as_bytes());
        report_bytes::write_count(plan.updates.len(), &mut payload);
        Packing {
            stage: Stage::Reports {
                payload,
                next: 0,
                plain,
            },
        }
    }

    /// One step of bounded work on the packing begun from a plan whose
    /// reports are `updates`; the stored text once it is made (after
    /// which the packing is spent and makes nothing more).
    pub fn step(&mut self, updates: &[Update]) -> Option<String> {
        match std::mem::replace(&mut self.stage, Stage::Spent) {
            Stage::Reports {
                mut payload,
                next,
                plain,
            } => {
                let end = (next + REPORTS_PER_STEP).min(updates.len());
                report_bytes::write_each(&updates[next..end], &mut payload);
                self.stage = if end < updates.len() {
                    Stage::Reports {
                        payload,
                        next: end,
                        plain,
                    }
                } else if let Some(plain) = plain.filter(|_| payload.len() <= PACK_ABOVE_BYTES) {
                    return Some(plain);
                } else {
                    let flags = create_comp_flags_from_zip_params(LEVEL.into(), 0, 0);
                    Stage::Deflate {
                        out: vec![0; (payload.len() / 8).max(64)],
                        payload,
                        next: 0,
                        compressor: Box::new(CompressorOxide::new(flags)),
                        len: 0,
                    }
                };
            }
            Stage::Deflate {
                payload,
                next,
                mut compressor,
                mut out,
                mut len,
            } => {
                let end = (next + DEFLATE_PER_STEP).min(payload.len());
                let last = end == payload.len();
                let flush = if last {
                    TDEFLFlush::Finish
                } else {
                    TDEFLFlush::None
                };
                let mut input = &payload[next..end];
                loop {
                    let (status, read, written) =
                        compress(&mut compressor, input, &mut out[len..], flush);
                    len += written;
                    input = &input[read..];
                    match status {
                        TDEFLStatus::Done => break,
                        TDEFLStatus::Okay if input.is_empty() && !last => break,
                        TDEFLStatus::Okay => {
                            if out.len() - len < 64 {
                                out.resize(out.len() * 2, 0);
                            }
                        }
                        // The compressor refuses only a misuse of its own
                        // calls (input after `Finish`), which this does not make.
                        _ => unreachable!("DEFLATE refused its input"),
                    }
                }
                if last {
                    out.truncate(len);
                    return Some(packed_text(MAGIC, &out, payload.len()));
                }
                self.stage = Stage::Deflate {
                    payload,
                    next: end,
                    compressor,
                    out,
                    len,
                };
            }
            Stage::Spent => {}
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::sample::{province_year, sample_plan};

    /// The stored form made at once, with no packing: the payload whole,
    /// then DEFLATE in one call; or, small, the plan's compact file.
    fn at_once(plan: &Plan) -> String {
        let payload = super::super::payload(plan);
        if payload.len() > PACK_ABOVE_BYTES {
            super::super::pack_payload(MAGIC, &payload)
        } else {
            export_compact(plan)
        }
    }

    fn sliced(plan: &Plan) -> (String, usize) {
        let mut packing = Packing::start(plan);
        let mut steps = 1;
        loop {
            if let Some(text) = packing.step(&plan.updates) {
                assert_eq!(packing.step(&plan.updates), None, "spent");
                return (text, steps);
            }
            steps += 1;
        }
    }

    #[test]
    fn a_small_plan_is_made_at_once() {
        let plan = sample_plan(Lang::Zh);
        let (text, steps) = sliced(&plan);
        assert_eq!(steps, 1);
        assert_eq!(text, at_once(&plan));
    }

    #[test]
    fn a_province_is_made_in_slices_as_it_would_be_at_once() {
        let plan = province_year(Lang::En, 2_000, 12);
        assert!(plan.updates.len() > 2 * REPORTS_PER_STEP);
        let (text, steps) = sliced(&plan);
        assert!(steps > 4, "{steps} steps");
        assert_eq!(text, at_once(&plan));
        assert_eq!(super::super::read_stored(&text).unwrap(), plan);
    }

    #[test]
    fn many_tasks_with_few_reports_are_made_in_slices_too() {
        let plan = crate::sample::scaled_plan(Lang::Zh, 2_000);
        let (text, steps) = sliced(&plan);
        assert!(steps > 2, "{steps} steps");
        assert_eq!(text, at_once(&plan));
    }

    #[test]
    fn the_plan_besides_its_reports_is_taken_at_the_start() {
        let mut plan = province_year(Lang::Zh, 1_000, 12);
        let before = plan.clone();
        let mut packing = Packing::start(&plan);
        plan.title.push_str("（修订）");
        let text = loop {
            if let Some(text) = packing.step(&plan.updates) {
                break text;
            }
        };
        assert_eq!(text, at_once(&before));
    }
}
