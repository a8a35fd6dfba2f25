//! Plan file format v2: one JSON document that names its format and version
//! and holds one plan. The same document is what local storage keeps, so
//! stored data carries its version too. See `docs/plan-format.md`.
//!
//! [`import_plan`] is the one gate every plan text passes through: a file the
//! user picks and a plan read back from storage alike.

pub mod csv;
pub mod diff;
pub mod encoding;
pub mod gzip;
pub mod json_path;
pub mod migrate;
pub mod packed;
mod report_bytes;
pub mod unit_report;

use crate::model::Plan;
use crate::validate::{validate, Place, Problem};
use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;
use std::fmt;

/// The value of the `format` field.
pub const FORMAT: &str = "plan-tracker/plan";
/// The newest version this build reads and the one it writes.
pub const VERSION: u32 = 2;
/// Files larger than this are refused before they are read (and a gzip
/// file may not inflate to more): room for a province's year of monthly
/// reports, pretty-printed.
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    plan: &'a Plan,
}

#[derive(Deserialize)]
struct Envelope {
    format: Option<String>,
    #[serde(default)]
    version: WholeNumber,
}

/// The envelope's `version`: the number when it is a whole number from 0,
/// `None` for any other value (a fraction, a text, a list), which the gate
/// refuses as a bad version rather than as not a plan file.
#[derive(Default)]
struct WholeNumber(Option<u64>);

impl<'de> Deserialize<'de> for WholeNumber {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = WholeNumber;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_u64<E>(self, v: u64) -> Result<WholeNumber, E> {
                Ok(WholeNumber(Some(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<WholeNumber, E> {
                Ok(WholeNumber(u64::try_from(v).ok()))
            }
            fn visit_f64<E>(self, _: f64) -> Result<WholeNumber, E> {
                Ok(WholeNumber(None))
            }
            fn visit_bool<E>(self, _: bool) -> Result<WholeNumber, E> {
                Ok(WholeNumber(None))
            }
            fn visit_str<E>(self, _: &str) -> Result<WholeNumber, E> {
                Ok(WholeNumber(None))
            }
            fn visit_unit<E>(self) -> Result<WholeNumber, E> {
                Ok(WholeNumber(None))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut a: A) -> Result<WholeNumber, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(WholeNumber(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<WholeNumber, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(WholeNumber(None))
            }
        }
        d.deserialize_any(Any)
    }
}

#[derive(Deserialize)]
struct FileIn {
    plan: Plan,
}

/// Why a text is not a plan this build can open. Nothing is changed when
/// this is returned; the message text comes from the i18n catalogs.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// The text is empty.
    Empty,
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: u64 },
    /// A gzip file that inflates past [`MAX_FILE_BYTES`] (inflating stops
    /// there, so its full size is not known).
    UnpacksTooLarge,
    /// The text is not JSON; where it breaks (and in which value, its JSON
    /// path, unless it breaks before any), whether it breaks by ending
    /// before its JSON does (a file cut short), and serde's own words.
    Syntax {
        line: usize,
        column: usize,
        path: Option<String>,
        cut_short: bool,
        detail: String,
    },
    /// JSON, but not a plan file (no or another `format`).
    NotAPlanFile,
    /// The version field is missing or not a whole number.
    BadVersion,
    /// Written by a newer Plan Tracker.
    NewerVersion { found: u64 },
    /// A value of the wrong type or shape, at a JSON path, found at `line`
    /// and `column` of the file.
    Shape {
        path: String,
        line: usize,
        column: usize,
        detail: String,
    },
    /// The plan parsed but breaks the rules: every problem listed, each
    /// with where it stands in the file's own words when that is known
    /// ([`crate::validate::place`]).
    Invalid(Vec<Problem>, Vec<Option<Place>>),
    /// The bytes are not UTF-8 text (nor UTF-16 with a byte-order mark);
    /// `offset` is the first byte that cannot be read.
    NotText { offset: usize },
    /// An Excel or WPS workbook (.xlsx, .xls, .et), not text: its start
    /// is a ZIP archive's or an OLE compound file's.
    Workbook,
    /// A packed stored plan ([`packed`]) whose compressed form is damaged.
    Damaged,
    /// A gzip file ([`gzip`]) that is damaged or cut short.
    BadGzip,
    /// A stored plan kept under the key of another id than its own.
    OtherKey { id: String },
    /// The changes saved after a stored plan (its journal) cannot all be
    /// read back; `change` is the first, counted from 0, that does not
    /// apply to the plan (`None`: the journal itself cannot be read).
    Journal { change: Option<usize> },
}

/// Something the gate put right on its own, to tell the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repair {
    /// A UTF-8 byte-order mark was dropped.
    Utf8Bom,
    /// The file was UTF-16 (with a byte-order mark) and was converted.
    Utf16,
}

