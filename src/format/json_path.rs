//! Where in a JSON text a deserializing error is: its JSON path
//! (`plan.tasks[3].deadline`), found from serde_json's line and column by a
//! small scanner over the text. Only the error path of the import gate
//! uses it, so the plan's reader is built once, without path tracking.
//!
//! serde_json reports a value of the wrong shape where it stopped reading:
//! just after a scalar it read (a wrong type, an unknown name, an
//! impossible date), just after the closing brace of an object that lacks
//! a field, at the first byte of an object or array of the wrong type, or
//! one byte into a value an enum cannot start with. The path of the value
//! read last at that point, or about to be read, is the one the error is
//! about; inside an object before any value (after `{`, a `,` or a key),
//! the object's own path. Paths are written as `serde_path_to_error` wrote
//! them: keys joined by `.`, indexes as `[i]`, the whole document as `.`.

/// The path of the value serde_json's `error` (from reading `text`) is about.
pub fn error_path(text: &str, error: &serde_json::Error) -> String {
    let mut at = offset_of(text, error.line(), error.column());
    // A syntax-class error during deserializing (an enum that cannot start
    // with this value, a number out of range) is placed one byte further
    // than the other errors: after the byte it looked at, not before it.
    if error.is_syntax() {
        at = at.saturating_sub(1);
    }
    path_at(text, at)
}

/// The byte offset of serde_json's `line` (from 1) and `column` (bytes
/// read on that line), clamped to the text.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = 0;
    for _ in 1..line {
        match bytes[start..].iter().position(|&b| b == b'\n') {
            Some(i) => start += i + 1,
            None => return bytes.len(),
        }
    }
    (start + column).min(bytes.len())
}

/// Where a container is in reading its members.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    /// After `{`, or after `,` in an object: a key comes next.
    Key,
    /// In a key, or after it before its `:`.
    InKey,
    /// After `:` in an object, or after `[` or `,` in an array: a value
    /// comes next.
    Value,
    /// In a value or just after it.
    InValue,
}

/// One open object or array, and the member being read.
struct Frame {
    object: bool,
    slot: Slot,
    /// The current key (its bytes between the quotes, escapes included).
    key: (usize, usize),
    /// The current element's index.
    index: usize,
}

/// The JSON path of the value being read when `text[..at]` has been read
/// (see the module doc). `text` is valid JSON up to `at`.
pub fn path_at(text: &str, at: usize) -> String {
    let bytes = &text.as_bytes()[..at.min(text.len())];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'"' => {
                // A whole string (or the part of it read): its end.
                let start = i + 1;
                let mut j = start;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                if let Some(top) = stack.last_mut() {
                    if top.object && top.slot == Slot::Key {
                        top.slot = Slot::InKey;
                        top.key = (start, j.min(bytes.len()));
                    } else {
                        top.slot = Slot::InValue;
                    }
                }
                i = j + 1;
                continue;
            }
            b'{' | b'[' => {
                if let Some(top) = stack.last_mut() {
                    top.slot = Slot::InValue;
                }
                stack.push(Frame {
                    object: b == b'{',
                    slot: if b == b'{' { Slot::Key } else { Slot::Value },
                    key: (0, 0),
                    index: 0,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            b':' => {
                if let Some(top) = stack.last_mut() {
                    top.slot = Slot::Value;
                }
            }
            b',' => {
                if let Some(top) = stack.last_mut() {
                    if top.object {
                        top.slot = Slot::Key;
                    } else {
                        top.slot = Slot::Value;
                        top.index += 1;
                    }
                }
            }
            b' ' | b'\n' | b'\r' | b'\t' => {}
            _ => {
                // A number or a literal.
                if let Some(top) = stack.last_mut() {
                    top.slot = Slot::InValue;
                }
            }
        }
        i += 1;
    }
    let mut path = String::new();
    let last = stack.len().saturating_sub(1);
    for (n, frame) in stack.iter().enumerate() {
        // Every frame but the innermost is in the value that holds the next;
        // the innermost names its member only once a value is due or read.
        if n == last && matches!(frame.slot, Slot::Key | Slot::InKey) {
            break;
        }
        if frame.object {
            if !path.is_empty() {
                path.push('.');
            }
            push_key(
                &mut path,
                text.get(frame.key.0..frame.key.1).unwrap_or_default(),
            );
        } else {
            path.push_str(&format!("[{}]", frame.index));
        }
    }
    if path.is_empty() {
        path.push('.');
    }
    path
}

/// A key as its text says, escapes read.
fn push_key(path: &mut String, raw: &str) {
    if raw.contains('\\') {
        if let Ok(key) = serde_json::from_str::<String>(&format!("\"{raw}\"")) {
            path.push_str(&key);
            return;
        }
    }
    path.push_str(raw);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_lines_and_bytes() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset_of(text, 1, 0), 0);
        assert_eq!(offset_of(text, 2, 0), 2);
        assert_eq!(&text[offset_of(text, 3, 2)..offset_of(text, 3, 5)], "\"b\"");
        assert_eq!(offset_of(text, 9, 9), text.len());
    }
}
