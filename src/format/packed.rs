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
//! A packed text starts with [`MAGIC`], then the number of compressed bytes
//! in decimal and a `:`, then the characters. Anything else is read as a
//! plain plan file, so plans stored before packing still open.
//!
//! Compression is synchronous (miniz_oxide, pure Rust) rather than the
//! browser's asynchronous `CompressionStream`, so that pending changes can
//! be written while the page is going away (`pagehide`), when no promise
//! is awaited.

use super::{export_compact, import_plan, ImportError};
use crate::model::Plan;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

/// The first characters of a packed text. Never the start of a JSON text.
pub const MAGIC: &str = "PTz1:";

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
/// text that does not unpack is [`ImportError::Damaged`].
pub fn read_stored(text: &str) -> Result<Plan, ImportError> {
    if is_packed(text) {
        let plain = unpack(text, UNPACK_LIMIT).map_err(|_| ImportError::Damaged)?;
        import_plan(&plain)
    } else {
        import_plan(text)
    }
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
    stored.starts_with(MAGIC)
}

/// Compress `text` and write it as a packed text.
pub fn pack(text: &str) -> String {
    let bytes = compress_to_vec(text.as_bytes(), LEVEL);
    pack_bytes(&bytes)
}

/// Write `bytes` fifteen bits to a character, after the header.
pub fn pack_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(MAGIC.len() + 12 + bytes.len() * 8 / 15 * 3 + 3);
    out.push_str(MAGIC);
    out.push_str(&bytes.len().to_string());
    out.push(':');
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

/// Read the bytes of a packed text back (the inverse of [`pack_bytes`]).
pub fn unpack_bytes(stored: &str) -> Result<Vec<u8>, UnpackError> {
    let rest = stored.strip_prefix(MAGIC).ok_or(UnpackError::Header)?;
    let (len, body) = rest.split_once(':').ok_or(UnpackError::Header)?;
    let len: usize = len.parse().map_err(|_| UnpackError::Header)?;
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
    let bytes = unpack_bytes(stored)?;
    let text = decompress_to_vec_with_limit(&bytes, limit).map_err(|_| UnpackError::Inflate)?;
    String::from_utf8(text).map_err(|_| UnpackError::NotText)
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

    proptest::proptest! {
        #[test]
        fn packing_then_unpacking_is_the_identity(text in ".{0,400}") {
            proptest::prop_assert_eq!(unpack(&pack(&text), 1 << 20).unwrap(), text);
        }

        #[test]
        fn unpacking_arbitrary_text_never_panics(text in ".{0,200}") {
            let _ = unpack(&format!("{MAGIC}{text}"), 1 << 16);
        }
    }

    #[test]
    fn plain_plan_files_are_not_packed() {
        assert!(!is_packed(
            "{\"format\":\"plan-tracker/plan\",\"version\":1}"
        ));
    }
}
