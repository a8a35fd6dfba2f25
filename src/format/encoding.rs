//! Which encoding a spreadsheet's text file is in, and its text.
//!
//! Excel and WPS on a Chinese Windows save "CSV (comma delimited)" in the
//! system's code page, GBK, of which GB18030 is the superset; "CSV UTF-8"
//! with a byte-order mark; "Unicode text" as UTF-16 with a mark. [`decode_text`]
//! reads them in this order:
//!
//! 1. a UTF-16 byte-order mark (`FF FE` or `FE FF`): UTF-16, little- or big-endian;
//! 2. a UTF-8 byte-order mark (`EF BB BF`): UTF-8;
//! 3. bytes that are valid UTF-8: UTF-8;
//! 4. anything else: GB18030, decoded by the `legacy` function the caller
//!    gives (the browser's own `TextDecoder('gb18030', {fatal: true})`, so
//!    the decoding tables cost the bundle nothing; `encoding_rs` in native
//!    tests). It must refuse (return `None`) rather than replace any
//!    malformed sequence.
//!
//! Only CSV imports come this way: plan files and unit reports keep the
//! stricter [`super::decode`] (UTF-8 or UTF-16 only).

use super::{decode, ImportError, Repair};

/// The encoding a file was read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark (plain ASCII reads as this too).
    Utf8,
    /// UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    Utf8Bom,
    /// UTF-16 little-endian, with its mark (Windows "Unicode").
    Utf16Le,
    /// UTF-16 big-endian, with its mark.
    Utf16Be,
    /// GB18030, which contains GBK and GB2312 (Excel and WPS on a Chinese Windows).
    Gb18030,
}

/// Why a file's bytes are not text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextError {
    /// The file is larger than [`super::MAX_FILE_BYTES`].
    TooLarge { bytes: u64 },
    /// An Excel or WPS workbook, not a sheet saved as text.
    Workbook,
    /// The bytes cannot be read in `encoding`, the one their start or their
    /// content points to (GB18030 when they are no UTF at all). `offset` is
    /// the first byte that cannot be read, `line` its line (from 1).
    Unreadable {
        encoding: Encoding,
        offset: usize,
        line: usize,
    },
}

/// A decoder of GB18030 bytes that refuses malformed ones.
pub type Legacy<'a> = &'a dyn Fn(&[u8]) -> Option<String>;

/// The text of `bytes` and the encoding it was read in; see the module
/// docs for the order encodings are tried in. A byte-order mark is not
/// part of the text.
pub fn decode_text(bytes: &[u8], legacy: Legacy) -> Result<(String, Encoding), TextError> {
    let marked = match bytes {
        [0xFF, 0xFE, ..] => Some(Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => Some(Encoding::Utf16Be),
        [0xEF, 0xBB, 0xBF, ..] => Some(Encoding::Utf8Bom),
        _ => None,
    };
    match decode(bytes) {
        Ok((text, repair)) => {
            let encoding = match (repair, marked) {
                (Some(Repair::Utf16), Some(e)) => e,
                (Some(Repair::Utf8Bom), _) => Encoding::Utf8Bom,
                _ => Encoding::Utf8,
            };
            Ok((text, encoding))
        }
        Err(ImportError::TooLarge { bytes }) => Err(TextError::TooLarge { bytes }),
        Err(ImportError::Workbook) => Err(TextError::Workbook),
        Err(ImportError::NotText { offset }) => match marked {
            Some(encoding) => Err(unreadable(bytes, encoding, offset)),
            None => match legacy(bytes) {
                Some(text) => Ok((text, Encoding::Gb18030)),
                None => Err(unreadable(
                    bytes,
                    Encoding::Gb18030,
                    gb18030_error_offset(bytes, legacy),
                )),
            },
        },
        // `decode` returns no other error; should it ever, the bytes are
        // not text at their start.
        Err(_) => Err(unreadable(bytes, marked.unwrap_or(Encoding::Utf8), 0)),
    }
}

fn unreadable(bytes: &[u8], encoding: Encoding, offset: usize) -> TextError {
    let before = &bytes[..offset.min(bytes.len())];
    let newlines = match encoding {
        Encoding::Utf16Le => before
            .chunks_exact(2)
            .filter(|c| c[0] == b'\n' && c[1] == 0)
            .count(),
        Encoding::Utf16Be => before
            .chunks_exact(2)
            .filter(|c| c[0] == 0 && c[1] == b'\n')
            .count(),
        // In UTF-8 and GB18030 the byte 0x0A is only ever a line end.
        _ => before.iter().filter(|&&b| b == b'\n').count(),
    };
    TextError::Unreadable {
        encoding,
        offset,
        line: newlines + 1,
    }
}

/// Where GB18030 reading of `bytes` first fails: the start of the first
/// sequence that is malformed (GB18030's shape: one byte up to 0x80; a lead
/// 0x81–0xFE then 0x40–0x7E or 0x80–0xFE; or four bytes, lead, 0x30–0x39,
/// 0x81–0xFE, 0x30–0x39), or of the first well-formed one that `legacy`
/// still refuses (a code with no character), found by halving.
pub fn gb18030_error_offset(bytes: &[u8], legacy: Legacy) -> usize {
    // (start, end) of every multi-byte sequence before the first malformed one.
    let mut sequences: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    let malformed = loop {
        let Some(&lead) = bytes.get(i) else {
            break None;
        };
        let len = match lead {
            0x00..=0x80 => 1,
            0xFF => break Some(i),
            _ => match (bytes.get(i + 1), bytes.get(i + 2), bytes.get(i + 3)) {
                (Some(0x40..=0x7E | 0x80..=0xFE), _, _) => 2,
                (Some(0x30..=0x39), Some(0x81..=0xFE), Some(0x30..=0x39)) => 4,
                _ => break Some(i),
            },
        };
        if len > 1 {
            sequences.push((i, i + len));
        }
        i += len;
    };
    let end = malformed.unwrap_or(bytes.len());
    if legacy(&bytes[..end]).is_some() {
        return end;
    }
    // The smallest k whose prefix, up to the end of sequence k, is refused.
    let (mut lo, mut hi) = (0, sequences.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if legacy(&bytes[..sequences[mid].1]).is_some() {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    sequences.get(lo).map_or(end, |s| s.0)
}
