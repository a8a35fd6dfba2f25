//! The style sheets of the pages the app saves (the period report, a
//! notice, the bulletin): files of the site (`style/report.css`,
//! `notice.css` and `bulletin.css`, copied as they are into `saved/` by
//! index.html), read when a page is saved and written into it minified. They are not compiled
//! into the wasm: the page's own sheet holds the same rules already, and the
//! service worker and the one-file app carry the files.

/// The period report's sheet.
pub const REPORT: &str = "saved/report.css";
/// A notice's sheet.
pub const NOTICE: &str = "saved/notice.css";
/// The bulletin's sheet.
pub const BULLETIN: &str = "saved/bulletin.css";

/// `css` without comments, white space only where a space is needed (one),
/// none beside `{`, `}`, `;` and `,` or after `:` (before it a space can
/// mean something: `a :hover`), and no `;` before `}`. Quoted strings are
/// kept as written, an escaped quote inside them too.
pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut space = false;
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                space = true;
            }
            '"' | '\'' => {
                if space && !out.is_empty() && !ends_tight(&out) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
                while let Some(s) = chars.next() {
                    out.push(s);
                    if s == '\\' {
                        out.extend(chars.next());
                    } else if s == c {
                        break;
                    }
                }
            }
            c if c.is_whitespace() => space = true,
            '{' | '}' | ';' | ',' => {
                if c == '}' && out.ends_with(';') {
                    out.pop();
                }
                out.push(c);
                space = false;
            }
            c => {
                if space && !out.is_empty() && !ends_tight(&out) {
                    out.push(' ');
                }
                space = false;
                out.push(c);
            }
        }
    }
    out
}

fn ends_tight(out: &str) -> bool {
    out.ends_with(['{', '}', ';', ',', ':'])
}
