//! CSV text to rows of cells and back, as spreadsheets write and read it
//! (RFC 4180, leniently read): a cell holding the delimiter, a quote or a
//! line break is quoted, its quotes doubled; rows end with CRLF, LF or CR;
//! blank lines are skipped; rows may have any number of cells.
//!
//! A few dozen lines instead of the `csv` crate, which the wasm bundle paid
//! about 34 KB of code for; the tests hold these to what that crate reads and
//! writes with the settings the sheets used (flexible rows, no header row,
//! CRLF on writing).

/// Where the reader is.
#[derive(Clone, Copy, PartialEq)]
enum At {
    /// Between rows: line breaks here are skipped.
    RowStart,
    CellStart,
    /// In an unquoted cell: a quote here is kept as it is.
    Plain,
    Quoted,
    /// A quote inside a quoted cell: the cell's end, or the first of two.
    QuoteInQuoted,
}

/// The rows of `text`, cells split on `delimiter` (an ASCII character) and
/// unquoted, not trimmed; a byte-order mark at the start is dropped.
/// Reading never fails: an unclosed quote runs to the
/// end of the text, and text after a closing quote joins the cell.
pub fn read_rows(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = Vec::new();
    let mut at = At::RowStart;
    fn end_cell(row: &mut Vec<String>, cell: &mut Vec<u8>) {
        // Cells split only at ASCII bytes, so each is whole UTF-8.
        row.push(String::from_utf8_lossy(cell).into_owned());
        cell.clear();
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for &b in text.as_bytes() {
        let line_break = b == b'\r' || b == b'\n';
        at = match at {
            At::RowStart if line_break => At::RowStart,
            At::RowStart | At::CellStart if b == b'"' => At::Quoted,
            At::Quoted if b == b'"' => At::QuoteInQuoted,
            At::Quoted => {
                cell.push(b);
                At::Quoted
            }
            At::QuoteInQuoted if b == b'"' => {
                cell.push(b);
                At::Quoted
            }
            _ if b == delimiter => {
                end_cell(&mut row, &mut cell);
                At::CellStart
            }
            _ if line_break => {
                end_cell(&mut row, &mut cell);
                rows.push(std::mem::take(&mut row));
                At::RowStart
            }
            _ => {
                cell.push(b);
                At::Plain
            }
        };
    }
    if at != At::RowStart {
        end_cell(&mut row, &mut cell);
        rows.push(row);
    }
    rows
}

/// Append `cells` as one comma-separated row ending in CRLF.
pub fn write_row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    // A row of one empty cell is written `""`, not as a blank line, which
    // reading would skip.
    if let [only] = cells {
        if only.is_empty() {
            out.push_str("\"\"");
        }
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What the `csv` crate reads, with the settings the import used.
    fn csv_crate_reads(text: &str, delimiter: u8) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes())
            .records()
            .map(|r| r.unwrap().iter().map(str::to_string).collect())
            .collect()
    }

    /// What the `csv` crate writes, with the settings the export used.
    fn csv_crate_writes(rows: &[Vec<String>]) -> String {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .flexible(true)
            .from_writer(Vec::new());
        for row in rows {
            w.write_record(row).unwrap();
        }
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    fn written(rows: &[Vec<String>]) -> String {
        let mut out = String::new();
        for row in rows {
            write_row(&mut out, row);
        }
        out
    }

    #[test]
    fn reads_quotes_breaks_and_blank_lines() {
        let text = "a,\"b,1\",\"say \"\"hi\"\"\"\r\n\r\n\nx\"y,\"two\nlines\"\rlast,";
        assert_eq!(
            read_rows(text, b','),
            vec![
                vec!["a", "b,1", "say \"hi\""],
                vec!["x\"y", "two\nlines"],
                vec!["last", ""],
            ]
        );
        assert_eq!(
            read_rows("名称;单位\n 甲 ;乙", b';'),
            vec![vec!["名称", "单位"], vec![" 甲 ", "乙"]]
        );
        assert!(read_rows("\r\n\n", b',').is_empty());
    }

    #[test]
    fn writes_quoted_only_what_needs_it() {
        let rows = vec![
            vec![
                "plain".to_string(),
                "a,b".into(),
                "say \"hi\"".into(),
                "two\nlines".into(),
                "".into(),
            ],
            vec!["".to_string()],
            vec![],
        ];
        assert_eq!(
            written(&rows),
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n\"\"\r\n\r\n"
        );
    }

    fn cell_text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                Just("a"),
                Just("任务"),
                Just(","),
                Just(";"),
                Just("\t"),
                Just("\""),
                Just("\r"),
                Just("\n"),
                Just(" "),
                Just("'"),
                Just("\u{feff}"),
            ],
            0..24,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #[test]
        fn reads_as_the_csv_crate(text in cell_text(), d in prop_oneof![Just(b','), Just(b';'), Just(b'\t')]) {
            prop_assert_eq!(read_rows(&text, d), csv_crate_reads(&text, d));
        }

        #[test]
        fn writes_as_the_csv_crate_and_reads_back(
            rows in proptest::collection::vec(proptest::collection::vec(cell_text(), 1..5), 0..5)
        ) {
            let text = written(&rows);
            prop_assert_eq!(&text, &csv_crate_writes(&rows));
            // A mark leading the text is taken for the file's (as the sheets
            // write it, before their header).
            if !text.starts_with('\u{feff}') {
                prop_assert_eq!(read_rows(&text, b','), rows);
            }
        }
    }
}