/// What a picked file holds, once through the gate.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    Plan(Plan),
    UnitReport(unit_report::UnitReport),
}

/// A step of [`read_incoming_stepped`] done, for the benchmark's marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GateStep {
    /// The bytes inflated (if gzip) and decoded to text.
    Decoded,
    /// A current plan file parsed into a plan, not yet checked.
    Parsed,
}

/// Read any file the app accepts (a plan file or a unit report) from its
/// bytes: inflated if they are gzip (by their magic bytes, whatever the
/// file's name), decoded, then through the gate its `format` field names.
pub fn read_incoming(bytes: &[u8]) -> Result<(Incoming, Option<Repair>), ImportError> {
    read_incoming_stepped(bytes, None, |_| {})
}

/// [`read_incoming`], telling `step` each step done on the way (the app
/// marks them in the browser's performance timeline); a unit report's
/// problems name its tasks as `open` (the plan on screen) has them.
pub fn read_incoming_stepped(
    bytes: &[u8],
    open: Option<&Plan>,
    mut step: impl FnMut(GateStep),
) -> Result<(Incoming, Option<Repair>), ImportError> {
    let inflated;
    let bytes = if gzip::is_gzip(bytes) {
        inflated = gunzip_file(bytes)?;
        &inflated[..]
    } else {
        bytes
    };
    let (text, repair) = decode_borrowed(bytes)?;
    step(GateStep::Decoded);
    // `decode` has dropped the one byte-order mark the gate allows. A second
    // is not dropped (docs/plan-format.md): the text fails as the syntax
    // error it is, at line 1, column 1.
    if repair == Some(Repair::Utf8Bom) && text.starts_with('\u{feff}') {
        if let Err(e) = serde_json::from_str::<IgnoredAny>(&text) {
            return Err(syntax(&text, &e));
        }
    }
    // A current plan file, the common case, is read in one pass.
    if let Some(plan) = read_current(&text) {
        step(GateStep::Parsed);
        return Ok((Incoming::Plan(checked(plan)?), repair));
    }
    let format = serde_json::from_str::<Envelope>(&text)
        .ok()
        .and_then(|e| e.format);
    let incoming = match format.as_deref() {
        Some(unit_report::UNIT_REPORT_FORMAT) => {
            Incoming::UnitReport(unit_report::import_unit_report_for(&text, open)?)
        }
        _ => Incoming::Plan(checked(read_step_by_step(&text)?)?),
    };
    Ok((incoming, repair))
}

/// A gzip file's contents, at most [`MAX_FILE_BYTES`]: inflating stops at
/// the limit. The size then reported is the one the file's trailer gives
/// (the uncompressed length modulo 2^32), when that is over the limit.
fn gunzip_file(bytes: &[u8]) -> Result<Vec<u8>, ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    gzip::gunzip(bytes, MAX_FILE_BYTES as usize).map_err(|e| match e {
        gzip::GzipError::TooLarge => ImportError::UnpacksTooLarge,
        _ => ImportError::BadGzip,
    })
}

/// Turn a file's bytes into text: UTF-8, with or without a byte-order mark,
/// or UTF-16 little- or big-endian with its mark (Windows "Unicode"). Any
/// other bytes are refused with the offset of the first unreadable one.
/// The size limit is checked first, before anything is decoded. Plan files
/// and unit reports are read this way only; a CSV file may also be GBK or
/// GB18030 ([`encoding::decode_text`]).
pub fn decode(bytes: &[u8]) -> Result<(String, Option<Repair>), ImportError> {
    decode_borrowed(bytes).map(|(text, repair)| (text.into_owned(), repair))
}

