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
//! `:`: the number of compressed bytes and the number of bytes they inflate
//! to, in decimal, and a check of sixteen hexadecimal digits; then the
//! characters. What they inflate to is the plan's compact file with its
//! reports left out, after its length (eight bytes, little-endian), then
//! the reports as bytes ([`super::report_bytes`]): read so, a province's
//! 120,000 reports take a fraction of the time their JSON takes to parse.
//! Packed texts written before still open: `PTz2:` (the same header over
//! the whole plan file as text) and `PTz1:` (the compressed length only,
//! no check); anything else is read as a plain plan file, so plans stored
//! before packing still open too.
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

use super::{
    export_compact, export_compact_without_reports, import_plan, import_with_reports,
    import_written, report_bytes, ImportError,
};
use crate::model::Plan;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::{decompress_slice_iter_to_slice, decompress_to_vec_with_limit};

/// The first characters of a packed text as this build writes it: the
/// reports apart, as bytes. Never the start of a JSON text.
pub const MAGIC: &str = "PTz3:";

/// The first characters of a packed text whose plan is all text (its
/// header as [`MAGIC`]'s), as builds before the reports apart wrote it;
/// still read.
pub const MAGIC_V2: &str = "PTz2:";

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

/// Plans whose packed form would inflate to more than this (in bytes) are
/// stored packed; smaller ones stay plain text, readable as they are.
pub const PACK_ABOVE_BYTES: usize = 256 * 1024;

/// The most a packed stored plan may inflate to, in bytes: far above a
/// province's year, and a bound on damaged data.
pub const UNPACK_LIMIT: usize = 512 * 1024 * 1024;

/// The text local storage keeps for a plan: packed, its reports apart,
/// when that is more than [`PACK_ABOVE_BYTES`] before compression; else
/// its compact file.
pub fn stored_form(plan: &Plan) -> String {
    // Made as a packing a slice at a time makes it, all at once.
    let mut packing = Packing::start(plan);
    loop {
        if let Some(text) = packing.step(&plan.updates) {
            return text;
        }
    }
}

/// [`stored_form`] made a slice at a time, each a short task of the
/// page's (a province's plan takes a fifth of a second or more to pack
/// in one go, and the page answers no key meanwhile).
mod sliced;
pub use sliced::Packing;

/// What a packed text of `plan` inflates to: the length of its text
/// without reports (eight bytes, little-endian), that text, then its
/// reports as bytes ([`Packing`] writes it a slice at a time).
#[cfg(test)]
fn payload(plan: &Plan) -> Vec<u8> {
    let text = export_compact_without_reports(plan);
    let mut payload = Vec::with_capacity(text.len() + 8 + plan.updates.len() * 256);
    payload.extend_from_slice(&(text.len() as u64).to_le_bytes());
    payload.extend_from_slice(text.as_bytes());
    report_bytes::write(&plan.updates, &mut payload);
    payload
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
    if unpacked.reports_apart {
        let (text, reports) = split_payload(&unpacked.bytes).ok_or(ImportError::Damaged)?;
        let updates = report_bytes::read(reports).ok_or(ImportError::Damaged)?;
        return import_with_reports(text, updates, unpacked.proven);
    }
    let text = String::from_utf8(unpacked.bytes).map_err(|_| ImportError::Damaged)?;
    if unpacked.proven {
        import_written(&text)
    } else {
        import_plan(&text)
    }
}

/// What a packed text with its reports apart inflates to, in its two
/// parts: the plan text without its reports, and the reports' bytes.
fn split_payload(bytes: &[u8]) -> Option<(&str, &[u8])> {
    let (len, rest) = bytes.split_first_chunk::<8>()?;
    let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
    let text = std::str::from_utf8(rest.get(..len)?).ok()?;
    Some((text, &rest[len..]))
}

/// A packed text unpacked: the bytes it inflates to, whether its check
/// proves that this app wrote it under the same rules, and whether the
/// plan's reports are apart as bytes ([`MAGIC`]) or the bytes are the
/// whole plan file as text (the forms before).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unpacked {
    pub bytes: Vec<u8>,
    pub proven: bool,
    pub reports_apart: bool,
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
    [MAGIC, MAGIC_V2, MAGIC_V1]
        .iter()
        .any(|magic| stored.starts_with(magic))
}

