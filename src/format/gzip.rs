//! gzip files (RFC 1952): a plan file exported compressed
//! (`<title>.plan.json.gz`), and such a file read back by the import gate.
//!
//! Written and read here, in the core, with miniz_oxide's DEFLATE (already
//! used for the packed stored form) rather than the browser's
//! `CompressionStream`: it stays synchronous, costs nothing more in the
//! bundle, and is tested natively against files made by `gzip` itself.
//!
//! A gzip file is a 10-byte header (`1F 8B`, method 8, flags, time, extra
//! flags, system), optional fields the flags announce (extra, name,
//! comment, header CRC), the raw DEFLATE data, then the CRC-32 of the
//! uncompressed bytes and their length modulo 2^32, both little-endian.
//! Several members one after the other are read as one stream.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::core::{decompress, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

/// The first two bytes of every gzip file.
pub const MAGIC: [u8; 2] = [0x1F, 0x8B];

/// DEFLATE level for exported files: gzip's own default. Level 9 makes a
/// province's year (69 MB pretty-printed) about 1% smaller and takes twice
/// as long, with the page waiting (docs/performance.md, "Export").
const LEVEL: u8 = 6;

const FHCRC: u8 = 0x02;
const FEXTRA: u8 = 0x04;
const FNAME: u8 = 0x08;
const FCOMMENT: u8 = 0x10;
const RESERVED: u8 = 0xE0;

/// Why bytes that start like a gzip file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GzipError {
    /// The header is cut short, names another method than DEFLATE, or sets
    /// reserved flags.
    Header,
    /// The compressed data is damaged or cut short.
    Data,
    /// The data inflates, but not to what the trailer's CRC-32 and length say.
    Check,
    /// It inflates to more than the limit allows.
    TooLarge,
}

/// Whether `bytes` start like a gzip file (its magic bytes, not its name).
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&MAGIC)
}

/// `data` as a gzip file: one member, no name, time 0, "unknown" system.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let body = compress_raw(data);
    let mut out = Vec::with_capacity(body.len() + 18);
    out.extend_from_slice(&[0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 2, 255]);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

fn compress_raw(data: &[u8]) -> Vec<u8> {
    // miniz_oxide's `compress_to_vec` writes raw DEFLATE (no zlib wrapper).
    compress_to_vec(data, LEVEL)
}

/// Read a gzip file back: every member, each checked against its trailer.
/// The result may be at most `limit` bytes; more is [`GzipError::TooLarge`]
/// and stops the inflating there.
pub fn gunzip(bytes: &[u8], limit: usize) -> Result<Vec<u8>, GzipError> {
    let mut out = Vec::new();
    let mut rest = bytes;
    loop {
        let start = header_len(rest)?;
        let (used, member_start) = inflate_member(&rest[start..], &mut out, limit)?;
        let trailer = rest
            .get(start + used..start + used + 8)
            .ok_or(GzipError::Data)?;
        let crc = u32::from_le_bytes([trailer[0], trailer[1], trailer[2], trailer[3]]);
        let size = u32::from_le_bytes([trailer[4], trailer[5], trailer[6], trailer[7]]);
        let member = &out[member_start..];
        if crc32(member) != crc || member.len() as u32 != size {
            return Err(GzipError::Check);
        }
        rest = &rest[start + used + 8..];
        // Trailing zero bytes (padding some tools write) end the stream.
        if rest.iter().all(|&b| b == 0) {
            return Ok(out);
        }
    }
}

/// The length of a member's header, optional fields included.
fn header_len(bytes: &[u8]) -> Result<usize, GzipError> {
    let head = bytes.get(..10).ok_or(GzipError::Header)?;
    if head[..2] != MAGIC || head[2] != 8 || head[3] & RESERVED != 0 {
        return Err(GzipError::Header);
    }
    let flags = head[3];
    let mut at = 10;
    if flags & FEXTRA != 0 {
        let len = bytes.get(at..at + 2).ok_or(GzipError::Header)?;
        at += 2 + usize::from(u16::from_le_bytes([len[0], len[1]]));
    }
    for flag in [FNAME, FCOMMENT] {
        if flags & flag != 0 {
            let end = bytes
                .get(at..)
                .and_then(|b| b.iter().position(|&c| c == 0))
                .ok_or(GzipError::Header)?;
            at += end + 1;
        }
    }
    if flags & FHCRC != 0 {
        at += 2;
    }
    if at > bytes.len() {
        return Err(GzipError::Header);
    }
    Ok(at)
}

/// Inflate one member's raw DEFLATE data from the start of `data`,
/// appending to `out` (at most `limit` bytes in all). Returns the number
/// of compressed bytes read and where this member's output starts.
fn inflate_member(
    data: &[u8],
    out: &mut Vec<u8>,
    limit: usize,
) -> Result<(usize, usize), GzipError> {
    let member_start = out.len();
    let mut state = Box::<DecompressorOxide>::default();
    let mut read = 0;
    // The whole rest of the file is given: running out of input is damage.
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut filled = out.len();
    out.resize((filled + 64 * 1024).min(limit).max(filled), 0);
    loop {
        let (status, in_used, out_used) = decompress(&mut state, &data[read..], out, filled, flags);
        read += in_used;
        filled += out_used;
        match status {
            TINFLStatus::Done => {
                out.truncate(filled);
                return Ok((read, member_start));
            }
            TINFLStatus::HasMoreOutput => {
                if out.len() >= limit {
                    return Err(GzipError::TooLarge);
                }
                let grown = (out.len() * 2).min(limit);
                out.resize(grown, 0);
            }
            _ => return Err(GzipError::Data),
        }
    }
}

/// The CRC-32 of `data` (IEEE 802.3, as gzip and zip use it).
pub fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table = [0u32; 256];
        for (n, slot) in table.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        table
    });
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8)
    })
}
