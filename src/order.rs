//! Stable sorting through one shared sort.
//!
//! Each `slice::sort_by_key` call sorts its own element type with its own
//! comparison, and the compiler builds the whole stable sort (some 3 KB of
//! wasm) again for each. Every sort of the app goes through here instead
//! (a task's reports, a file's rows, the units, the task table's rows):
//! the positions are sorted by one comparison behind a `dyn` call, so
//! there is one copy of the sort in the app, and the elements are then
//! moved into that order. The order is the same as `sort_by_key`'s: stable, equal keys
//! keep their order.

use std::cmp::Ordering;

/// Sort `v` by `key`, stably; the same order as `v.sort_by_key(key)`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sort `v` by `cmp`, stably; the same order as `v.sort_by(cmp)`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = positions_in_order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(v, order);
}

/// `0..n` sorted stably by `cmp` on positions.
fn positions_in_order(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut positions: Vec<usize> = (0..n).collect();
    sort_positions(&mut positions, cmp);
    positions
}

/// Sort `positions` stably by `cmp`: the one instance of the sort (the
/// task table sorts its rows' positions with it too).
pub fn sort_positions(positions: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    positions.sort_by(|&a, &b| cmp(a, b));
}

/// Move the elements so that position `i` holds what was at `order[i]`,
/// one cycle of the permutation at a time.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_by_key(&mut v, |&(k, _)| k);
        assert_eq!(v, vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_key(&mut empty, |&x| x);
        assert!(empty.is_empty());
    }

    proptest! {
        #[test]
        fn same_order_as_std(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = v.clone();
            std.sort_by_key(|&(k, _)| k);
            prop_assert_eq!(&ours, &std);

            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| (a.0 % 3).cmp(&(b.0 % 3)).then(b.0.cmp(&a.0)));
            let mut std = v;
            std.sort_by(|a, b| (a.0 % 3).cmp(&(b.0 % 3)).then(b.0.cmp(&a.0)));
            prop_assert_eq!(ours, std);
        }
    }
}
