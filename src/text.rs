//! Lower case for matching (search, CSV headers and words), as
//! `str::to_lowercase` gives it, without building Rust's case tables into
//! the wasm (its lower-case table alone is 11.8 KB of data, 4.4 KB gzip).
//!
//! Texts whose every character has no case (ASCII aside) are lowered
//! here: ASCII letters, and Chinese, Japanese kana, their punctuation,
//! digits and symbols, which are most of what a plan holds. Any other text
//! goes to the browser's own `String.prototype.toLowerCase` in the wasm
//! build, which applies the same Unicode mappings (full case mapping and
//! the final sigma), and to `str::to_lowercase` natively.

/// `text` in lower case, as `str::to_lowercase` writes it.
pub fn lower(text: &str) -> String {
    if text.chars().all(|c| c.is_ascii() || caseless(c)) {
        text.to_ascii_lowercase()
    } else {
        other(text)
    }
}

/// Ranges of characters with no lower case of their own other than
/// themselves (a test checks every one against `char::to_lowercase`).
const CASELESS: [(char, char); 8] = [
    ('\u{00A0}', '\u{00BF}'), // Latin-1 punctuation and signs
    ('\u{2000}', '\u{206F}'), // general punctuation
    ('\u{2190}', '\u{23FF}'), // arrows, mathematical and technical signs
    ('\u{2460}', '\u{249F}'), // circled and bracketed numbers (not circled letters)
    ('\u{3000}', '\u{30FF}'), // CJK punctuation, kana
    ('\u{3400}', '\u{4DBF}'), // CJK extension A
    ('\u{4E00}', '\u{9FFF}'), // CJK unified ideographs
    ('\u{FF01}', '\u{FF20}'), // full-width punctuation and digits (not letters)
];

fn caseless(c: char) -> bool {
    CASELESS.iter().any(|&(a, b)| (a..=b).contains(&c))
}

#[cfg(target_arch = "wasm32")]
fn other(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

#[cfg(not(target_arch = "wasm32"))]
fn other(text: &str) -> String {
    text.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_caseless_character_is_its_own_lower_case() {
        for (a, b) in CASELESS {
            for c in a..=b {
                assert!(
                    c.to_lowercase().eq([c]),
                    "{c:?} (U+{:04X}) has a lower case",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn as_to_lowercase_on_chosen_texts() {
        for text in [
            "",
            "ABC def",
            "山西省 2023 年 Key Tasks（重点）",
            "ＡＢＣ全角",
            "ΟΔΟΣ Σ ΣΑΣ",
            "İstanbul",
            "Ⅳ Ⓐ ǅ",
            "Ünal ÉTÉ Ъ",
            "①②",
        ] {
            assert_eq!(lower(text), text.to_lowercase(), "{text}");
        }
    }

    proptest! {
        #[test]
        fn as_to_lowercase(text in "\\PC{0,40}") {
            prop_assert_eq!(lower(&text), text.to_lowercase());
        }

        #[test]
        fn as_to_lowercase_on_plan_like_text(text in "[a-zA-Z0-9 ,.()（）、，。《》“”山西省重点任务推进Ⅰ-Ⅻ①-⑩]{0,40}") {
            prop_assert_eq!(lower(&text), text.to_lowercase());
        }
    }
}
