//! Finding a value in a long list by typing part of its name: a province's
//! hundreds of units in the filter panel, the task form's co-operating
//! units, Report by unit's picker.
//!
//! The words typed are matched as the task search matches them: each word
//! (split at spaces, full-width ones too) must be in the name, in any
//! order, with full-width letters and digits read as ASCII and case
//! ignored ([`crate::text::fold`]). "太原 局" finds 太原市发展改革局.

use crate::text::fold;

/// A list longer than this gets a finder; a shorter one is read at a glance.
pub const LONG_LIST: usize = 20;

/// The words typed into a list's finder.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Finder {
    words: Vec<String>,
}

impl Finder {
    pub fn new(typed: &str) -> Finder {
        Finder {
            words: fold(typed)
                .split(|c: char| c.is_whitespace())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect(),
        }
    }

    /// Nothing typed: every name is found.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether every word typed is in `name`.
    pub fn finds(&self, name: &str) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let name = fold(name);
        self.words.iter().all(|w| name.contains(w.as_str()))
    }

    /// Which of `names` a list shows: those found, and those `kept` (a
    /// value ticked or chosen stays in sight whatever is typed, so it can
    /// be unticked). `kept` may be shorter than `names`.
    pub fn shown<S: AsRef<str>>(&self, names: &[S], kept: &[bool]) -> Vec<bool> {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| kept.get(i).copied().unwrap_or(false) || self.finds(name.as_ref()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_word_must_be_in_the_name_in_any_order() {
        let f = Finder::new("太原 局");
        assert!(f.finds("太原市发展改革局"));
        assert!(!f.finds("太原市人民政府"));
        assert!(!f.finds("大同市统计局"));
        assert!(
            Finder::new("局　太原").finds("太原市发展改革局"),
            "a full-width space splits words"
        );
    }

    #[test]
    fn case_and_full_width_forms_are_ignored() {
        assert!(Finder::new("ndrc").finds("Provincial NDRC"));
        assert!(Finder::new("ＮＤＲＣ").finds("Provincial ndrc"));
        assert!(Finder::new("2").finds("县区 ２"));
    }

    #[test]
    fn nothing_typed_finds_everything() {
        for typed in ["", "  ", "\u{3000}"] {
            let f = Finder::new(typed);
            assert!(f.is_empty());
            assert!(f.finds("任何单位"));
        }
        assert!(!Finder::new("x").is_empty());
    }

    #[test]
    fn a_kept_value_stays_shown() {
        let names = ["太原市", "大同市", "省发展改革委"];
        let f = Finder::new("大同");
        assert_eq!(f.shown(&names, &[]), [false, true, false]);
        assert_eq!(f.shown(&names, &[true, false, false]), [true, true, false]);
    }

    proptest! {
        /// Any part of a name, typed as it is written, finds it.
        #[test]
        fn any_part_of_a_name_finds_it(name in "[a-zA-Z0-9市县局 ]{0,12}", a in 0usize..13, b in 0usize..13) {
            let chars: Vec<char> = name.chars().collect();
            let (a, b) = (a.min(chars.len()), b.min(chars.len()));
            let part: String = chars[a.min(b)..a.max(b)].iter().collect();
            prop_assert!(Finder::new(&part).finds(&name));
        }
    }
}
