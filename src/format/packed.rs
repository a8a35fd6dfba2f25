//! The packed form of a plan text, for local storage: the compact plan file
//! compressed with DEFLATE and written fifteen bits to a character.
//!
//! Local storage keeps strings and counts its quota in UTF-16 code units
//! (about five million per site in Chromium), so a byte string is stored
//! best as characters that each carry as many bits as a code unit can
//! without ever forming a surrogate: fifteen bits, as the characters
//! U+3000 + value (U+3000..=U+AFFF, none of them a surrogate or a
//! noncharacter). A plan file compresses about tenfold, so a province's
//! year (tens of megabytes of JSON) fits.
//!
//! A packed text starts with [`MAGIC`], then three fields each ended by a
//! `:`: the number of compressed bytes and the number of bytes of the plan
//! text, in decimal, and a check of sixteen hexadecimal digits; then the
//! characters. Packed texts written before (`PTz1:`, with the compressed
//! length only) still open, and anything else is read as a plain plan file,
//! so plans stored before packing still open too.
//!
//! ## The check: proof of a plan this app wrote
//!
//! Only a plan that keeps every rule is ever stored (it came through the
//! gate, or through commands, which keep the rules), so a packed text this
//! app wrote need not be validated again when it is read back: the parse
//! still checks its shape, and the check proves the rest. The check is a
//! 64-bit hash of the compressed bytes and the text's length, keyed by the
//! source of the rules (`validate.rs`, the lifecycle's order in
//! `supervision.rs` and the model's limits, hashed when the app is built): a text damaged or edited anywhere, or written by a
//! build whose rules differ, does not match, and is then read through the
//! whole gate, rules and all, like any file. Hashing the compressed bytes
//! costs a tenth of hashing the text they inflate to, and the text's known
//! length lets it inflate into one buffer of the right size.
//!
//! Compression is synchronous (miniz_oxide, pure Rust) rather than the
//! browser's asynchronous `CompressionStream`, so that pending changes can
//! be written while the page is going away (`pagehide`), when no promise
//! is awaited.

use super::{export_compact, import_plan, import_written, ImportError};
use crate::model::Plan;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::{decompress_slice_iter_to_slice, decompress_to_vec_with_limit};

/// The first characters of a packed text as this build writes it. Never the
/// start of a JSON text.
pub const MAGIC: &str = "PTz2:";

/// The first characters of a packed text as builds before the check wrote
/// it (no text length, no check); still read.
pub const MAGIC_V1: &str = "PTz1:";

/// The key of every check: a hash of the rules' source (`validate.rs`,
/// `model/mod.rs` for the limits it reads, and `supervision.rs` for the
/// order of lifecycle steps), so that a build whose rules differ does not
/// take another's check as proof.
const RULES: u64 = fnv1a(
    fnv1a(
        fnv1a(0xcbf2_9ce4_8422_2325, include_bytes!("../validate.rs")),
        include_bytes!("../model/mod.rs"),
    ),
    include_bytes!("../supervision.rs"),
);

pub(crate) const fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h = (h ^ bytes[i] as u64).wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    h
}

/// The check of a packed text: its compressed `bytes` and the length of
/// the text they inflate to, under the key [`RULES`]. Each step is a
/// bijection of the state for a given word and of the word for a given
/// state, so any one changed word changes the check.
fn check(bytes: &[u8], text_len: usize) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let step = |h: u64, w: u64| (h.rotate_left(23) ^ w).wrapping_mul(K);
    let mut h = step(RULES, text_len as u64);
    h = step(h, bytes.len() as u64);
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        h = step(h, u64::from_le_bytes(w.try_into().expect("eight bytes")));
    }
    let mut last = [0u8; 8];
    last[..words.remainder().len()].copy_from_slice(words.remainder());
    h = step(h, u64::from_le_bytes(last));
    h ^= h >> 32;
    h.wrapping_mul(K) ^ (h >> 29)
}

/// The first character's code; value `v` (0..2^15) is stored as `BASE + v`.
const BASE: u32 = 0x3000;

/// DEFLATE level: fast, since packing happens on saves.
const LEVEL: u8 = 3;

/// Compact plan files longer than this (in bytes) are stored packed; smaller
/// ones stay plain text, readable as they are.
pub const PACK_ABOVE_BYTES: usize = 256 * 1024;

