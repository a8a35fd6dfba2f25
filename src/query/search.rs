//! Text search remembered across keystrokes.
//!
//! Typing narrows a search: when each word searched before lies inside one
//! of the new words, only the rows that held the old words can hold the new
//! ones, so only those are searched again. Erasing goes back to a search
//! made a moment ago, which is remembered whole. The rows found are the same
//! as searching every task afresh.

use super::filter::{words_of, TextHits};
use super::index::TaskIndex;
use crate::model::Plan;
use std::sync::Arc;

/// Searches remembered, at most.
const KEPT: usize = 32;

/// The latest searches of one [`TaskIndex`]; [`TextSearch::clear`] when the
/// index is built again.
#[derive(Debug, Default)]
pub struct TextSearch {
    /// Oldest first.
    recent: Vec<Arc<TextHits>>,
}

impl TextSearch {
    /// The rows of `index` (built from `plan`) whose search text holds
    /// every word of `text`.
    pub fn hits(&mut self, plan: &Plan, index: &TaskIndex, text: &str) -> Arc<TextHits> {
        let words = words_of(text);
        if let Some(at) = self.recent.iter().position(|h| h.words == words) {
            let hits = self.recent.remove(at);
            self.recent.push(Arc::clone(&hits));
            return hits;
        }
        // The smallest earlier search that the new words narrow.
        let within = self
            .recent
            .iter()
            .filter(|h| narrows(&words, &h.words))
            .min_by_key(|h| h.len());
        let hits = Arc::new(TextHits::search(
            plan,
            index,
            words,
            within.map(|h| h.rows.as_slice()),
        ));
        if self.recent.len() == KEPT {
            self.recent.remove(0);
        }
        self.recent.push(Arc::clone(&hits));
        hits
    }

    /// Forget every search (the index they were made on has gone).
    pub fn clear(&mut self) {
        self.recent.clear();
    }
}

/// Whether every text holding all of `new` also holds all of `old`: each
/// old word lies inside one of the new words.
fn narrows(new: &[String], old: &[String]) -> bool {
    old.iter()
        .all(|o| new.iter().any(|n| n.contains(o.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::model::Date;
    use crate::sample::sample_plan;

    #[test]
    fn narrowing_words() {
        let w = |s: &str| words_of(s);
        assert!(narrows(&w("digital"), &w("dig")));
        assert!(narrows(&w("park 3"), &w("park")));
        assert!(narrows(&w("3 park"), &w("park")));
        assert!(narrows(&w("digi"), &w("")));
        assert!(!narrows(&w("dig"), &w("digital")));
        assert!(!narrows(&w("park"), &w("park 3")));
    }

    /// Every search, typed forward, erased, or jumped to, finds exactly
    /// the rows a fresh search of every task finds.
    #[test]
    fn remembered_searches_find_what_a_fresh_search_finds() {
        for lang in [Lang::En, Lang::Zh] {
            let plan = sample_plan(lang);
            let index = TaskIndex::build(&plan, Date::from_ymd_opt(2023, 9, 30).unwrap());
            let mut search = TextSearch::default();
            let mut texts: Vec<String> = Vec::new();
            for word in [
                "digital",
                "Park 3",
                "数字 经济",
                "tourism  ",
                "1.",
                "Taiyuan safety",
                "x",
            ] {
                let chars: Vec<char> = word.chars().collect();
                for n in 1..=chars.len() {
                    texts.push(chars[..n].iter().collect());
                }
                for n in (0..chars.len()).rev() {
                    texts.push(chars[..n].iter().collect());
                }
            }
            texts.extend(["di", "digital", "gital", "al di", "d", ""].map(String::from));
            for text in &texts {
                let hits = search.hits(&plan, &index, text);
                let fresh = TextHits::search(&plan, &index, words_of(text), None);
                assert_eq!(*hits, fresh, "{lang:?} {text:?}");
            }
            assert!(search.recent.len() <= KEPT);
            assert_eq!(search.hits(&plan, &index, " ").len(), index.rows.len());
        }
    }
}
