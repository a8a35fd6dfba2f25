//! Which rows a virtualised table draws: those in view, a margin either side,
//! and one row held wherever it is (the row with the keyboard focus); every
//! other row is stood for by a spacer of the same height.

use std::ops::Range;

/// A run of a table's body, top to bottom.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    /// This many rows not drawn.
    Gap(usize),
    /// These rows (positions among all rows) drawn.
    Rows(Range<usize>),
}

/// The body of a table of `total` rows whose view starts at row `first` and
/// holds `count` rows: those rows and `margin` more on either side (near the
/// end, as many as anywhere else), `held` and the row either side of it too
/// if they are elsewhere (the focus held there always has a next row to go
/// to, even before the table has followed the scroll), and gaps for the
/// rest. The spans cover `0..total` in order, without overlap.
pub fn spans(
    total: usize,
    first: usize,
    count: usize,
    margin: usize,
    held: Option<usize>,
) -> Vec<Span> {
    let end = first
        .saturating_add(count)
        .saturating_add(margin)
        .min(total);
    let start = first.min(end.saturating_sub(count)).saturating_sub(margin);
    let held = held
        .filter(|&h| h < total)
        .map(|h| h.saturating_sub(1)..(h + 2).min(total));
    let mut runs: Vec<Range<usize>> = [Some(start..end), held]
        .into_iter()
        .flatten()
        .filter(|r| !r.is_empty())
        .collect();
    runs.sort_by_key(|r| r.start);
    let mut out = Vec::with_capacity(5);
    let mut at = 0;
    for run in runs {
        // A run that meets or overlaps the one before extends it.
        if let Some(Span::Rows(last)) = out.last_mut() {
            if run.start <= last.end {
                last.end = last.end.max(run.end);
                at = last.end;
                continue;
            }
        }
        if run.start > at {
            out.push(Span::Gap(run.start - at));
        }
        at = run.end;
        out.push(Span::Rows(run));
    }
    if total > at {
        out.push(Span::Gap(total - at));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Span::{Gap, Rows};
    use super::*;

    #[test]
    fn the_top_of_a_long_table_draws_the_view_and_a_margin_below() {
        // 10,000 rows, 12 in view from row 0, 8 more: rows 0..20, a gap of 9,980.
        assert_eq!(spans(10_000, 0, 12, 8, None), vec![Rows(0..20), Gap(9_980)]);
    }

    #[test]
    fn the_middle_draws_a_margin_either_side() {
        // From row 5,000: 4,992..5,020; gaps of 4,992 above and 4,980 below.
        assert_eq!(
            spans(10_000, 5_000, 12, 8, None),
            vec![Gap(4_992), Rows(4_992..5_020), Gap(4_980)]
        );
    }

    #[test]
    fn the_end_draws_as_many_rows_as_anywhere_else() {
        // A view starting past the end (the region scrolled to its bottom):
        // the last 12 rows and 8 above them.
        assert_eq!(
            spans(10_000, 9_995, 12, 8, None),
            vec![Gap(9_980), Rows(9_980..10_000)]
        );
        assert_eq!(spans(100, 500, 12, 8, None), vec![Gap(80), Rows(80..100)]);
    }

    #[test]
    fn a_short_table_is_drawn_whole() {
        assert_eq!(spans(6, 0, 12, 8, None), vec![Rows(0..6)]);
        assert_eq!(spans(0, 0, 12, 8, None), vec![]);
        assert_eq!(spans(0, 40, 12, 8, Some(3)), vec![]);
    }

    #[test]
    fn a_held_row_stays_drawn_wherever_it_is_with_a_row_either_side() {
        // Above the view.
        assert_eq!(
            spans(10_000, 5_000, 12, 8, Some(3)),
            vec![
                Gap(2),
                Rows(2..5),
                Gap(4_987),
                Rows(4_992..5_020),
                Gap(4_980)
            ]
        );
        // Below it, at the end, and right after it (one run, no empty gap).
        assert_eq!(
            spans(10_000, 0, 12, 8, Some(9_999)),
            vec![Rows(0..20), Gap(9_978), Rows(9_998..10_000)]
        );
        assert_eq!(
            spans(1_000, 0, 12, 8, Some(20)),
            vec![Rows(0..22), Gap(978)]
        );
        // The last row of the view: the next row is drawn, so a Tab has
        // somewhere to go before the table follows the scroll.
        assert_eq!(
            spans(1_000, 0, 12, 8, Some(19)),
            vec![Rows(0..21), Gap(979)]
        );
        // Inside the view: nothing more; gone from the table: ignored.
        assert_eq!(
            spans(10_000, 0, 12, 8, Some(5)),
            vec![Rows(0..20), Gap(9_980)]
        );
        assert_eq!(spans(30, 0, 12, 8, Some(99)), vec![Rows(0..20), Gap(10)]);
        // At the top: no row before it.
        assert_eq!(
            spans(10_000, 5_000, 12, 8, Some(0)),
            vec![Rows(0..2), Gap(4_990), Rows(4_992..5_020), Gap(4_980)]
        );
    }

    #[test]
    fn the_spans_cover_every_row_once() {
        for (total, first, count, held) in [
            (44, 30, 10, Some(2)),
            (10_000, 9_000, 15, Some(9_001)),
            (7, 3, 1, None),
        ] {
            let mut next = 0;
            for s in spans(total, first, count, 8, held) {
                match s {
                    Gap(n) => next += n,
                    Rows(r) => {
                        assert_eq!(r.start, next);
                        next = r.end;
                    }
                }
            }
            assert_eq!(next, total);
        }
    }
}