/// Compress a plan `text` and write it as a packed text of the form
/// before the reports apart ([`MAGIC_V2`]), with its length and check.
pub fn pack(text: &str) -> String {
    pack_payload(MAGIC_V2, text.as_bytes())
}

/// Compress `payload` and write it as a packed text after `magic`, with
/// its length and check.
fn pack_payload(magic: &str, payload: &[u8]) -> String {
    let bytes = compress_to_vec(payload, LEVEL);
    packed_text(magic, &bytes, payload.len())
}

/// The packed text after `magic` of `bytes`, which inflate to
/// `payload_len` bytes: its lengths and check, then the bytes.
fn packed_text(magic: &str, bytes: &[u8], payload_len: usize) -> String {
    let header = format!(
        "{magic}{}:{}:{:016x}:",
        bytes.len(),
        payload_len,
        check(bytes, payload_len)
    );
    write_chars(header, bytes)
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

/// The header of a checked packed text (`PTz3:` or `PTz2:` through the `:`
/// after its check), which names the text's lengths and its check; `None`
/// for a plain text, a packed text without a check, or a damaged header.
/// `stored` may be the text's first [`HEAD_MAX`] characters only.
pub fn checked_head(stored: &str) -> Option<&str> {
    let rest = stored
        .strip_prefix(MAGIC)
        .or_else(|| stored.strip_prefix(MAGIC_V2))?;
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
    /// How many bytes they inflate to, and the check (written since
    /// `PTz2:`).
    text: Option<(usize, u64)>,
    /// Whether the plan's reports are apart as bytes (`PTz3:`).
    reports_apart: bool,
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
                reports_apart: false,
                body,
            });
        }
        let reports_apart = stored.starts_with(MAGIC);
        let rest = stored
            .strip_prefix(MAGIC)
            .or_else(|| stored.strip_prefix(MAGIC_V2))
            .ok_or(UnpackError::Header)?;
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
            reports_apart,
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

/// Unpack and inflate a packed text back to the text it holds (the forms
/// before the reports apart; one with them apart is not text).
/// `limit` bounds the inflated size (damaged or hostile data cannot make
/// it grow without end).
pub fn unpack(stored: &str, limit: usize) -> Result<String, UnpackError> {
    let bytes = unpack_checked(stored, limit)?.bytes;
    String::from_utf8(bytes).map_err(|_| UnpackError::NotText)
}