/// The most a packed stored plan may inflate to, in bytes: far above a
/// province's year, and a bound on damaged data.
pub const UNPACK_LIMIT: usize = 512 * 1024 * 1024;

/// The text local storage keeps for a plan: its compact file, packed when
/// longer than [`PACK_ABOVE_BYTES`].
pub fn stored_form(plan: &Plan) -> String {
    let text = export_compact(plan);
    if text.len() > PACK_ABOVE_BYTES {
        pack(&text)
    } else {
        text
    }
}

/// Read a stored text, plain or packed, through the import gate. A packed
/// text that does not unpack is [`ImportError::Damaged`]. A packed text
/// whose check proves this app wrote it under the same rules is parsed
/// without validating it again; any other text goes through the whole gate.
pub fn read_stored(text: &str) -> Result<Plan, ImportError> {
    if !is_packed(text) {
        return import_plan(text);
    }
    let unpacked = unpack_checked(text, UNPACK_LIMIT).map_err(|_| ImportError::Damaged)?;
    if unpacked.proven {
        import_written(&unpacked.text)
    } else {
        import_plan(&unpacked.text)
    }
}

/// A packed text unpacked: the plan text, and whether its check proves that
/// this app wrote it under the same rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unpacked {
    pub text: String,
    pub proven: bool,
}

/// Why a packed text could not be unpacked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnpackError {
    /// The header is damaged (no length, or a length that does not match).
    Header,
    /// A character outside the packed alphabet, at this character offset.
    BadChar(usize),
    /// The compressed bytes do not inflate (damaged data).
    Inflate,
    /// The inflated bytes are not UTF-8.
    NotText,
}

/// Whether `stored` is a packed text (rather than a plain plan file).
pub fn is_packed(stored: &str) -> bool {
    stored.starts_with(MAGIC) || stored.starts_with(MAGIC_V1)
}

/// Compress `text` and write it as a packed text, with its length and check.
pub fn pack(text: &str) -> String {
    let bytes = compress_to_vec(text.as_bytes(), LEVEL);
    let header = format!(
        "{MAGIC}{}:{}:{:016x}:",
        bytes.len(),
        text.len(),
        check(&bytes, text.len())
    );
    write_chars(header, &bytes)
}

/// Write `bytes` fifteen bits to a character, after a header of the form
/// builds before the check wrote (`PTz1:`, the number of bytes).
pub fn pack_bytes(bytes: &[u8]) -> String {
    write_chars(format!("{MAGIC_V1}{}:", bytes.len()), bytes)
}

/// `header`, then `bytes` fifteen bits to a character.
fn write_chars(header: String, bytes: &[u8]) -> String {
    let mut out = header;
    out.reserve(bytes.len().div_ceil(15) * 8 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        if bits >= 15 {
            bits -= 15;
            push_value(&mut out, (acc >> bits) & 0x7FFF);
            acc &= (1 << bits) - 1;
        }
    }
    if bits > 0 {
        push_value(&mut out, (acc << (15 - bits)) & 0x7FFF);
    }
    out
}

fn push_value(out: &mut String, v: u32) {
    out.push(char::from_u32(BASE + v).expect("U+3000..U+AFFF are characters"));
}

/// The most characters the header of a checked packed text takes (magic,
/// two lengths, the check and their separators).
pub const HEAD_MAX: usize = 64;

/// The header of a checked packed text (`PTz2:` through the `:` after its
/// check), which names the text's lengths and its check; `None` for a plain
/// text, a packed text without a check, or a damaged header. `stored` may
/// be the text's first [`HEAD_MAX`] characters only.
pub fn checked_head(stored: &str) -> Option<&str> {
    let rest = stored.strip_prefix(MAGIC)?;
    let mut at = MAGIC.len();
    for (i, field) in rest.splitn(4, ':').take(3).enumerate() {
        let ok = match i {
            2 => field.len() == 16 && field.bytes().all(|b| b.is_ascii_hexdigit()),
            _ => {
                !field.is_empty() && field.len() <= 20 && field.bytes().all(|b| b.is_ascii_digit())
            }
        };
        if !ok {
            return None;
        }
        at += field.len() + 1;
    }
    stored.get(..at).filter(|head| head.ends_with(':'))
}

