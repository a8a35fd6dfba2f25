//! The style sheets written into saved pages (the period report, a notice,
//! the bulletin) are read from the site's files (style/*.css, copied as they
//! are) and minified when a page is saved: the same rules as their sources,
//! only comments and white space gone.

use plan_tracker::saved_sheets::{minify, BULLETIN, NOTICE, REPORT};

/// The source in style/ of the site's file `path` (`saved/report.css`).
fn source_of(path: &str) -> String {
    format!("style/{}", path.rsplit('/').next().unwrap_or(path))
}

/// The sheet the app reads at `path`, minified as it writes it.
fn built(path: &str) -> String {
    let source = std::fs::read_to_string(source_of(path)).expect("a sheet of style/");
    minify(&source)
}

/// `css` without comments and without any white space outside quoted
/// strings, and no `;` before a `}`: what two sheets with the same rules
/// have in common however they are spaced.
fn rules(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            let end = rest[2..].find("*/").map_or(rest.len(), |i| i + 4);
            rest = &rest[end..];
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if c == '"' || c == '\'' {
            let end = rest.find(c).map_or(rest.len(), |i| i + 1);
            out.push(c);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out.replace(";}", "}")
}

#[test]
fn each_saved_sheet_has_its_sources_rules_without_comments_or_line_breaks() {
    for (name, source) in [
        (REPORT, include_str!("../style/report.css")),
        (NOTICE, include_str!("../style/notice.css")),
        (BULLETIN, include_str!("../style/bulletin.css")),
    ] {
        let built = &built(name);
        assert!(
            source.contains("/*") && !built.contains("/*"),
            "{name}: comments left"
        );
        assert!(!built.contains('\n'), "{name}: line breaks left");
        assert!(built.len() < source.len() * 9 / 10, "{name}: not smaller");
        assert_eq!(rules(built), rules(source), "{name}: the rules changed");
        // index.html copies the file to the site, where the app reads it.
        let page = include_str!("../index.html");
        assert!(
            page.contains(&format!(
                "rel=\"copy-file\" href=\"{}\" data-target-path=\"saved\"",
                source_of(name)
            )),
            "{name}: not a file of the site"
        );
        // A space before a colon means something in a selector, and stays.
        assert_eq!(
            built.matches(" :").count(),
            source.matches(" :").count(),
            "{name}"
        );
    }
}

#[test]
fn quoted_texts_are_kept_as_written() {
    let sheet = built(BULLETIN);
    assert!(sheet.contains("content:\"⚠ \""), "{sheet}");
}
