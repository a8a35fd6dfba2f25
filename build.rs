//! The style sheets the app writes into the pages it saves (the period
//! report, a notice, the bulletin) are compiled in minified: comments and
//! runs of white space dropped, as trunk minifies the site's own sheet.
//! Their sources stay readable in style/.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["report", "notice", "bulletin"] {
        let source = format!("style/{name}.css");
        println!("cargo:rerun-if-changed={source}");
        let css = fs::read_to_string(&source).expect("a style sheet of style/");
        fs::write(Path::new(&out).join(format!("{name}.css")), minify(&css))
            .expect("OUT_DIR is writable");
    }
}

/// `css` without comments, white space only where a space is needed (one),
/// none beside `{`, `}`, `;` and `,` or after `:` (before it a space can
/// mean something: `a :hover`), and no `;` before `}`. Quoted strings are
/// kept as written, an escaped quote inside them too.
fn minify(css: &str) -> String {
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