/// [`decode`], borrowing the text from `bytes` when they are UTF-8 (no copy
/// of a large file).
fn decode_borrowed(bytes: &[u8]) -> Result<(Cow<'_, str>, Option<Repair>), ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    let utf16 = |big: bool| -> Result<(Cow<'_, str>, Option<Repair>), ImportError> {
        let body = &bytes[2..];
        if !body.len().is_multiple_of(2) {
            return Err(ImportError::NotText {
                offset: bytes.len() - 1,
            });
        }
        let units = body.chunks_exact(2).map(|c| {
            if big {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                u16::from_le_bytes([c[0], c[1]])
            }
        });
        let mut text = String::with_capacity(body.len() / 2);
        for (i, c) in char::decode_utf16(units).enumerate() {
            match c {
                Ok(c) => text.push(c),
                Err(_) => return Err(ImportError::NotText { offset: 2 + i * 2 }),
            }
        }
        Ok((Cow::Owned(text), Some(Repair::Utf16)))
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        [b'P', b'K', 3, 4, ..] | [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => {
            Err(ImportError::Workbook)
        }
        _ => match std::str::from_utf8(bytes) {
            Ok(text) => match text.strip_prefix('\u{feff}') {
                Some(rest) => Ok((Cow::Borrowed(rest), Some(Repair::Utf8Bom))),
                None => Ok((Cow::Borrowed(text), None)),
            },
            Err(e) => Err(ImportError::NotText {
                offset: e.valid_up_to(),
            }),
        },
    }
}

/// The plan as a current (v2) file: pretty JSON, stable field order. Written as the
/// compact document laid out by [`pretty`], so the plan's serializer is built
/// for one JSON formatter only (half the serializer code in the app).
pub fn export_plan(plan: &Plan) -> String {
    pretty(&export_compact(plan))
}

/// Compact JSON `text` (as serde_json writes it: no white space outside
/// strings) laid out as serde_json's pretty formatter would write it: two
/// spaces per level, `": "` after keys, one member or element per line,
/// empty objects and arrays as `{}` and `[]`.
pub(crate) fn pretty(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let newline = |out: &mut Vec<u8>, depth: usize| {
        out.push(b'\n');
        out.resize(out.len() + 2 * depth, b' ');
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if in_string {
            out.push(b);
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                out.push(b);
            }
            b'{' | b'[' => {
                out.push(b);
                let close = if b == b'{' { b'}' } else { b']' };
                if bytes.get(i) == Some(&close) {
                    out.push(close);
                    i += 1;
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(b);
            }
            b',' => {
                out.push(b);
                newline(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ => out.push(b),
        }
    }
    // Only ASCII was added between whole UTF-8 sequences of `text`.
    String::from_utf8(out).expect("pretty keeps UTF-8")
}

/// The same document, compact, for local storage.
pub fn export_compact(plan: &Plan) -> String {
    serde_json::to_string(&FileOut {
        format: FORMAT,
        version: VERSION,
        plan,
    })
    .expect("a plan always serializes")
}

/// [`export_compact`] with the plan's reports left out (`"updates":[]`),
/// for the packed stored form, which keeps them apart as bytes
/// ([`report_bytes`]). Written from borrowed fields, so the plan is not
/// copied.
pub(crate) fn export_compact_without_reports(plan: &Plan) -> String {
    use crate::model::{
        Change, Goal, Indicator, KeyArea, Notice, Project, Step, Task, Unit, Update,
    };
    #[derive(Serialize)]
    struct PlanOut<'a> {
        id: &'a crate::model::Id,
        title: &'a str,
        description: &'a str,
        level: &'a crate::model::Level,
        issuer: &'a str,
        start: &'a crate::model::Date,
        end: &'a crate::model::Date,
        cadence: &'a crate::model::Cadence,
        grace_days: u32,
        thresholds: &'a crate::model::Thresholds,
        evaluation: &'a crate::model::Evaluation,
        supervision: &'a crate::model::Supervision,
        goals: &'a [Goal],
        areas: &'a [KeyArea],
        units: &'a [Unit],
        tasks: &'a [Task],
        projects: &'a [Project],
        indicators: &'a [Indicator],
        updates: &'a [Update],
        steps: &'a [Step],
        notices: &'a [Notice],
        history: &'a [Change],
    }
    // Every field named: a field added to `Plan` stops this from building
    // until it is written here too.
    let Plan {
        id,
        title,
        description,
        level,
        issuer,
        start,
        end,
        cadence,
        grace_days,
        thresholds,
        evaluation,
        supervision,
        goals,
        areas,
        units,
        tasks,
        projects,
        indicators,
        updates: _,
        steps,
        notices,
        history,
    } = plan;
    #[derive(Serialize)]
    struct Out<'a> {
        format: &'static str,
        version: u32,
        plan: PlanOut<'a>,
    }
    serde_json::to_string(&Out {
        format: FORMAT,
        version: VERSION,
        plan: PlanOut {
            id,
            title,
            description,
            level,
            issuer,
            start,
            end,
            cadence,
            grace_days: *grace_days,
            thresholds,
            evaluation,
            supervision,
            goals,
            areas,
            units,
            tasks,
            projects,
            indicators,
            updates: &[],
            steps,
            notices,
            history,
        },
    })
    .expect("a plan always serializes")
}

