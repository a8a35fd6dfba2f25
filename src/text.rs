//! Lower case for matching (search, CSV headers and words), as
//! `str::to_lowercase` gives it, without building Rust's case tables into
//! the wasm (its lower-case table alone is 11.8 KB of data, 4.4 KB gzip);
//! and [`fold`], which also reads full-width letters, digits and signs as
//! ASCII, for searches and names.
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

/// `text` as searches and names are matched: the full-width forms of
/// ASCII characters (U+FF01–U+FF5E, which a Chinese input method types in
/// its full-width mode: "ＧＤＰ", "９．４") read as the ASCII ones, then
/// lower case ([`lower`]). "ＧＤＰ增速" and "gdp增速" match each other.
pub fn fold(text: &str) -> String {
    let wide = |c: char| ('\u{FF01}'..='\u{FF5E}').contains(&c);
    if !text.chars().any(wide) {
        return lower(text);
    }
    let narrow: String = text
        .chars()
        .map(|c| {
            if wide(c) {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect();
    lower(&narrow)
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
    fn full_width_letters_digits_and_signs_fold_to_ascii() {
        assert_eq!(fold("ＧＤＰ增速９．４％"), "gdp增速9.4%");
        assert_eq!(fold("（Ａ－Ｚ）～ａｚ！"), "(a-z)~az!");
        // What has no full-width form left is only lowered.
        assert_eq!(fold("Key Tasks（重点）　２０２３"), "key tasks(重点)　2023");
        assert_eq!(fold("山西 GDP"), lower("山西 GDP"));
        assert_eq!(fold(""), "");
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