/// Read the bytes of a packed text back (the inverse of [`pack_bytes`]),
/// either form.
pub fn unpack_bytes(stored: &str) -> Result<Vec<u8>, UnpackError> {
    let header = Header::read(stored)?;
    read_chars(header.bytes, header.body)
}

/// The fields of a packed text's header, and the characters after it.
struct Header<'a> {
    /// How many compressed bytes.
    bytes: usize,
    /// How many bytes of text they inflate to, and the check (written since
    /// `PTz2:`).
    text: Option<(usize, u64)>,
    body: &'a str,
}

impl<'a> Header<'a> {
    fn read(stored: &'a str) -> Result<Header<'a>, UnpackError> {
        let number = |s: &str| s.parse::<usize>().map_err(|_| UnpackError::Header);
        if let Some(rest) = stored.strip_prefix(MAGIC_V1) {
            let (len, body) = rest.split_once(':').ok_or(UnpackError::Header)?;
            return Ok(Header {
                bytes: number(len)?,
                text: None,
                body,
            });
        }
        let rest = stored.strip_prefix(MAGIC).ok_or(UnpackError::Header)?;
        let mut fields = rest.splitn(4, ':');
        let mut field = || fields.next().ok_or(UnpackError::Header);
        let (bytes, text, sum, body) = (field()?, field()?, field()?, field()?);
        if sum.len() != 16 {
            return Err(UnpackError::Header);
        }
        let sum = u64::from_str_radix(sum, 16).map_err(|_| UnpackError::Header)?;
        Ok(Header {
            bytes: number(bytes)?,
            text: Some((number(text)?, sum)),
            body,
        })
    }
}

/// `len` bytes from `body`'s characters, fifteen bits each.
fn read_chars(len: usize, body: &str) -> Result<Vec<u8>, UnpackError> {
    read_chars_fast(len, body).map_or_else(|| read_chars_by_char(len, body), Ok)
}

/// [`read_chars`] for a body as this app writes it: every character three
/// bytes of UTF-8 (U+3000..=U+AFFF all are), read eight characters (fifteen
/// bytes) at a time straight from the UTF-8. `None` for anything else,
/// which [`read_chars_by_char`] then reads or refuses with the character's
/// position. A province's packed plan is 2.5 million characters, read at
/// every start.
fn read_chars_fast(len: usize, body: &str) -> Option<Vec<u8>> {
    let chars = (len * 8).div_ceil(15);
    let utf8 = body.as_bytes();
    if utf8.len() != chars * 3 {
        return None;
    }
    // U+3000..=U+AFFF in UTF-8: a lead byte E3..=EA, two continuation bytes.
    let value = |c: &[u8]| -> Option<u128> {
        if !(0xE3..=0xEA).contains(&c[0]) {
            return None;
        }
        let v =
            (u32::from(c[0] & 0x0F) << 12) | (u32::from(c[1] & 0x3F) << 6) | u32::from(c[2] & 0x3F);
        Some(u128::from(v - BASE))
    };
    let mut out = Vec::with_capacity(len + 15);
    let mut groups = utf8.chunks_exact(24);
    for group in &mut groups {
        let mut acc = 0u128;
        for c in group.chunks_exact(3) {
            acc = (acc << 15) | value(c)?;
        }
        out.extend_from_slice(&acc.to_be_bytes()[1..]);
    }
    // The last characters: fewer than eight, their bits then padding.
    let mut acc = 0u128;
    let mut bits = 0;
    for c in groups.remainder().chunks_exact(3) {
        acc = (acc << 15) | value(c)?;
        bits += 15;
    }
    for i in 0..bits / 8 {
        out.push((acc >> (bits - 8 * (i + 1))) as u8);
    }
    out.truncate(len);
    (out.len() == len).then_some(out)
}

/// [`read_chars`] one character at a time: any body, and the position of
/// the first character outside the packed alphabet.
fn read_chars_by_char(len: usize, body: &str) -> Result<Vec<u8>, UnpackError> {
    let chars = body.chars().count();
    if chars != (len * 8).div_ceil(15) {
        return Err(UnpackError::Header);
    }
    let mut out = Vec::with_capacity(len);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for (i, c) in body.chars().enumerate() {
        let v = u32::from(c)
            .checked_sub(BASE)
            .filter(|v| *v < 0x8000)
            .ok_or(UnpackError::BadChar(i))?;
        acc = (acc << 15) | v;
        bits += 15;
        while bits >= 8 && out.len() < len {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// Unpack and inflate a packed text back to the plan text it holds.
/// `limit` bounds the inflated size (damaged or hostile data cannot make
/// it grow without end).
pub fn unpack(stored: &str, limit: usize) -> Result<String, UnpackError> {
    unpack_checked(stored, limit).map(|u| u.text)
}

/// [`unpack`], and whether the text's check proves this app wrote it. A
/// text whose length is given inflates into one buffer of that size, and
/// must inflate to exactly that many bytes.
pub fn unpack_checked(stored: &str, limit: usize) -> Result<Unpacked, UnpackError> {
    let header = Header::read(stored)?;
    let bytes = read_chars(header.bytes, header.body)?;
    let (text, proven) = match header.text {
        None => (
            decompress_to_vec_with_limit(&bytes, limit).map_err(|_| UnpackError::Inflate)?,
            false,
        ),
        Some((len, _)) if len > limit => return Err(UnpackError::Inflate),
        Some((len, sum)) => {
            let mut text = vec![0u8; len];
            let n = decompress_slice_iter_to_slice(
                &mut text,
                std::iter::once(&bytes[..]),
                false,
                false,
            )
            .map_err(|_| UnpackError::Inflate)?;
            if n != len {
                return Err(UnpackError::Inflate);
            }
            (text, check(&bytes, len) == sum)
        }
    };
    let text = String::from_utf8(text).map_err(|_| UnpackError::NotText)?;
    Ok(Unpacked { text, proven })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_texts_of_every_length() {
        for n in 0..200 {
            let text: String = (0..n).map(|i| ['a', '规', '"', '1'][i % 4]).collect();
            let packed = pack(&text);
            assert!(is_packed(&packed));
            assert_eq!(unpack(&packed, 1 << 20).unwrap(), text, "length {n}");
        }
    }

    #[test]
    fn bytes_round_trip_at_every_bit_offset() {
        for n in 0..64 {
            let bytes: Vec<u8> = (0..n).map(|i| (i * 37 + 255) as u8).collect();
            assert_eq!(unpack_bytes(&pack_bytes(&bytes)).unwrap(), bytes);
        }
    }

    #[test]
    fn never_writes_a_surrogate() {
        let bytes: Vec<u8> = vec![0xFF; 300];
        let packed = pack_bytes(&bytes);
        assert!(packed[MAGIC.len()..]
            .chars()
            .all(|c| !(0xD800..=0xDFFF).contains(&u32::from(c))));
    }

    #[test]
    fn damage_is_an_error_not_a_panic() {
        let packed = pack("{\"format\":\"plan-tracker/plan\"}");
        assert_eq!(unpack("PTz1:x:", 100), Err(UnpackError::Header));
        assert_eq!(
            unpack(&packed[..packed.len() - 3], 100),
            Err(UnpackError::Header)
        );
        let mut chars: Vec<char> = packed.chars().collect();
        let last = chars.len() - 1;
        chars[last] = 'a';
        let bad: String = chars.into_iter().collect();
        assert!(matches!(unpack(&bad, 100), Err(UnpackError::BadChar(_))));
        // A valid header over bytes that do not inflate.
        assert_eq!(
            unpack(&pack_bytes(&[0xFF, 0xFF, 0xFF]), 100),
            Err(UnpackError::Inflate)
        );
        // The limit holds.
        let big = "x".repeat(10_000);
        assert_eq!(unpack(&pack(&big), 100), Err(UnpackError::Inflate));
    }

    #[test]
    fn small_plans_are_stored_plain_and_large_ones_packed() {
        use crate::i18n::Lang;
        use crate::sample::{sample_plan, scaled_plan};
        let small = sample_plan(Lang::Zh);
        let stored = stored_form(&small);
        assert_eq!(stored, export_compact(&small));
        assert_eq!(read_stored(&stored).unwrap(), small);

        let large = scaled_plan(Lang::Zh, 2_000);
        let stored = stored_form(&large);
        assert!(is_packed(&stored));
        assert!(stored.chars().count() * 5 < export_compact(&large).chars().count());
        assert_eq!(read_stored(&stored).unwrap(), large);
        // An old, plain stored copy of the large plan still opens.
        assert_eq!(read_stored(&export_compact(&large)).unwrap(), large);
    }

    #[test]
    fn a_damaged_packed_plan_is_refused_as_damaged() {
        let mut stored = pack(&export_compact(&crate::model::Plan::new(
            crate::model::Id::new("p"),
            "P",
            chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
        )));
        stored.pop();
        assert_eq!(read_stored(&stored), Err(ImportError::Damaged));
    }

    /// A packed text of `text` with `sum` in place of its check.
    fn packed_with_check(text: &str, sum: u64) -> String {
        let bytes = compress_to_vec(text.as_bytes(), LEVEL);
        write_chars(
            format!("{MAGIC}{}:{}:{sum:016x}:", bytes.len(), text.len()),
            &bytes,
        )
    }

    /// A plan that breaks a rule: two tasks with one id.
    fn plan_breaking_a_rule() -> Plan {
        let mut plan = crate::sample::sample_plan(crate::i18n::Lang::En);
        let twin = plan.tasks[0].clone();
        plan.tasks.push(twin);
        assert!(!crate::validate::validate(&plan).is_empty());
        plan
    }

    #[test]
    fn a_packed_plan_this_app_wrote_carries_proof() {
        use crate::sample::scaled_plan;
        let plan = scaled_plan(crate::i18n::Lang::Zh, 500);
        let stored = pack(&export_compact(&plan));
        assert!(stored.starts_with(MAGIC));
        let unpacked = unpack_checked(&stored, UNPACK_LIMIT).unwrap();
        assert!(unpacked.proven);
        assert_eq!(unpacked.text, export_compact(&plan));
        assert_eq!(read_stored(&stored).unwrap(), plan);
    }

    #[test]
    fn a_check_that_does_not_match_means_the_whole_gate() {
        let good = crate::sample::sample_plan(crate::i18n::Lang::En);
        let text = export_compact(&good);
        let stored = pack(&text);
        let sum = Header::read(&stored).unwrap().text.unwrap().1;
        // Another check over the same bytes: no proof, but a good plan opens.
        let other = packed_with_check(&text, sum ^ 1);
        let unpacked = unpack_checked(&other, UNPACK_LIMIT).unwrap();
        assert!(!unpacked.proven);
        assert_eq!(read_stored(&other).unwrap(), good);
        // A plan that breaks a rule is refused with its problems, whether
        // its check does not match or it has none (the first packed form).
        let bad = export_compact(&plan_breaking_a_rule());
        let err = read_stored(&packed_with_check(&bad, sum)).unwrap_err();
        assert!(matches!(err, ImportError::Invalid(..)), "{err:?}");
        let v1 = pack_bytes(&compress_to_vec(bad.as_bytes(), LEVEL));
        assert!(!unpack_checked(&v1, UNPACK_LIMIT).unwrap().proven);
        assert!(matches!(read_stored(&v1), Err(ImportError::Invalid(..))));
    }

    #[test]
    fn damage_anywhere_in_a_checked_text_is_found() {
        let text = export_compact(&crate::sample::sample_plan(crate::i18n::Lang::Zh));
        let stored = pack(&text);
        let header_len = stored.len() - Header::read(&stored).unwrap().body.len();
        let chars: Vec<char> = stored[header_len..].chars().collect();
        // Each character of the body changed in turn (every 97th): the text
        // is refused as damaged, or read without proof through the whole gate.
        for at in (0..chars.len()).step_by(97) {
            let mut body = chars.clone();
            body[at] = char::from_u32((u32::from(body[at]) - BASE + 1) % 0x8000 + BASE).unwrap();
            let damaged: String = stored[..header_len].chars().chain(body).collect();
            match unpack_checked(&damaged, UNPACK_LIMIT) {
                Ok(u) => assert!(!u.proven, "damage at {at} kept its proof"),
                Err(e) => assert!(matches!(e, UnpackError::Inflate | UnpackError::NotText)),
            }
        }
        // A text length that is not the text's own is damage.
        let wrong_len = stored.replacen(
            &format!(":{}:", text.len()),
            &format!(":{}:", text.len() + 1),
            1,
        );
        assert_eq!(
            unpack_checked(&wrong_len, UNPACK_LIMIT),
            Err(UnpackError::Inflate)
        );
        assert_eq!(read_stored(&wrong_len), Err(ImportError::Damaged));
        // A check that is not sixteen hexadecimal digits is a damaged header.
        let short = stored.replacen(MAGIC, "PTz2:1:2:abc:", 1);
        assert_eq!(
            unpack_checked(&short, UNPACK_LIMIT),
            Err(UnpackError::Header)
        );
    }

    #[test]
    fn texts_packed_before_the_check_still_open() {
        let plan = crate::sample::sample_plan(crate::i18n::Lang::En);
        let v1 = pack_bytes(&compress_to_vec(export_compact(&plan).as_bytes(), LEVEL));
        assert!(is_packed(&v1));
        assert_eq!(read_stored(&v1).unwrap(), plan);
    }

    #[test]
    fn the_head_of_a_checked_text_names_its_lengths_and_check() {
        let text = export_compact(&crate::sample::sample_plan(crate::i18n::Lang::En));
        let stored = pack(&text);
        let head = checked_head(&stored).unwrap();
        let Header {
            bytes,
            text: Some((len, sum)),
            body,
        } = Header::read(&stored).unwrap()
        else {
            panic!("a checked header")
        };
        assert_eq!(head, format!("{MAGIC}{bytes}:{len}:{sum:016x}:"));
        assert_eq!(head.len() + body.len(), stored.len());
        assert!(head.chars().count() <= HEAD_MAX);
        // The first characters are enough; a cut inside the header is not.
        let first: String = stored.chars().take(HEAD_MAX).collect();
        assert_eq!(checked_head(&first), Some(head));
        assert_eq!(checked_head(&stored[..head.len() - 1]), None);
        // Plain texts, texts without a check and damaged headers have none.
        assert_eq!(checked_head(&text), None);
        assert_eq!(checked_head(&pack_bytes(&[1, 2, 3])), None);
        assert_eq!(checked_head("PTz2:12:34:0123456789abcdeX:"), None);
        assert_eq!(checked_head("PTz2::34:0123456789abcdef:"), None);
    }

    proptest::proptest! {
        #[test]
        fn packing_then_unpacking_is_the_identity(text in ".{0,400}") {
            proptest::prop_assert_eq!(unpack(&pack(&text), 1 << 20).unwrap(), text);
        }

        #[test]
        fn unpacking_arbitrary_text_never_panics(text in ".{0,200}") {
            let _ = unpack(&format!("{MAGIC}{text}"), 1 << 16);
        }

        /// The fast reader gives what the reader by character gives, or
        /// leaves the body to it: for packed bytes of every length, and for
        /// bodies with other characters (one, two and four bytes of UTF-8)
        /// among the packed ones.
        #[test]
        fn characters_read_fast_as_one_by_one(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..100),
            other in "[a\u{80}\u{2FFF}\u{B000}\u{10000}]",
            at in 0usize..60,
            damage in proptest::bool::ANY,
        ) {
            let packed = pack_bytes(&bytes);
            let body = &packed[packed.find(':').unwrap() + 1..];
            let body = body[body.find(':').unwrap() + 1..].to_string();
            let body = if damage && !body.is_empty() {
                let mut chars: Vec<char> = body.chars().collect();
                let i = at % chars.len();
                chars[i] = other.chars().next().unwrap();
                chars.into_iter().collect()
            } else {
                body
            };
            let fast = read_chars_fast(bytes.len(), &body);
            let by_char = read_chars_by_char(bytes.len(), &body);
            if let Some(fast) = fast {
                proptest::prop_assert_eq!(Ok(fast), by_char);
            } else {
                proptest::prop_assert!(damage, "a body as written is read fast");
            }
            if !damage {
                proptest::prop_assert_eq!(read_chars(bytes.len(), &body), Ok(bytes));
            }
        }
    }

    #[test]
    fn plain_plan_files_are_not_packed() {
        assert!(!is_packed(
            "{\"format\":\"plan-tracker/plan\",\"version\":1}"
        ));
    }
}