/// A stored plan whose reports were kept apart as bytes: `text` as
/// [`export_compact_without_reports`] wrote it, and the reports read from
/// the bytes. With `proven` (the stored text's check matched) a current
/// file is not validated again, as [`import_written`]; otherwise the whole
/// plan, reports and all, goes through every rule. A text that holds
/// reports of its own is damaged: this app never writes one.
pub(crate) fn import_with_reports(
    text: &str,
    updates: Vec<crate::model::Update>,
    proven: bool,
) -> Result<Plan, ImportError> {
    let (mut plan, current) = match read_current(text) {
        Some(plan) => (plan, true),
        None => (read_step_by_step(text)?, false),
    };
    if !plan.updates.is_empty() {
        return Err(ImportError::Damaged);
    }
    plan.updates = updates;
    if proven && current {
        Ok(plan)
    } else {
        checked(plan)
    }
}

/// Read a plan file. A leading UTF-8 byte-order mark is skipped (Windows
/// editors add one); everything else wrong is an [`ImportError`].
///
/// A file of the current version (every file this build writes, and what
/// local storage keeps) is read in one pass ([`read_current`]). Anything
/// that pass does not accept is read again step by step, which finds and
/// names what is wrong: size, syntax, format, version (an older one is
/// upgraded), then the shape with its JSON path. Either way the plan then
/// keeps every rule of [`validate`].
pub fn import_plan(text: &str) -> Result<Plan, ImportError> {
    let plan = match read_current(text) {
        Some(plan) => plan,
        None => read_step_by_step(text)?,
    };
    checked(plan)
}

/// A plan text this app wrote itself, with proof (a stored plan whose check
/// matches, [`packed::read_stored`]): only ever written for a plan that
/// kept every rule, so a current file is parsed without validating it
/// again. Anything [`read_current`] does not accept goes through the whole
/// gate as [`import_plan`].
pub(crate) fn import_written(text: &str) -> Result<Plan, ImportError> {
    match read_current(text) {
        Some(plan) => Ok(plan),
        None => import_plan(text),
    }
}

/// A current plan file in one pass: `format` and `version` checked as they
/// come, then `plan` read straight into a [`Plan`], the rest of the
/// document skipped. `None` for anything else: a text too large or not
/// JSON, another format or version, `plan` before `format` and `version`, a
/// field twice, a value of the wrong shape. [`read_step_by_step`] then
/// says what it is.
fn read_current(text: &str) -> Option<Plan> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() as u64 > MAX_FILE_BYTES {
        return None;
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let plan = CurrentFile.deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(plan)
}

