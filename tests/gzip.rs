//! gzip plan files (`format::gzip`): written and read back, read when made
//! by `gzip -9` itself, refused with a clear error when damaged, bounded
//! when they would inflate past the size limit.

use plan_tracker::format::gzip::{crc32, gunzip, gzip, is_gzip, GzipError};
use plan_tracker::format::{export_plan, read_incoming, ImportError, Incoming, MAX_FILE_BYTES};
use plan_tracker::i18n::Lang;
use plan_tracker::model::Id;
use proptest::prelude::*;
use std::path::Path;

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn plan_of(bytes: &[u8]) -> Result<plan_tracker::model::Plan, ImportError> {
    match read_incoming(bytes)? {
        (Incoming::Plan(p), _) => Ok(p),
        (other, _) => panic!("not a plan: {other:?}"),
    }
}

#[test]
fn crc32_of_known_texts() {
    // The check values of CRC-32/ISO-HDLC.
    assert_eq!(crc32(b""), 0);
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b"a"), 0xE8B7_BE43);
}

#[test]
fn a_file_made_by_gzip_itself_reads_like_the_plain_one() {
    // valid.plan.json.gz is `gzip -9 valid.plan.json`: it carries the name field.
    let gz = fixture("valid.plan.json.gz");
    assert!(is_gzip(&gz));
    assert_eq!(gz[3] & 0x08, 0x08, "the fixture names its file");
    let plain = fixture("valid.plan.json");
    assert_eq!(gunzip(&gz, 1 << 20), Ok(plain.clone()));
    let plan = plan_of(&gz).unwrap();
    assert_eq!(plan.id, Id::new("fixture-plan"));
    assert_eq!(Ok(plan), plan_of(&plain));
}

#[test]
fn what_is_written_has_the_gzip_layout() {
    let gz = gzip(b"hello hello hello");
    assert_eq!(&gz[..4], &[0x1F, 0x8B, 8, 0]);
    let n = gz.len();
    assert_eq!(&gz[n - 4..], &17u32.to_le_bytes());
    assert_eq!(
        &gz[n - 8..n - 4],
        &crc32(b"hello hello hello").to_le_bytes()
    );
}

#[test]
fn the_sample_exported_compressed_opens_as_it_was() {
    let plan = plan_tracker::sample::sample_plan(Lang::Zh);
    let text = export_plan(&plan);
    let gz = gzip(text.as_bytes());
    assert!(gz.len() * 5 < text.len(), "{} of {}", gz.len(), text.len());
    assert_eq!(plan_of(&gz), Ok(plan));
}

#[test]
fn optional_header_fields_and_several_members_are_read() {
    let a = gzip(b"first, ");
    let b = gzip(b"second");
    // Member b rewritten with FEXTRA, FNAME, FCOMMENT and FHCRC set.
    let mut with_fields = vec![0x1F, 0x8B, 8, 0x02 | 0x04 | 0x08 | 0x10, 0, 0, 0, 0, 0, 3];
    with_fields.extend_from_slice(&[3, 0, b'x', b'y', b'z']);
    with_fields.extend_from_slice(b"name.json\0");
    with_fields.extend_from_slice("备注\0".as_bytes());
    with_fields.extend_from_slice(&[0xAB, 0xCD]);
    with_fields.extend_from_slice(&b[10..]);
    let mut both = a.clone();
    both.extend_from_slice(&with_fields);
    both.extend_from_slice(&[0, 0, 0]);
    assert_eq!(gunzip(&both, 100), Ok(b"first, second".to_vec()));
}

#[test]
fn damaged_files_are_refused_in_the_users_language() {
    let good = gzip(export_plan(&plan_tracker::sample::sample_plan(Lang::En)).as_bytes());
    // Cut short.
    let cut = &good[..good.len() / 2];
    assert_eq!(gunzip(cut, usize::MAX), Err(GzipError::Data));
    assert_eq!(plan_of(cut), Err(ImportError::BadGzip));
    // A changed byte in the data: either the data or its check fails.
    let mut flipped = good.clone();
    flipped[good.len() / 2] ^= 0x55;
    assert!(matches!(
        gunzip(&flipped, usize::MAX),
        Err(GzipError::Data | GzipError::Check)
    ));
    assert_eq!(plan_of(&flipped), Err(ImportError::BadGzip));
    // A wrong CRC in the trailer.
    let mut crc = good.clone();
    let n = crc.len();
    crc[n - 8] ^= 1;
    assert_eq!(gunzip(&crc, usize::MAX), Err(GzipError::Check));
    // Not DEFLATE, reserved flags, a header cut short.
    assert_eq!(
        gunzip(&[0x1F, 0x8B, 7, 0, 0, 0, 0, 0, 0, 0], 9),
        Err(GzipError::Header)
    );
    assert_eq!(
        gunzip(&[0x1F, 0x8B, 8, 0x20, 0, 0, 0, 0, 0, 0], 9),
        Err(GzipError::Header)
    );
    assert_eq!(plan_of(&[0x1F, 0x8B, 8]), Err(ImportError::BadGzip));
    for lang in Lang::ALL {
        let text = (lang.catalog().import_error)(&ImportError::BadGzip);
        assert!(text.contains(".gz"), "{text}");
    }
}

#[test]
fn inflating_stops_at_the_limit() {
    let data = vec![b' '; 100_000];
    let gz = gzip(&data);
    assert_eq!(gunzip(&gz, 99_999), Err(GzipError::TooLarge));
    assert_eq!(gunzip(&gz, 100_000), Ok(data));
}

#[test]
fn a_file_that_inflates_past_the_import_limit_is_refused() {
    // 129 MiB of spaces compress to about 130 KB.
    let big = vec![b' '; MAX_FILE_BYTES as usize + 1024 * 1024];
    let gz = gzip(&big);
    drop(big);
    assert!(gz.len() < 1024 * 1024);
    let e = plan_of(&gz).unwrap_err();
    // Inflating stops at the limit: the message says no size it cannot
    // know.
    assert_eq!(e, ImportError::UnpacksTooLarge);
    // A trailer that lies about the size: inflating still stops at the limit.
    let mut lying = gz.clone();
    let n = lying.len();
    lying[n - 4..].copy_from_slice(&1000u32.to_le_bytes());
    assert_eq!(plan_of(&lying), Err(ImportError::UnpacksTooLarge));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_round_trips(text in ".{0,2000}") {
        let gz = gzip(text.as_bytes());
        prop_assert!(is_gzip(&gz));
        prop_assert_eq!(gunzip(&gz, usize::MAX), Ok(text.into_bytes()));
    }

    #[test]
    fn any_bytes_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..5000)) {
        prop_assert_eq!(gunzip(&gzip(&bytes), bytes.len()), Ok(bytes));
    }

    #[test]
    fn damaged_files_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut file = vec![0x1F, 0x8B];
        file.extend_from_slice(&bytes);
        let _ = gunzip(&file, 1 << 16);
        let _ = read_incoming(&file);
    }
}