/// A packed text's bytes inflated, and whether its check proves this app
/// wrote it. A text whose length is given inflates into one buffer of that
/// size, and must inflate to exactly that many bytes. `limit` bounds the
/// inflated size.
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
    Ok(Unpacked {
        bytes: text,
        proven,
        reports_apart: header.reports_apart,
    })
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
            format!("{MAGIC_V2}{}:{}:{sum:016x}:", bytes.len(), text.len()),
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
        let stored = stored_form(&plan);
        assert!(stored.starts_with(MAGIC));
        let unpacked = unpack_checked(&stored, UNPACK_LIMIT).unwrap();
        assert!(unpacked.proven && unpacked.reports_apart);
        let (text, reports) = split_payload(&unpacked.bytes).unwrap();
        assert_eq!(text, export_compact_without_reports(&plan));
        assert_eq!(report_bytes::read(reports).unwrap(), plan.updates);
        assert_eq!(read_stored(&stored).unwrap(), plan);
        // The form before, the whole plan as text, carries proof too.
        let v2 = pack(&export_compact(&plan));
        assert!(v2.starts_with(MAGIC_V2));
        let unpacked = unpack_checked(&v2, UNPACK_LIMIT).unwrap();
        assert!(unpacked.proven && !unpacked.reports_apart);
        assert_eq!(unpacked.bytes, export_compact(&plan).into_bytes());
        assert_eq!(read_stored(&v2).unwrap(), plan);
    }

    #[test]
    fn a_plan_with_its_reports_apart_reads_back_whole() {
        for lang in [crate::i18n::Lang::Zh, crate::i18n::Lang::En] {
            let plan = crate::sample::sample_plan(lang);
            let stored = pack_payload(MAGIC, &payload(&plan));
            assert_eq!(read_stored(&stored).unwrap(), plan);
        }
        let mut empty = crate::sample::sample_plan(crate::i18n::Lang::En);
        empty.updates.clear();
        assert_eq!(
            read_stored(&pack_payload(MAGIC, &payload(&empty))).unwrap(),
            empty
        );
    }

    /// A packed text with its reports apart, of `text` and `reports`, with
    /// `sum` in place of its check when given.
    fn apart_with(text: &str, reports: &[crate::model::Update], sum: Option<u64>) -> String {
        let mut payload = (text.len() as u64).to_le_bytes().to_vec();
        payload.extend_from_slice(text.as_bytes());
        report_bytes::write(reports, &mut payload);
        let bytes = compress_to_vec(&payload, LEVEL);
        let sum = sum.unwrap_or_else(|| check(&bytes, payload.len()));
        write_chars(
            format!("{MAGIC}{}:{}:{sum:016x}:", bytes.len(), payload.len()),
            &bytes,
        )
    }

    #[test]
    fn reports_apart_without_proof_go_through_every_rule() {
        let good = crate::sample::sample_plan(crate::i18n::Lang::En);
        let text = export_compact_without_reports(&good);
        // A good plan whose check does not match still opens.
        assert_eq!(
            read_stored(&apart_with(&text, &good.updates, Some(7))).unwrap(),
            good
        );
        // A report on a task that is not there: refused with its problem
        // when unproven, whatever the text around it.
        let mut stray = good.updates.clone();
        stray[0].subject = crate::model::Subject::Task(crate::model::Id::new("t-nowhere"));
        let err = read_stored(&apart_with(&text, &stray, Some(7))).unwrap_err();
        assert!(matches!(err, ImportError::Invalid(..)), "{err:?}");
        // A text that holds reports of its own besides: damaged.
        let whole = export_compact(&good);
        assert_eq!(
            read_stored(&apart_with(&whole, &good.updates, None)),
            Err(ImportError::Damaged)
        );
        // Reports cut short, or a text length past the end: damaged.
        let mut payload = payload(&good);
        payload.truncate(payload.len() - 1);
        assert_eq!(
            read_stored(&pack_payload(MAGIC, &payload)),
            Err(ImportError::Damaged)
        );
        let mut long = payload.clone();
        long[..8].copy_from_slice(&(payload.len() as u64).to_le_bytes());
        assert_eq!(
            read_stored(&pack_payload(MAGIC, &long)),
            Err(ImportError::Damaged)
        );
        assert_eq!(
            read_stored(&pack_payload(MAGIC, &[1, 2])),
            Err(ImportError::Damaged)
        );
    }

    #[test]
    fn damage_anywhere_in_a_text_with_its_reports_apart_is_found() {
        let plan = crate::sample::sample_plan(crate::i18n::Lang::Zh);
        let stored = pack_payload(MAGIC, &payload(&plan));
        let header_len = checked_head(&stored).unwrap().len();
        let chars: Vec<char> = stored[header_len..].chars().collect();
        for at in (0..chars.len()).step_by(89) {
            let mut body = chars.clone();
            body[at] = char::from_u32((u32::from(body[at]) - BASE + 1) % 0x8000 + BASE).unwrap();
            let damaged: String = stored[..header_len].chars().chain(body).collect();
            match unpack_checked(&damaged, UNPACK_LIMIT) {
                Ok(u) => assert!(!u.proven, "damage at {at} kept its proof"),
                Err(e) => assert_eq!(e, UnpackError::Inflate),
            }
            // Read back: refused, or a plan that keeps every rule.
            if let Ok(back) = read_stored(&damaged) {
                assert!(crate::validate::validate(&back).is_empty());
            }
        }
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
        let short = stored.replacen(MAGIC_V2, "PTz2:1:2:abc:", 1);
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
            ..
        } = Header::read(&stored).unwrap()
        else {
            panic!("a checked header")
        };
        assert_eq!(head, format!("{MAGIC_V2}{bytes}:{len}:{sum:016x}:"));
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
        // A text with its reports apart has the same head.
        let plan = crate::sample::sample_plan(crate::i18n::Lang::En);
        let apart = pack_payload(MAGIC, &payload(&plan));
        let head = checked_head(&apart).unwrap();
        assert!(head.starts_with(MAGIC) && head.chars().count() <= HEAD_MAX);
        assert_eq!(
            head,
            &apart[..apart.len() - Header::read(&apart).unwrap().body.len()]
        );
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