/// The top of a current plan file (see [`read_current`]).
struct CurrentFile;

/// A top-level field of a plan file.
enum Field {
    Format,
    Version,
    Plan,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Name;
        impl Visitor<'_> for Name {
            type Value = Field;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a field name")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
                Ok(match name {
                    "format" => Field::Format,
                    "version" => Field::Version,
                    "plan" => Field::Plan,
                    _ => Field::Other,
                })
            }
        }
        deserializer.deserialize_identifier(Name)
    }
}

impl<'de> DeserializeSeed<'de> for CurrentFile {
    type Value = Plan;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Plan, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for CurrentFile {
    type Value = Plan;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a current plan file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Plan, A::Error> {
        let not_current = || de::Error::custom("not a current plan file");
        let (mut format, mut version, mut plan) = (false, false, None);
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::Format if !format => {
                    if map.next_value::<Cow<'de, str>>()? != FORMAT {
                        return Err(not_current());
                    }
                    format = true;
                }
                Field::Version if !version => {
                    if map.next_value::<u64>()? != u64::from(VERSION) {
                        return Err(not_current());
                    }
                    version = true;
                }
                Field::Plan if format && version && plan.is_none() => {
                    plan = Some(map.next_value::<Plan>()?);
                }
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
                _ => return Err(not_current()),
            }
        }
        plan.ok_or_else(not_current)
    }
}

/// Every step of the gate one after another, for a text [`read_current`]
/// did not accept: what is wrong is found and named, and an older version
/// is upgraded.
fn read_step_by_step(text: &str) -> Result<Plan, ImportError> {
    let (text, version) = parse_envelope(text, FORMAT)?;
    if version > u64::from(VERSION) {
        return Err(ImportError::NewerVersion { found: version });
    }
    // Today's model reads every older shape, its new fields defaulted, so
    // a shape error names its line and column in the user's own text.
    let mut file: FileIn = shape(text)?;
    migrate::upgrade(&mut file.plan, version);
    Ok(file.plan)
}

/// `plan` if it keeps every rule, else every problem, with paths from the
/// top of the file as shape errors give them.
fn checked(plan: Plan) -> Result<Plan, ImportError> {
    let problems = validate(&plan);
    if problems.is_empty() {
        Ok(plan)
    } else {
        let places = problems
            .iter()
            .map(|p| crate::validate::place(&plan, &p.path))
            .collect();
        Err(ImportError::Invalid(
            problems
                .into_iter()
                .map(|p| Problem {
                    path: match p.path.as_str() {
                        "" => "plan".to_string(),
                        rest => format!("plan.{rest}"),
                    },
                    ..p
                })
                .collect(),
            places,
        ))
    }
}

/// The first steps of every import: skip a UTF-8 byte-order mark, refuse
/// an empty or oversized text, check the JSON syntax (line and column), that
/// `format` is `expected`, and that `version` is a whole number from 1.
/// Returns the text without its mark, and the version.
fn parse_envelope<'a>(text: &'a str, expected: &str) -> Result<(&'a str, u64), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len() as u64,
        });
    }
    let envelope: Envelope = match serde_json::from_str(text) {
        Ok(e) => e,
        Err(e) if e.is_syntax() || e.is_eof() => return Err(syntax(text, &e)),
        Err(_) => return Err(ImportError::NotAPlanFile),
    };
    if envelope.format.as_deref() != Some(expected) {
        return Err(ImportError::NotAPlanFile);
    }
    let version = envelope.version.0.ok_or(ImportError::BadVersion)?;
    if version == 0 {
        return Err(ImportError::BadVersion);
    }
    Ok((text, version))
}

/// Deserialize a text already known to be JSON. Whatever fails now is a
/// value of the wrong shape, even where serde_json files it as a syntax
/// error (`"level": null` is "expected value", `1e400` is "number out of
/// range"): report it with its path, found from where serde_json stopped
/// ([`json_path`]).
fn shape<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ImportError> {
    serde_json::from_str(text).map_err(|e| ImportError::Shape {
        path: json_path::error_path(text, &e),
        line: e.line(),
        column: e.column(),
        detail: e.to_string(),
    })
}

fn syntax(text: &str, e: &serde_json::Error) -> ImportError {
    ImportError::Syntax {
        line: e.line(),
        column: e.column(),
        path: Some(json_path::error_path(text, e)).filter(|p| p != "."),
        cut_short: e.is_eof(),
        detail: e.to_string(),
    }
}

/// A file name for an exported plan: its title, made safe, and `.plan.json`.
pub fn file_name(plan: &Plan) -> String {
    match safe_file_stem(&plan.title) {
        name if name.is_empty() => format!("{}.plan.json", plan.id),
        name => format!("{name}.plan.json"),
    }
}

/// `text` made fit to start a file name on any system: characters a file
/// name cannot hold become `_`, spaces at the ends go, at most 80 are kept.
pub fn safe_file_stem(text: &str) -> String {
    let name: String = text
        .chars()
        .map(|c| {
            if c.is_control() || "\\/:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect::<String>()
        .trim()
        .chars()
        .take(80)
        .collect();
    name.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The steps the gate tells of a file, in order, and whether it read it.
    fn steps_of(bytes: &[u8]) -> (Vec<GateStep>, bool) {
        let mut steps = Vec::new();
        let read = read_incoming_stepped(bytes, None, |s| steps.push(s)).is_ok();
        (steps, read)
    }

    #[test]
    fn the_gate_tells_each_step_it_takes() {
        let plan = crate::sample::scaled_plan(crate::i18n::Lang::En, 3);
        let text = export_plan(&plan);
        assert_eq!(
            steps_of(text.as_bytes()),
            (vec![GateStep::Decoded, GateStep::Parsed], true)
        );
        // gzip: inflated, then the same steps.
        let gz = gzip::gzip(text.as_bytes());
        assert_eq!(
            steps_of(&gz),
            (vec![GateStep::Decoded, GateStep::Parsed], true)
        );
        // Not JSON: decoded, never parsed.
        assert_eq!(steps_of(b"{ not json"), (vec![GateStep::Decoded], false));
        // Not UTF-8: not even decoded.
        assert_eq!(steps_of(b"{\"a\": \"\xc3\x28\"}"), (vec![], false));
        // A plan that breaks a rule is parsed, then refused by the check.
        let broken = text.replacen(
            &format!("\"{}\"", plan.tasks[0].lead.as_str()),
            "\"nobody\"",
            1,
        );
        assert_eq!(
            steps_of(broken.as_bytes()),
            (vec![GateStep::Decoded, GateStep::Parsed], false)
        );
    }

    /// What serde_json's own pretty formatter writes for `plan`.
    fn serde_pretty(plan: &Plan) -> String {
        serde_json::to_string_pretty(&FileOut {
            format: FORMAT,
            version: VERSION,
            plan,
        })
        .unwrap()
    }

    #[test]
    fn export_is_exactly_serde_jsons_pretty_layout() {
        for l in crate::i18n::Lang::ALL {
            let plan = crate::sample::sample_plan(l);
            assert_eq!(export_plan(&plan), serde_pretty(&plan));
        }
        let mut plan = Plan::new(
            crate::model::Id::new("p"),
            "a \"quoted\" {title}, [with]: commas \\".to_string(),
            crate::model::Date::from_ymd_opt(2023, 1, 1).unwrap(),
            crate::model::Date::from_ymd_opt(2023, 12, 31).unwrap(),
        );
        plan.description = "\\\"}\n\t\u{1} 中文 ,:[]{}\\".to_string();
        assert_eq!(export_plan(&plan), serde_pretty(&plan));
    }

    #[test]
    fn pretty_lays_out_empty_and_nested_values_like_serde_json() {
        let text = r#"{"a":[],"b":{},"c":[[],{},[1,{"d":null}]],"e":"x\\\"y,{"}"#;
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(pretty(text), serde_json::to_string_pretty(&value).unwrap());
        assert_eq!(pretty("[]"), "[]");
        assert_eq!(pretty("\"{\""), "\"{\"");
    }
}
